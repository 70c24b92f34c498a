"""Classes of correct words that real releases nobody had tuned on showed flagged
(benchmarks/data: none; measured by hand, docs/checks.md), each with a misspelling of
the same shape that must still be flagged. The texts are invented."""

from __future__ import annotations

import pytest

from mfa_desk.model.release import Release, Segment
from mfa_desk.spelling.checker import MISSPELLING, UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.korean import country_word
from mfa_desk.spelling.release_check import spell_check_release


def flagged(checker: SpellChecker, text: str) -> list[str]:
    return [m.word for m in checker.misspellings(text)]


@pytest.mark.parametrize("good, bad", [
    ("분담액을", "뷴담액을"),  # 액: an amount of money, on a known stem
    ("송금액은", "송굼액은"),
    ("저강도", "저강또"),  # 저-: low
    ("고위험국의", "고위헙국의"),  # 고-: high
])
def test_amount_suffix_and_low_high_prefixes(checker: SpellChecker, good: str,
                                             bad: str) -> None:
    assert flagged(checker, f"{good} {bad}") == [bad]


@pytest.mark.parametrize("good, bad", [
    ("북중", "북즁"),
    ("한러", "한럭"),
    ("중러", "중럭"),
])
def test_one_syllable_countries_together(checker: SpellChecker, good: str, bad: str) -> None:
    assert flagged(checker, f"{good} 간 협력 {bad} 간 협력") == [bad]


def test_country_words_take_each_country_once() -> None:
    assert country_word("미측") and country_word("한미일")
    assert not country_word("미미일") and not country_word("한미일중")
    assert not country_word("미")


def test_currency_counters_after_amounts(checker: SpellChecker) -> None:
    text = "정부는 30만미불을 지원하며 5개소에 2백만 위안화 규모를 30만미블을 더한다"
    assert flagged(checker, text) == ["만미블을"]


def test_long_names_of_institutions(checker: SpellChecker) -> None:
    text = "한국해양과학기술연구원과 한국해양과학기슬연구원"
    assert flagged(checker, text) == ["한국해양과학기슬연구원"]


def test_country_names_of_every_member_state(checker: SpellChecker) -> None:
    text = "부르키나파소와 레소토에 이어 카보베르데를 부르키나파쇼와 카보베르대를"
    assert flagged(checker, text) == ["부르키나파쇼와", "카보베르대를"]


def test_loanwords_take_agreeing_particles_only(checker: SpellChecker) -> None:
    text = "웨비나를 열고 해커톤과 거버넌스의 로드맵을 거버넌수의 웨비나을"
    assert flagged(checker, text) == ["거버넌수의", "웨비나을"]


def test_sino_korean_words_hunspell_lacks(checker: SpellChecker) -> None:
    text = "숙쥐, 상셰: 행동요령 숙지, 상세 일정, 자유무역특구와 양허성 차관"
    assert flagged(checker, text) == ["숙쥐", "상셰"]


def test_titles_of_other_governments_officials(checker: SpellChecker) -> None:
    text = ("곽징밍 중국 외교부 아주사장과 면담했다. 곽 사장은 판웨이 국무위원을 예방했다. "
            "곽징밍은 회의를 마쳤다.")
    # Beside a title the name passes; alone (곽징밍은) the same shape is still flagged.
    assert flagged(checker, text) == ["곽징밍은"]


def test_a_name_of_the_release_is_a_name_at_every_mention(checker: SpellChecker) -> None:
    release = Release()
    release.headline = Segment.of("", "Minister Tarvik Meets Counterparts")
    release.points = [Segment.of("", "Ministers Lee and Tarvik agreed to meet."),
                      Segment.of("", "Ministers Lee and Tarvick agreed again.")]
    findings = spell_check_release(release, with_suggestions=False, checker=checker,
                                   unknown_names=True)
    kinds = {(f.word, f.kind) for f in findings}
    # Tarvik stands after a title once: a name everywhere. The misspelt Tarvick is never
    # in name position, and is flagged.
    assert kinds == {("Tarvik", UNKNOWN_NAME), ("Tarvick", MISSPELLING)}
    assert [f.word for f in spell_check_release(release, False, checker)] == ["Tarvick"]


def test_presidents_and_foreign_ministers_without_a_title(checker: SpellChecker) -> None:
    # Named as an era, no title by them; a slip in the same name is still flagged.
    assert flagged(checker, "윤병세 재임 중 강경화 시기 이후 윤병셰 재임 중") == ["윤병셰"]
