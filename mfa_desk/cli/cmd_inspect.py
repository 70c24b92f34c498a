"""`mfa-desk inspect FILE`: print the release as canonical JSON."""

from __future__ import annotations

import argparse
import json
import sys

from mfa_desk.cli.common import Subparsers, add_lang_option, read_inputs
from mfa_desk.errors import InputError


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser("inspect", help="print a release as canonical JSON")
    p.add_argument("sources", nargs="+", metavar="FILE", help="a release (or its two languages)")
    add_lang_option(p)


def run(args: argparse.Namespace) -> int:
    from mfa_desk.formats.native.canonical import release_to_canonical

    if len(args.sources) > 2:
        raise InputError("inspect takes one file, or the Korean and English files of one "
                         "release")
    result = read_inputs(args.sources, args.lang_in)
    json.dump(release_to_canonical(result.release), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0
