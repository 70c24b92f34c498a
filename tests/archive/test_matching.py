"""Matches while translating: character scores, context first, adapted numbers, diff."""

from __future__ import annotations

from mfa_desk.archive import Archive
from mfa_desk.archive.adapt import adapt_english
from mfa_desk.archive.matching import CONTEXT_SCORE, DELETE, EQUAL, INSERT, find_matches, score
from tests.archive.samples import TALKS_POINTS, release


def test_a_particle_change_scores_high_at_the_character_level() -> None:
    ours = "양측은 양국 관계의 중요함을 재확인하였다."
    assert score(TALKS_POINTS[0][0], ours) >= 90
    assert score(TALKS_POINTS[0][0], TALKS_POINTS[0][0]) == 100
    assert score(TALKS_POINTS[0][0], "  양측은  양국 관계의 중요성을 재확인하였다. ") == 100
    assert score("가나다", "라마바") == 0


def test_fuzzy_match_with_the_korean_difference(archive: Archive) -> None:
    archive.add_release(release())
    ours = "양측은 양국 관계의 중요함을 재확인하였다."
    matches = find_matches(archive, ours)
    assert matches[0].segment.ko == TALKS_POINTS[0][0]
    assert 90 <= matches[0].score < 100 and not matches[0].adapted
    assert matches[0].en == TALKS_POINTS[0][1]
    diff = matches[0].diff
    assert (DELETE, "성") in diff and (INSERT, "함") in diff
    assert "".join(t for k, t in diff if k != INSERT) == TALKS_POINTS[0][0]
    assert "".join(t for k, t in diff if k != DELETE) == ours
    assert diff[0][0] == EQUAL


def test_context_match_ranks_first(archive: Archive) -> None:
    first = release()
    archive.add_release(first)
    # The same sentence in another release, after a different sentence.
    archive.add_release(release(headline_ko="다른 회담", points=[
        ("전혀 다른 문장입니다.", "A different sentence."),
        (TALKS_POINTS[1][0], "The government will set up a 12 billion dollar fund.")]))
    plain = find_matches(archive, TALKS_POINTS[1][0])
    assert {m.score for m in plain} == {100} and len(plain) == 2
    context = find_matches(archive, TALKS_POINTS[1][0], previous_ko=TALKS_POINTS[0][0])
    assert context[0].score == CONTEXT_SCORE and context[0].context
    assert context[0].en == TALKS_POINTS[1][1]
    assert context[1].score == 100


def test_numbers_are_adapted_in_the_english(archive: Archive) -> None:
    archive.add_release(release())
    ours = "정부는 142억 달러 규모의 공급망 기금을 조성하기로 하였다."
    best = find_matches(archive, ours)[0]
    assert best.adapted and best.score < 100
    assert best.en == ("The government decided to create a supply chain fund of "
                       "14.2 billion dollars.")
    assert best.segment.en == TALKS_POINTS[1][1]  # the archive itself is unchanged


def test_dates_months_and_ordinals_are_adapted() -> None:
    assert adapt_english("3월 17일 제3차 회의", "4월 18일 제4차 회의",
                         "the 3rd meeting on March 17") == "the 4th meeting on April 18"
    assert adapt_english("2026. 3. 17.(화) 회의", "2026. 5. 2.(토) 회의",
                         "the meeting on Mar. 17, 2026") == "the meeting on May 2, 2026"
    assert adapt_english("1조 2,000억 원", "1조 5,000억 원", "1.2 trillion won") == \
        "1.5 trillion won"
    assert adapt_english("1,200억 원", "900억 원", "120 billion won") == "90 billion won"
    assert adapt_english("10,000명", "12,500명", "10,000 people") == "12,500 people"


def test_no_adaptation_when_it_would_guess() -> None:
    # The English spells the number out: nothing to rewrite safely.
    assert adapt_english("5개국", "6개국", "five countries") is None
    # More than numbers changed.
    assert adapt_english("120억 달러 지원", "142억 유로 지원", "12 billion dollars") is None
    # One old value would become two different ones.
    assert adapt_english("3명과 3명", "4명과 5명", "3 and 3") is None
    assert adapt_english("같은 문장", "같은 문장", "Same") is None


def test_no_adaptation_when_the_value_also_stays_or_the_english_repeats_it() -> None:
    """Shapes of real pairs (a Yemen aid release, a joint committee's): one 19 changes while
    another stays, or the English names the value more often than the Korean; changing
    every one would write a wrong number."""
    assert adapt_english("코로나 19 대응 회의를 19일 개최", "코로나 19 대응 회의를 20일 개최",
                         "a COVID 19 meeting on the 19th") is None
    assert adapt_english("4월 20일 베이징에서 개최", "4월 21일 베이징에서 개최",
                         "held in Beijing on April 20; the last one on May 20") is None
    # The wrong twin: said once on each side, the value is adapted.
    assert adapt_english("4월 20일 베이징에서 개최", "4월 21일 베이징에서 개최",
                         "held in Beijing on April 20") == "held in Beijing on April 21"


def test_names_with_numbers_are_not_values_and_clocks_keep_their_zeros() -> None:
    # G20 and COVID-19 are names: the day beside them is the only value.
    assert adapt_english("G20 회의 코로나19 논의 20일", "G20 회의 코로나19 논의 21일",
                         "the G-20 meeting on COVID-19, on the 20th") == \
        "the G-20 meeting on COVID-19, on the 21st"
    assert adapt_english("22:00-02:00 회의", "22:00-03:00 회의", "from 22:00 to 02:00") == \
        "from 22:00 to 03:00"


def test_nothing_below_the_minimum_and_no_duplicates(archive: Archive) -> None:
    archive.add_release(release())
    archive.add_release(release(number="copy-2"))  # the same texts in a second release
    assert find_matches(archive, "완전히 무관한 내용의 한국어 문장") == []
    matches = find_matches(archive, TALKS_POINTS[2][0])
    assert [m.score for m in matches] == [100]  # the same pair is shown once
    assert find_matches(archive, "") == []


def test_a_sentence_used_everywhere_still_gives_its_context_match_first(
        archive: Archive) -> None:
    formula = ("양측은 협력을 강화해 나가기로 하였다.",
               "The two sides agreed to strengthen cooperation.")
    with archive.batch():
        for i in range(30):
            archive.add_release(release(headline_ko=f"회담 {i}", number=f"n{i}",
                                        points=[(f"서로 다른 문장 {i}", f"Sentence {i}"), formula]))
    found = find_matches(archive, formula[0], previous_ko="서로 다른 문장 7")
    assert found[0].score == CONTEXT_SCORE and found[0].segment.release == "회담 7"
    assert [m.score for m in found] == [CONTEXT_SCORE]  # the same pair is shown once
