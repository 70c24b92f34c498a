"""`mfa-desk import SRC [SRC2] -o OUT.mfadesk`: text, DOCX, HTML or HWPX to a .mfadesk file."""

from __future__ import annotations

import argparse
from pathlib import Path

from mfa_desk.cli.common import Subparsers, add_force_option, add_lang_option, read_inputs
from mfa_desk.errors import InputError
from mfa_desk.formats.native.editor_lock import refuse_if_open


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser("import", help="import a release from text, DOCX, HTML or HWPX")
    p.add_argument("sources", nargs="+", metavar="SRC",
                   help="the release; a second SRC is the other language")
    p.add_argument("-o", "--output", required=True, metavar="OUT.mfadesk")
    add_force_option(p)
    add_lang_option(p)
    from mfa_desk.cli.review_options import add_import_options

    add_import_options(p)


def run(args: argparse.Namespace) -> int:
    from mfa_desk.formats.native.mfadesk_file import save_release

    if len(args.sources) > 2:
        raise InputError("import takes one file, or the Korean and English files of one release")
    out = Path(args.output)
    if out.suffix.lower() != ".mfadesk":
        raise InputError("the output must end in .mfadesk", str(out))
    refuse_if_open(out, args.force)
    from mfa_desk.cli.review_options import import_review

    if import_review(args, out):
        return 0
    result = read_inputs(args.sources, args.lang_in)
    save_release(result.release, out)
    return 0
