"""`mfa-desk archive add|search|match|export-tmx|import-tmx|stats [--archive URL]`.

--archive takes a file path (an SQLite archive, created if missing) or a
postgresql://user@host:port/db URL; without it, the preference, else the default
archive in the user data folder. --json prints a list of objects (ko, en, score for
match, release, date); `stats --json` one object (releases, segments).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from mfa_desk.cli.common import Subparsers
from mfa_desk.errors import InputError

if TYPE_CHECKING:  # imported where used: the archive is opened only by this command
    from mfa_desk.archive.store import Archive


def add_parser(sub: Subparsers) -> None:
    p = sub.add_parser("archive", help="the release archive and translation memory")
    actions = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    actions.required = True

    def action(name: str, help_text: str) -> argparse.ArgumentParser:
        a: argparse.ArgumentParser = actions.add_parser(name, help=help_text)
        a.add_argument("--archive", metavar="URL", default=None,
                       help="an archive file (SQLite) or postgresql://user@host:port/db")
        return a

    action("add", "add releases from files and folders").add_argument(
        "paths", nargs="+", metavar="PATH")
    search = action("search", "concordance: segments containing TEXT")
    search.add_argument("text", metavar="TEXT")
    search.add_argument("--lang", choices=("ko", "en"), default=None,
                        help="the side to search (default: Korean when TEXT has Hangul)")
    search.add_argument("--json", action="store_true")
    match = action("match", "translation-memory matches for a Korean segment")
    match.add_argument("text", metavar="TEXT")
    match.add_argument("--limit", type=int, default=5, metavar="N")
    match.add_argument("--json", action="store_true")
    action("export-tmx", "write the archive as a TMX 1.4b memory").add_argument(
        "out", metavar="OUT.tmx")
    action("import-tmx", "add a TMX memory to the archive").add_argument(
        "source", metavar="IN.tmx")
    action("stats", "how many releases and segments").add_argument("--json",
                                                                     action="store_true")


def _location(args: argparse.Namespace) -> str:
    if args.archive is not None:
        if not args.archive.strip():
            raise InputError("--archive is empty; give a file path or a postgresql:// URL")
        return str(args.archive)
    from mfa_desk.settings import load_settings

    return load_settings().archive_location


def run(args: argparse.Namespace) -> int:
    from mfa_desk.archive import open_archive

    if args.action == "match" and not 1 <= args.limit <= 100:
        raise InputError("--limit must be between 1 and 100")
    if args.action == "import-tmx":
        from mfa_desk.archive.tmx import read_tmx

        units = read_tmx(args.source)  # read before opening: a bad file changes nothing
    with open_archive(_location(args)) as archive:
        if args.action == "add":
            return _add(archive, args.paths)
        if args.action == "search":
            from mfa_desk.archive.search import concordance

            hits = concordance(archive, args.text, args.lang)
            _print_rows([{"ko": h.ko, "en": h.en, "release": h.release, "date": h.date,
                          "department": h.department} for h in hits], args.json)
        elif args.action == "match":
            from mfa_desk.archive.matching import find_matches

            found = find_matches(archive, args.text, limit=args.limit)
            _print_rows([{"ko": m.segment.ko, "en": m.en, "score": m.score,
                          "adapted": m.adapted, "release": m.segment.release,
                          "date": m.segment.date} for m in found], args.json)
        elif args.action == "export-tmx":
            from mfa_desk.archive.tmx import export_tmx

            print(f"{export_tmx(archive, args.out)} segments written to {args.out}")
        elif args.action == "import-tmx":
            added = archive.add_units(units, source=str(Path(args.source).resolve()))
            print(f"{added} segments added from {args.source}")
        else:
            stats = archive.stats()
            if args.json:
                print(json.dumps(stats))
            else:
                print(f"{stats['releases']} releases, {stats['segments']} segments "
                      f"in {archive.shown}")
    return 0


def _add(archive: Archive, paths: list[str]) -> int:
    from mfa_desk.archive.bulk import add_paths

    def progress(done: int, total: int, path: Path) -> None:
        print(f"[{done}/{total}] {path}", file=sys.stderr)

    result = add_paths(archive, paths, progress)
    for line in result.failures:
        print(f"mfa-desk: {line}", file=sys.stderr)
    print(f"{result.added} releases ({result.segments} segments) added to {archive.shown}; "
          f"{len(result.failures)} not read")
    if not result.failures:
        return 0
    return 1 if result.added else 2  # 1: some files not read; 2: none could be


def _print_rows(rows: list[dict[str, object]], as_json: bool) -> None:
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    for row in rows:
        score = f"{row['score']}%{' adapted' if row.get('adapted') else ''}  " \
            if "score" in row else ""
        print(f"{score}{row['ko']}\n    {row['en']}\n    -- {row['release']} {row['date']}")
