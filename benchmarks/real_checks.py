#!/usr/bin/env python3
"""Translation checks on the real published pairs of ../shared/real-releases.

    .venv/bin/python benchmarks/real_checks.py [-v] [--cleaned DIR]

Each pair of expected.json ("pairs") is imported with the project's importer, as pasted
(page chrome and all) and, with --cleaned DIR, also from hand-cleaned copies of the same
files (same names) kept outside the repository. The findings of `check_translation` are
then counted against the pair's hand-written "true_discrepancies": a discrepancy is found
when a finding stands at the segment that holds its text (located by the start of that
point or note as written in expected.json, so it does not depend on where the import
stored it); the page-date discrepancy is found when the import or a finding names the
metadata date. Every other finding is false, and so is a second finding for a
discrepancy already found. Prints false findings per pair and per 1,000 words.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cli_options import option_value  # noqa: E402
from mfa_desk.checks.findings import QaFinding  # noqa: E402
from mfa_desk.checks.translation import check_translation  # noqa: E402
from mfa_desk.formats.importing import import_pair  # noqa: E402
from mfa_desk.model.release import Release  # noqa: E402
from tests.shared_material import REAL_RELEASES  # noqa: E402

REAL = REAL_RELEASES
_ITEM = re.compile(r"(points|notes)\[(\d+)\](?:\.children\[(\d+)\])?")



def squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def item_start(entry: dict, where: str) -> str | None:
    """The first characters of the point, child or note `where` names ("points[1]",
    "notes[0] (after ...)", "points[0].children[0]")."""
    m = _ITEM.match(where)
    if m is None:
        return None
    kind, index, child = m.group(1), int(m.group(2)), m.group(3)
    if kind == "notes":
        return entry["notes"][index]
    point = entry["points"][index]
    return point["children"][int(child)]["start"] if child is not None else point["start"]


def segment_texts(release: Release) -> dict[str, tuple[str, str]]:
    return {ref.path: (squeeze(ref.segment.text.ko), squeeze(ref.segment.text.en))
            for ref in release.iter_segments()}


def words(release: Release) -> int:
    return sum(len(ref.segment.text.ko.split()) + len(ref.segment.text.en.split())
               for ref in release.iter_segments())


def stored_pairs(pair: dict, releases: dict, texts: dict[str, tuple[str, str]]
                 ) -> tuple[int, int]:
    """How many of expected.json's alignment pairs (both sides present) the import stored
    in one segment: (right, all). A merged point counts right when one of its parts is
    stored with the English point."""
    right = total = 0
    for ko_where, en_where in pair["alignment"]:
        if ko_where is None or en_where is None:
            continue
        total += 1
        ko = squeeze(item_start(releases[pair["ko"]], ko_where) or "")[:20]
        en = squeeze(item_start(releases[pair["en"]], en_where) or "")[:20]
        # A Korean point the English merged into its previous one ("(2nd sentence)") is
        # right kept alone, with an empty English cell.
        right += any(ko in k and en in e for k, e in texts.values()) or (
            "2nd sentence" in en_where and any(ko in k and not e for k, e in texts.values()))
    return right, total


def score(pair: dict, releases: dict, folder: Path, verbose: bool
          ) -> tuple[int, int, int, int]:
    """(false findings, true discrepancies found, true discrepancies, words)."""
    result = import_pair(folder / pair["ko"], folder / pair["en"])
    release = result.release
    findings = check_translation(release)
    texts = segment_texts(release)
    right, total = stored_pairs(pair, releases, texts)
    print(f"    stored pairs right: {right}/{total}")
    used: set[int] = set()
    found = 0
    for truth in pair["true_discrepancies"]:
        hit: int | None = None
        if truth["kind"] == "metadata":
            hit = -1 if any(w.startswith("metadata.date") for w in result.warnings) else None
            hit = next((i for i, f in enumerate(findings) if f.segment.startswith("metadata")),
                       hit)
        else:
            lang = "ko" if truth["ko_where"] else "en"
            start = item_start(releases[pair[lang]], truth[f"{lang}_where"])
            want = squeeze(start or "")[:20]
            for i, f in enumerate(findings):
                own = texts.get(f.segment, ("", ""))[0 if lang == "ko" else 1]
                if i not in used and want and want in own:
                    hit = i
                    break
        if hit is not None:
            found += 1
            used.add(hit)
        if verbose:
            print(f"      true {truth['kind']:13s} {truth['where']:28s} "
                  f"{'found' if hit is not None else 'MISSED'}")
    false: list[QaFinding] = [f for i, f in enumerate(findings) if i not in used]
    if verbose:
        for f in false:
            print(f"      false {f.severity} {f.check} {f.segment}: {f.message[:110]}")
    return len(false), found, len(pair["true_discrepancies"]), words(release)


def run(label: str, folder: Path, expected: dict, verbose: bool) -> None:
    total_false = total_found = total_true = total_words = 0
    print(f"{label} ({folder}):")
    for pair in expected["pairs"]:
        false, found, true, n = score(pair, expected["releases"], folder, verbose)
        total_false += false
        total_found += found
        total_true += true
        total_words += n
        print(f"  {pair['ko'][:22]} + {pair['en'][:22]}: false findings {false}, "
              f"true discrepancies found {found}/{true}")
    pairs = len(expected["pairs"])
    print(f"  total: false findings {total_false} ({total_false / pairs:.1f} per pair, "
          f"{1000 * total_false / max(1, total_words):.1f} per 1,000 words), "
          f"true found {total_found}/{total_true}")


def main() -> int:
    verbose = "-v" in sys.argv
    expected = json.loads((REAL / "expected.json").read_text(encoding="utf-8"))
    run("as pasted", REAL, expected, verbose)
    cleaned = option_value("--cleaned")
    if cleaned:
        run("hand-cleaned", Path(cleaned), expected, verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
