"""A Korean person's name the English spells with another given name (checks/person_names.py,
batch 19: "Cho Tae-yong" for 조태열 in a reposted Yonhap story), and its wrong twins: a name
spelled in another romanisation, two people of one surname, a word that is no name."""

from __future__ import annotations

from mfa_desk.checks.person_names import misspelt_names
from mfa_desk.checks.translation import check_translation
from mfa_desk.model.release import Release, Segment


def _release(points: list[tuple[str, str]]) -> Release:
    release = Release()
    release.headline = Segment.of("협력 약정 체결", "Ministries sign an arrangement")
    release.points = [Segment.of(ko, en) for ko, en in points]
    return release


def _names(release: Release) -> list[tuple[str, str, str]]:
    return [(f.segment, f.ko, f.en) for f in check_translation(release)
            if f.message.endswith("another given name")]


LEAD = ("한민수 외교부 장관과 서지호 국방부장관은 약정을 체결하였다.",
        "Foreign Minister Han Min-soo and Defense Minister Seo Ji-ho signed the arrangement.")


def test_a_given_name_spelled_as_the_korean_reads_is_no_finding() -> None:
    assert _names(_release([LEAD, ('한민수 장관은 "협력이 중요하다"고 말했다.',
                                   '"Cooperation matters," Han said.')])) == []


def test_another_given_name_is_reported_once_at_the_first_korean_text() -> None:
    misspelt = (LEAD[0], LEAD[1].replace("Han Min-soo", "Han Min-seok"))
    release = _release([misspelt, ('한민수 장관은 "협력이 중요하다"고 말했다.',
                                   '"Cooperation matters," Han said.')])
    assert _names(release) == [("points[0]", "한민수", "Han Min-seok")]


def test_two_people_of_one_surname_the_english_naming_one() -> None:
    ko = "정세균 총리와 정민수 외교부 장관은 회의에 참석하였다."
    assert misspelt_names(ko, "Foreign Minister Chung Min-soo attended the meeting.") == []
    assert misspelt_names(ko, "Foreign Minister Chung Min-seok attended the meeting.") == [
        ("정세균", "Chung Min-seok"), ("정민수", "Chung Min-seok")]


def test_romanisations_and_words_that_are_no_names() -> None:
    assert misspelt_names("윤석열 대통령과 강경화 외교부 장관",
                          "President Yoon Suk Yeol and Foreign Minister Kang Kyung-wha") == []
    # A capitalised word before the name is no surname of it ("Climate Change Choi Seo-jin").
    assert misspelt_names("최서진 대변인은", "Ambassador for Climate Change Choi Seo-jin") == []
    assert misspelt_names("이밖에 러시아 장관은 회의에 참석했다.",
                          "Lee Jae-myung attended the meeting.") == []
