"""Real published releases (../shared/real-releases, read in place, never copied) and the
seed page: the seed page imports exactly, and no expected point loses any of its text.
The item-by-item score is printed by benchmarks/real_import.py."""

from __future__ import annotations

import re

import pytest

from mfa_desk.formats.plaintext.text_import import import_text_file
from tests.formats.real_scoring import (
    PAGES,
    REAL,
    SEED,
    SEED_EXPECTED,
    expected_of,
    imported,
    score,
    squash,
)


def test_the_seed_page_imports_exactly() -> None:
    result = import_text_file(SEED)
    r = result.release
    assert r.headline.text.en == SEED_EXPECTED["headline"]
    assert r.metadata.category == "Press Releases"
    assert [len(p.children) for p in r.points] == [0, 1, 0, 0]
    assert r.points[1].children[0].text.en.startswith("With regard to the recent North Korean")
    assert r.unofficial_translation and r.notes == []
    assert result.left_out == ["바로가기 메뉴", "본문 바로가기", "주메뉴 바로가기", "검색창 열기"]
    assert result.warnings == [f"{SEED}:1: left out 4 lines of the page around the release: "
                               "'바로가기 메뉴', '본문 바로가기', '주메뉴 바로가기', …"]
    got = score(SEED.name, imported(SEED), SEED_EXPECTED)
    assert (got.right, got.total, got.chrome, got.spurious) == (8, 8, 0, 0)


# An item's text runs from its start to the end of its line, or, on a release pasted on
# one line, to the next marker or the end mark.
_ITEM_END = re.compile(r"\s(?:[□ㅇ※]\s|끝\.)")


def _full_texts(path_text: str, start: str) -> str:
    want = squash(start)
    line = next(squash(raw) for raw in path_text.splitlines() if want in squash(raw))
    rest = line[line.find(want):]
    cut = _ITEM_END.search(rest)
    return squash(rest[:cut.start()] if cut else rest)


def _cases() -> list[tuple[str, str, str]]:
    out = []
    for folder in (REAL, PAGES):
        for name, want in sorted(expected_of(folder).items()):
            for point in want["points"]:
                out.append((str(folder / name), want["lang"], point["start"]))
                out += [(str(folder / name), want["lang"], c["start"])
                        for c in point["children"]]
    return out


@pytest.mark.parametrize(("path", "lang", "start"), _cases(),
                         ids=lambda v: v[-24:] if isinstance(v, str) else v)
def test_every_expected_point_is_imported_in_full(path: str, lang: str, start: str) -> None:
    from pathlib import Path

    source = Path(path).read_text(encoding="utf-8")
    full = _full_texts(source, start)
    result = import_text_file(path)
    segments = [p.text.get(lang) for p in result.release.points] + [
        c.text.get(lang) for p in result.release.points for c in p.children]
    assert any(full in squash(s) for s in segments), full[:60]
