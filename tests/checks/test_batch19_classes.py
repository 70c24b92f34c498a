"""False-finding classes of the translation checks found on the batch-19 held-out pairs (two
MOUs, an aid announcement, a spokesperson's statement and two ministerial meetings; judged
by hand before any change, docs/checks.md), each with an invented pair beside its wrong
twin: a real discrepancy of the same shape that must still be reported.

Classes: a day of the month before written "지난달 30일" against the English month and day;
the day the ministry spoke written before "외교부에 따르면"; "6·25전쟁" (the Korean War) read as
the date June 25; a glossary homograph the Korean glosses with other Hanja ("국장(國葬)", a
state funeral, is no 국장 Director-General); a sentence whose dates are missing but whose
names in capitals (G7, NATO, AP4) the other side states is no sentence left out; the
writer's own lower-case English gloss of a quote ("감동했다(genuinely touched)") is no name the
English owes.
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_pair

from .exact_findings import assert_exact_findings

E, W = ERROR, WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- "지난달 30일": a day of the month before, the English giving month and day -------------
    ("당국은 지난달 30일 공항 폭발로 20명이 숨졌다고 발표했다.",
     "The authorities said 20 people were killed in the airport blast on Dec. 30.", []),
    ("당국은 지난달 30일 공항 폭발로 20명이 숨졌다고 발표했다.",
     "The authorities said 20 people were killed in the airport blast on Dec. 29.",
     [("date", E)]),  # another day
    # --- "6일 외교부에 따르면": the day the ministry spoke --------------------------------------
    ("6일 외교부에 따르면 정부는 세계식량계획(WFP)을 통해 식량 지원을 제공할 예정이다.",
     "Seoul will provide food aid through the World Food Programme (WFP).", []),
    ("6일 정부와 함께 기구는 세계식량계획(WFP)을 통해 식량 지원을 제공할 예정이다.",
     "Seoul will provide food aid through the World Food Programme (WFP).",
     [("number", E)]),  # no saying: the 6 is a fact the English lacks
    # --- "6·25전쟁": the Korean War, not June 25 -----------------------------------------------
    ("그는 6·25전쟁 당시 영국군이 자유를 위해 싸웠다고 말했다.",
     "He said British troops fought for freedom during the Korean War.", []),
    ("양측은 6·25 대화를 개최하였다.",
     "The two sides held a dialogue.", [("date", E)]),  # a date: no event word after it
    # --- a glossary homograph glossed with other Hanja -----------------------------------------
    ("장관은 국장(國葬)에 참석한 대표단에 사의를 표하였다.",
     "The Minister thanked the delegation that attended the state funeral.", []),
    ("장관은 국장(局長)의 보고에 사의를 표하였다.",
     "The Minister thanked the chief for the report.",
     [("glossary", W)]),  # the glossary's own sense: the approved rendering is owed
    # --- the writer's own lower-case English for a quote ---------------------------------------
    ('그는 "진심으로 감동했다(genuinely touched)"고 말했다.', "He said he was very moved.", []),
    ("자세한 사항은 홈페이지(www.example.org)를 참고하기 바란다.", "Details are on the website.",
     [("latin", W)]),  # an address is required
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(None, None, default_glossary()), expected)


def test_the_month_before_the_release_month_is_read_when_the_release_date_is_known() -> None:
    ko = "당국은 지난달 30일 공항 폭발로 20명이 숨졌다고 발표했다."
    ctx = CheckContext(2021, 1, default_glossary())
    assert check_pair(ko, "20 people were killed in the blast on Dec. 30.", ctx) == []
    found = check_pair(ko, "20 people were killed in the blast on Jan. 30.", ctx)
    assert [(f.check, f.message) for f in found] == [
        ("date", "The Korean says 30일 (December 30, 2020) but the English says Jan. 30 "
                 "(January 30)")]


# --- names in capitals tie a sentence whose dates are missing -----------------------------------
KO_SUMMITS = ("박 장관은 G7 정상회의 계기 정상회담과 NATO 정상회의 계기 AP4 정상회동 등을 통해 "
              "긴밀한 소통이 이뤄지고 있음을 언급했다.")
EN_SUMMITS = ("Minister Park noted close communication at the summit (May 19) on the sidelines of "
              "the G7 Summit, the visit (May 29) and the AP4 leaders' meeting (July 12) on the "
              "sidelines of the NATO Summit.")


def _shapes(ko: str, en: str) -> list[tuple[str, str]]:
    return sorted((f.check, f.message.split(" (")[0].split(":")[0])
                  for f in check_pair(ko, en, CheckContext(None, None, default_glossary())))


def test_a_sentence_whose_names_the_other_side_states_is_checked_fact_by_fact() -> None:
    assert _shapes(KO_SUMMITS, EN_SUMMITS) == [
        ("date", "The English date July 12 is not in the Korean"),
        ("date", "The English date May 19 is not in the Korean"),
        ("date", "The English date May 29 is not in the Korean")]


def test_a_sentence_sharing_one_name_is_still_a_sentence_left_out() -> None:
    ko = "박 장관은 G7 정상회의 계기 양국 간 긴밀한 소통이 이뤄지고 있음을 언급했다."
    assert _shapes(ko, EN_SUMMITS) == [
        ("structure", "None of the facts of this English sentence is in the Korean")]
