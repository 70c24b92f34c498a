"""Helpers the commands share: reading any importable input, printing warnings."""

from __future__ import annotations

import sys

from mfa_desk.formats.importing import ImportResult, import_file, import_pair


def read_inputs(sources: list[str], lang: str | None = None) -> ImportResult:
    """One file of any kind, or two files (the two languages of one release)."""
    if len(sources) == 2:
        result = import_pair(sources[0], sources[1])
    else:
        result = import_file(sources[0], lang)  # type: ignore[arg-type]
    for warning in result.warnings:
        print(f"mfa-desk: warning: {warning}", file=sys.stderr)
    return result


def add_force_option(parser) -> None:  # noqa: ANN001 - argparse parser
    parser.add_argument("--force", action="store_true",
                        help="write OUT even when an editor has it open (its lock is ignored)")


def add_lang_option(parser) -> None:  # noqa: ANN001 - argparse parser
    parser.add_argument("--lang-in", choices=("ko", "en"), default=None,
                        help="language of a text input (default: detected by script)")
