"""Clean bilingual releases built through the model (invented texts), and fault seeding."""

from __future__ import annotations

import datetime as dt

from mfa_desk.model.release import Release, Segment


def _release(date: dt.date, headline: tuple[str, str], points: list[Segment],
             notes: list[tuple[str, str]] = ()) -> Release:  # type: ignore[assignment]
    r = Release()
    r.metadata.date = date
    r.headline = Segment.of(*headline)
    r.points = points
    r.notes = [Segment.of(ko, en) for ko, en in notes]
    return r


def trade_talks() -> Release:
    return _release(
        dt.date(2026, 3, 18),
        ("한-칠레 외교장관회담 개최(3.18.)", "Foreign Ministers of Korea and Chile "
         "Hold Talks (3.18.)"),
        [
            Segment.of("이서준 외교부 장관은 3.18.(수) 서울에서 카밀라 로하스 칠레 "
                       "외교장관과 회담을 "
                       "개최하였다.",
                       "Minister of Foreign Affairs Lee Seo-jun held talks with Foreign Minister "
                       "Camila Rojas of Chile in Seoul on March 18."),
            Segment.of("양 장관은 작년 양국 교역액이 142억 달러를 기록한 것을 평가하였다.",
                       "The two ministers welcomed bilateral trade of 14.2 billion "
                       "dollars last year.",
                       [Segment.of("양측은 2030년까지 교역액 200억 달러 달성을 위해 "
                                   "노력하기로 하였다.",
                                   "The two sides agreed to work toward trade of 20 "
                                   "billion dollars "
                                   "by 2030.")]),
            Segment.of("양 장관은 5.12.-14. 부산에서 열리는 제3차 공급망 포럼에 "
                       "5개국이 참여할 예정이라고 "
                       "하였다.",
                       "The two ministers noted that five countries will join the 3rd supply chain "
                       "forum in Busan from May 12 to 14."),
            Segment.of("양측은 수교 65주년을 기념하여 2027년 상반기에 문화 행사를 "
                       "개최하기로 하였다.",
                       "The two sides agreed to hold cultural events in the first half of 2027 to "
                       "mark the 65th anniversary of diplomatic relations."),
        ],
        [("문의: 02-2100-7000", "Inquiries: +82-2-2100-7000")],
    )


def aid_package() -> Release:
    return _release(
        dt.date(2026, 9, 22),
        ("정부, 동남아 홍수 피해 지원에 300만 달러 제공",
         "Government Provides 3 Million Dollars for Flood Relief in Southeast Asia"),
        [
            Segment.of("정부는 9.22.(화) 동남아시아 4개국의 홍수 피해 주민을 위해 총 "
                       "300만 달러 규모의 "
                       "인도적 지원을 제공하기로 하였다.",
                       "On September 22, the government decided to provide humanitarian assistance "
                       "worth a total of 3 million dollars to people affected by floods in four "
                       "Southeast Asian countries."),
            Segment.of("지원금은 세계식량계획(WFP)을 통해 식량과 식수 지원에 사용될 예정이다.",
                       "The funds will be used for food and drinking water through the WFP.",
                       [Segment.of("이 가운데 120만 달러는 베트남에 배정된다.",
                                   "Of this amount, 1.2 million dollars will go to Viet Nam."),
                        Segment.of("나머지는 필리핀, 태국, 라오스에 나누어 지원된다.",
                                   "The rest will be shared among the Philippines, Thailand and "
                                   "Laos.")]),
            Segment.of("외교부는 10.5.(월) 오전 10시 30분 관계기관 회의를 열어 지원 현황을 점검할 "
                       "계획이다.",
                       "The Ministry of Foreign Affairs plans to review the assistance at an "
                       "interagency meeting at 10:30 a.m. on October 5."),
            Segment.of("정부는 올해 들어 아시아 지역에 총 1,850만 달러의 인도적 지원을 제공하였다.",
                       "This year, the government has provided a total of 18.5 million dollars "
                       "in humanitarian assistance to Asia."),
        ],
    )


def budget_briefing() -> Release:
    return _release(
        dt.date(2026, 8, 28),
        ("2027년도 외교부 예산안 3조 1,000억 원 편성",
         "Ministry of Foreign Affairs Budget Proposal of 3.1 Trillion Won for 2027"),
        [
            Segment.of("외교부는 8.28.(금) 2027년도 예산안을 3조 1,000억 원으로 "
                       "편성하였다고 밝혔다.",
                       "The Ministry of Foreign Affairs announced on August 28 that its budget "
                       "proposal for 2027 amounts to 3.1 trillion won."),
            Segment.of("이는 전년 대비 4.5% 증가한 규모이다.",
                       "This is an increase of 4.5 percent over the previous year."),
            Segment.of("공적개발원조(ODA) 예산은 1조 2,000억 원으로, 30개국 사업에 배정된다.",
                       "The Official Development Assistance (ODA) budget is 1.2 trillion won, "
                       "allocated to projects in 30 countries.",
                       [Segment.of("재외국민 보호 예산은 450억 원이다.",
                                   "The budget for protecting Korean nationals overseas is "
                                   "45 billion won.")]),
            Segment.of("예산안은 9.1.(화) 국회에 제출될 예정이다.",
                       "The budget proposal will be submitted to the National Assembly on "
                       "September 1."),
        ],
    )


CLEAN_RELEASES = {"trade_talks": trade_talks, "aid_package": aid_package,
                  "budget_briefing": budget_briefing}
