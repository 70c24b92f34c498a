"""Names in culture and public-diplomacy reports, told by what surrounds them.

A film week, a concert tour, a K-pop contest or an exhibition names performers, bands,
venues, bodies, events and works no dictionary holds (batch 16: 46 correct Korean words
flagged per 1,000 in such reports, 0-5 in everyday releases). Without a list of names, a
reader knows them by their company:

- a quoted title of two words or more: 「K-POP World Festival in Tokyo일본전국대회」,
  `한국 영화 12 감독전';
- a body or venue noun after the name, spaced or solid: 경기시나위 오케스트라,
  아폴로 시네마에서, 미리내갤러리에서, 서초문화예술회관, 토리앙상블;
- a role noun after or before a person: 벤 함몬드 관장은, 박경림 학생에게, 소설가 신경숙;
- a list of names: items with Latin-letter names among them ("레드벨벳과 몬스타엑스,
  모모랜드, THE BOYZ, ITZY, …"), items closed by a role ("이명세(1월), 이재용(2월), …
  임순례(12월) 감독이"), or opened by one ("소설가 신경숙, 편혜영");
- a winner on an award line ("○ 인기상: 네모토 유카 외 3명").

The guard against a typo in the same place: the word, split into the words the checker
knows, must leave no unknown piece one letter (jamo) away from a dictionary word
("경기시나휘 오케스트라": 시나휘 is a slip of 시나위; "국제교루센터": 교루 of 교류), and a
piece of two syllables alone, which nearly always has such a neighbour, is no name here.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from mfa_desk.spelling.korean import noun_candidates
from mfa_desk.spelling.names import CULTURE_ROLES, TITLES, has_name_shape
from mfa_desk.spelling.tokens import Token
from mfa_desk.spelling.word_shapes import one_jamo_away

# Nouns that say a name before them is a body, a venue, an event or a work. Solid or
# spaced: 경기시나위 오케스트라, 미리내갤러리, 쾰른지역예선대회, 한일현대미술교류전.
BODY_HEADS: tuple[str, ...] = (
    "오케스트라", "심포니", "필하모닉", "합창단", "극단", "밴드", "갤러리", "미술관", "박물관",
    "극장", "센터", "페스티벌", "영화제", "축제", "대회", "예선대회", "예술단", "무용단",
    "국악단", "악단", "관현악단", "앙상블", "시네마", "하우스", "회관", "아트홀", "콘서트홀",
    "돔", "스튜디오", "국악원", "공연장", "경기장", "스타디움", "아레나", "듀오", "트리오",
    "컴퍼니", "교류전", "특별전", "기획전", "초대전", "회고전", "사진전", "감독전", "전시회",
    "학당", "한인회", "협회", "재단", "팀",
)
# Nouns of a person's role in such reports, beside the ministry's titles (names.TITLES).
ROLE_NOUNS: tuple[str, ...] = TITLES + CULTURE_ROLES + (
    "학생", "시인", "예술가", "이사", "총재", "교장", "단원", "연출가", "래퍼", "멤버",
    "큐레이터", "아티스트", "선생", "전문가", "심사위원", "후원회장",
    "주연",  # a film's cast, closing its list: "손예진, 김남길 주연" (batch 17)
)
# A title or a short work in quotation marks or brackets, on one line.
_QUOTED = re.compile(
    r"‘[^’\n]{1,40}’|“[^”\n]{1,40}”|「[^」\n]{1,40}」|『[^』\n]{1,40}』|《[^》\n]{1,40}》"
    r"|〈[^〉\n]{1,40}〉|<[^>\n]{1,40}>|'[^'\n]{1,40}'|\"[^\"\n]{1,40}\"|`[^'\n]{1,40}'")
# A quotation is a title, not speech: no Korean sentence ends inside it.
_SENTENCE_INSIDE = re.compile(r"[\uac00-\ud7a3][.!?]\s")
# The winner on an award line: "○ 인기상: 네모토 유카 외 3명", "최우수상은 …".
_AWARD_BEFORE = re.compile(r"상\s?[:：]\s?(?:[\uac00-\ud7a3]+\s)?$")
_OTHERS_AFTER = re.compile(r"(?:\s[\uac00-\ud7a3]+)?\s외\s?\d+\s?[명인]")
_ITEM_SPLIT = re.compile(r"[,，、/·ㆍ・]")  # batch 17: "구본창·권순관·…·홍순태 작가가"
_LIST_CLOSERS = ("등", "및", "외")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_BOUNDARY = re.compile(r"\n|(?<=[\uac00-\ud7a3])[.!?](?=\s|$)|[:：]")
# A count of people after a list's closer: "등 10인이다", "외 3명".
_PEOPLE_COUNT = re.compile(r"\d+\s?[인명](?:이다|이|은|의|과|와)?(?![\uac00-\ud7a3])")
_TOPIC_ENDINGS = ("으로는", "로는", "은", "는")


def _ends_with(word: str, nouns: tuple[str, ...]) -> bool:
    return any(stem.endswith(nouns) for stem in noun_candidates(word))


def unknown_pieces(stem: str, known: Callable[[str], bool]) -> list[str]:
    """The pieces of `stem` left unknown when read from the left as the longest known words
    of two syllables or more: 몬스타엑스 gives 몬; 경기시나휘 gives 시나휘."""
    pieces, run, i = [], "", 0
    while i < len(stem):
        j = next((j for j in range(len(stem), i + 1, -1) if known(stem[i:j])), None)
        if j is None:
            run += stem[i]
            i += 1
            continue
        if run:
            pieces.append(run)
            run = ""
        i = j
    return pieces + [run] if run else pieces


def plausible_name(word: str, known: Callable[[str], bool],
                   in_dictionary: Callable[[str], bool], solid: bool = False) -> bool:
    """Whether `word` may be a name rather than a typo. Not when the word, or an unknown
    piece of a stem of it (unknown_pieces) of two syllables or more, is one jamo away from a
    dictionary word (인푸라 for 인프라; 국제교루: 교루 for 교류). Not when its unknown pieces
    are syllables alone (네번째: 네번 + 째; 음악휘: 음악 + 휘) or it has none (13개팀이,
    유이씨: two words run together), unless `solid`: the name part of a word written with its
    venue noun (미리내갤러리: 미리 + 내)."""
    if solid and not unknown_pieces(word, known):
        return True  # known words before the venue noun: 오케스트라센터, 미리내갤러리
    if one_jamo_away(word, in_dictionary):
        return False
    for stem in noun_candidates(word):
        pieces = unknown_pieces(stem, known)
        if len(stem) < 2 or not solid and all(len(p) == 1 for p in pieces):
            continue
        if not any(len(p) > 1 and one_jamo_away(p, in_dictionary) for p in pieces) \
                and not one_jamo_away(stem, in_dictionary):
            return True
    return False


def title_run_together(word: str) -> bool:
    """A name and a role noun written as one word (최시원씨는, 정감독은): a spacing error."""
    return any(len(stem) > len(title) and stem.endswith(title)
               for stem in noun_candidates(word) for title in ROLE_NOUNS)


def _quoted(text: str, token: Token) -> bool:
    """Inside a quoted title of two words or more (‘한국 영화 12 감독전’); one word alone in
    quotes may be any word stressed (‘보르미’로: batch 7 wants a storm's name after 태풍)."""
    return any(m.start() < token.start and token.end < m.end() and len(m.group().split()) > 1
               and not _SENTENCE_INSIDE.search(m.group())
               for m in _QUOTED.finditer(text, max(0, token.start - 42), token.end + 42))


def _next_korean(text: str, tokens: Sequence[Token], index: int, count: int) -> list[Token]:
    """The next `count` Hangul words of the same sentence, none past a Latin word."""
    out: list[Token] = []
    for t in tokens[index + 1:]:
        if _SENTENCE_BOUNDARY.search(text[tokens[index].end:t.start]) or t.script != "ko":
            break
        out.append(t)
        if len(out) == count:
            break
    return out


def _role_follows(text: str, tokens: Sequence[Token], index: int,
                  known: Callable[[str], bool]) -> bool:
    """A role noun as the next word, or the one after an unknown word (하이 껌훈 양; not
    across a known word or a particle)."""
    for n, t in enumerate(_next_korean(text, tokens, index, 2)):
        if _ends_with(t.text, ROLE_NOUNS):
            return True
        if n > 0 or known(t.text) or len(list(noun_candidates(t.text))) > 1:
            return False
    return False


def _body_follows(text: str, tokens: Sequence[Token], index: int,
                  known: Callable[[str], bool]) -> bool:
    """A body or venue noun within the next three words, the words between known and
    without particles, but for the second word of the name ("대사배 태권도 대회",
    "두브로브니크 심포니 오케스트라", "어드로이트 컬리지 앙상블")."""
    for n, t in enumerate(_next_korean(text, tokens, index, 3)):
        if _ends_with(t.text, BODY_HEADS):
            return True
        if len(list(noun_candidates(t.text))) > 1 or (n > 0 and not known(t.text)):
            return False
    return False


def _role_before(text: str, tokens: Sequence[Token], index: int) -> bool:
    """A role noun right before (소설가 신경숙), or a role and the copula 인
    (후원회장인 노르마 듀엑과)."""
    if index == 0 or tokens[index - 1].script != "ko" \
            or _SENTENCE_BOUNDARY.search(text[tokens[index - 1].end:tokens[index].start]):
        return False
    before = tokens[index - 1].text
    return before.endswith(ROLE_NOUNS) or (before.endswith("인")
                                          and before[:-1].endswith(ROLE_NOUNS))


def _solid_with_head(word: str, known: Callable[[str], bool],
                     in_dictionary: Callable[[str], bool]) -> bool:
    """A name written solid with its body or venue noun: 미리내갤러리에서, 토리앙상블."""
    for stem in noun_candidates(word):
        for head in BODY_HEADS:
            if stem.endswith(head) and len(stem) - len(head) >= 2 \
                    and plausible_name(stem[:-len(head)], known, in_dictionary, solid=True):
                return True
    return False


def _list_items(text: str, token: Token) -> tuple[list[str], list[str]] | None:
    """The items of the comma list the token stands in, and the words after its last
    item. The first item is the last two words before the first comma, the last the
    first two words after the last comma (the rest: 등, 및, a role that closes it)."""
    start = max((m.end() for m in _SENTENCE_BOUNDARY.finditer(text, 0, token.start)), default=0)
    end = next((m.start() for m in _SENTENCE_BOUNDARY.finditer(text, token.end)), len(text))
    items = [i.strip() for i in _ITEM_SPLIT.split(text[start:end])]
    if len(items) < 2:
        return None
    items[0] = " ".join(items[0].split()[-3:])
    tail = re.sub(r"\([^)]*\)", "", items[-1]).split()
    cut = next((n for n, w in enumerate(tail) if w in _LIST_CLOSERS
                or (n >= 1 and _ends_with(w, ROLE_NOUNS))), min(len(tail), 2))
    items[-1] = " ".join(tail[:cut])
    return items, [w for w in tail[cut:] if w not in _LIST_CLOSERS][:2]


def _role_topic(word: str) -> bool:
    """A role with the topic particle before a list of names: 참여작가로는, 출연진은."""
    return any(word.endswith(ending) and word[:-len(ending)].endswith(ROLE_NOUNS)
               for ending in _TOPIC_ENDINGS)


def _in_name_list(text: str, token: Token) -> str:
    """"latin" when the token is an item of a list with two Latin-letter names among three
    items or more, "role" when a role closes or opens the list, "" otherwise."""
    found = _list_items(text, token)
    if found is None:
        return ""
    items, after = found
    # Without what parentheses hold ("이명세(1월)"); an opening one alone parts two words
    # ("밤(소설가 신경숙, 편혜영)").
    bare = [re.sub(r"\([^)]*\)", "", item).replace("(", " ").replace(")", " ").strip()
            for item in items]
    if not any(token.text in item.split() for item in bare) \
            or any(len(item.split()) > 3 for item in bare[1:]):
        return ""
    # Closed by a role ("… 임순례(12월) 감독이"), or opened by one ("소설가 신경숙, 편혜영",
    # "무용가 색솜과 텅아람, 까사마").
    first = bare[0].split()
    if (len(bare) >= 3 and any(_ends_with(w, ROLE_NOUNS) for w in after)) or (
            len(first) >= 2 and any(w.endswith(ROLE_NOUNS) for w in first[:-1])):
        return "role"
    # Three names or more a role introduces as a topic, or closed by a count of people
    # (batch 19: "참여작가로는 김강용, 김준식, …, 최영욱 등 10인이다").
    if len(bare) >= 3 and (any(_role_topic(w) for w in first[:-1])
                           or bool(after and _PEOPLE_COUNT.match(after[0]))):
        return "role"
    if len(bare) >= 3 and sum(bool(_LATIN.search(item)) for item in bare) >= 2:
        return "latin"
    return ""


# The credit of a work in parentheses right after its quoted title (batch 17, a film week's
# programme): "'정보원'(김석)", "‘홍이’(황슬기), ‘생명의 은인’(방미리)": the director alone.
_CREDIT_OPENS = re.compile(r"[’'”\"」』>]\s?\(\s?$")
_CREDIT_CLOSES = re.compile(r"\s?\)")
# A performer before the quoted work and 공연 (a performance) or the line's end: 화사
# “멍청이” 공연, ※오승근 「내 나이가 어때서」.
_WORK_AFTER = re.compile(r"\s?(?:“[^”\n]{1,30}”|‘[^’\n]{1,30}’|「[^」\n]{1,30}」|\"[^\"\n]{1,30}\")"
                         r"\s*(?:$|\n|\)|공연|곡|노래|무대)")


def _person_cue(text: str, tokens: Sequence[Token], index: int,
                known: Callable[[str], bool]) -> str:
    """"role" when a role names the word a person (after it, before it, or closing or
    opening its list), "other" for the weaker company of a Latin-letter list or an award
    line, "" for none."""
    token = tokens[index]
    listed = _in_name_list(text, token)
    credit = bool(_CREDIT_OPENS.search(text, max(0, token.start - 4), token.start)
                  and _CREDIT_CLOSES.match(text, token.end))
    if _role_follows(text, tokens, index, known) or _role_before(text, tokens, index) \
            or listed == "role" or credit:
        return "role"
    if listed or _AWARD_BEFORE.search(text[max(0, token.start - 20):token.start]) \
            or _OTHERS_AFTER.match(text, token.end):
        return "other"
    return ""


def culture_name(text: str, tokens: Sequence[Token], index: int,
                 known: Callable[[str], bool], in_dictionary: Callable[[str], bool]) -> bool:
    """Whether the unknown Hangul word at `index` names a performer, band, venue, body,
    event or work by its company (see the module's docstring), and is no typo. The
    second word of a name counts with the first ("노르마 듀엑과" after 후원회장인). A Korean
    personal name (a surname and a given name: 이명세, 편혜영) that a role names needs no
    more, as names.is_named_person takes one beside a title; in weaker company it must not
    be one jamo from a dictionary word (인푸라 in a list with Latin items is 인프라)."""
    token = tokens[index]
    if _solid_with_head(token.text, known, in_dictionary):
        return True
    # A counter after a number (13개팀이) or a name and its title run together (유이씨,
    # 정감독은) are spacing errors, whatever surrounds them.
    if text[token.start - 1:token.start].isdigit() or title_run_together(token.text):
        return False
    prev = tokens[index - 1] if index > 0 else None
    person = _person_cue(text, tokens, index, known) or (
        "role" if prev is not None and prev.script == "ko" and text[prev.end:token.start] == " "
        and not known(prev.text) and len(list(noun_candidates(prev.text))) == 1
        and _role_before(text, tokens, index - 1) else "")
    if person and has_name_shape(token.text) and unknown_pieces(token.text, known) and (
            person == "role" or not one_jamo_away(token.text, in_dictionary)):
        return True
    cue = person or _quoted(text, token) or _body_follows(text, tokens, index, known) \
        or bool(_WORK_AFTER.match(text, token.end))
    return bool(cue) and plausible_name(token.text, known, in_dictionary)
