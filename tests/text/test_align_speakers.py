"""A quoted speaker named in full in the Korean ('조태열 장관은 "..."') and by surname in the
English ('"...," Cho said') is an anchor (text/align/speakers.py, batch 19: the MOFA-MND
arrangement's news copy tells the two ministers' quotes in another order than the English);
another surname, or a name without a title or a verb of saying, is none."""

from __future__ import annotations

from mfa_desk.text.align import Item, Link, align
from mfa_desk.text.align.speakers import speaker_features
from mfa_desk.text.values import text_features


def _item(text: str, korean: bool) -> Item:
    return Item(1, len(text), text_features(text, korean), "")


def _pairs(links: list[Link]) -> set[tuple[int, int]]:
    return {(k, e) for link in links for k in link.ko for e in link.en}


KO = ["두 부처는 6.25. 협력 약정을 체결하였다.",
      '한민수 장관은 "국민 안전을 위한 협력이 중요하다"라고 언급했다.',
      '박서준 장관 또한 "우리 군은 언제나 준비되어 있다"고 강조했다.']
EN = ["The two ministries signed a cooperation arrangement on June 25.",
      '"Our military stands ready at all times," Park said.',
      '"Cooperation for the safety of our people matters," Han said.']


def test_quotes_told_in_another_order_pair_by_their_speakers() -> None:
    got = _pairs(align([_item(t, True) for t in KO], [_item(t, False) for t in EN]))
    assert got == {(0, 0), (1, 2), (2, 1)}


def test_twin_quotes_without_speakers_keep_their_places() -> None:
    en = [EN[0], '"Our military stands ready at all times," she said.',
          '"Cooperation for the safety of our people matters," an official said.']
    got = _pairs(align([_item(t, True) for t in KO], [_item(t, False) for t in en]))
    assert got == {(0, 0), (1, 1), (2, 2)}


def test_the_surname_beside_a_verb_of_saying_or_a_full_name_before_a_title() -> None:
    assert speaker_features("한민수 장관은 회의에 참석했다.", True) \
        & speaker_features('"We agree," Han said.', False)
    assert speaker_features('"We agree," said Han.', False) \
        == speaker_features('"We agree," Han added.', False)
    assert not speaker_features("한민수 장관은 회의에 참석했다.", True) \
        & speaker_features('"We agree," Park said.', False)
    assert speaker_features("한민수는 회의에 참석했다.", True) == frozenset()  # no title
    assert speaker_features("Han attended the meeting.", False) == frozenset()  # no saying
