"""A table of (Korean, English) snippet pairs, correct and wrong, with the findings expected.

Each row gives the check ids and severities the pair must raise, no more and no fewer.
The release year is 2026 (March), as if the snippets came from a release of 2026-03-18.
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_pair

E, W = "error", "warning"

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    # --- dates -----------------------------------------------------------------------------
    ("회의는 2026. 3. 18. 개최되었다.", "The meeting was held on March 18, 2026.", []),
    ("2026. 3. 18. 개최", "held on March 19, 2026", [("date", E)]),
    ("3.17.(화) 회담", "talks on March 17", []),
    ("3.17.(수) 회담", "talks on March 17", [("date", E)]),  # 2026-03-17 is a Tuesday
    ("3. 17. 방문", "visit on 17 March", []),
    ("2026년 3월 17일 서명", "signed on March 17, 2026", []),
    ("2026년 3월 17일 서명", "signed on March 17, 2025", [("date", E)]),
    ("6.30.까지 신청", "apply by June 30", []),
    ("6.30.까지 신청", "apply by June 3", [("date", E)]),
    ("5.12.-14. 방한", "visit from May 12 to 14", []),
    ("5.12.-14. 방한", "visit on May 12-14", []),
    ("5.12.-14. 방한", "visit from May 12 to 15", [("date", E)]),
    ("중미 주간(6.27-30)", "Central America Week (June 27-30)", []),
    ("중미 주간(6.27-30)", "Central America Week (June 26-30)", [("date", E)]),
    ("장관 회담 개최(11.4.)", "Minister Holds Talks (November 4)", []),
    ("장관 회담 개최(11.4.)", "Minister Holds Talks (11.4.)", []),
    ("장관 회담 개최(11.4.)", "Minister Holds Talks (11.5.)", [("date", E)]),
    ("3.17.(화) 협의", "consultations on Mar. 17", []),
    ("3.17.(화) 협의", "consultations on Mar. 18", [("date", E)]),
    ("5.30.~6.2. 순방", "a tour from May 30 to June 2", []),
    ("9.3.(목) 행사", "the event on September 3", []),
    ("9.3.(일) 행사", "the event on September 3", [("date", E)]),
    ("2016. 9. 23.(금) 발표", "announced on September 23, 2016", []),
    ("2016. 9. 23(금) 발표", "announced on September 23, 2016", [("hygiene", W)]),
    ("회의 개최", "the meeting held on March 20", [("date", E)]),
    ("2026. 3. 18. 배포", "released 2026-03-18", []),
    ("5월 12~14일 방한", "a visit on 12-14 May", []),
    ("9·19 군사합의", "the September 19 Military Agreement", []),
    ("9·19 군사합의", "the September 18 Military Agreement", [("date", E)]),
    ("1·2차 회의", "the 1st and 2nd meetings", []),
    # --- numbers, amounts, ordinals, counts, times, phones ---------------------------------
    ("142억 달러", "14.2 billion dollars", []),
    ("142억 달러", "12.4 billion dollars", [("number", E)]),
    ("142억 달러", "$14.2 billion", []),
    ("1조 2,000억 원 규모", "worth 1.2 trillion won", []),
    ("1조 2,000억 원 규모", "worth 1.3 trillion won", [("number", E)]),
    ("수교 65주년", "the 65th anniversary of diplomatic relations", []),
    ("수교 65주년", "the 56th anniversary of diplomatic relations", [("number", E)]),
    ("제3차 회의", "the 3rd meeting", []),
    ("제3차 회의", "the third meeting", []),
    ("제3차 회의", "the fourth meeting", [("number", E)]),
    ("5개국 대표", "representatives of five countries", []),
    ("5개국 대표", "representatives of six countries", [("number", E)]),
    ("성장률 3.5%", "growth of 3.5 percent", []),
    ("성장률 3.5%", "growth of 5.3%", [("number", E)]),
    ("오전 10시 30분 개최", "held at 10:30 a.m.", []),
    ("오후 3시 개최", "held at 3 p.m.", []),
    ("오후 3시 개최", "held at 3 a.m.", [("number", E)]),
    ("개회식: 09:30", "Opening: 09:30", []),
    ("개회식: 09:30", "Opening: 10:30", [("number", E)]),
    ("문의: 02-2100-7000", "Contact: +82-2-2100-7000", []),
    ("문의: 02-2100-7000", "Contact: +82-2-2100-7001", [("number", E)]),
    ("약 1,500명 참석", "about 1,500 people attended", []),
    ("약 1,500명 참석", "about 15,000 people attended", [("number", E)]),
    ("5천만 달러", "50 million dollars", []),
    ("2억 5천만 달러", "USD 250 million", []),
    ("45만 명", "450,000 people", []),
    ("2,400만 원", "24 million won", []),
    ("2027년 상반기", "the first half of 2027", []),
    ("2027년 상반기", "the first half of 2028", [("number", E)]),
    ("두 정상은", "The two leaders", []),
    ("회의 개최", "12 delegates attended the meeting", [("number", E)]),
    ("24시간 운영", "open 24 hours a day", []),
    ("1,200여 건", "about 1,200 cases", []),
    ("2026년 3월 출범", "launched in March 2026", []),
    ("3월 중 개최", "to be held in April", [("number", E)]),
    ("3월 말 개최", "to be held at the end of Mar.", []),
    # --- scripts ---------------------------------------------------------------------------
    ("APEC 정상회의", "the APEC Leaders' Meeting", []),
    ("APEC 정상회의", "the Leaders' Meeting", [("latin", W)]),
    ("회담 개최", "The 회담 was held", [("hangul", E)]),
    ("세계식량계획(WFP)을 통해", "through the World Food Programme", []),
    ("UN 총회", "the United Nations General Assembly", []),
    # --- glossary --------------------------------------------------------------------------
    ("외교부는 발표하였다.", "The Ministry of Foreign Affairs announced.", []),
    ("외교부는 발표하였다.", "The Foreign Ministry of Korea announced.", [("glossary", E)]),
    ("부산에서 개최", "held in Pusan", [("glossary", E)]),
    ("부산에서 개최", "held in Busan", []),
    ("대변인 브리핑", "the Spokesman's briefing", [("glossary", E)]),
    ("대변인 브리핑", "the Spokesperson's briefing", []),
    ("외교부 제1차관", "First Vice Foreign Minister", []),
    ("키이우 방문", "a visit to Kiev", [("glossary", E)]),
    ("튀르키예 외교장관", "the Foreign Minister of Turkey", [("glossary", E)]),
    ("제주에서", "in Seoul", [("glossary", W)]),
    ("인도적 지원", "humanitarian assistance", []),
    ("국장 면담", "a meeting with the Director-General", []),
    ("국장 면담", "a meeting with the Director General", [("glossary", E)]),
    ("총영사 면담", "a meeting with the Consul-General", [("glossary", E)]),
    ("미국 측", "the U.S. side", []),
    ("한미 정상회담", "the Korea-U.S. summit", []),
    # --- hygiene (these are points) ---------------------------------------------------------
    ("양측은 합의하였다.", "The two sides agreed.", []),
    ("양측은 합의하였다", "The two sides agreed.", [("hygiene", W)]),
    ("양측은 합의하였다.", "The two sides agreed", [("hygiene", W)]),
    ("공동 연구 착수", "Launch of joint research", []),
    ("양측은  합의하였다.", "The two sides agreed.", [("hygiene", W)]),
    ("양측은 (합의하였다.", "The two sides (agreed).", [("hygiene", W)]),
    ("그는 ‘좋다’고 하였다.", 'He said "yes.', [("hygiene", W)]),
    # --- several at once -------------------------------------------------------------------
    ("김민준 외교부 장관은 3.18.(수) 서울에서 포르투갈 외교장관과 회담을 갖고, 교역액 24억 달러를 "
     "평가하였다.",
     "Minister of Foreign Affairs Kim Min-jun held talks with the Portuguese Foreign Minister in "
     "Seoul on March 18 and assessed trade of 2.4 billion dollars.", []),
    ("김민준 외교부 장관은 3.18.(수) 서울에서 교역액 24억 달러를 평가하였다.",
     "Foreign Minister Kim Min-jun assessed trade of 4.2 billion dollars in Seoul on March 19.",
     [("date", E), ("number", E)]),
]


@pytest.fixture(scope="module")
def ctx() -> CheckContext:
    return CheckContext(2026, 3, default_glossary())


def test_table_is_large_and_mixed() -> None:
    assert len(ROWS) >= 60
    assert sum(1 for *_, exp in ROWS if exp) >= 30
    assert sum(1 for *_, exp in ROWS if not exp) >= 30


@pytest.mark.parametrize(("ko", "en", "expected"), ROWS, ids=[f"{i:02d}" for i in range(len(ROWS))])
def test_pair(ko: str, en: str, expected: list[tuple[str, str]], ctx: CheckContext) -> None:
    found = check_pair(ko, en, ctx, path="points[0]", segment_id="abc")
    assert sorted((f.check, f.severity) for f in found) == sorted(expected), \
        [f.message for f in found]
    for f in found:
        assert f.segment == "points[0]" and f.segment_id == "abc" and f.message
