"""Korean words accepted by the word beside them (batch 18, docs/checks.md).

The checker's context rules (context.py) that accept a word outright, gathered here with two
more that held-out reports showed:

- a name the glossary lists in two words: the official names of countries are listed solid
  (보스니아헤르체고비나, 트리니다드토바고, 마셜제도), but 한글 맞춤법 (제49항) lets a proper
  name be spaced by its units, and the ministry's own country list does ("보스니아
  헤르체고비나 수교 30주년"). The glossary lists those names with their space too (an entry
  "보스니아 헤르체고비나"); the two words as written must be such an entry, so a slip in
  either part ("보스니아 헤르체고비냐") is still caught, a part alone is judged as before, and
  a name that is one word is not split anywhere ("인도 네시아에", a page's broken line);
- a mission's short prefix before the mission: 주 (駐, resident in) and a one-syllable
  country, written apart from the mission word ("주중 한국대사관", "주중 공관", "주미
  대사"), as the solid form (주중대사관) is read by missions.mission_word. Only before a
  mission word, so a slip of another word ("주영 발표" for 주요) is still flagged;
- a heading spaced out letter by letter, as official letters and consular notices set
  "- 아 래 -" or "다 음" on a line of its own (batch 18 fresh set). The line holds nothing but
  the one-syllable words (and dashes), and they must spell a known noun joined, so "- 아 랴 -"
  is still flagged.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mfa_desk.spelling.context import country_in_pair, pair_then_noun
from mfa_desk.spelling.korean import COUNTRY_SHORT, noun_candidates
from mfa_desk.spelling.missions import MISSION_WORDS
from mfa_desk.spelling.tokens import Token

# What the resident prefix may stand before: a mission word, or Korea's name heading one
# ("한국대사관", "대한민국 대사관"), or 공관 (a mission, of any kind).
_MISSION_HEADS: tuple[str, ...] = MISSION_WORDS + ("공관", "한국", "대한민국")
# The one-syllable countries with a Korean mission (not 한, 북, 남: 주한 is a word of its own).
_RESIDENT_IN = frozenset(COUNTRY_SHORT) - frozenset("한북남")


def _spaced_pair(text: str, left: Token, right: Token) -> bool:
    return left.script == right.script == "ko" and text[left.end:right.start] == " "


def spaced_listed_name(text: str, tokens: Sequence[Token], index: int,
                       listed: Callable[[str], bool]) -> bool:
    """The word and the word before or after it, one space between, are a name the lists
    hold in two words (the last with particles): "보스니아 헤르체고비나와"."""
    for a in (index - 1, index):
        if a < 0 or a + 1 >= len(tokens) or not _spaced_pair(text, tokens[a], tokens[a + 1]):
            continue
        if listed(f"{tokens[a].text} {tokens[a + 1].text}"):
            return True
    return False


def resident_before_mission(text: str, tokens: Sequence[Token], index: int) -> bool:
    """주 and a one-syllable country (with no particle) before a mission word: "주중
    한국대사관", "주중 공관에", "주미 대사는"."""
    word = tokens[index].text
    if len(word) != 2 or word[0] != "주" or word[1] not in _RESIDENT_IN \
            or index + 1 >= len(tokens) or not _spaced_pair(text, tokens[index], tokens[index + 1]):
        return False
    return any(stem.startswith(_MISSION_HEADS) for stem in noun_candidates(tokens[index + 1].text))


# A line of two to four Hangul syllables spaced apart, with dashes or brackets around.
_SPACED_HEADING = re.compile(
    r"[-–—=<\[(\s]*((?:[\uac00-\ud7a3] ){1,3}[\uac00-\ud7a3])[-–—=>\])\s]*")


def spaced_out_heading(text: str, token: Token, noun: Callable[[str], bool]) -> bool:
    """A one-syllable word in a heading spaced out on its own line: "- 아 래 -"."""
    if len(token.text) != 1:
        return False
    start = text.rfind("\n", 0, token.start) + 1
    end = text.find("\n", token.end)
    line = _SPACED_HEADING.fullmatch(text, start, len(text) if end < 0 else end)
    return line is not None and noun(line.group(1).replace(" ", ""))


def accepted_beside(text: str, tokens: Sequence[Token], index: int,
                    noun: Callable[[str], bool], listed: Callable[[str], bool]) -> bool:
    """A Korean word its neighbours accept: countries joined (context.country_in_pair,
    pair_then_noun), a listed name written in two words, a mission's short prefix, a
    heading spaced out."""
    token = tokens[index]
    return country_in_pair(text, token) or pair_then_noun(text, token, noun) \
        or spaced_listed_name(text, tokens, index, listed) \
        or resident_before_mission(text, tokens, index) or spaced_out_heading(text, token, noun)
