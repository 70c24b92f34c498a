"""`mfa-desk export FILE --to docx|html|pdf|hwpx [--lang ko|en|both] -o OUT`.

`--strict` refuses (exit 1, the list on standard error) while the release has open
check errors, outdated or untranslated segments; `--publish` leaves the round-trip
data out of HTML; `--logo IMAGE` puts a logo in the letterhead."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mfa_desk.cli.common import Subparsers, add_force_option, add_lang_option, read_inputs
from mfa_desk.errors import InputError
from mfa_desk.formats.native.editor_lock import refuse_if_open

if TYPE_CHECKING:  # imported where used: only export with --strict needs them
    from mfa_desk.formats.release_walker import Variant
    from mfa_desk.model.release import Release

FORMAT_SUFFIXES = {"docx": (".docx",), "html": (".html", ".htm"), "hwpx": (".hwpx",),
                   "pdf": (".pdf",)}


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser("export", help="export a release to DOCX, HTML, PDF or HWPX")
    p.add_argument("sources", nargs="+", metavar="FILE",
                   help="a release (or its two languages), of any importable kind")
    p.add_argument("--to", required=True, choices=tuple(FORMAT_SUFFIXES), dest="to")
    p.add_argument("--lang", choices=("ko", "en", "both"), default=None,
                   help="which language to export (default: both, side by side; a release "
                        "with text in one language only: that language)")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    add_force_option(p)
    add_lang_option(p)
    from mfa_desk.cli.review_options import add_export_options

    add_export_options(p)
    _add_release_options(p)


def _add_release_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--strict", action="store_true",
                   help="refuse while there are check errors, outdated or untranslated "
                        "segments (exit 1, the list on stderr)")
    p.add_argument("--publish", action="store_true",
                   help="HTML for the public: without the embedded round-trip data")
    p.add_argument("--logo", metavar="IMAGE", help="a PNG or JPEG logo for the letterhead")


def run(args: argparse.Namespace) -> int:
    if len(args.sources) > 2:
        raise InputError("export takes one file, or the Korean and English files of one release")
    out = Path(args.output)
    if out.suffix.lower() not in FORMAT_SUFFIXES[args.to]:
        raise InputError(f"the output of --to {args.to} must end in "
                         + " or ".join(FORMAT_SUFFIXES[args.to]), str(out))
    if out.is_dir():
        raise InputError("is a folder, not a file", str(out))
    refuse_if_open(out, args.force)
    release = read_inputs(args.sources, args.lang_in).release
    note = ""
    if args.lang is None:
        args.lang, note = default_variant(release)
    from mfa_desk.cli.review_options import export_review
    from mfa_desk.formats.letterhead import load_letterhead

    letterhead = load_letterhead(args.logo)
    if args.strict and _refused_by_gate(release, args.lang):
        return 1
    if export_review(args, release, out):
        return 0
    if args.to == "docx":
        from mfa_desk.formats.docx.docx_export import export_docx

        warnings = export_docx(release, args.lang, out, letterhead=letterhead)
    elif args.to == "hwpx":
        from mfa_desk.formats.hwpx.hwpx_export import export_hwpx

        warnings = export_hwpx(release, args.lang, out, letterhead=letterhead)
    elif args.to == "pdf":
        from mfa_desk.formats.pdf.pdf_export import export_pdf

        warnings = export_pdf(release, args.lang, out, letterhead)
    else:
        from mfa_desk.fileio import atomic_write_bytes
        from mfa_desk.formats.html.html_export import export_html

        warnings = []
        atomic_write_bytes(out, export_html(release, args.lang, warnings,
                                            publish=args.publish, letterhead=letterhead))
    if note:
        print(f"mfa-desk: note: {note}", file=sys.stderr)
    for warning in warnings:
        print(f"mfa-desk: warning: {warning}", file=sys.stderr)
    return 0


def default_variant(release: Release) -> tuple[Variant, str]:
    """Both languages side by side, unless the release has text in one only: a Korean
    release not yet translated exported "both" as an English column of bare markers."""
    has_ko, has_en = release.has_language("ko"), release.has_language("en")
    if has_ko == has_en:
        return "both", ""
    only: Variant = "ko" if has_ko else "en"
    name, other = ("Korean", "English") if has_ko else ("English", "Korean")
    return only, (f"the release has no {other} text: exported in {name} only (--lang both "
                  f"for an empty {other} column)")


def _refused_by_gate(release: Release, variant: Variant) -> bool:
    from mfa_desk.checks.qa_gate import gate_problems
    from mfa_desk.formats.release_walker import variant_langs

    problems = gate_problems(release, variant_langs(variant))
    if not problems:
        return False
    print(f"mfa-desk: export refused (--strict): {len(problems)} problem(s)", file=sys.stderr)
    for problem in problems:
        print(problem.line(), file=sys.stderr)
    return True
