"""The shipped glossary of approved pairs, and the ALSO column the translation check reads."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.checks.glossary_check import glossary_issues, terms_in_korean
from mfa_desk.errors import InputError
from mfa_desk.glossary import load_pairs
from mfa_desk.resources import resource_path


def test_shipped_pairs_are_many_unique_and_consistent() -> None:
    g = load_pairs(resource_path("glossary", "pairs.tsv"))
    assert len(g.pairs) >= 150
    assert len({p.ko for p in g.pairs}) == len(g.pairs)
    for p in g.pairs:
        assert p.en not in p.forbidden and not set(p.also) & set(p.forbidden), p
    kinds = {"외교부", "외교부 장관", "대변인", "미국", "부산", "유엔", "비핵화"}
    assert kinds <= {p.ko for p in g.pairs}


def test_also_column_is_read_and_accepted(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("# test\n한국\tKorea\t\tKorean|ROK\n부산\tBusan\tPusan\n", encoding="utf-8")
    g = load_pairs(path)
    assert g.pairs[0].also == ("Korean", "ROK") and g.pairs[0].forbidden == ()
    assert g.pairs[1].forbidden == ("Pusan",) and g.pairs[1].also == ()
    assert glossary_issues("한국 기업", "Korean companies", g) == []
    assert glossary_issues("한국 기업", "ROK companies", g) == []
    [issue] = glossary_issues("부산 방문", "a visit to Pusan", g)
    assert issue.forbidden_used == "Pusan"
    assert "ROK" in g.words and "Pusan" not in g.words  # forbidden words are not accepted


def test_bad_pairs_line_says_where(tmp_path: Path) -> None:
    path = tmp_path / "pairs.tsv"
    path.write_text("한국\tKorea\n부산\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"pairs.tsv, line 2"):
        load_pairs(path)


def test_longest_term_wins_and_forbidden_inside_approved_is_no_fault() -> None:
    g = load_pairs(resource_path("glossary", "pairs.tsv"))
    assert [p.ko for p in terms_in_korean("외교부 장관은", g)] == ["외교부 장관"]
    assert sorted(p.ko for p in terms_in_korean("인도적 지원과 인도네시아", g)) == \
        ["인도네시아", "인도적 지원"]  # and not 인도 (India) inside either
    # 외교장관 forbids "Minister for Foreign Affairs", which here stands inside no longer
    # approved phrase, so it is reported ...
    assert glossary_issues("외교장관", "the Minister for Foreign Affairs", g)
    # ... while "Vice Foreign Minister" is fine for 외교차관 beside 외교장관's "Foreign Minister".
    assert glossary_issues("외교차관과 외교장관", "the Vice Foreign Minister and the Foreign "
                           "Minister", g) == []
