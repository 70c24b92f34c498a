"""The review options of `export` and `import` (issue 14), kept out of their modules.

    mfa-desk export NEW --to docx --changes-since OLD -o REVIEW.docx [--author NAME]
    mfa-desk import REVIEW.docx --onto NEW.mfadesk -o OUT.mfadesk
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.model.release import Release


def add_export_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--changes-since", metavar="OLD", default=None,
                   help="a Word review copy: changes since OLD as tracked changes, comments "
                        "as Word comments")
    p.add_argument("--author", default=None,
                   help="the name on the tracked changes (default: the preferences' user "
                        "name, else the login name)")


def export_review(args: argparse.Namespace, release: Release, out: Path) -> bool:
    """Write the review copy if asked for; False when this is an ordinary export."""
    if args.changes_since is None:
        return False
    if args.to != "docx":
        raise InputError("--changes-since makes a Word review copy: use --to docx")
    from mfa_desk.cli.common import read_inputs
    from mfa_desk.review.review_copy import export_review_copy

    old = read_inputs([args.changes_since]).release
    export_review_copy(release, old, out, _author(args.author),
                       since=Path(args.changes_since).name)
    return True


def add_import_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--onto", metavar="NEW.mfadesk", default=None,
                   help="apply a reviewed Word review copy onto this release")


def import_review(args: argparse.Namespace, out: Path) -> bool:
    """Apply a reviewed copy if asked for; False when this is an ordinary import."""
    if args.onto is None:
        return False
    if len(args.sources) != 1 or Path(args.sources[0]).suffix.lower() != ".docx":
        raise InputError("--onto takes one reviewed Word copy (.docx)")
    from mfa_desk.formats.native.mfadesk_file import load_release, save_release
    from mfa_desk.review.review_copy import apply_review

    release, warnings = apply_review(load_release(args.onto), args.sources[0])
    for warning in warnings:
        print(f"mfa-desk: warning: {warning}", file=sys.stderr)
    save_release(release, out)
    return True


def _author(given: str | None) -> str:
    from mfa_desk.review.versions import author_name
    from mfa_desk.settings import load_settings

    if given:
        return given
    return author_name(load_settings(warn=lambda _message: None).user_name)
