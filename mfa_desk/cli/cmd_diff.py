"""`mfa-desk diff OLD NEW [--json] [--html OUT.html]`: per-segment differences.

Exit 0 when the releases are equal, 1 when they differ, 2 on bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mfa_desk.cli.common import Subparsers, read_inputs
from mfa_desk.errors import InputError


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser("diff", help="differences between two releases, per segment")
    p.add_argument("old", metavar="OLD", help="the earlier release (any importable file)")
    p.add_argument("new", metavar="NEW", help="the later release")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of {segment, lang, change, old, new, pieces}")
    p.add_argument("--html", metavar="OUT.html", help="also write the comparison for printing")


def run(args: argparse.Namespace) -> int:
    from mfa_desk.review.compare import compare_releases
    from mfa_desk.text.diff import inline

    if args.html and Path(args.html).suffix.lower() not in (".html", ".htm"):
        raise InputError("the comparison for printing must end in .html", args.html)
    old = read_inputs([args.old]).release
    new = read_inputs([args.new]).release
    diff = compare_releases(old, new)
    if args.html:
        from mfa_desk.fileio import atomic_write_bytes
        from mfa_desk.review.compare_html import compare_html

        atomic_write_bytes(Path(args.html), compare_html(diff, args.old, args.new))
    if args.json:
        json.dump(diff.to_json(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for m in diff.metadata:
            print(f"metadata.{m.name}\t\tchanged\t{m.old!r} -> {m.new!r}")
        for d in diff.segments:
            for lang in d.changed_langs():
                print(f"{d.path}\t{lang}\t{d.change}\t{inline(d.pieces[lang])}")
    return 0 if diff.equal else 1
