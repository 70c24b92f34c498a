"""What the words around a Korean word say about it: a unit after a number, a name in name
position, a country abbreviated in a pair.

A spell checker sees one word at a time; a translator sees "10만불" as an amount and
"렉스 틸러슨 미 국무장관" as a name before a title. These rules let the checker see the same
(the English ones, "Secretary Pompeo", "Secretaryof", are in english_names.py).
An unknown word in name position is an "unknown name": not a misspelling.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable, Sequence

from mfa_desk.glossary import GlossaryPair
from mfa_desk.spelling.korean import COUNTRY_SHORT, country_word, noun_candidates
from mfa_desk.spelling.names import SURNAMES, is_title, part_in_parentheses
from mfa_desk.spelling.names import TITLES as KO_PERSON_TITLES
from mfa_desk.spelling.tokens import Token
from mfa_desk.spelling.word_shapes import HA_SYLLABLES, one_jamo_away
from mfa_desk.text.translit import renders

# --- Korean: number + unit or counter ------------------------------------------------------
# After a number: the scale words (10만, 3천, 1억) and 여 (some: 3천여, 2만여), then a unit
# or counter; the whole word is an amount, not a word for a dictionary.
_KO_SCALE = re.compile(r"^[십백천만억조]*여?")
KO_UNITS: frozenset[str] = frozenset(
    "불 미불 달러 달러화 유로 유로화 엔 엔화 원 위안 위안화 파운드 프랑 루블 페소 루피 바트 동 "
    "링깃 랜드 개소 개사 "
    "명 개 개국 국 곳 건 차 차례 회 번 년 개월 월 일 주 주년 시간 시 분 초 세 살 배 위 "
    "톤 톤급 가구 척 대 기 권 부 쪽 장 점 종 명분 인 인분 만명 km m kg 호 층 석 표 "
    # Batch 9 (disaster releases and their copies): areas and lengths spelt in Hangul
    # ("73.8만 헥타르", "1100만 헥타르(㏊)"), houses and trees counted ("가옥 3000여채").
    "헥타르 에이커 킬로미터 미터 제곱킬로미터 킬로그램 리터 채 그루 마리 포대 상자".split())


# Numbers in Hangul: 수백 (hundreds of), 수십만 (hundreds of thousands), 수천여, 몇백.
_KO_WORD_NUMBER = re.compile(r"^(?:수|몇)[십백천만억]+여?")


def after_number(text: str, token: Token) -> bool:
    """A Hangul word that is a unit or counter after a number: "10만불", "3천여",
    "2만여 명", "200만 프랑", "5개국", "억원" (with particles: "1천여명이"), or after a
    number in Hangul in the same word: "수백명이", "수십만 명", "수천여개"."""
    before = text[:token.start]
    word_number = _KO_WORD_NUMBER.match(token.text)
    if word_number:
        rest = token.text[word_number.end():]
        return not rest or _unit_with_particles(rest)
    if not re.search(r"\d[\d,.]*\s?[십백천만억조]*여?\s?$", before):
        return False
    rest = _KO_SCALE.sub("", token.text)
    return not rest or _unit_with_particles(rest)


def _unit_with_particles(rest: str) -> bool:
    return any(stem in KO_UNITS or stem == "" for stem in noun_candidates(rest)) \
        or any(rest.startswith(u) and rest[len(u):] in ("", "씩", "가량", "여") for u in KO_UNITS)


# --- Korean: a root sharing the next word's ending ------------------------------------------
# "복잡·다양해진 상황" is 복잡해진 and 다양해진: the first root drops the ending the second word
# carries (batch 8). Only a 하다 root, before a middle dot and a 하다/해지다 form of another
# root, so a typo of the root (복잽) or a bare root elsewhere is still flagged.
_ROOT_DOTS = ("·", "ㆍ", "‧")


def root_before_dot(text: str, tokens: Sequence[Token], index: int,
                    check: Callable[[str, str], bool]) -> bool:
    token = tokens[index]
    if index + 1 >= len(tokens) or not check("ko", token.text + "하다"):
        return False
    nxt = tokens[index + 1]
    if text[token.start + len(token.text):nxt.start] not in _ROOT_DOTS or nxt.script != "ko":
        return False
    return any(nxt.text[j:].startswith(HA_SYLLABLES) and check("ko", nxt.text[:j] + "하다")
               for j in range(1, len(nxt.text)))


# --- Korean: a 하다 root before a noun ------------------------------------------------------
# "민감 현안을", "글로벌 포괄 전략동맹": news copies and speeches use a two-syllable 하다 root
# as a noun before a noun, as the dictionary lists it (민감, 포괄: nouns; batch 13). Only a root
# whose 하다 and -한 forms Hunspell knows, directly before a noun, so a typo of the root
# (민갑) or a root left hanging before a verb ("민감 하다") is still flagged.
def root_before_noun(text: str, tokens: Sequence[Token], index: int,
                     check: Callable[[str, str], bool], noun: Callable[[str], bool]) -> bool:
    token = tokens[index]
    if len(token.text) != 2 or index + 1 >= len(tokens):
        return False
    nxt = tokens[index + 1]
    if nxt.script != "ko" or text[token.start + 2:nxt.start] != " " \
            or nxt.text.startswith(HA_SYLLABLES):
        return False
    return check("ko", token.text + "하다") and check("ko", token.text + "한") and noun(nxt.text)


# --- Korean: countries abbreviated to a syllable -----------------------------------------
# "한-러 전략대화", "한.러 정책협의회", "한·호 관계", "한-러간": each country of a pair is one
# syllable, joined by a hyphen, a dot or a middle dot. Hunspell knows some of the syllables
# as words (한, 중, 일) and not others (러, 호): the pair shows what they are.
_COUNTRY_JOINERS = "-·・.‧"


# Korea's partner abbreviated to its first syllable after 한- ("한-뉴 수교", "한-뉴간 교류",
# "한·몽", "한-캄 관계"; batch 11, embassy culture reports): the first syllables of the
# countries the ministry's releases pair with Korea this way. Only after 한-, so "뉴간" alone
# and a slip ("한-럭" for 한-러) are still flagged.
PARTNER_SHORT = frozenset("뉴몽캄태필싱말인캐멕브칠페카우키타이스네벨덴노핀폴헝체오터사케")
_KOREA_AND = re.compile(r"(?<![\uac00-\ud7a3])한\s?[-·・‧]$")


def country_in_pair(text: str, token: Token) -> bool:
    """A one-syllable country name (with a particle or 측/간) joined to another."""
    if _KOREA_AND.search(text, max(0, token.start - 3), token.start) and any(
            stem[0] in PARTNER_SHORT and (len(stem) == 1 or stem[1:] in ("간", "측"))
            for stem in noun_candidates(token.text)):
        return True
    if not any(len(stem) == 1 and stem in COUNTRY_SHORT or country_word(stem)
               or (len(stem) == 2 and stem[0] in COUNTRY_SHORT and stem[1] == "간")
               for stem in noun_candidates(token.text)):
        return False
    before = text[max(0, token.start - 2):token.start]
    after = text[token.end:token.end + 2]
    return (len(before) == 2 and before[1] in _COUNTRY_JOINERS and before[0] in COUNTRY_SHORT) \
        or (len(after) == 2 and after[0] in _COUNTRY_JOINERS and after[1] in COUNTRY_SHORT
            and token.text[0] in COUNTRY_SHORT)


# Two countries joined, the second written solid with the noun they share: "미·중관계",
# "미‧중관계" (U+2027), "한-일관계", "한·미동맹" (batch 12, the ministry's 정책자문위원회
# release). The rest after the country's syllable must be a known noun, so "미·중괸계" stays
# flagged.
def pair_then_noun(text: str, token: Token, noun: Callable[[str], bool]) -> bool:
    before = text[max(0, token.start - 2):token.start]
    return len(before) == 2 and before[1] in _COUNTRY_JOINERS and before[0] in COUNTRY_SHORT \
        and token.text[0] in COUNTRY_SHORT and any(
            len(stem) >= 2 and noun(stem) for stem in noun_candidates(token.text[1:]))


# --- Korean: names and places in name position ---------------------------------------------
KO_TITLES: tuple[str, ...] = KO_PERSON_TITLES + ("대신", "국무장관", "부차관보", "관방장관",
                                                 "외무상", "외무장관", "총독", "국왕", "왕세자")
# 호텔, 타워, 홀, 플라자: a venue's name written solid (소카호텔, 페럼타워, 페럼홀,
# 동대문디자인플라자; batch 7); 에비뉴/애비뉴 (avenue: 언더스탠드에비뉴, batch 8).
# 출장소, 분관: the ministry's offices named after their city, written solid (하갓냐출장소:
# Hagåtña, batch 11); not 대사관, named after a country the checker must know (missions.py).
KO_PLACE_SUFFIXES: tuple[str, ...] = ("산", "사", "강", "섬", "궁", "항", "역", "호텔", "타워",
                                      "홀", "플라자", "에비뉴", "애비뉴", "출장소", "분관")
_NAME_WINDOW = 3
# A Korean sentence ends after Hangul ("...하였다. "); "J. Blinken" is no sentence end.
_SENTENCE_END = re.compile(r"[\uac00-\ud7a3][.!?。]\s|\n")


def _ko_title(word: str) -> bool:
    return any(stem.endswith(KO_TITLES) for stem in noun_candidates(word))


def korean_name_position(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A Hangul word before a title within three words ("렉스 틸러슨 미 국무장관",
    "하야시 관방장관이"), after one, or next to its Latin or Chinese spelling in
    parentheses ("블링컨(Antony J. Blinken)", "요시마사(林 芳正)")."""
    token = tokens[index]
    if spelled_in_parentheses(text, token) or in_list_of_names(text, token) \
            or _before_place_word(tokens, index) or before_hanja_unit(text, token) \
            or in_dateline(text, token) or in_address_or_byline(text, tokens, index):
        return True
    # A bare title before the name: "장관 틸러슨" (not "차관은 키마니의": a subject ends there).
    if index > 0 and tokens[index - 1].script == "ko" \
            and tokens[index - 1].text.endswith(KO_TITLES) \
            and not _SENTENCE_END.search(text[tokens[index - 1].end:token.start]):
        return True
    return _title_follows(text, tokens, index, _NAME_WINDOW)


def _title_follows(text: str, tokens: Sequence[Token], index: int, window: int,
                   charge: bool = False) -> bool:
    """A title among the next `window` Hangul words of the sentence; with `charge`, only
    right after a word ending in 담당."""
    following = [t for t in tokens[index + 1:] if t.script == "ko"][:window]
    for n, t in enumerate(following):
        if _SENTENCE_END.search(text[tokens[index].end:t.start]):
            return False
        if _ko_title(t.text) and (not charge or (n > 0 and following[n - 1].text.endswith("담당"))):
            return True
    return False


# A title after its country and ministry may stand four or five words from the name:
# "블라디미르 티토프 러시아 외교부 제1차관", "케빈 김 미국 국무부 부차관보", "마크 내퍼 미국
# 동아시아태평양 담당 부차관보" (batch 12, vice-minister and director-general consultations).
# The country, the ministry (외교부, 국무부, 외무성) and the 제 of 제1차관 do not count
# towards the three words; the title must still come within three others, and a word with a
# particle ends the phrase (the name's own, or one between).
def before_office_title(text: str, tokens: Sequence[Token], index: int,
                        countries: Collection[str]) -> bool:
    if len(list(noun_candidates(tokens[index].text))) > 1:
        return False  # its particle ends the phrase: "오후파리에서 안토니 블링컨 미 국무장관"
    counted = 0
    for t in [t for t in tokens[index + 1:] if t.script == "ko"][:_NAME_WINDOW + 3]:
        if _SENTENCE_END.search(text[tokens[index].end:t.start]):
            return False
        if _ko_title(t.text):
            return True
        if not _names_the_office(text, t, countries):
            counted += 1
            if counted >= _NAME_WINDOW or len(list(noun_candidates(t.text))) > 1:
                return False
    return False


def _names_the_office(text: str, token: Token, countries: Collection[str]) -> bool:
    if token.text == "제" and text[token.end:token.end + 1].isdigit():
        return True
    return any(stem in countries or stem in COUNTRY_SHORT or country_word(stem)
               or (len(stem) >= 3 and stem.endswith(("부", "성")))
               for stem in noun_candidates(token.text))


# A title whose office is spelt out with 담당 (in charge of) may stand further from the name:
# "커트 캠벨 국무부 동아태 담당 차관보", "마흐뭇 ... 이스탄불 재난 대응 담당 부주지사" (batch 8).
# The caller rules out a typo of a Korean word ("졍부 ... 담당 부주지사").
def before_charge_title(text: str, tokens: Sequence[Token], index: int) -> bool:
    return _title_follows(text, tokens, index, 7, charge=True) or _before_former(tokens, index) \
        and _title_follows(text, tokens, index, 6)


# Personnel announcements name a person before 전/현 (former/current) and an office:
# "주영국대사에 박석환 전 외교통상부 제1차관", "이성권 전 동의대 정치외교학과 겸임교수" (batch 8).
def _before_former(tokens: Sequence[Token], index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1].text in ("전", "현")


def korean_unknown_name(text: str, tokens: Sequence[Token], index: int,
                        known: Callable[[str], bool], countries: Collection[str] = (),
                        in_dictionary: Callable[[str], bool] = lambda w: True) -> bool:
    """An unknown Hangul word that names someone or somewhere: in name position, a place
    word with its suffix, the first words of a name, or a name after its country.
    `known`: the checker's verdict; `in_dictionary`: Hunspell's alone."""
    return korean_name_position(text, tokens, index) \
        or before_office_title(text, tokens, index, countries) \
        or korean_place_word(tokens[index].text) \
        or heads_a_name(text, tokens, index, known, countries=countries) \
        or after_its_country(text, tokens, index, known, countries, in_dictionary) \
        or ((partner_or_venue(text, tokens[index]) or before_charge_title(text, tokens, index))
            and not one_jamo_away(tokens[index].text, in_dictionary))


# Korea's partner after 한- ("한-비세그라드 그룹", "한·메르코수르"), and a meeting's venue
# after its date in parentheses ("2차(’15.6월, 브라티슬라바)", "(5월, 모스크바)") (batch 7).
# A transliterated name runs to three syllables or more; a word one letter away from a
# Korean word is a typo of it, not a name (the caller asks).
_PARTNER_BEFORE = re.compile(r"(?<![\uac00-\ud7a3])한\s?[-·・‧]\s?$")
_VENUE_BEFORE = re.compile(r"\(\s*[‘’']?\d{2,4}[.년]?\s*(?:\d{1,2}\s*월|\d{1,2}\.)\s*,\s*$")
# A headline names a person or place after the country's one Hanja letter: "北 김여정 담화에",
# "中 왕이", "日 기시다" (batch 8, news copies of ministry statements).
_HANJA_COUNTRY_BEFORE = re.compile(r"(?:^|[\s,(‘'\"“])[北美中日露韓英佛獨]\s?$")


def partner_or_venue(text: str, token: Token) -> bool:
    if len(token.text) < 3:
        return False
    before = text[max(0, token.start - 16):token.start]
    return bool(_PARTNER_BEFORE.search(before) or _HANJA_COUNTRY_BEFORE.search(before)) \
        or (bool(_VENUE_BEFORE.search(before)) and text[token.end:token.end + 1] == ")")


# A place or person named after its country, as releases place a city: "루마니아 콘스탄차",
# "미국 뉴욕주 버팔로", "호주 멜번에서", "모로코 마라케시" (batch 6: ten such words in six
# fresh texts). Unknown words may stand between (뉴욕주), a known word ends the run ("동부
# 및 담맘"). A word one letter away from a word Hunspell knows is a typo, not a name ("미국
# 졍부" for 정부; 버팔로 too, for 버펄로, the standard spelling of Buffalo).
# Countries: the glossary's pairs with a demonym among their renderings, a word sharing
# its first two letters with another rendering (미국 - America/American, 호주 -
# Australia/Australian; not 차관 - Vice Minister/Vice-Minister).
_DEMONYM_ENDS = ("an", "ese", "ish", "i", "ch", "ss", "ek", "kh", "ine", "o")


def _demonym(word: str, pair: GlossaryPair) -> bool:
    return word[:1].isupper() and word.isalpha() and word.endswith(_DEMONYM_ENDS) and any(
        word[:2].lower() == other[:2].lower() for other in pair.renderings() if other != word)


def glossary_countries(pairs: Iterable[GlossaryPair]) -> frozenset[str]:
    return frozenset(p.ko for p in pairs if " " not in p.ko and p.en[:1].isupper()
                     and any(_demonym(v, p) for v in p.also))


def after_its_country(text: str, tokens: Sequence[Token], index: int,
                      known: Callable[[str], bool], countries: Collection[str],
                      in_dictionary: Callable[[str], bool]) -> bool:
    if not countries:
        return False
    run = []  # the unknown words between the country and this one, then this one
    for i in range(index, max(index - 3, 0), -1):
        prev = tokens[i - 1]
        if prev.script != "ko" or text[prev.end:tokens[i].start] != " ":
            return False
        run.append(tokens[i].text)
        if any(stem in countries for stem in noun_candidates(prev.text)):
            # Asked last: some 70 dictionary look-ups a syllable.
            return not any(one_jamo_away(word, in_dictionary) for word in run)
        if known(prev.text):
            return False
    return False


def heads_a_name(text: str, tokens: Sequence[Token], index: int,
                 known: Callable[[str], bool], depth: int = 0,
                 countries: Collection[str] = ()) -> bool:
    """The first words of a name of several unknown words: "모함메드 바흐르 알울룸 이라크
    양자외교차관", "안토니오 구테흐스 신임 유엔 사무총장". The title is too far from the first
    word, but each word is followed at once by another unknown word, and the last of them
    is in name position. Up to four words of one name. A word carrying a particle ends a
    phrase, so it heads no name: "오후파리에서 안토니 블링컨" is 오후 + 파리에서 run together."""
    nxt = tokens[index + 1] if index + 1 < len(tokens) else None
    if nxt is None or nxt.script != "ko" or text[tokens[index].end:nxt.start] != " " \
            or depth >= 3 or known(nxt.text) or len(list(noun_candidates(tokens[index].text))) > 1:
        return False
    return korean_name_position(text, tokens, index + 1) \
        or before_office_title(text, tokens, index + 1, countries) \
        or heads_a_name(text, tokens, index + 1, known, depth + 1, countries)


# A news copy's dateline names the outlet: "(서울=센서블뉴스)", "[서울=뉴스핌]" (batch 6).
_DATELINE_BEFORE = re.compile(r"[(\[]\s*[\uac00-\ud7a3]{1,8}\s*=\s*$")
_DATELINE_AFTER = re.compile(r"\s*[)\]]")


def in_dateline(text: str, token: Token) -> bool:
    return bool(_DATELINE_BEFORE.search(text[max(0, token.start - 14):token.start])
                and _DATELINE_AFTER.match(text, token.end))


# A neighbourhood after its district ("서울 중구 수하동"), a storm's name in quotes ("태풍
# ‘짜미’"), and the outlet and desk of a byline in brackets at a paragraph's start
# ("[이데일리 뉴스 속보팀]") (batch 7).
_STORM_BEFORE = re.compile(r"(?:태풍|사이클론|허리케인)\s?[‘'\"“]$")
_BYLINE = re.compile(r"(?:^|\n)\s*\[[^\]\n]{1,30}(?:팀|기자|특파원)\s*\]")


def in_address_or_byline(text: str, tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    prev = tokens[index - 1] if index > 0 else None
    if token.text.endswith("동") and len(token.text) >= 3 and prev is not None \
            and prev.script == "ko" and prev.text.endswith("구") and len(prev.text) >= 2 \
            and text[prev.end:token.start] == " ":
        return True
    if _STORM_BEFORE.search(text[max(0, token.start - 6):token.start]):
        return True
    return any(m.start() <= token.start < m.end() for m in _BYLINE.finditer(text))


# A place named in Hangul before the word saying what it is: "콰줄루나탈 지역에서",
# "민다나오 섬", "엥가 주". Transliterated names run to three syllables and more; the
# Korean words before 지역 are mostly of two (분쟁 지역, 접경 지역) and stay words. Not 시:
# it also means "when" after a verb or noun ("회의 참석 시").
# And the ministry's offices named after their city, spaced: "주 달라스 출장소", "주시드니
# 총영사관" (batch 11, consular notices); not 대사관 (after a country the checker must know).
_PLACE_WORDS = ("지역", "주", "州", "지방", "일대", "섬", "제도", "출장소", "총영사관", "영사관",
                "분관")


def _before_place_word(tokens: Sequence[Token], index: int) -> bool:
    token = tokens[index]
    after = tokens[index + 1] if index + 1 < len(tokens) else None
    return len(token.text) >= 3 and after is not None and after.script == "ko" \
        and any(stem in _PLACE_WORDS for stem in noun_candidates(after.text))


# A place named before the Chinese character of its unit, as travel-alert and disaster
# releases write them: "발루치스탄州", "시아르가오島", "부줌부라市", "호르모즈건 州". The
# character says the word is a place beyond doubt, so a name of two syllables counts too.
# The items of a list that the unit closes are places as well: "(후제스탄, 부셰르,
# 호르모즈건 州)", "다바오·카가얀데오로市".
_HANJA_UNITS = "州市島郡縣省區道"
_HANJA_UNIT_AFTER = re.compile(rf"\s?[{_HANJA_UNITS}]")
_LIST_CLOSED_BY_UNIT = re.compile(
    rf"(?:\s*[,，、·・]\s*[\uac00-\ud7a3]{{2,}}){{1,8}}\s?[{_HANJA_UNITS}]")


def before_hanja_unit(text: str, token: Token) -> bool:
    """The word names a place: a Chinese unit character follows it, or closes the
    list the word is an item of."""
    if len(token.text) < 2:
        return False
    return bool(_HANJA_UNIT_AFTER.match(text, token.end)
                or _LIST_CLOSED_BY_UNIT.match(text, token.end))


# A list of organisations: "참여 단체 : KCOC, 굿네이버스, 글로벌케어, 밀알복지재단, ...".
# Its items are names (an NGO's name is any word it chose), so an unknown item is an
# unknown name, when the list shows it lists organisations: four items or more, two of
# them acronyms or words ending like an organisation's name. A list of things ("쌀,
# 밀가루, 설탕, 소금", "ODA, 보건, 교육, 농업") shows no such thing, and its items are
# checked as words.
_ORGANISATION_ENDS = ("재단", "기구", "협회", "센터", "연구원", "위원회", "단체", "학회",
                      "연합", "협의회", "은행", "공사", "공단", "기금", "본부")
_LIST_ITEM_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&]{1,9}$")
_LIST_BOUNDARY = re.compile(r"[:：\n]|\s[-–]\s|(?<=[\uac00-\ud7a3])[.!?](?=\s|$)")


def in_list_of_names(text: str, token: Token) -> bool:
    start = max((m.end() for m in _LIST_BOUNDARY.finditer(text, 0, token.start)), default=0)
    end = next((m.start() for m in _LIST_BOUNDARY.finditer(text, token.start)), len(text))
    items = [item.strip() for item in re.split(r"[,，、]", text[start:end])]
    if len(items) < 4 or token.text not in items or any(len(i.split()) > 2 for i in items):
        return False
    return sum(bool(_LIST_ITEM_ACRONYM.match(i) or i.endswith(_ORGANISATION_ENDS))
               for i in items) >= 2


# The Hangul words of a name, then its spelling in parentheses: "블링컨(Antony J. Blinken)",
# "오스발도 파딜랴(Osvaldo PADILLA)", "요시마사(林 芳正)", "「마크 내퍼 (Marc Knapper)」".
_BEFORE_PARENTHESES = re.compile(r"(?:\s*[\uac00-\ud7a3]+){0,2}\s*\(([^()\n]{1,60})\)")


def spelled_in_parentheses(text: str, token: Token) -> bool:
    """The word's own spelling follows in parentheses: Chinese characters, or a Latin word
    the Hangul transliterates (not an acronym: "녹색기후기굼(GCF)" is no name)."""
    m = _BEFORE_PARENTHESES.match(text, token.end)
    if m is None:
        return False
    inside = m.group(1).strip()
    if re.match(r"[\u4e00-\u9fff]", inside):
        return True
    return any(renders(token.text, w) for w in re.findall(r"[A-Za-z][A-Za-z'-]+", inside)
               if not w.isupper() or len(w) > 4)


def strong_korean_name(text: str, tokens: Sequence[Token], index: int,
                       known: Callable[[str], bool]) -> bool:
    """A name beyond doubt: its Latin or Chinese spelling follows in parentheses, or a
    title or another unknown word follows at once ("하야시 관방장관", "하야시 요시마사").
    Such a word is a name even when it could be read as two words run together
    (하야 + 시); "방문시 박 장관은" is not (박 is a known word, the title comes later)."""
    token = tokens[index]
    if spelled_in_parentheses(text, token) or _name_like_a_title(text, tokens, index, known) \
            or part_in_parentheses(text, token):
        return True
    nxt = next((t for t in tokens[index + 1:] if t.script == "ko"), None)
    if nxt is None or _SENTENCE_END.search(text[token.end:nxt.start]):
        return False
    return _ko_title(nxt.text) or not known(nxt.text)


def _name_like_a_title(text: str, tokens: Sequence[Token], index: int,
                       known: Callable[[str], bool]) -> bool:
    """A bare name that reads as a surname and a title (임수석: 임 + 수석), before known words
    and the person's title: "임수석 외교부 대변인은" (batch 9). One person has one title there;
    "윤장관 케리 국무장관과" (윤 장관, then another name) stays two words run together."""
    word = tokens[index].text
    if word[0] not in SURNAMES or not is_title(word[1:]) or len(list(noun_candidates(word))) > 1:
        return False
    for t in [t for t in tokens[index + 1:] if t.script == "ko"][:_NAME_WINDOW]:
        if _SENTENCE_END.search(text[tokens[index].end:t.start]):
            return False
        if _ko_title(t.text):
            return True
        if not known(t.text):
            return False
    return False


# A transliterated name written solid with the word saying what it names: 라카인주 (Rakhine
# State), 로힝야족 (the Rohingya), 팔루지역. The name runs to three syllables or more, so a
# Korean word of two (이번주, 가족) is no name.
# And 현 (縣, a Japanese prefecture: 시즈오카현, 와카야마현; consulates' culture reports, batch 9).
KO_NAME_SUFFIXES: tuple[str, ...] = ("주", "족", "지역", "지방", "섬", "현")


def name_stems(word: str, suffixes: tuple[str, ...] = KO_NAME_SUFFIXES) -> list[str]:
    """The stems of `word` (noun_candidates), then each without a name suffix of
    `suffixes` when a name of three syllables or more is left: 로힝야족에게 gives
    로힝야족 and 로힝야, which the other language's "Rohingya" confirms."""
    stems = list(noun_candidates(word))
    return stems + [stem[:-len(suffix)] for stem in stems for suffix in suffixes
                    if stem.endswith(suffix) and len(stem) - len(suffix) >= 3]


def korean_place_word(word: str) -> bool:
    """A proper place word with its suffix: 오대산, 월정사를 (stem of two syllables or
    more), or a name of three syllables or more with a name suffix: 라카인주, 로힝야족이."""
    stems = list(noun_candidates(word))
    return any(len(stem) >= 3 and stem.endswith(KO_PLACE_SUFFIXES) for stem in stems) \
        or len(name_stems(word)) > len(stems)
