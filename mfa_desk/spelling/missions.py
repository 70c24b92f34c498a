"""Korea's missions abroad named after their country, written solid: 주슬로바키아대사관,
주중한국대사관, 주엘살바도르대사, 주모로코대한민국대사관.

The checker reads such a word as the prefix 주 (駐, resident in) and a compound of known
nouns, but a compound part may have four syllables at most (so a typo cannot hide in a long
run of syllables), and a country may be longer (슬로바키아, 엘살바도르, 코트디부아르) or one
syllable (주중, 주미, 주일). Batch 9: six such words in 26 real texts, flagged as misspellings
or reported as unknown names. The country must still be a word the checker knows (or one of
the one-syllable names), so a typo in it is caught: 주슬로바키야대사관.

Without 주 too (batch 13: "프랑크푸르트총영사관, 한국문화 홍보행사" heads a report of the
consulate-general's event): a place of two syllables or more and a mission word. The compound
rule reads no part longer than four syllables, so long place names (프랑크푸르트, 로스앤젤레스)
came out flagged there.
"""

from __future__ import annotations

from collections.abc import Callable

from mfa_desk.spelling.korean import COUNTRY_SHORT, country_word, noun_candidates

# Longest first: 총영사관 before 영사관, 대사관 before 대사.
MISSION_WORDS: tuple[str, ...] = tuple(sorted(
    ("대사관", "대사", "총영사관", "총영사", "영사관", "대표부", "분관", "출장소", "대사대리",
     "공사", "공사참사관", "참사관", "무관", "한국문화원", "문화원"), key=len, reverse=True))
# Korea may be named between the country and the mission: 주중한국대사관, 주일본국대한민국대사관.
_KOREA = ("대한민국", "한국")


def mission_word(word: str, known_noun: Callable[[str], bool]) -> bool:
    """주 (optional) + a country or city (`known_noun`; a one-syllable country after 주) +
    Korea (optional) + a mission word (+ 님), with particles: 주슬로바키아대사관에서,
    주중한국대사관은, 프랑크푸르트총영사관, 코스타리카대사님을."""
    for stem in noun_candidates(word):
        # The honorific 님 after the title (batch 17, a speech greeting ambassadors:
        # "코스타리카대사님을 비롯한 주한 외교단"): the long country's compound as without it.
        stem = stem[:-1] if stem.endswith("님") else stem
        resident = stem.startswith("주")
        for mission in MISSION_WORDS:
            if not stem.endswith(mission) or len(stem) <= len(mission) + 1:
                continue
            place = stem[int(resident):-len(mission)]
            for korea in _KOREA:
                if place.endswith(korea) and len(place) > len(korea):
                    place = place[:-len(korea)]
                    break
            if (resident and len(place) == 1 and place in COUNTRY_SHORT) or (
                    len(place) >= 2 and known_noun(place)):
                return True
    return False


def country_or_mission(word: str, known_noun: Callable[[str], bool]) -> bool:
    """A country's side or countries together (korean.country_word: 미측, 한중일), or a
    mission named after its country (mission_word)."""
    return country_word(word) or mission_word(word, known_noun)
