"""Korean personal names written in Hangul, recognised by their context.

Hunspell's Korean dictionary knows few personal names (홍서윤, 이민호 are flagged)
and no list can hold every name a release will mention. A release names a person
in a fixed shape: the name, then a title, often with the organisation between
("김민준 외교부 장관은", "이민호 외교부 국제안보국장과", "오민서 센터장이"), or the
title first ("과장 이도윤"). A word is taken for a name only when it has the
shape of one (a Korean surname and a one- or two-syllable given name, with or
without particles) and a title stands right before it or within the next three
words; a surname on its own counts when a title follows it directly ("최 대사는").
Personnel announcements give the age in parentheses right after the name
("조일환(56·외시 7회) 전 ...대사", "서영진(58) ... 위원"): that shape names a person too.
Anywhere else a misspelled word of that shape is still flagged.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from mfa_desk.spelling.korean import noun_candidates
from mfa_desk.spelling.tokens import Token, tokenize

# Common one-syllable surnames (covering nearly all of the population), then
# the two-syllable ones.
SURNAMES: frozenset[str] = frozenset(
    "김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 "
    "남 심 노 하 곽 성 차 주 우 구 민 진 나 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 "
    "선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제 모 탁 국 어 은 편 용 예 경 봉 사 부 "
    "가 복 태 목 형 피 두 감 음 빈 동 온 시 호 범 좌 팽 승 간 상 갈 단 견 당".split()
)
TWO_SYLLABLE_SURNAMES: frozenset[str] = frozenset(
    {"남궁", "황보", "제갈", "선우", "독고", "사공", "서문"})

# Titles and ranks that follow or precede a name. A word ending in one of these
# (after its particles are stripped) counts: 국제안보국장과, 경제안보외교센터장이.
TITLES: tuple[str, ...] = (
    "대통령", "총리", "장관", "차관", "차관보", "대사", "영사", "총영사", "공사", "참사관",
    "서기관", "사무관", "주무관", "행정관", "국장", "과장", "실장", "부장", "팀장", "단장",
    "원장", "청장", "처장", "센터장", "본부장", "위원장", "이사장", "사무총장", "총장", "의장",
    "회장", "대변인", "대표", "수석", "조정관", "심의관", "기획관", "비서관", "특보", "특사",
    "교수", "박사", "의원", "여사", "씨", "님", "지사", "시장",
    # 사무차장 (the UN's, the NSC's: deputy head), 차장 (batch 8, personnel announcements).
    "차장",
    # Titles of other governments' officials: 아주사장 (China's director-general, 司長),
    # 상무부부장 (vice minister), 국가주석, 국무위원, 외무상 (Japan's foreign minister).
    "사장", "부부장", "주석", "국무위원", "외무상",
    # A news copy of a release names its writer: "[KNS뉴스통신=정혜민 기자]".
    "기자", "특파원",
    # Officials of the rank 관 (官) with their office spelt out (batch 9, personnel
    # announcements): 국제협력관 (director-general for international cooperation),
    # 홍보관리관, 정책관, 보좌관, 연구관 (a research fellow of the diplomatic academy).
    "협력관", "관리관", "정책관", "보좌관", "연구관",
    # 위원 (member: 연구위원, 자문위원, 상임위원; batch 9 fresh texts, personnel announcements),
    # and the professions culture reports name people by ("함양분 서예가는", "김 작가").
    "위원", "작가", "화가", "서예가", "감독", "선수",
    # 화백 (畫伯, the honorific of a painter: "김선두 화백 작품 전시회"; batch 19 fresh set).
    "화백",
    # 의전장 (chief of protocol), 부장조리 (China's assistant foreign minister; third fresh set).
    "의전장", "부장조리",
    # 문화홍보관 (弘報官, an embassy's culture and press officer: "김헌준 문화홍보관의"; batch 11).
    "홍보관",
    # Performers and others a film week or a concert names (batch 13, fresh texts: "박진형
    # 프로그래머의", "테너 정필립이", "이주실 배우"): after or before the name.
    "배우", "가수", "테너", "소프라노", "바리톤", "지휘자", "연주자", "피아니스트", "평론가",
    "프로그래머", "방송인", "아나운서", "디자이너",
)
# Roles of culture reports beside a Korean name (batch 16, fresh set: a memorial's teachers and
# singer, a food show's chef): "정성희 관장과 김광일 사범이", "성악가 정선영은". For names.py only:
# before them an unknown word of any shape must pass culture_names' typo guard ("외교뷰 관장").
# And (batch 18 fresh set) 수상자, the winner a contest's or a show's report names: "선발대회
# 수상자 정민지, 홍마리 한복모델이".
CULTURE_ROLES: tuple[str, ...] = (
    "관장", "사범", "셰프", "무용가", "성악가", "소설가", "안무가", "작곡가", "명창", "유튜버",
    "수상자")
NAME_WINDOW = 3  # words after the name a title may be in ("외교부 제1차관": 외교부, 제, 차관)


def has_name_shape(word: str) -> bool:
    """A surname and a given name of one or two syllables ("이민호", "김구", "남궁민")."""
    if len(word) in (2, 3) and word[0] in SURNAMES:
        return True
    return len(word) in (3, 4) and word[:2] in TWO_SYLLABLE_SURNAMES


def is_title(word: str) -> bool:
    """Whether a word (particles stripped) is or ends with a title: 장관은, 국제안보국장과."""
    return any(stem.endswith(TITLES + CULTURE_ROLES) for stem in noun_candidates(word))


# The age (two digits) opens the parentheses after the name: "(56·외시 7회)", "(58)".
_AGE_AFTER = re.compile(r"\(\s*\d{2}\s*(?:세\s*)?[·ㆍ,)]")
# The head of an organisation in parentheses after its name, office first: "시민경찰대(대장
# 정상구)", "한인학교 (교장 박은경)" (batch 9, community and culture news). A full name of
# three syllables or more closes the parentheses.
_OFFICE_IN_PARENTHESES = re.compile(r"[\uac00-\ud7a3]\s?\([\uac00-\ud7a3]{1,6}\s$")


# A performer's part in parentheses after the name, in a concert's or a festival's line-up
# (batch 18): "국악 연주자 김보성(장구), 소솔이(창, 무용), 윤주연(대금)", "정하윤(바이올린)".
# The instruments of gugak and of an orchestra, and the parts of a stage, closed by a comma,
# a middle dot or the parenthesis.
_PART_AFTER = re.compile(
    r"\(\s*(?:대금|중금|소금|단소|피리|태평소|생황|해금|아쟁|가야금|거문고|양금|장구|장고|북|징|"
    r"꽹과리|타악|판소리|소리|창|민요|정가|가곡|무용|춤|고수|피아노|바이올린|비올라|첼로|"
    r"콘트라베이스|더블베이스|플루트|클라리넷|오보에|바순|트럼펫|호른|트롬본|하프|기타|드럼|"
    r"베이스|보컬|노래|소프라노|메조소프라노|알토|테너|바리톤|지휘|작곡|편곡|안무)"
    r"\s*[,·ㆍ)]")


def part_in_parentheses(text: str, token: Token) -> bool:
    """A name's shape and a performer's part right after it: 윤주연(대금)."""
    return has_name_shape(token.text) and _PART_AFTER.match(text, token.end) is not None


def is_named_person(tokens: Sequence[Token], index: int, text: str = "") -> bool:
    """Whether the Korean token at `index` is a personal name by shape and context
    (`text`, the checked text, shows an age in parentheses after it)."""
    token = tokens[index]
    if token.script != "ko":
        return False
    if text and part_in_parentheses(text, token):
        return True
    if text and has_name_shape(token.text) and (_AGE_AFTER.match(text, token.end) or (
            len(token.text) >= 3 and _OFFICE_IN_PARENTHESES.search(text, 0, token.start)
            and text[token.end:token.end + 1] == ")")):
        return True
    # Before 전/현 (former/current) the office may run longer: "박석환 전 외교통상부 제1차관",
    # "이성권 전 동의대 정치외교학과 겸임교수" (batch 8, personnel announcements).
    window = NAME_WINDOW + (3 if tokens[index + 1: index + 2] and tokens[index + 1].text in (
        "전", "현") else 0)
    following = [t for t in tokens[index + 1: index + 1 + window] if t.script == "ko"]
    # A surname alone directly before a title: "최 대사는", "김 장관은".
    if token.text in SURNAMES or token.text in TWO_SYLLABLE_SURNAMES:
        after = tokens[index + 1] if index + 1 < len(tokens) else None
        return after is not None and after.script == "ko" and is_title(after.text)
    if not any(has_name_shape(stem) for stem in noun_candidates(token.text)):
        return False
    # A title before the name: "과장 이도윤", "담당자 서기관 박서연"; in a personnel
    # announcement the post with 에: "본부장에 이도훈", "1차관에 장호진" (batch 11).
    if index > 0 and tokens[index - 1].script == "ko" and (
            tokens[index - 1].text.endswith(TITLES + CULTURE_ROLES)
            or (tokens[index - 1].text.endswith("에")
                and tokens[index - 1].text[:-1].endswith(TITLES))):
        return True
    # The name itself is bare here: "이민호 외교부 국장", not "이민호는 외교부 국장".
    if not has_name_shape(token.text):
        return False
    return any(is_title(t.text) for t in following)


def people_named(texts: Iterable[str]) -> frozenset[str]:
    """The bare names the texts mark as people somewhere (is_named_person: a title or a role
    beside them, an age or a part in parentheses): "소설가 김영하(왼쪽 사진)와" names 김영하, so
    "시인과 김영하가" elsewhere in the release is the same person (batch 18, third fresh set);
    release_check reports it as a name. A slip of the name differs from it and stays flagged."""
    return frozenset(t.text for text in texts for tokens in (tokenize(text),)
                     for i, t in enumerate(tokens)
                     if t.script == "ko" and has_name_shape(t.text)
                     and is_named_person(tokens, i, text))
