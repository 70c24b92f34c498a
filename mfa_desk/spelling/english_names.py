"""English words in name position and English words run together.

A translator sees "Secretary Pompeo" as a name after a title, "Mr. Kim Haksung" as a name,
and "Secretaryof" as two words run together. These rules let the spell checker see the same
(moved out of context.py, which holds the Korean rules, when batch 9 grew it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mfa_desk.spelling.tokens import Token

EN_TITLES: frozenset[str] = frozenset(
    "Secretary Minister President Ambassador Director-General Director Chairman Chairwoman "
    "Chair Premier Chancellor Governor Mayor Senator Representative Commissioner King Queen "
    "Prince Princess Sheikh Emir General Admiral Mr Ms Mrs Dr Prof Professor Spokesperson "
    "Secretary-General Deputy Envoy Counselor Counsellor Consul Consul-General Typhoon "
    "Cyclone Hurricane Storm".split())
_FUNCTION_WORDS = frozenset(
    "a an the of and or to in on at by for with from as is was be had have has could would "
    "should will went it its this that their his her our into onto up out over off".split())
_QUOTES = "“”\"‘’'()[]«»"
_CAMEL = re.compile(r"[a-z][A-Z]")
# Letters of other Latin alphabets that no English word or loanword carries (carons, ogoneks,
# strokes, double acutes, breves, macrons: Žofín, Łódź, Győr, Ağrı, Brașov; batch 19, an
# embassy's reception in Prague). A capitalised word with one is a foreign name; café or
# Zürich letters are not among them, so "Zofín" stays judged as an English word.
_FOREIGN_LETTER = re.compile("[ČčĆćĎďĚěĞğıŁłĽľĹĺŃńŇňŐőŘřŚśŠšŞşŤťŮůŰű"
                             "ŹźŻżŽžĄąĘęĖėŲųĀāĒēĪīŌōŪūĂăȘșȚțĐđ]")


def _gap(text: str, a: Token, b: Token) -> str:
    return text[a.end:b.start]


def _joined(text: str, a: Token, b: Token) -> bool:
    # A full stop joins only after an initial or a title: "Antony J. Blinken", "Dr. Vu".
    gap = _gap(text, a, b).strip(" " + _QUOTES)
    stop_ok = len(a.text) == 1 or a.text in EN_TITLES
    return (gap == "" or (gap == "." and stop_ok)) and "\n" not in _gap(text, a, b)


def after_name_or_title(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word right after a title ("Secretary Pompeo") or after a capitalised
    word mid-sentence ("Rex Tillerson", "H.E. Bui")."""
    token = tokens[index]
    prev = tokens[index - 1] if index > 0 and tokens[index - 1].script == "en" else None
    if prev is None or not token.text[:1].isupper() or not _joined(text, prev, token):
        return False
    return prev.text in EN_TITLES or prev.text.rstrip(".") in EN_TITLES \
        or (prev.text[:1].isupper() and not _sentence_start(text, prev))


def english_name_position(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A capitalised word after a title ("Secretary Pompeo", "Cyclone “Idai”") or inside
    a run of capitalised words mid-sentence ("Antony J. Blinken", "Typhoon Mangkhut")."""
    token = tokens[index]
    if not token.text[:1].isupper():
        return False
    nxt = tokens[index + 1] if index + 1 < len(tokens) and tokens[index + 1].script == "en" \
        else None
    if after_name_or_title(text, tokens, index) or _CAPS_SURNAME_BEFORE.search(
            text, max(0, token.start - 40), token.start) or _KOREAN_CAPS_SURNAME_BEFORE.search(
            text, max(0, token.start - 30), token.start) or _in_quoted_title(text, token):
        return True
    if _PLACE_OF.search(text, 0, token.start) or _original_after_hangul(text, token):
        return True  # "the city of Marawi"; "개방행사(Lange Nacht der Konsulate)"
    if _FOREIGN_LETTER.search(token.text):
        return True  # "at Žofín palace": a letter no English word carries
    if nxt is not None and nxt.text in _PEOPLE_NOUNS and _gap(text, token, nxt) == " " \
            and not _sentence_start(text, token):
        return True  # "Rohingya people", "Yazidi refugees": the name of a people
    sentence_start = _sentence_start(text, token)
    return nxt is not None and _joined(text, token, nxt) and nxt.text[:1].isupper() \
        and not sentence_start


# A surname in capitals after a title, before the given name, as the ministry's and TCS's
# English write East Asian names: "Secretary-General OU Boqian", "Minister CHOI Young-sam"
# (batch 13). The tokenizer reads a word in capitals as an acronym and leaves it out, so the
# rule looks at the text; after a title only, so "the UN Secretery" stays a misspelling.
_CAPS_SURNAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(sorted(map(re.escape, EN_TITLES), key=len, reverse=True))
    + r")\.? [A-Z]{2,5} $")


# A Korean name with the surname in capitals, anywhere: "directed by LEE Jung Jae", "said
# LEE Yong Hee, director of the Korean Cultural Center" (batch 16: film festivals of embassies).
# The given name follows in one or two words; the surnames are the common ones, as romanised.
_KOREAN_CAPS_SURNAMES = (
    "LEE KIM PARK CHOI CHOE JUNG JEONG KANG CHO JO YOON YUN JANG LIM IM HAN OH SEO SHIN KWON "
    "HWANG AHN SONG YOO YU HONG JEON KO GO MOON YANG SON BAE BAEK HEO NAM SHIM NOH HA KWAK SUNG "
    "CHA JOO WOO KOO MIN RYU NA JIN JI CHAE WON BANG HYUN HAM BYUN YEO CHOO DO SEOK").split()
_KOREAN_CAPS_SURNAME_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:" + "|".join(_KOREAN_CAPS_SURNAMES) + r") (?:[A-Z][a-z]+[- ])?$")
# A title in quotation marks, short and on one line: films and works of an embassy's festival
# ("Minari", "A Boy and Sungreen", "Pororo and Friends: Virus Busters"; batch 16). A typing
# slip of a known word is caught before this (the checker's _slip_of_known): "The Confesion".
_QUOTED_TITLE = re.compile(r'["“]([^"“”\n]{1,50})["”]')


def _in_quoted_title(text: str, token: Token) -> bool:
    return any(m.start() < token.start and token.end < m.end()
               and not re.search(r"[.!?]\s", m.group(1))
               for m in _QUOTED_TITLE.finditer(text, max(0, token.start - 52),
                                               min(len(text), token.end + 52)))


# A Korean text gives the original of a name in parentheses after the Hangul: "영사관
# 개방행사(Lange Nacht der Konsulate)", "독한협회(Vors. Gerhard Thiedemann)" (batch 9: German).
_HANGUL_THEN_PARENTHESIS = re.compile(r"[\uac00-\ud7a3]\s?\(([^()\n]{0,60})$")


def _original_after_hangul(text: str, token: Token) -> bool:
    return _HANGUL_THEN_PARENTHESIS.search(text, max(0, token.start - 64), token.start) \
        is not None and ")" in text[token.end:token.end + 60]


_PEOPLE_NOUNS = frozenset("people peoples refugees community communities minority minorities "
                          "tribe tribes".split())
_PLACE_OF = re.compile(r"\b(?:city|town|village|province|region|district|island|state|port|"
                       r"prefecture|county|municipality)\s+of\s+$", re.IGNORECASE)


# Initials or an honorific of initials end in a full stop that ends no sentence: "H.E. Bui
# Thanh Son", "the U.S. Secretary" (batch 7).
_INITIALS = re.compile(r"(?<![A-Za-z.])(?:[A-Z]\.){2,3}$")
# ... and so does an abbreviated title: "Mr. Kim Haksung", "Amb. Lee", "Dr. Vu" (batch 9:
# an embassy's English named its consul "Mr. Kim Haksung").
_TITLE_STOP = re.compile(r"(?<![A-Za-z])(?:Mr|Ms|Mrs|Dr|Prof|Amb|Gen|Col|Lt|Sen|Rep)\.$")


def _sentence_start(text: str, token: Token) -> bool:
    before = text[:token.start].rstrip(" " + _QUOTES)
    if _INITIALS.search(before) or _TITLE_STOP.search(before):
        return False
    # Not a semicolon: it parts the items of a list, and an item may open with a name ("a
    # senior analyst; Dan Chitron, acting deputy assistant secretary": batch 13).
    return not before or before[-1] in ".!?:\n" or re.search(r"(^|\n)\s*(\d+\.|[°º◦o•-])$",
                                                            before) is not None


# A Korean given name of two romanised syllables written solid, each capitalised, as missions'
# English often writes it after the surname: "Consul General Woo HongKoo" (batch 18, the
# Jeddah consulate). In name position only, and each half a syllable of the romanisation, so
# "the KoreaJapan talks" and "Minister Kim TheNew" are still two words run together.
_ROMANISED_SYLLABLE = (r"(?:kk|tt|pp|ss|jj|ch|sh|wh|g|k|n|d|t|r|l|m|b|p|s|j|h|w|y)?"
                       r"(?:yeo|yae|wae|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|oo|ee|ou|a|e|o|u|i)"
                       r"(?:ng|n|m|l|k|p|t|g|b|r|h)?")
_KOREAN_CAMEL = re.compile(rf"(?=[A-Z][a-z]+[A-Z][a-z]+$)(?i:{_ROMANISED_SYLLABLE})"
                           rf"(?=[A-Z])(?i:{_ROMANISED_SYLLABLE})")


# Surnames end in what reads as a function word of two letters: Tillers+on, Morg+an
# (batch 7: "Secretary of State Rex Tillerson" was flagged as two words run together).
_NAME_ENDINGS = frozenset("on an in".split())


def run_together(word: str, known: Callable[[str], bool], names: frozenset[str],
                 in_name: bool = False) -> bool:
    """Two words written as one: "SecretaryPompeo" (a capital inside), "Secretaryof",
    "thedoor" (a function word on either side of a known word), "Koreadialogue",
    "Kangvoiced" (a name of the text followed by a known word). `in_name`: the word stands
    in name position, where a surname's ending (_NAME_ENDINGS) splits nothing off."""
    core = word.replace("’", "'")
    if _CAMEL.search(core.split("'")[0]) and not core.startswith(("Mc", "Mac")) \
            and not (in_name and _KOREAN_CAMEL.fullmatch(core)):
        return True
    for i in range(1, len(core)):
        head, tail = core[:i], core[i:]
        if "'" in head and len(tail) >= 2 and known(tail):
            return known(head.split("'")[0])
        if len(tail) < 2:
            continue
        if head.lower() in _FUNCTION_WORDS and len(tail) >= 3 and known(tail):
            return True
        if tail.lower() in _FUNCTION_WORDS and len(head) >= 3 and known(head) \
                and not (in_name and tail in _NAME_ENDINGS):
            return True
        if head in names and len(tail) >= 3 and tail.islower() and known(tail):
            return True
    return False
