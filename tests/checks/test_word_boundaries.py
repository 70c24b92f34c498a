"""False alarms of issue #6 and the real faults the same rules must still report.

Classes: Korean glossary terms found inside longer words (평양 in 태평양, 인도 in
인도-태평양, 차관 in 사무차관); counts of countries (3국, 5개국, 3자) rendered without a
digit; a country named by its adjective or left out of a title (주멕시코대사); other
renderings of 재외국민; acronyms spelled out (EU = European Union, EEAS = European
External Action Service). Every false-alarm pair here has a wrong twin that must still
raise its finding.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary, terms_in_korean
from mfa_desk.checks.scripts import spells_acronym
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation
from mfa_desk.formats.importing import import_pair

from .exact_findings import assert_exact_findings
from .heldout_pairs import BOUNDARY_CORRECT, BOUNDARY_WRONG

E, W = ERROR, WARNING
SPELLING_HELDOUT = Path(__file__).resolve().parents[1] / "fixtures" / "releases" \
    / "heldout-spelling"

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- country counts: 23 -----------------------------------------------------------------
    ("3국 대표는 의견을 같이하였다.", "The three delegations shared the view.", []),
    ("3국 대표는 협의하였다.", "The delegations also consulted.", []),
    ("3국 대표는 협의하였다.", "The trilateral meeting consulted.", []),
    ("3국 대표는 협의하였다.", "The four delegations consulted.", [("number", E)]),
    ("3개국 대표가 참석하였다.", "Representatives of four countries attended.", [("number", E)]),
    ("3개국 대표가 참석하였다.", "Representatives of 4 countries attended.", [("number", E)]),
    ("3개국 대표가 참석하였다.", "Representatives of three countries attended.", []),
    ("양국은 합의하였다.", "Both countries agreed.", []),
    ("3자 협의를 개최하였다.", "A trilateral consultation was held.", []),
    ("3개국 순방", "a three-nation tour", []),
    ("3개국 순방", "a four-nation tour", [("number", E)]),
    ("3자 협의를 개최하였다.", "A consultation of five parties was held.", [("number", E)]),
    ("제3국 국민", "nationals of a third country", []),
    ("제3국 국민", "nationals of a fourth country", [("number", E)]),
    # --- glossary terms inside longer words: 24, 28, 29 ---------------------------------------
    ("아시아·태평양 그룹 후보국", "a candidate of the Asia-Pacific Group", []),
    ("태평양 도서국", "the Pacific Island countries", []),
    ("태평양 도서국", "the Caribbean Island countries", [("glossary", W)]),
    ("인도-태평양 지역", "the Indo-Pacific region", []),
    ("인도태평양 전략", "the Indo-Pacific Strategy", []),
    ("인도·태평양 지역", "the Indo-Pacific region", []),
    ("인도-태평양 지역", "the region", [("glossary", W)]),
    ("평양에서 개최", "held in Pyongyang", []),
    ("평양에서 개최", "held in the Pacific", [("glossary", W)]),
    ("인도를 방문", "a visit to the Indo-Pacific", [("glossary", W)]),
    ("피지 외교부 사무차관과 면담", "a meeting with the Permanent Secretary for Foreign Affairs "
     "of Fiji", []),
    ("피지 외교부 사무차관과 면담", "a meeting with Fiji's Foreign Ministry", [("glossary", W)]),
    ("차관 면담", "a meeting with the Vice Minister", []),
    ("차관 면담", "a meeting with the Minister", [("glossary", W)]),
    ("외교부 차관보 면담", "a meeting with the Assistant Minister of Foreign Affairs", []),
    ("아시아태평양국장", "the Director-General for Asian and Pacific Affairs", []),
    ("중남미 지역 정세", "the situation in Latin America", []),
    ("남미국가 순방", "a tour of South American countries", []),  # not 미국 (United States)
    ("남미국가 순방", "a tour of countries", [("glossary", W)]),
    # --- a country as an adjective or placing a title: 26 -----------------------------------
    ("멕시코 문화부와 공동 개최", "co-hosted with the Mexican Ministry of Culture", []),
    ("박준영 주멕시코대사는 축사를 하였다.", "Ambassador Park Jun-young gave remarks.", []),
    ("박준영 주멕시코대사는 축사를 하였다.", "Consul Park Jun-young gave remarks.",
     [("glossary", W), ("glossary", W)]),  # neither the title nor the country
    ("주멕시코대사관은 행사를 개최하였다.", "The Korean Embassy in Mexico held an event.", []),
    ("멕시코 문화부와 공동 개최", "co-hosted with the Ministry of Culture of Peru",
     [("glossary", W)]),
    # --- other renderings of 재외국민: 21 ----------------------------------------------------
    ("재외국민보호 실무협의", "Consultation on the Protection of Nationals Abroad", []),
    ("재외국민의 안전", "the safety of overseas Koreans", []),
    ("재외국민의 안전", "the safety of Korean citizens abroad", []),
    ("재외국민의 안전", "the safety of tourists", [("glossary", W)]),
    # --- acronyms spelled out: 27 ------------------------------------------------------------
    ("EU 측에서는 유럽대외관계청(EEAS) 과장이 참석하였다.",
     "The Head of Division of the European External Action Service (EEAS) attended.", []),
    ("EU 측에서는 유럽대외관계청 과장이 참석하였다.",
     "The Head of Division of the European External Action Service attended.", []),
    ("유럽연합(EU)과 협의", "consultations with the European Union", []),
    ("EU와 협의", "consultations with the African Union", [("latin", W)]),
    ("IAEA 사무총장과 통화", "a call with the Director General of the International Atomic "
     "Energy Agency", []),
    ("IAEA 사무총장과 통화", "a call with the Director General of the Agency", [("latin", W)]),
    ("NPT 체제 강화", "strengthening the Non-Proliferation Treaty regime", []),
    ("NPT 체제 강화", "strengthening the nuclear regime", [("latin", W)]),
    ("재외동포 간담회", "a meeting with ethnic Koreans", []),
]


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    return CheckContext(2026, 3, default_glossary())


@pytest.mark.parametrize(("ko", "en", "expected"), ROWS,
                         ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_pair_raises_exactly_the_expected_findings(ko: str, en: str,
                                                   expected: list[tuple[str, str]],
                                                   ctx: CheckContext) -> None:
    assert_exact_findings(ko, en, ctx, expected)


def test_korean_terms_are_words_and_the_longest_wins() -> None:
    g = default_glossary()

    def terms(ko: str) -> list[str]:
        return sorted(p.ko for p in terms_in_korean(ko, g))

    assert terms("한-태평양도서국 정상회의") == ["태평양"]
    assert terms("인도-태평양 지역과 인도") == ["인도", "인도-태평양"]
    assert terms("피지 사무차관") == ["사무차관", "피지"]
    assert terms("외교부사무차관") == ["사무차관", "외교부"]  # a term after a term
    assert terms("주멕시코대사관은") == ["대사관", "멕시코"]
    assert terms("서태평양 해역") == ["태평양"]  # west + Pacific; never 평양 inside it
    assert terms("사무차관") == ["사무차관"]
    assert terms("다자외교조정관실") == ["다자외교조정관"]  # a title heads its compound
    assert terms("개발협력조정관실") == ["개발협력", "조정관"]
    assert terms("북미국장은") == ["국장"]
    assert terms("결국장기적으로") == []  # but 국장 runs on into another word here
    assert terms("한미 정상회담") == ["정상회담"]
    assert terms("한미정상회담") == ["정상회담"]


def test_acronym_initials() -> None:
    assert spells_acronym("EEAS", "the European External Action Service")
    assert spells_acronym("OECD", "Organisation for Economic Co-operation and Development")
    assert spells_acronym("EU", "with the European Union")
    assert not spells_acronym("EU", "with the African Union")
    assert not spells_acronym("UN", "the United States")


@pytest.mark.parametrize("name", sorted(p.name[:-len(".ko.txt")]
                                        for p in SPELLING_HELDOUT.glob("2*.ko.txt")))
def test_spelling_heldout_release_has_no_false_alarm(name: str) -> None:
    pair = import_pair(SPELLING_HELDOUT / f"{name}.ko.txt", SPELLING_HELDOUT / f"{name}.en.txt")
    assert len(list(pair.release.iter_segments())) >= 4
    found = check_translation(pair.release)
    assert found == [], [(f.segment, f.check, f.message) for f in found]


@pytest.mark.parametrize(("ko", "en"), BOUNDARY_CORRECT,
                         ids=[f"ok{i}" for i in range(len(BOUNDARY_CORRECT))])
def test_boundary_heldout_correct_pair_raises_nothing(ko: str, en: str,
                                                      ctx: CheckContext) -> None:
    assert [f.message for f in check_pair(ko, en, ctx)] == []


@pytest.mark.parametrize(("ko", "en", "check"), BOUNDARY_WRONG,
                         ids=[f"bad{i}" for i in range(len(BOUNDARY_WRONG))])
def test_boundary_heldout_wrong_pair_is_reported(ko: str, en: str, check: str,
                                                 ctx: CheckContext) -> None:
    hits = [f for f in check_pair(ko, en, ctx) if f.check == check]
    assert hits
    if check == "number":
        assert all(f.severity == ERROR for f in hits)
