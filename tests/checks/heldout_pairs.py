"""A held-out set for the translation checks: pairs written without looking at the checker.

The checks were tuned on the project's own samples; these pairs were written afterwards, from
the published forms of ministry releases, to measure how the checks do on text nobody tuned them
on. Every text is invented. The context is a release of 2026-03-18 (a Wednesday): a Korean date
without a year is in 2026, "the 18th" is March 18.

CORRECT: (Korean, English) pairs a careful translator could publish; any finding is a false alarm.
WRONG: (Korean, English, check) pairs with one real fault; the named check must report it.
RELEASES: whole releases in tests/fixtures/releases/heldout/ (NN.ko.txt + NN.en.txt), all correct.
"""

from __future__ import annotations

from pathlib import Path

RELEASE_YEAR, RELEASE_MONTH = 2026, 3

HELDOUT_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "releases" / "heldout"
RELEASES = ("01", "02", "03")

CORRECT: list[tuple[str, str]] = [
    # --- dates: ranges, day only, month parts, years ---------------------------------------
    (
        "외교부는 18일(수) 서울에서 제3차 한-아세안 개발협력 포럼을 개최하였다.",
        "The Ministry of Foreign Affairs hosted the third Korea-ASEAN Development Cooperation "
        "Forum in Seoul on the 18th.",
    ),
    (
        "회의는 3.18.(수)~20.(금) 부산에서 개최된다.",
        "The meeting will be held in Busan from March 18 to 20.",
    ),
    (
        "회의는 3.18.(수)~20.(금) 부산에서 개최된다.",
        "The meeting will take place in Busan on March 18-20.",
    ),
    (
        "회의는 3.18.(수)~20.(금) 부산에서 개최된다.",
        "The meeting will take place in Busan on March 18–20.",
    ),
    ("대표단은 3.18.-20. 제네바를 방문한다.", "The delegation will visit Geneva on 18-20 March."),
    (
        "대표단은 3월 18일(수)부터 20일(금)까지 제네바를 방문한다.",
        "The delegation will visit Geneva from March 18 through 20.",
    ),
    (
        "신청은 4.1.(수)부터 4.30.(목)까지 받는다.",
        "Applications will be accepted from April 1 through April 30.",
    ),
    (
        "양국은 3월 중순 서울에서 실무협의를 갖기로 하였다.",
        "The two countries agreed to hold working-level consultations in Seoul in mid-March.",
    ),
    (
        "후속 협의는 4월 초 하노이에서 열릴 예정이다.",
        "Follow-up consultations are expected to take place in Hanoi in early April.",
    ),
    ("G20 정상회의는 11월 말 개최된다.", "The G20 Summit will be held in late November."),
    ("협정은 2026.3.18. 서명되었다.", "The agreement was signed on March 18, 2026."),
    ("이 자료는 '26.3.18.(수) 배포되었다.", "This material was released on March 18, 2026."),
    (
        "양국 외교장관은 2026년 3월 18일(수) 회담을 가졌다.",
        "The foreign ministers of the two countries held talks on Wednesday, March 18, 2026.",
    ),
    (
        "양국 외교장관은 2026년3월18일 회담을 가졌다.",
        "The foreign ministers of the two countries held talks on 18 March 2026.",
    ),
    ("개막식은 3.20.(금) 열린다.", "The opening ceremony will be held on Friday, March 20."),
    (
        "정부는 2027년 상반기 협정 발효를 목표로 하고 있다.",
        "The government aims for the agreement to enter into force in the first half of 2027.",
    ),
    (
        "양측은 올해 하반기 제2차 회의를 개최하기로 하였다.",
        "The two sides agreed to hold the second meeting in the second half of this year.",
    ),
    # --- amounts, currencies, approximate markers ------------------------------------------
    (
        "작년 양국 간 교역액은 142억 달러를 기록하였다.",
        "Trade between the two countries reached USD 14.2 billion last year.",
    ),
    (
        "작년 양국 간 교역액은 142억 달러를 기록하였다.",
        "Bilateral trade amounted to $14.2 billion last year.",
    ),
    (
        "정부는 올해 1조 2천억 원 이상을 투입할 계획이다.",
        "The government plans to invest over KRW 1.2 trillion this year.",
    ),
    (
        "올해 공적개발원조(ODA) 예산은 1조 2,000억 원을 넘는다.",
        "This year's official development assistance (ODA) budget exceeds 1.2 trillion won.",
    ),
    ("이번 지원 규모는 14억 2천만 원이다.", "The assistance amounts to 1.42 billion won."),
    (
        "정부는 세계식량계획(WFP)을 통해 1,500만 달러를 지원한다.",
        "The government will provide USD 15 million through the World Food Programme (WFP).",
    ),
    (
        "정부는 2억 5천만 달러 규모의 협력 기금을 조성한다.",
        "The government will set up a cooperation fund worth $250 million.",
    ),
    (
        "총 3,000억 원 규모의 사업이 추진된다.",
        "Projects worth a total of KRW 300 billion will be carried out.",
    ),
    (
        "선발된 학생에게는 1인당 50만 원의 장학금이 지급된다.",
        "Each selected student will receive a scholarship of 500,000 won.",
    ),
    # --- approximate counts, counts as words and digits ------------------------------------
    (
        "행사에는 각국 외교단 등 300여 명이 참석하였다.",
        "Some 300 people, including members of the diplomatic corps, attended the event.",
    ),
    (
        "이번 박람회에는 약 5,000명이 방문할 것으로 예상된다.",
        "About 5,000 people are expected to visit the fair.",
    ),
    ("이번 행사에는 1,000여 명이 참가하였다.", "More than 1,000 people took part in the event."),
    (
        "외교부는 5개국 대사를 초청하였다.",
        "The Ministry invited the ambassadors of five countries.",
    ),
    (
        "회의에는 15개국 대표가 참석하였다.",
        "Representatives from fifteen countries attended the meeting.",
    ),
    ("회의에는 12개국 대표가 참석하였다.", "Representatives of 12 countries attended the meeting."),
    (
        "장관은 2일간의 일정으로 하노이를 방문한다.",
        "The Minister will pay a two-day visit to Hanoi.",
    ),
    (
        "양국은 3개년 협력 계획에 서명하였다.",
        "The two countries signed a three-year cooperation plan.",
    ),
    ("우리 국민 3명이 무사히 귀국하였다.", "Three Korean nationals returned home safely."),
    # --- percentages, ordinals --------------------------------------------------------------
    (
        "교역액은 전년 대비 10% 증가하였다.",
        "This represents a 10 percent increase over the previous year.",
    ),
    (
        "지원 예산은 전년 대비 10% 증액되었다.",
        "The aid budget was increased by 10% from the previous year.",
    ),
    ("경제성장률은 2.5%로 전망된다.", "Economic growth is projected at 2.5 percent."),
    (
        "올해는 양국 수교 65주년이 되는 해이다.",
        "This year marks the 65th anniversary of diplomatic relations between the two countries.",
    ),
    (
        "이번 회의는 제3차 전략대화로 개최되었다.",
        "The meeting was held as the 3rd Strategic Dialogue.",
    ),
    (
        "제5차 한-중앙아시아 협력 포럼이 서울에서 개최되었다.",
        "The fifth Korea-Central Asia Cooperation Forum was held in Seoul.",
    ),
    (
        "이번 행사는 제3회 한-아프리카 청년 포럼이다.",
        "This event is the third Korea-Africa Youth Forum.",
    ),
    (
        "21세기 해양 협력의 방향을 논의하였다.",
        "The participants discussed the direction of maritime cooperation in the 21st century.",
    ),
    # --- times, phone numbers ---------------------------------------------------------------
    ("기자회견은 오후 3시에 열린다.", "The press conference will be held at 3 p.m."),
    (
        "개회식은 3.18.(수) 15:00 외교부 청사에서 열린다.",
        "The opening ceremony will take place at 3 p.m. on March 18 at the Ministry.",
    ),
    (
        "개회식은 3.18.(수) 15:00 외교부 청사에서 열린다.",
        "The opening ceremony will take place at 15:00 on March 18 at the Ministry.",
    ),
    ("브리핑은 오전 10시 30분에 시작된다.", "The briefing will begin at 10:30 a.m. (KST)."),
    ("문의: 외교부 대변인실(02-2100-7000)", "Inquiries: Spokesperson's Office (+82-2-2100-7000)"),
    # --- names, titles, abbreviations -------------------------------------------------------
    (
        "김민준 외교부 장관은 이날 유엔 사무차장을 접견하였다.",
        "Minister of Foreign Affairs Kim Min-jun received the UN Under-Secretary-General on the "
        "same day.",
    ),
    (
        "김민준 외교부 장관은 이날 유엔 사무차장을 접견하였다.",
        "Foreign Minister Kim Minjun received the UN Under-Secretary-General on the same day.",
    ),
    (
        "장관은 APEC 정상회의 준비 현황을 점검하였다.",
        "The Minister reviewed preparations for the APEC Summit.",
    ),
    (
        "정부는 OECD 개발원조위원회(DAC) 회원국으로서 역할을 다할 것이다.",
        "The government will play its part as a member of the OECD Development Assistance "
        "Committee (DAC).",
    ),
    (
        "양측은 아세안 및 G20 차원의 협력을 강화하기로 하였다.",
        "The two sides agreed to strengthen cooperation within ASEAN and the G20.",
    ),
    # --- second batch (also written before reading the checker) ------------------------------
    (
        "회의는 2026. 3. 18.(수)~3. 20.(금) 서울에서 열린다.",
        "The meeting will be held in Seoul on March 18-20, 2026.",
    ),
    (
        "회의는 3월 18일~20일 서울에서 열린다.",
        "The meeting will be held in Seoul from March 18 to March 20.",
    ),
    (
        "회의는 3.18.(수)~20.(금) 서울에서 열린다.",
        "The meeting will be held in Seoul on 18-20 March 2026.",
    ),
    (
        "장관은 3.30.(월)~4.2.(목) 유럽을 순방한다.",
        "The Minister will tour Europe from March 30 to April 2.",
    ),
    (
        "양 장관은 3.18.(수) 오후 회담을 가졌다.",
        "The two ministers held talks on the afternoon of Mar. 18.",
    ),
    ("신청은 6월 말까지 받는다.", "Applications will be accepted until the end of June."),
    ("협정은 2026년 9월 발효된다.", "The agreement will enter into force in September 2026."),
    ("환영 만찬은 오후 7시 30분에 시작된다.", "The welcome dinner will begin at 7:30 p.m."),
    ("세미나는 14:30에 개회한다.", "The seminar will open at 2:30 PM."),
    (
        "정부는 1,000만 달러를 긴급 지원한다.",
        "The government will provide 10 million dollars in emergency aid.",
    ),
    (
        "정부는 약 1억 달러를 지원할 예정이다.",
        "The government plans to provide approximately USD 100 million.",
    ),
    ("올해 예산은 4천억 원이다.", "This year's budget is KRW 400 billion."),
    (
        "양국은 1조 원 규모의 통화스와프에 합의하였다.",
        "The two countries agreed on a currency swap worth KRW 1 trillion.",
    ),
    (
        "이번 사업에는 3억 원이 투입된다.",
        "A total of 300 million won will be invested in the project.",
    ),
    ("참가자는 10만 명을 넘었다.", "The number of participants exceeded 100,000."),
    ("실업률은 0.5%p 하락하였다.", "The unemployment rate fell by 0.5 percentage points."),
    (
        "회의에는 20개국 대표가 참석하였다.",
        "Representatives of twenty countries attended the meeting.",
    ),
    ("이번 방한은 장관의 7번째 방한이다.", "This is the Minister's seventh visit to Korea."),
    (
        "박서연 제1차관은 이날 유네스코 사무총장을 면담하였다.",
        "First Vice Minister Park Seoyeon met with the Director-General of UNESCO on the same day.",
    ),
    (
        "양측은 EU 및 NATO와의 협력 방안을 논의하였다.",
        "The two sides discussed ways to cooperate with the EU and NATO.",
    ),
    (
        "장관은 IAEA 사무총장과 통화하였다.",
        "The Minister held a phone call with the Director General of the IAEA.",
    ),
    ("양국은 5개년 행동계획을 채택하였다.", "The two countries adopted a five-year action plan."),
]

# (Korean, English, the check that must report the fault)
WRONG: list[tuple[str, str, str]] = [
    # dates
    ("회의는 3.18.(수) 개최되었다.", "The meeting was held on March 19.", "date"),
    ("협정은 2026. 5. 12. 서명되었다.", "The agreement was signed on December 5, 2026.", "date"),
    ("회의는 3.18.(수)~20.(금) 개최된다.", "The meeting will be held from March 18 to 21.", "date"),
    (
        "대표단은 3.18.-20. 제네바를 방문한다.",
        "The delegation will visit Geneva on 18-20 April.",
        "date",
    ),
    ("외교장관회담은 3.18.(목) 개최되었다.", "The talks were held on March 18.", "date"),
    # A month without a day is compared by the number check (3월 = March), as documented.
    (
        "양측은 3월 중순 협의를 갖는다.",
        "The two sides will hold consultations in mid-May.",
        "number",
    ),
    ("이 자료는 '26.3.18. 배포되었다.", "This material was released on March 18, 2025.", "date"),
    ("장관은 3.18.(수) 서울에서 회담을 가졌다.", "The Minister held talks in Seoul.", "date"),
    (
        "개막식은 3.20.(금) 열린다.",
        "The opening ceremony will be held on Thursday, March 20.",
        "date",
    ),
    # amounts
    ("교역액은 142억 달러를 기록하였다.", "Trade reached USD 142 billion.", "number"),
    ("예산은 1조 2,000억 원이다.", "The budget is KRW 12 trillion.", "number"),
    ("지원 규모는 14억 2천만 원이다.", "The assistance amounts to 14.2 billion won.", "number"),
    ("정부는 1,500만 달러를 지원한다.", "The government will provide USD 150 million.", "number"),
    ("교역액은 142억 달러를 기록하였다.", "Trade reached 14.2 billion won.", "number"),
    # counts, ordinals, percentages, times, phones
    ("행사에는 300여 명이 참석하였다.", "Some 3,000 people attended the event.", "number"),
    (
        "외교부는 5개국 대사를 초청하였다.",
        "The Ministry invited the ambassadors of six countries.",
        "number",
    ),
    ("회의에는 12개국 대표가 참석하였다.", "Representatives of 21 countries attended.", "number"),
    (
        "장관은 3일간의 일정으로 하노이를 방문한다.",
        "The Minister will pay a two-day visit to Hanoi.",
        "number",
    ),
    (
        "올해는 수교 65주년이다.",
        "This year marks the 56th anniversary of diplomatic relations.",
        "number",
    ),
    ("제5차 포럼이 개최되었다.", "The fourth forum was held.", "number"),
    ("교역액은 10% 증가하였다.", "Trade rose by 1 percent.", "number"),
    ("경제성장률은 2.5%로 전망된다.", "Growth is projected at 25 percent.", "number"),
    ("기자회견은 오후 3시에 열린다.", "The press conference will be held at 3 a.m.", "number"),
    ("기자회견은 15:00에 열린다.", "The press conference will be held at 5 p.m.", "number"),
    ("브리핑은 오전 10시 30분에 시작된다.", "The briefing will begin at 10:00 a.m.", "number"),
    ("문의: 02-2100-7000", "Inquiries: +82-2-2100-7001", "number"),
    (
        "협정 발효는 2027년 상반기 목표이다.",
        "Entry into force is expected in the first half of 2026.",
        "number",
    ),
    # names, acronyms, Hangul
    (
        "장관은 APEC 정상회의 준비 현황을 점검하였다.",
        "The Minister reviewed preparations for the Summit.",
        "latin",
    ),
    (
        "정부는 WFP를 통해 지원한다.",
        "The government will provide support through the agency.",
        "latin",
    ),
    ("장관은 외교부 직원들을 격려하였다.", "The Minister encouraged 외교부 staff.", "hangul"),
    ("양측은 공급망 협력을 논의하였다.", "The two sides discussed 공급망 cooperation.", "hangul"),
    # --- second batch ------------------------------------------------------------------------
    (
        "장관은 3.30.(월)~4.2.(목) 유럽을 순방한다.",
        "The Minister will tour Europe from March 30 to April 3.",
        "date",
    ),
    (
        "회의는 2026. 3. 18.(수)~3. 20.(금) 열린다.",
        "The meeting will be held on March 18-20, 2025.",
        "date",
    ),
    ("정부는 1,000만 달러를 지원한다.", "The government will provide USD 100 million.", "number"),
    ("올해 예산은 4천억 원이다.", "This year's budget is KRW 4 trillion.", "number"),
    ("실업률은 0.5%p 하락하였다.", "The unemployment rate fell by 5 percentage points.", "number"),
    (
        "환영 만찬은 오후 7시 30분에 시작된다.",
        "The welcome dinner will begin at 7:13 p.m.",
        "number",
    ),
    (
        "회의에는 20개국 대표가 참석하였다.",
        "Representatives of twelve countries attended.",
        "number",
    ),
    (
        "장관은 IAEA 사무총장과 통화하였다.",
        "The Minister held a phone call with the Director General.",
        "latin",
    ),
    ("김민준 장관은 회담을 가졌다.", "Minister Kim 민준 held talks.", "hangul"),
]

# Written AFTER reading the checker (so not held-out): forms found by probing it further,
# kept as regression rows. The benchmark reports them apart from the held-out numbers.
LATER_CORRECT: list[tuple[str, str]] = [
    ("회의는 3.18.(수) 개최되었다.", "The meeting was held on the 18th."),
    ("정부는 1조 2천억 원을 지원한다.",
     "The government will provide KRW 1.2 trillion (approximately USD 900 million)."),
    ("제1회 포럼이 서울에서 열렸다.", "The inaugural forum was held in Seoul."),
    ("교역액이 3배 증가하였다.", "Trade increased threefold."),
    ("교역액이 2배 증가하였다.", "Trade doubled."),
    ("21세기 협력 방향을 논의하였다.", "They discussed cooperation in the twenty-first century."),
    ("2027년도 예산이 확정되었다.", "The FY2027 budget was finalized."),
    ("1/4분기 교역액이 증가하였다.", "Trade increased in Q1."),
    ("브리핑은 오전 10시 30분(한국시간)에 시작된다.", "The briefing will begin at 10.30am (KST)."),
    ("1인당 30만원이 지급된다.", "KRW 300,000 will be paid per person."),
    ("응답자의 약 20%가 찬성하였다.", "About one-fifth of respondents agreed."),
    ("장관은 미국 뉴욕에서 유엔 사무총장과 면담하였다.",
     "The Minister met with the UN Secretary-General in New York."),
    ("장관은 스위스 제네바를 방문하였다.", "The Minister visited Geneva, Switzerland."),
]
LATER_WRONG: list[tuple[str, str, str]] = [
    ("회의는 3.18.(수) 개최되었다.", "The meeting was held on the 19th.", "date"),
    ("회의는 4.18.(토) 개최되었다.", "The meeting was held on the 18th.", "date"),
    ("회의는 3.18.(수) 개최되었다.", "The 18th meeting was held.", "date"),
    ("정부는 1조 2천억 원을 지원한다.",
     "The government will provide KRW 12 trillion (approximately USD 900 million).", "number"),
    ("정부는 1,500만 달러(약 200억 원)를 지원한다.",
     "The government will provide USD 15 million (approximately KRW 2 trillion).", "number"),
    ("교역액이 3배 증가하였다.", "Trade increased fourfold.", "number"),
    ("21세기 협력", "Cooperation in the twenty-second century.", "number"),
    ("브리핑은 오전 10시 30분에 시작된다.", "The briefing will begin at 10.30pm.", "number"),
    ("1/4분기 교역액이 증가하였다.", "Trade increased in Q2.", "number"),
    ("2027년도 예산이 확정되었다.", "The FY2026 budget was finalized.", "number"),
    ("장관은 미국 뉴욕을 방문하였다.", "The Minister visited Geneva.", "glossary"),
]

# A fourth held-out batch for issue #6 (word boundaries, country counts, demonyms, acronym
# expansions), written after the fixes for heldout-spelling/21-29 but before being run:
# the report gives what the checker said on first run. Correct pairs: any finding is a
# false alarm. Wrong pairs: the same texts with one real fault.
BOUNDARY_CORRECT: list[tuple[str, str]] = [
    ("한미일 3국 외교장관은 북한의 도발에 공동 대응하기로 하였다.",
     "The foreign ministers of Korea, the United States and Japan agreed to respond jointly "
     "to North Korea's provocations."),
    ("외교부는 태평양도서국 대사들을 초청하여 기후변화 대응 협력을 논의하였다.",
     "The Ministry of Foreign Affairs invited the ambassadors of the Pacific Island countries "
     "to discuss cooperation in responding to climate change."),
    ("양국은 인도·태평양 지역의 평화와 번영을 위해 협력하기로 하였다.",
     "The two countries agreed to work together for peace and prosperity in the Indo-Pacific "
     "region."),
    ("브라질 정부 대표단은 멕시코 측과 중남미 지역 협력 방안을 협의하였다.",
     "The Brazilian government delegation discussed ways to promote regional cooperation in "
     "Latin America with the Mexican side."),
    ("3자 협의에서 참석자들은 공급망 안정화 방안을 논의하였다.",
     "At the trilateral consultation, the participants discussed ways to stabilize supply "
     "chains."),
    ("이번 회의에는 아세안 10개국과 한중일 3국이 참석하였다.",
     "The meeting was attended by the ten ASEAN member states and Korea, China and Japan."),
    ("UNDP와 공동으로 개최된 이번 포럼에는 50여 명이 참석하였다.",
     "Some 50 people attended the forum, co-hosted with the United Nations Development "
     "Programme."),
    ("외교부는 재외국민 안전을 위해 여행경보를 상향 조정하였다.",
     "The Ministry of Foreign Affairs raised the travel advisory to ensure the safety of "
     "Koreans overseas."),
    ("주프랑스대사는 파리에서 프랑스 외교부 차관보와 면담하였다.",
     "The Korean Ambassador to France met with the French Assistant Minister for Foreign "
     "Affairs in Paris."),
    ("서태평양 해역의 수산자원 보존을 위해 양국 간 공조를 강화하기로 하였다.",
     "The two countries agreed to strengthen coordination to conserve fisheries resources in "
     "the western Pacific."),
]
BOUNDARY_WRONG: list[tuple[str, str, str]] = [
    ("한미일 3국 외교장관은 북한의 도발에 공동 대응하기로 하였다.",
     "The foreign ministers of the four countries agreed to respond jointly to North Korea's "
     "provocations.", "number"),
    ("양국은 인도·태평양 지역의 평화와 번영을 위해 협력하기로 하였다.",
     "The two countries agreed to work together for peace and prosperity in the region.",
     "glossary"),
    ("브라질 정부 대표단은 멕시코 측과 중남미 지역 협력 방안을 협의하였다.",
     "The government delegation discussed ways to promote regional cooperation in Latin "
     "America with the Mexican side.", "glossary"),
    ("3자 협의에서 참석자들은 공급망 안정화 방안을 논의하였다.",
     "At the consultation among the four parties, the participants discussed ways to "
     "stabilize supply chains.", "number"),
    ("UNDP와 공동으로 개최된 이번 포럼에는 50여 명이 참석하였다.",
     "Some 50 people attended the forum, co-hosted with the World Bank.", "latin"),
    ("외교부는 평양 주재 공관의 안전을 점검하였다.",
     "The Ministry of Foreign Affairs checked the safety of its mission in the Pacific.",
     "glossary"),
]
