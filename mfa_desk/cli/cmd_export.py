"""`mfa-desk export FILE --to docx|html [--lang ko|en|both] -o OUT`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mfa_desk.cli.common import add_force_option, add_lang_option, read_inputs
from mfa_desk.errors import InputError
from mfa_desk.formats.editor_lock import refuse_if_open

FORMAT_SUFFIXES = {"docx": (".docx",), "html": (".html", ".htm")}


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="export a release to DOCX or HTML")
    p.add_argument("sources", nargs="+", metavar="FILE",
                   help="a release (or its two languages), of any importable kind")
    p.add_argument("--to", required=True, choices=tuple(FORMAT_SUFFIXES), dest="to")
    p.add_argument("--lang", choices=("ko", "en", "both"), default="both",
                   help="which language to export (default: both, side by side)")
    p.add_argument("-o", "--output", required=True, metavar="OUT")
    add_force_option(p)
    add_lang_option(p)


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
    if args.to == "docx":
        from mfa_desk.formats.docx_export import export_docx

        warnings = export_docx(release, args.lang, out)
    else:
        from mfa_desk.formats.html_export import export_html
        from mfa_desk.formats.mfadesk_file import atomic_write_bytes

        warnings = []
        atomic_write_bytes(out, export_html(release, args.lang, warnings))
    for warning in warnings:
        print(f"mfa-desk: warning: {warning}", file=sys.stderr)
    return 0
