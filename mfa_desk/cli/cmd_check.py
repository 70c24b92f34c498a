"""`mfa-desk check FILE [FILE2] [--json]`: spelling and translation checks.

Exit 0 when clean, 1 when there is a misspelling or a translation error
(translation warnings alone do not fail), 2 on bad input. An unknown word in name
position ("Minister Vantrell", "키마니 차관") is an "unknown name": listed as a note
after the other findings (kind "unknown name" in --json), never a failure.
"""

from __future__ import annotations

import argparse
import json
import sys

from mfa_desk.cli.common import Subparsers, add_lang_option, read_inputs


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser("check", help="spelling and translation checks")
    p.add_argument("sources", nargs="+", metavar="FILE",
                   help="a release; or its Korean and English files")
    p.add_argument("--json", action="store_true", help="print findings as JSON")
    p.add_argument("--no-spelling", action="store_true", help="skip spell checking")
    p.add_argument("--no-qa", action="store_true", help="skip translation checks")
    add_lang_option(p)


def run(args: argparse.Namespace) -> int:
    from mfa_desk.checks.findings import ERROR
    from mfa_desk.checks.translation import check_translation
    from mfa_desk.errors import InputError
    from mfa_desk.spelling.checker import UNKNOWN_NAME
    from mfa_desk.spelling.release_check import spell_check_release, spelling_messages

    if len(args.sources) > 2:
        raise InputError("check takes one file, or the Korean and English files of one release")
    release = read_inputs(args.sources, args.lang_in).release
    spelling = [] if args.no_spelling else spell_check_release(release, unknown_names=True)
    if not args.no_spelling:
        for message in spelling_messages():  # checking off, or a language unchecked
            print(f"mfa-desk: warning: {message}", file=sys.stderr)
    qa = [] if args.no_qa else check_translation(release)
    names = [f for f in spelling if f.kind == UNKNOWN_NAME]
    misspelled = [f for f in spelling if f.kind != UNKNOWN_NAME]
    if args.json:
        json.dump({"spelling": [f.to_json() for f in spelling],
                   "qa": [f.to_json() for f in qa]}, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for f in misspelled:
            print(f"{f.segment}\t{f.lang}\t{f.word}\t{', '.join(f.suggestions)}")
        for q in qa:
            print(f"{q.segment}\t{q.severity}\t{q.check}\t{q.message}")
        # Lowest severity last, in the translation checks' shape: segment, severity, what.
        # No suggestions: words near a name are other words ("Vantrell": "Relevant").
        for f in names:
            print(f"{f.segment}\tnote\t{UNKNOWN_NAME}\t{f.word} ({f.lang})")
    failed = bool(misspelled) or any(q.severity == ERROR for q in qa)
    return 1 if failed else 0
