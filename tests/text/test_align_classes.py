"""The aligner's failure classes on real pairs, each with an invented case and its wrong
twin (docs/checks.md, "Pairs that do not lose their place"): a paragraph told in another
order, an English that makes flat Korean paragraphs its sub-points, anchors that tie
nothing because every point names them, the same shape with a moved paragraph, and the
anchors a translation keeps (compound Korean amounts, news-style days)."""

from __future__ import annotations

from mfa_desk.text.align import Item, Link, align, rarity
from mfa_desk.text.values import text_features


def item(text: str, korean: bool, level: int = 1, place: str = "") -> Item:
    return Item(level, len(text), text_features(text, korean), place)


def pairs(links: list[Link]) -> set[tuple[int, int]]:
    return {(k, e) for link in links for k in link.ko for e in link.en}


# A news copy that tells the ministry's closing paragraph (the toll) before the figures.
KO_MOVED = [
    "정부는 홍수 피해를 입은 나라에 50만 달러 규모의 인도적 지원을 제공한다고 12일 밝혔다.",
    "현지 당국에 따르면 이번 홍수로 1,240명이 숨지고 3만 8천여 명이 집을 잃었다.",
    "이번 지원은 세계식량계획(WFP)을 통해 식량과 식수 지원에 쓰일 예정이다.",
]
EN_MOVED = [
    "The government will provide 500,000 US dollars in humanitarian assistance to the "
    "country hit by floods.",
    "The assistance will be used through the World Food Programme (WFP) for food and water.",
    "The floods have left 1,240 people dead and some 38,000 homeless, according to the "
    "local authorities.",
]


def test_a_moved_paragraph_pairs_with_its_translation() -> None:
    ko = [item(t, True) for t in KO_MOVED]
    en = [item(t, False) for t in EN_MOVED]
    assert pairs(align(ko, en)) == {(0, 0), (1, 2), (2, 1)}


def test_twin_a_paragraph_without_its_translation_is_not_moved() -> None:
    # The English leaves the toll out and adds a sentence of its own: nothing ties them.
    en_text = EN_MOVED[:2] + ["The ministry expressed its deep condolences to the people."]
    ko = [item(t, True) for t in KO_MOVED]
    en = [item(t, False) for t in en_text]
    got = pairs(align(ko, en))
    assert (0, 0) in got and (2, 1) in got
    assert not any(k == 1 for k, _ in got)


# A Korean copy with no levels; the English release keeps its "°" sub-points.
KO_FLAT = [
    "정부는 지진 피해를 입은 나라에 200만 달러를 지원하기로 했다.",
    "유엔에 따르면 이번 지진으로 4,500명 이상이 숨졌다.",
    "지원금은 유니세프(UNICEF)를 통해 아동 보호에 쓰인다.",
]
EN_LEVELS = [
    ("The government has decided to provide 2 million dollars to the country hit by the "
     "earthquake.", 1),
    ("The UN says the earthquake has killed more than 4,500 people.", 2),
    ("The funds will be used for child protection through UNICEF.", 2),
]


def test_flat_korean_paragraphs_pair_with_english_sub_points() -> None:
    ko = [item(t, True) for t in KO_FLAT]
    en = [item(t, False, level) for t, level in EN_LEVELS]
    assert pairs(align(ko, en)) == {(0, 0), (1, 1), (2, 2)}


def test_twin_an_english_sub_point_without_korean_stays_alone() -> None:
    # The copy leaves the toll out: the English sub-point that names it pairs with nothing.
    ko = [item(KO_FLAT[0], True), item(KO_FLAT[2], True)]
    en = [item(t, False, level) for t, level in EN_LEVELS]
    assert pairs(align(ko, en)) == {(0, 0), (1, 2)}


def test_a_fact_every_point_names_ties_nothing() -> None:
    ko = [item(t, True) for t in ("G20 외교장관회의가 열렸다.", "G20 회원국은 협력하기로 했다.",
                                   "G20 의장국은 성명을 냈다.")]
    en = [item(t, False) for t in ("The G20 meeting was held.", "G20 members agreed to "
                                    "cooperate.", "The G20 chair issued a statement.")]
    weights = rarity(ko, en)
    assert weights[("w", "g20")] < 0.5
    twin_ko = ko[:1] + [item("멕시코(Mexico) 외교장관은 성명을 냈다.", True)]
    twin_en = en[:1] + [item("Mexico issued a statement.", False)]
    assert rarity(twin_ko, twin_en)[("w", "mexico")] == 1.0


def test_same_shape_with_a_moved_paragraph_pairs_by_content() -> None:
    ko = [item(t, True, place=f"p{i}") for i, t in enumerate(KO_MOVED)]
    en = [item(t, False, place=f"p{i}") for i, t in enumerate(EN_MOVED)]
    assert pairs(align(ko, en)) == {(0, 0), (1, 2), (2, 1)}


def test_twin_same_shape_without_contrary_evidence_pairs_by_place() -> None:
    ko = [item(t, True, place=f"p{i}") for i, t in enumerate(
        ["양측은 협력을 논의했다.", "양측은 교류를 늘리기로 했다.", ""])]
    en = [item(t, False, place=f"p{i}") for i, t in enumerate(
        ["The two sides discussed cooperation.", "They agreed to expand exchanges.",
         "The next meeting will be held in Seoul."])]
    assert pairs(align(ko, en)) == {(0, 0), (1, 1), (2, 2)}


def test_anchors_a_translation_keeps() -> None:
    def numbers(text: str, korean: bool) -> set[str]:
        return {v for k, v in text_features(text, korean) if k in "nD"}

    assert numbers("예멘 인구의 80%인 2천4백만 명", True) >= {"24000000", "80"}
    assert numbers("1억 9,000만 달러", True) == {"190000000"}
    assert numbers("2018년부터", True) == {"2018"}
    assert numbers("30일 오후 외교부 청사에서", True) == {"30"}
    assert numbers("16~17일 독일 본에서", True) == {"16", "17"}
    assert "95" in numbers("Ninety-five percent of the population", False)
    # Twins: a duration is no day, two thousand people are not 2 million.
    assert numbers("30일 후에 다시 만나기로", True) == set()
    assert numbers("2천 명이 참석했다", True) == {"2000"}


def test_a_day_named_alone_is_the_date_the_other_side_names() -> None:
    """"30일 오후" and "on January 30" agree; the month the Korean leaves out costs nothing
    (twin: another day does not agree)."""
    from mfa_desk.text.align import content_similarity

    ko = item("장관은 30일 오후 외교부 청사에서 대사를 접견했다.", True)
    right = item("The Minister met the Ambassador on January 30 at the Ministry.", False)
    wrong = item("The Minister met the Ambassador on January 29 at the Ministry.", False)
    assert content_similarity(ko, right, 2.4) > content_similarity(ko, wrong, 2.4) + 0.3
    assert {"16", "17"} <= {v for k, v in text_features("in Bonn on February 16 to 17",
                                                           False) if k == "D"}


def test_a_won_conversion_of_a_news_copy_is_no_anchor() -> None:
    assert ("n", "115660000") not in text_features("10만 달러(1억1천566만 원) 규모", True)
    assert ("n", "100000") in text_features("10만 달러(1억1천566만 원) 규모", True)
    # Twin: a won amount of its own is read.
    assert ("n", "500000000") in text_features("5억 원 규모의 사업", True)


def test_a_person_named_by_surname_and_title_is_an_anchor() -> None:
    """"함 조정관은" / "Deputy Minister Ham" (the real Yemen copies): the surname's
    romanisations tie the two points; another surname does not."""
    def names(text: str, korean: bool) -> set[tuple[str, str]]:
        return {f for f in text_features(text, korean) if f[0] == "s"}

    ham = names("Deputy Minister Ham reaffirmed the government's support.", False)
    assert names("함 조정관은 정부의 지지 입장을 재확인했다.", True) & ham
    assert not names("권 조정관은 정부의 지지 입장을 재확인했다.", True) & ham
    assert names("정부는 지지 입장을 재확인했다.", True) == set()
