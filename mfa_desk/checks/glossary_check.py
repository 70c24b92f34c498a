"""Glossary check: a Korean term in the glossary must have its approved English rendering.

Terms are matched longest first and a matched span is masked, so `외교부 장관` is checked
as the title (Minister of Foreign Affairs) and not also as the ministry. In the English,
a forbidden variant standing inside a longer approved rendering of a term found is no
fault ("Vice Foreign Minister" does not count as a forbidden "Foreign Minister").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from mfa_desk.checks.hanja_gloss import glossed_as_other_word
from mfa_desk.glossary import Glossary, GlossaryPair, default_glossary_folders, load_glossary
from mfa_desk.text.align.names import hangul_key, name_keys
from mfa_desk.text.script import SYLLABLE
from mfa_desk.text.translit import romanizes_surname


@dataclass(frozen=True)
class GlossaryIssue:
    pair: GlossaryPair
    forbidden_used: str  # "" when the approved rendering is simply missing
    message: str


@lru_cache(maxsize=1)
def default_glossary() -> Glossary:
    return load_glossary(default_glossary_folders())


def en_pattern(phrase: str, strict_hyphens: bool = False) -> re.Pattern[str]:
    """Whole words at the start; plural or possessive endings allowed at the end
    ("supply chains", "Korea's"); flexible spacing, and hyphens unless `strict_hyphens`
    (a forbidden variant may differ from the approved one by a hyphen alone)."""
    sep = r"\s+" if strict_hyphens else r"[\s-]+"
    words = [re.escape(w) for w in re.split(sep, phrase.strip()) if w]
    body = sep.join(words)
    ending = r"(?:s|es|'s|’s)?"
    if not strict_hyphens and phrase.endswith("al"):
        # An adjective in -al is rendered in its noun or adverb too: 다자 'multilateral' in
        # "multilateralism", "multilaterally" (batch-10 pairs).
        ending = r"(?:s|es|'s|’s|isms?|ly)?"
    return _compile(r"(?<![A-Za-z])" + body + ending + r"(?![A-Za-z])")


@lru_cache(maxsize=4096)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def _mask(text: str, start: int, end: int) -> str:  # keeps offsets
    return text[:start] + "\0" * (end - start) + text[end:]


# What may stand before a term inside one eojeol (space-separated word) and still leave the
# term a word of its own: 주멕시코대사관 (駐 "in"), 전/신/현 (former/new/current),
# 부대변인 (deputy), 양 (both), 서/동 (west/east: 서태평양), and the one-syllable
# country names of compounds such as 한미 or 한중일. Anything else makes the match part
# of another word: 평양 in 태평양, 차관 in 사무차관.
KO_PREFIXES = frozenset("주 駐 전 前 신 현 부 양 대 총 재 범 친 반 각 "
                        "서 동 한 미 일 중 러 북 남 영 불 독 호".split())
_HANGUL = SYLLABLE
# Titles and offices head Korean compounds (다자외교조정관실, 공공외교대사, 국방장관): they
# count after any Hangul when the word ends with them, a particle, or an office or rank
# suffix (실, 단, 급); so 국장 is read in 북미국장은 but not in 결국장기적으로.
KO_HEAD_TERMS = frozenset("대사 대사관 총영사 총영사관 영사 영사관 조정관 국장 심의관 대변인 "
                          "특별대표 특사 차관보 차관 장관".split())
_HEAD_END = re.compile(r"(?![\uac00-\ud7a3])|[은는이가의과와도을를에로으께만실단님급]")
_ORDINAL = re.compile(r"제\d+")


@lru_cache(maxsize=4096)
def _prefix_ok(prefix: str, terms: frozenset[str]) -> bool:
    """True when `prefix` (the Hangul before a term in its eojeol) is made of known
    prefixes, glossary terms and ordinals (제1): 주멕시코 before 대사관."""
    if not prefix:
        return True
    pieces = [p for p in KO_PREFIXES | terms if p in prefix]
    ok = [True] + [False] * len(prefix)
    for i in range(len(prefix)):
        if not ok[i]:
            continue
        for piece in pieces:
            if prefix.startswith(piece, i):
                ok[i + len(piece)] = True
        m = _ORDINAL.match(prefix, i)
        if m:
            ok[m.end()] = True
    return ok[len(prefix)]


def _eojeol_prefix(text: str, start: int) -> str:
    """The Hangul (and digits) right before `start` back to a space, punctuation or Latin."""
    i = start
    while i > 0 and (_HANGUL.match(text[i - 1]) or text[i - 1].isdigit()):
        i -= 1
    return text[i:start]


@lru_cache(maxsize=8)
def _term_set(terms: tuple[str, ...]) -> frozenset[str]:
    return frozenset("".join(t.split()) for t in terms)


def term_words(glossary: Glossary) -> frozenset[str]:
    """The Korean terms of the glossary, spaces removed (cached)."""
    return _term_set(tuple(p.ko for p in glossary.pairs))


def terms_in_korean(ko: str, glossary: Glossary) -> list[GlossaryPair]:
    """Glossary pairs whose Korean term occurs in `ko` as a word: at the start of an
    eojeol or after a known prefix or another term (see KO_PREFIXES), or a title heading
    a compound (KO_HEAD_TERMS). Longest terms
    first; every occurrence of a longer term masks its span, so 평양 is never read
    inside 태평양 nor 인도 inside 인도태평양, whether or not the longer one counts."""
    found: list[GlossaryPair] = []
    masked = ko
    terms = _term_set(tuple(p.ko for p in glossary.pairs))
    for pair in sorted(glossary.pairs, key=lambda p: len(p.ko), reverse=True):
        hit = False
        head = pair.ko in KO_HEAD_TERMS
        for m in re.finditer(_ko_pattern(pair), masked):
            if (_prefix_ok(_eojeol_prefix(masked, m.start()), terms)
                    or (head and _HEAD_END.match(masked, m.end()))) \
                    and not glossed_as_other_word(masked, m.end(), pair.ko):
                hit = True
            masked = _mask(masked, m.start(), m.end())
        if hit and pair not in found:
            found.append(pair)
    return found


def _ko_pattern(pair: GlossaryPair) -> str:
    return _ko_pattern_of(pair.ko)


@lru_cache(maxsize=4096)
def _ko_pattern_of(ko: str) -> str:
    """Spaces optional; a hyphen in a compound term also matches a middle dot or nothing
    (인도-태평양, 인도·태평양, 인도태평양)."""
    return re.escape(" ".join(ko.split())).replace(r"\ ", r"\s*").replace(
        r"\-", "[-·‧・]?")


def _qualifies_rendered_term(ko: str, pair: GlossaryPair, pairs: list[GlossaryPair],
                             present: dict[GlossaryPair, bool]) -> bool:
    """True when every occurrence of the term stands right before another term whose
    rendering the English has: "미국 뉴욕" is "New York", "스위스 제네바" "Geneva"; the
    country only places the city, and an English text may leave it out."""
    rendered = [_ko_pattern(p) for p in pairs if p is not pair and present.get(p)]
    if not rendered:
        return False
    term = _ko_pattern(pair)
    # With or without a space: 주멕시코대사 ("Ambassador Park") like 미국 뉴욕.
    followed = re.compile(term + r"\s*(?:" + "|".join(rendered) + ")")
    return len(re.findall(term, ko)) == len(followed.findall(ko)) > 0


# A title after a surname standing alone refers back to the person the release named with
# the full title ("함 조정관은" after "함상욱 외교부 다자외교조정관은"): the English names
# that person by the surname after a title of its own ("Deputy Minister Ham").
_SURNAME_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3])\s+$")
# A foreign name (or a Korean one in full) before the title: the English names the person
# by that name (`text.align.names`).
_NAME_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,5})\s+$")
_AFTER_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z.-]+\s+(?=([A-Z][a-z]{1,6})\b)")


# "양 장관은" (both ministers) refers back to two people the text has named; the English
# says "the two top diplomats", "both ranking officials" (batch 7).
_BOTH_BEFORE = re.compile(r"(?:양|두)\s?$")
_BOTH_IN_ENGLISH = re.compile(r"\b(?:the two|both)\b", re.IGNORECASE)


def _both_named_before(ko: str, pair: GlossaryPair, en: str) -> bool:
    """True when every occurrence of a title follows 양/두 (both) and the English speaks
    of "the two" or "both"."""
    if pair.ko not in KO_HEAD_TERMS or not _BOTH_IN_ENGLISH.search(en):
        return False
    spans = [m.start() for m in re.finditer(_ko_pattern(pair), ko)]
    return bool(spans) and all(_BOTH_BEFORE.search(ko[max(0, s - 2):s]) for s in spans)


def _title_of_named_person(ko: str, pair: GlossaryPair, en: str) -> bool:
    """True when every occurrence of the term follows a surname on its own and the
    English names each of those people by the surname, after a capitalised word."""
    if pair.ko not in KO_HEAD_TERMS:
        return False
    surnames = []
    for m in re.finditer(_ko_pattern(pair), ko):
        before = _SURNAME_BEFORE.search(ko[max(0, m.start() - 3):m.start()])
        if before is None:
            name = _NAME_BEFORE.search(ko[max(0, m.start() - 8):m.start()])
            if name is None or hangul_key(name.group(1)) not in name_keys(en, False):
                return False
            continue  # "뭉흐징 차관은" - "Munkhjin reaffirmed" (batch 17)
        surnames.append(before.group(1))
    named = {m.group(1) for m in _AFTER_CAPITALISED.finditer(en)} \
        | {m.group(1) for m in _SURNAME_AS_SUBJECT.finditer(en)}
    return bool(surnames) and all(any(romanizes_surname(s, w) for w in named)
                                  for s in surnames)


# News English names a person it has introduced by the bare surname as the subject ("In
# the talks, Choi noted ...", "Kim expressed hope ..."), where the Korean repeats the
# title ("최 차관은", "김 차관은"): the title was said with the person's first mention
# (batch 17, Yonhap's Mongolia and Dai Bing stories).
_SURNAME_AS_SUBJECT = re.compile(r"(?:^|[.,;:!?]\s+|\b(?:and|but|while|then)\s+)"
                                 r"([A-Z][a-z]{1,6})\s+(?!(?:of|and|or|the|to|in|on|at|"
                                 r"for|from|with)\b)(?=[a-z]{2,}\b)")


# Titles of people outside the ministry, written after a surname alone just the same
# ("윤 대통령은" after "윤석열 대통령이").
_OTHER_PERSON_TITLES = frozenset("대통령 총리 국무총리 부총리 의장 위원장 사무총장".split())
_PERSON_END = re.compile(r"(?![\uac00-\ud7a3])|[은는이가의과와도을를에께님]")


def title_mentions(text: str, term: str) -> int:
    """How often `text` names the title `term` for a person not already named: an
    occurrence after a surname on its own ("임 대변인은", after "임수석 외교부 대변인은")
    refers back, and an English text need not say the title again."""
    if term not in KO_HEAD_TERMS | _OTHER_PERSON_TITLES:
        return len(re.findall(_ko_pattern_of(term), text))
    # The person, not the office: 대통령실 (the presidential office) is no mention.
    spans = [m.start() for m in re.finditer(_ko_pattern_of(term), text)
             if _PERSON_END.match(text, m.end())]
    return sum(1 for s in spans if not _SURNAME_BEFORE.search(text[max(0, s - 3):s]))


# A term inside the name of an organisation that the Korean follows with its acronym:
# "유엔개발계획(UNDP)", "유엔난민기구(UNHCR)". The English names the organisation by the
# acronym alone ("(UNDP)"), which renders the term with the rest of the name (batch 9).
_ACRONYM_AFTER = re.compile(r"\s*\(\s*([A-Z][A-Za-z&]{1,9})\s*\)")


def _inside_name_given_by_acronym(ko: str, pair: GlossaryPair, en: str) -> bool:
    """True when every occurrence of the term is part of a longer Hangul name followed by an
    acronym in parentheses that the English has."""
    spans = [m.span() for m in re.finditer(_ko_pattern(pair), ko)]
    for start, end in spans:
        name_end = end
        while name_end < len(ko) and _HANGUL.match(ko[name_end]):
            name_end += 1
        if name_end == end and not _eojeol_prefix(ko, start):
            return False  # the term is the whole name: its own rendering is wanted
        acronym = _ACRONYM_AFTER.match(ko, name_end)
        if acronym is None or not re.search(
                r"(?<![A-Za-z])" + re.escape(acronym.group(1)) + r"(?![A-Za-z])", en):
            return False
    return bool(spans)


# An English headline names the actor by its country: "Korea to Provide ...", "ROK
# Government to ...", where the Korean headline says 외교부 or 정부; and a news headline
# shortens "Foreign Minister" to "FM" ("Vice FM holds talks ...": Yonhap, batch 17).
HEADLINE_ACTORS: dict[str, tuple[str, ...]] = {
    "외교부": ("Korea", "ROK", "Republic of Korea", "Government"),
    "정부": ("Korea", "ROK", "Republic of Korea"),
}


def _demonym(rendering: str, en: str) -> bool:
    """A country rendered by its adjective: Philippines - "Philippine", Ukraine -
    "Ukrainian", Haiti - "Haitian", Laos - "Lao" (a capitalised word sharing all but the
    last two letters, at least three)."""
    if " " in rendering or not rendering[:1].isupper() or len(rendering) < 4:
        return False
    stem = rendering[:max(3, len(rendering) - 2)]
    for m in re.finditer(r"(?<![A-Za-z])" + re.escape(stem) + r"[a-z]*(?![A-Za-z-])", en):
        word = m.group(0)
        if word != rendering and (word == rendering[:-1]
                                  or word.endswith(("an", "ese", "ish", "i", "ic", "e"))):
            return True
    return False


# A news copy names its source: "...했다고 외교부가 6일 밝혔다", "외교부에 따르면",
# "외교부 관계자는 ... 말했다", "외교부(장관 강경화)는 ... 밝혔다" (the minister in
# parentheses is news style), and reports the release's words: "외교부가 ... 지원한다고
# 17일 밝혔다", "외교부는 보도자료를 통해 “...”고 밝혔다", "외교부는 “...”라며".
# The release it copies does not name itself.
_ATTRIBUTION = re.compile(r"외교부(?:가|는)\s*(?:(?:\d{1,2}월\s*)?\d{1,2}일\s*)?"
                          r"(?=(?:밝혔|전했|발표했|설명했))"
                          r"|외교부(?:가|는)\s*보도자료를\s*통해"
                          r"|외교부(?:가|는)(?=[^.!?]*?[다라][\"”’']?\s*(?:고|며)\s*"
                          r"(?:(?:\d{1,2}월\s*)?\d{1,2}일\s*)?(?:밝혔|전했|발표했|설명했|말했))"
                          r"|외교부에 따르면|외교부 관계자(?:는|가)"
                          r"|외교부\s*\(장관\s*[가-힣]{2,4}\)(?:은|는|가|이)?")


# Another government's own title: "Australian Minister for Foreign Affairs Penny Wong",
# "Japan's Minister for Foreign Affairs", "Minister for Foreign Affairs of Singapore". A
# variant forbidden for the Korean office is that country's official name for its own
# (batch 6); "ROK Minister for Foreign Affairs" or "... of the Republic of Korea" is ours.
_COUNTRY_BEFORE = re.compile(r"(?<![A-Za-z])([A-Z][a-z]+(?:'s|’s)?)\s+$")
_COUNTRY_AFTER = re.compile(r"\s+of\s+(?:the\s+)?((?:[A-Z][A-Za-z]+\s*){1,4})")
_OURS = ("Korea", "ROK", "Korean")


# Nouns a country's name qualifies: "the Ukraine conflict" is right where "the Ukraine" for
# the country is not (batch-10 pairs).
_ATTRIBUTIVE_HEADS = re.compile(
    r"\s+(?:conflict|war|crisis|situation|issue|question|invasion|peace|reconstruction|"
    r"recovery|talks|conference|policy|file|border|front)s?(?![A-Za-z])", re.IGNORECASE)


def _attributive(en: str, end: int) -> bool:
    """The forbidden "the X" ends before a noun it qualifies: "the Ukraine war"."""
    return _ATTRIBUTIVE_HEADS.match(en, end) is not None


def _other_governments_title(en: str, start: int, end: int) -> bool:
    before = _COUNTRY_BEFORE.search(en[max(0, start - 40):start])
    if before is not None:
        written = before.group(1)
        country = written[:-2] if written.endswith(("'s", "’s")) else written
        if country.startswith(_OURS):
            return False
        # Japan's; or a country's adjective: Australian, Japanese, British, Saudi, French.
        return country != written or country.endswith(("an", "ese", "ish", "i", "ch", "ic"))
    after = _COUNTRY_AFTER.match(en, end)
    return after is not None and not any(w in after.group(1) for w in _OURS)


# The ministry before a person's name and title: "외교부 조현 2차관" is "Vice Foreign Minister
# Cho Hyun", "외교부 박진 장관" "Foreign Minister Park Jin": the English title carries the
# ministry (batch 12, the ministry's own footnote in a KO/EN pair). Every 외교부 of the text
# must stand so; a 외교부 of its own still asks for the Ministry.
_MINISTRY_NAME_TITLE = re.compile(r"외교부\s+[가-힣]{2,4}\s+(?:제?[12]?차관보?|장관|대변인)")
_FOREIGN_TITLE = re.compile(r"\bForeign (?:Minister|Affairs)")


def _ministry_in_persons_title(ko: str, pair: GlossaryPair, en: str) -> bool:
    return pair.ko == "외교부" and bool(_MINISTRY_NAME_TITLE.search(ko)) \
        and "외교부" not in _MINISTRY_NAME_TITLE.sub("", ko) and bool(_FOREIGN_TITLE.search(en))


def _rank_renderings(ko: str, pair: GlossaryPair, renderings: list[str]) -> list[str]:
    """A title with 급 (rank) is rendered as an adjective or with "level" (batch 6):
    차관급 전략대화 - "Vice Foreign Ministerial Strategic Dialogue", 국장급 - "Director-General-
    level"; so is a title heading a meeting (batch 7): 외교장관회의 - "foreign ministerial
    meetings"."""
    if not re.search(_ko_pattern(pair) + r"\s?(?:급|회의|회담)", ko):
        return []
    return [r + "ial" for r in renderings if r.endswith("Minister")] \
        + [r + "-level" for r in renderings]


def glossary_issues(ko: str, en: str, glossary: Glossary,
                    headline: bool = False) -> list[GlossaryIssue]:
    if not ko.strip() or not en.strip():
        return []
    issues = []
    ko = _ATTRIBUTION.sub(lambda m: " " * len(m.group(0)), ko)
    pairs = terms_in_korean(ko, glossary)
    # Spans of approved renderings of every term found: a forbidden variant inside a longer
    # approved phrase ("Foreign Minister" in "Vice Foreign Minister") is no fault.
    approved: list[tuple[int, int]] = []
    present: dict[GlossaryPair, bool] = {}
    for pair in pairs:
        renderings = list(pair.renderings())
        renderings += _rank_renderings(ko, pair, renderings)
        if headline:
            renderings += HEADLINE_ACTORS.get(pair.ko, ())
            renderings += [r.replace("Foreign Minister", "FM") for r in renderings
                           if "Foreign Minister" in r]
        hits = [m.span() for r in renderings for m in en_pattern(r).finditer(en)]
        present[pair] = bool(hits) or any(_demonym(r, en) for r in pair.renderings())
        approved.extend(hits)
    for pair in pairs:
        bad = ""
        for variant in pair.forbidden:
            for m in en_pattern(variant, strict_hyphens=True).finditer(en):
                inside = any(s <= m.start() and m.end() <= e and e - s > m.end() - m.start()
                             for s, e in approved)
                if not inside and not _other_governments_title(en, m.start(), m.end()) \
                        and not (variant.startswith("the ") and _attributive(en, m.end())):
                    bad = variant
                    break
            if bad:
                break
        if bad:
            issues.append(GlossaryIssue(pair, bad, f"{pair.ko} is rendered {bad!r}; the "
                                        f"approved rendering is {pair.en!r}"))
        elif not present[pair] and not _qualifies_rendered_term(ko, pair, pairs, present) \
                and not _title_of_named_person(ko, pair, en) \
                and not _both_named_before(ko, pair, en) \
                and not _ministry_in_persons_title(ko, pair, en) \
                and not _inside_name_given_by_acronym(ko, pair, en):
            issues.append(GlossaryIssue(pair, "", f"{pair.ko}: the approved rendering "
                                        f"{pair.en!r} is not in the English"))
    return issues
