"""Scoring an import against a hand-written expected.json, item by item, by the
rules of ../shared/tools/score-real-import (kept equal: the benchmark prints both
and tests/formats/plaintext/test_real_import.py compares them on the shared set).

Items: the headline, the category (English), the date, the department (Korean),
each level-1 point in its place (start and number of sub-points; a cut point only
its start), each sub-point (start and number of level-3 items), and the number of
notes. An `alternatives` points shape counts every point right. "chrome" counts
expected chrome lines found in the imported headline, points, sub-points or notes;
"spurious" counts points beyond the expected ones.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mfa_desk.formats.importing import import_file
from mfa_desk.formats.native.canonical import release_to_canonical
from tests.shared_material import REAL_RELEASES, SEED_PAGE

ROOT = Path(__file__).resolve().parents[2]
REAL = REAL_RELEASES
SEED = SEED_PAGE
PAGES = ROOT / "tests" / "fixtures" / "releases" / "pages"


@dataclass
class Score:
    name: str
    right: int = 0
    total: int = 0
    chrome: int = 0
    spurious: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def exact(self) -> bool:
        return self.right == self.total and self.chrome == 0

    def item(self, ok: bool, what: str) -> None:
        self.total += 1
        self.right += ok
        if not ok:
            self.problems.append(what)


def squash(text: str | None) -> str:
    return " ".join((text or "").split())


def imported(path: Path) -> dict[str, Any] | None:
    """The release as `mfa-desk inspect` prints it, None when the import fails."""
    try:
        return release_to_canonical(import_file(path).release)
    except Exception:  # noqa: BLE001 - a failed import scores as one wrong item
        return None


def score(name: str, got: dict[str, Any] | None, expected: dict[str, Any]) -> Score:
    result = Score(name)
    if got is None:
        result.item(False, "import failed")
        return result
    lang = expected["lang"]

    def text(seg: dict[str, Any] | None) -> str:
        return squash(((seg or {}).get("text") or {}).get(lang, ""))

    meta = got.get("metadata") or {}
    headline = squash((got.get("headline") or {}).get(lang, ""))
    if expected.get("headline"):
        result.item(headline == squash(expected["headline"]),
                    f"headline {headline[:50]!r}, expected {expected['headline'][:50]!r}")
    if lang == "en" and expected.get("category"):
        result.item(meta.get("category") == expected["category"],
                    f"category {meta.get('category')!r}")
    if expected.get("date"):
        result.item(meta.get("date") == expected["date"],
                    f"date {meta.get('date')}, expected {expected['date']}")
    if lang == "ko" and expected.get("department_last"):
        result.item(expected["department_last"] in squash(meta.get("department")),
                    f"department {meta.get('department')!r}")
    points = got.get("points") or []
    shape = [len(p.get("children", [])) for p in points]
    alternative = shape in [a["points_shape"] for a in expected.get("alternatives", [])
                            if "points_shape" in a]
    for i, want in enumerate(expected["points"]):
        if alternative:
            result.item(True, "")
            continue
        point = points[i] if i < len(points) else None
        ok = point is not None and text(point).startswith(squash(want["start"])) and (
            bool(want.get("partial")) or len(point.get("children", [])) == len(want["children"]))
        missing = f"point {i + 1} missing"
        result.item(ok, f"point {i + 1}: {text(point)[:40]!r}, expected {want['start']!r} with "
                        f"{len(want['children'])} sub-points" if point else missing)
        if not ok or point is None:
            continue
        for j, child_want in enumerate(want["children"]):
            child = point["children"][j] if j < len(point["children"]) else None
            result.item(child is not None and text(child).startswith(squash(child_want["start"]))
                        and len(child.get("children", [])) == child_want["children"],
                        f"point {i + 1}.{j + 1}: {text(child)[:40]!r}")
    notes = got.get("notes") or []
    result.item(len(notes) == len(expected["notes"]),
                f"{len(notes)} notes, expected {len(expected['notes'])}")
    texts = [headline, *(text(p) for p in points),
             *(text(c) for p in points for c in p.get("children", [])), *(text(n) for n in notes)]
    for chrome in expected.get("chrome", []):
        line = squash(chrome)
        if line and any(t == line or (len(line) > 6 and line in t) for t in texts):
            result.chrome += 1
            result.problems.append(f"chrome kept: {line[:50]!r}")
    if not alternative:
        result.spurious = max(0, len(points) - len(expected["points"]))
    return result


def expected_of(folder: Path) -> dict[str, dict[str, Any]]:
    return json.loads((folder / "expected.json").read_text(encoding="utf-8"))["releases"]


def score_folder(folder: Path) -> list[Score]:
    return [score(name, imported(folder / name), want)
            for name, want in sorted(expected_of(folder).items())]


def summary(label: str, scores: list[Score]) -> str:
    right = sum(s.right for s in scores)
    total = sum(s.total for s in scores)
    return (f"{label}: {right}/{total} items right ({100 * right / max(total, 1):.1f}%), "
            f"{sum(s.exact for s in scores)}/{len(scores)} exact, chrome lines kept "
            f"{sum(s.chrome for s in scores)}, spurious points {sum(s.spurious for s in scores)}")


# The seed page, written out by hand like the shared set's expected.json.
SEED_EXPECTED: dict[str, Any] = {
    "lang": "en",
    "headline": "Foreign Minister Holds Telephone Conversation with her US Counterpart",
    "category": "Press Releases",
    "points": [
        {"start": "Foreign Minister Kang Kyung-wha", "children": []},
        {"start": "Minister Kang mentioned that on",
         "children": [{"start": "With regard to the recent North", "children": 0}]},
        {"start": "Secretary Tillerson affirmed th", "children": []},
        {"start": "Minister Kang and Secretary Til", "children": []},
    ],
    "notes": [],
    "chrome": ["바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기", "검색창 열기"],
}
