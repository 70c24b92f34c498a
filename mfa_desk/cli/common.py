"""Helpers the commands share: reading any importable input, printing warnings."""

from __future__ import annotations

import argparse
import sys
from typing import TypeAlias

from mfa_desk.constants import Lang
from mfa_desk.formats.importing import ImportResult, import_file, import_pair

# What each command's add_parser receives (argparse's class is generic only in its stubs).
Subparsers: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def read_inputs(sources: list[str], lang: Lang | None = None) -> ImportResult:
    """One file of any kind, or two files (the two languages of one release)."""
    if len(sources) == 2:
        result = import_pair(sources[0], sources[1])
    else:
        result = import_file(sources[0], lang)
    for warning in result.warnings:
        print(f"mfa-desk: warning: {warning}", file=sys.stderr)
    return result


def add_force_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--force", action="store_true",
                        help="write OUT even when an editor has it open (its lock is ignored)")


def add_lang_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--lang-in", choices=("ko", "en"), default=None,
                        help="language of a text input (default: detected by script)")
