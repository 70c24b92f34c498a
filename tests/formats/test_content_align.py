"""The one aligner (mfa_desk.text.align) in pair import and in the checks (issue #11).

A 6-point release (invented) whose points each name their own facts. One extra English
point is put at each position in turn, and one English point is left out at each
position: the stored pairs must be right each time, and the checks must report the one
gap at its place and nothing else.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mfa_desk.checks.findings import ERROR
from mfa_desk.checks.translation import check_translation
from mfa_desk.formats.align import merge_languages
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.model.release import Release
from mfa_desk.text.align import Item, Link, align

KO_POINTS = [
    "김 장관은 10.13.(화) 서울에서 라오스 외교장관과 회담을 가졌다.",
    "양 장관은 수교 30주년을 맞아 협력 확대 방안을 논의하였다.",
    "정부는 라오스에 300만 달러 규모의 개발협력 사업을 추진한다.",
    "양측은 11.20.(금) 비엔티안에서 제5차 공동위원회를 개최하기로 하였다.",
    "김 장관은 라오스 내 우리 국민 2,500명의 안전에 대한 협조를 요청하였다.",
    "양 장관은 2027년 ASEAN 정상회의 계기 재회하기로 하였다.",
]
EN_POINTS = [
    "Minister Kim held talks with the Lao Foreign Minister in Seoul on October 13.",
    "The two ministers discussed ways to expand cooperation on the 30th anniversary of "
    "diplomatic relations.",
    "The government will carry out development cooperation projects worth 3 million dollars "
    "in Laos.",
    "The two sides agreed to hold the 5th Joint Commission in Vientiane on November 20.",
    "Minister Kim asked for cooperation in the safety of the 2,500 Korean nationals in Laos.",
    "The two ministers agreed to meet again at the ASEAN Summit in 2027.",
]
EXTRA = "The Lao side welcomed 120 scholarship students and 45 volunteers in 2026."


def release_text(headline: str, points: list[str], marker: Callable[[int], str]) -> str:
    lines = [headline] + [f"{marker(i)} {p}" for i, p in enumerate(points)]
    return "\n".join(lines) + "\n"


def korean() -> Release:
    return import_text("보도자료\n" + release_text("한-라오스 외교장관회담 개최(10.13.)", KO_POINTS,
                                                  lambda _: "□")).release


def english(points: list[str]) -> Release:
    text = release_text("Korea-Laos Foreign Ministers' Meeting (10.13.)", points,
                        lambda i: f"{i + 1}.")
    return import_text(text).release


@pytest.mark.parametrize("at", range(7))
def test_one_extra_english_point_at_each_position(at: int) -> None:
    points = EN_POINTS[:at] + [EXTRA] + EN_POINTS[at:]
    result = merge_languages(korean(), english(points))
    stored = [(p.text.ko, p.text.en) for p in result.release.points]
    expected = [(k, e) for k, e in zip(KO_POINTS, EN_POINTS, strict=True)]
    expected.insert(at, ("", EXTRA))
    assert stored == expected
    assert any(f"points[{at}] kept with no Korean" in w for w in result.warnings)
    findings = check_translation(result.release)
    assert [(f.check, f.segment) for f in findings if f.severity == ERROR] == [
        ("structure", f"points[{at}]")], [f.message for f in findings]


@pytest.mark.parametrize("at", range(6))
def test_one_missing_english_point_at_each_position(at: int) -> None:
    points = EN_POINTS[:at] + EN_POINTS[at + 1:]
    result = merge_languages(korean(), english(points))
    stored = [(p.text.ko, p.text.en) for p in result.release.points]
    expected = [(k, "" if i == at else e)
                for i, (k, e) in enumerate(zip(KO_POINTS, EN_POINTS, strict=True))]
    assert stored == expected
    findings = check_translation(result.release)
    assert [(f.check, f.segment) for f in findings if f.severity == ERROR] == [
        ("structure", f"points[{at}]")], [f.message for f in findings]


@pytest.mark.parametrize("at", range(6))
def test_checks_realign_a_release_stored_by_position(at: int) -> None:
    """An old positional import (the English shifted up after a missing point): the checks
    pair by content, report the gap once at its place and nothing else."""
    release = korean()
    shifted = EN_POINTS[:at] + EN_POINTS[at + 1:] + [""]
    for point, en in zip(release.points, shifted, strict=True):
        point.text.en = en
    release.headline.text.en = "Korea-Laos Foreign Ministers' Meeting (10.13.)"
    findings = check_translation(release)
    assert [(f.check, f.segment) for f in findings if f.severity == ERROR] == [
        ("structure", f"points[{at}]")], [f.message for f in findings]


def test_two_korean_points_merged_in_one_english_point() -> None:
    points = EN_POINTS[:2] + [EN_POINTS[2] + " " + EN_POINTS[3]] + EN_POINTS[4:]
    result = merge_languages(korean(), english(points))
    assert [p.text.en for p in result.release.points][2:4] == [points[2], ""]
    assert "points[3]: its English is part of points[2]" in " ".join(result.warnings)
    findings = check_translation(result.release)
    assert [(f.check, f.severity, f.segment) for f in findings] == [
        ("structure", "warning", "points[3]")], [f.message for f in findings]
    assert findings[0].message.startswith("Merged:")


def test_aligner_without_content_keeps_positions() -> None:
    ko = [Item(1, 10, position=f"points[{i}]") for i in range(3)]
    en = [Item(1, 24, position=f"points[{i}]") for i in range(4)]
    assert align(ko, en) == [Link((0,), (0,)), Link((1,), (1,)), Link((2,), (2,)),
                             Link((), (3,))]


def test_huge_input_pairs_by_position() -> None:
    # Bounded: no 1200 x 1000 programme; the pairs by position show it was not run (by
    # content, the English i would pair with the Korean i + 1).
    ko = [Item(1, 40, frozenset({("n", str(i))})) for i in range(1200)]
    en = [Item(1, 90, frozenset({("n", str(i + 1))})) for i in range(1000)]
    links = align(ko, en)
    assert links[0] == Link((0,), (0,)) and links[-1] == Link((1199,), ())
    assert len(links) == 1200


def test_humanitarian_is_no_india() -> None:
    """인도적 (humanitarian) names no India: it is no anchor for an English point about
    India (the real Afghanistan pair paired its Korean with the wrong English by it)."""
    from mfa_desk.formats.align_terms import term_features

    assert ("g", "India") not in term_features("정부는 인도적 지원을 제공한다.", True)
    assert ("g", "India") in term_features("정부는 인도 정부와 협의했다.", True)


def test_a_term_inside_a_longer_term_names_nothing_of_its_own() -> None:
    from mfa_desk.formats.align_terms import term_features

    indonesia = term_features("정부는 인도네시아 롬복섬 지진 피해 복구를 지원한다.", True)
    assert ("g", "Indonesia") in indonesia and ("g", "India") not in indonesia
    assert ("g", "India") not in term_features("인도양 해상 안전 협력을 논의했다.", True)
    # The twin: each named on its own, both count.
    both = term_features("인도 및 인도네시아 정부와 협의했다.", True)
    assert ("g", "India") in both and ("g", "Indonesia") in both


MOVES = [(src, dst) for src in range(6) for dst in range(6) if abs(src - dst) > 1]


@pytest.mark.parametrize(("src", "dst"), MOVES)
def test_a_moved_english_point_is_stored_with_its_korean(src: int, dst: int) -> None:
    """A copy that tells a paragraph elsewhere (the real Libya, Ethiopia and Afghanistan
    pairs): the moved point is stored beside its Korean point, the others keep theirs,
    and the checks find nothing."""
    points = EN_POINTS[:src] + EN_POINTS[src + 1:]
    points.insert(dst, EN_POINTS[src])
    result = merge_languages(korean(), english(points))
    stored = [(p.text.ko, p.text.en) for p in result.release.points]
    assert stored == list(zip(KO_POINTS, EN_POINTS, strict=True))
    findings = check_translation(result.release)
    assert [f for f in findings if f.severity == ERROR] == [], [f.message for f in findings]


@pytest.mark.parametrize(("src", "dst"), [(0, 4), (5, 1), (2, 5)])
def test_twin_a_moved_point_with_a_wrong_fact_is_still_reported(src: int, dst: int) -> None:
    """The moved English point names a wrong figure and nothing else of its Korean: the
    checks must still report that Korean point (not pair it silently)."""
    wrong = {0: "Minister Kim held talks with the Lao Foreign Minister in Busan on May 2.",
             5: "The two ministers agreed to meet again at the G20 Summit in 2029.",
             2: "The government will carry out projects worth 8 million euros in Laos."}
    points = EN_POINTS[:src] + EN_POINTS[src + 1:]
    points.insert(dst, wrong[src])
    findings = check_translation(merge_languages(korean(), english(points)).release)
    errors = [f for f in findings if f.severity == ERROR]
    assert any(f.segment == f"points[{src}]" or f.ko.startswith(KO_POINTS[src][:6])
               for f in errors), [(f.segment, f.message) for f in findings]


KO_MERGE = [
    "정부는 교전 지역 주민을 돕기 위해 10만 달러(1억1천566만 원) 규모의 지원을 하기로 했다.",
    "교전이 한 달 이상 이어지면서 주민 약 30만명이 대피했다.",
    "지원금은 적십자사를 통해 식수와 식품 지원에 쓰인다.",
]
EN_MERGE = [
    "As the clashes have prompted the evacuation of about 300,000 residents, the government "
    "has decided to provide aid worth US$100,000.",
    "Difficulties facing the residents are expected to continue for a long time.",
    "The funds will be delivered through the Red Cross for water and food.",
]


def _merge_release(en_points: list[str]) -> Release:
    ko = import_text("보도자료\n" + release_text("교전지역 주민 지원", KO_MERGE,
                                                lambda _: "□")).release
    text = "Aid for Residents\n\n1. " + en_points[0] + "\n\no " + en_points[1] + "\n\n2. " + \
        en_points[2] + "\n"
    return merge_languages(ko, import_text(text).release).release


def test_two_korean_points_in_one_english_point_before_an_english_sub_point() -> None:
    """The real Mindanao pair: the English joins the Korean lead and its reason, then
    adds an "o" sub-point of its own. The import stores the merge (the won conversion of the
    news copy is no fact to miss), the checks report one Merged warning and the extra
    English point, nothing missing."""
    findings = check_translation(_merge_release(EN_MERGE))
    got = [(f.check, f.severity, f.segment) for f in findings]
    assert ("structure", "warning", "points[1]") in got, [f.message for f in findings]
    assert [f for f in findings if f.check in ("number", "date")] == [], \
        [f.message for f in findings]


def test_twin_a_merged_point_whose_figure_the_english_lacks_is_reported() -> None:
    en = [EN_MERGE[0].replace("about 300,000 residents", "residents")] + EN_MERGE[1:]
    findings = check_translation(_merge_release(en))
    assert any(f.severity == ERROR and ("300,000" in f.message or "30만" in f.message
                                        or f.check == "structure") for f in findings), \
        [f.message for f in findings]


def test_as_many_points_each_side_but_paired_otherwise_says_so() -> None:
    # English drops point 3 and adds one at the end: six each, two gaps. "The Korean has 6,
    # the English 6; points[2] kept with no English" read as a contradiction.
    points = EN_POINTS[:2] + EN_POINTS[3:] + [EXTRA]
    result = merge_languages(korean(), english(points))
    gaps = [w for w in result.warnings if "kept with no" in w]
    assert gaps == ["points: points[2] kept with no English: nothing on that side matched it",
                    "points: points[6] kept with no Korean: nothing on that side matched it"]
    # Different counts keep the counts, as before.
    fewer = merge_languages(korean(), english(EN_POINTS[:2] + EN_POINTS[3:]))
    assert [w for w in fewer.warnings if "kept with no" in w] == [
        "points: the Korean has 6, the English 5; points[2] kept with no English"]
