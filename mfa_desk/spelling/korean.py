"""Korean particles: a known noun is also accepted with particles appended.

Hunspell's Korean dictionary inflects its own words but knows nothing of the
words we add (glossary, personal list, release ignore list), so "공급망" in
the glossary must also let "공급망을", "공급망에서는" and "공급망과의" through.
It also misses particles on some of its own nouns ("오타와" but not
"오타와에서"). A particle is only stripped when it agrees with the noun's last
syllable (을 after a final consonant, 를 after a vowel, ...), so a wrong
particle ("협력를") is still caught.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

# Particles (and copula forms) that only follow a final consonant (받침) ...
# 이라든지/라든지 (or, for instance: "현재 상황이라든지", "브리핑이라든지": briefings, batch 9).
AFTER_CONSONANT: frozenset[str] = frozenset({
    "은", "이", "을", "과", "이나", "이며", "이고", "이다", "이라", "이란", "이라는",
    "이었다", "입니다", "이자", "이든", "이랑", "과의", "과는", "과도", "이라든지", "이라든가",
    "이든지",
})
# ... only a vowel ...
AFTER_VOWEL: frozenset[str] = frozenset({
    "는", "가", "를", "와", "나", "며", "고", "다", "라", "란", "라는", "였다", "자", "든",
    "랑", "와의", "와는", "와도", "라든지", "라든가", "든지",
})
# ... a vowel or the final ㄹ (로) versus any other final consonant (으로).
RO_FORMS: frozenset[str] = frozenset({"로", "로서", "로써", "로는", "로도", "로의"})
EURO_FORMS: frozenset[str] = frozenset({"으로", "으로서", "으로써", "으로는", "으로도",
                                        "으로의"})
# ... and particles that follow either.
# 인바 (the copula with -ㄴ바, "as it is": "...할 것인바", "엄중한 상황인바"; embassy notices,
# batch 9), as 인 and 임 are.
ANY_FINAL: frozenset[str] = frozenset({
    "의", "에", "에서", "에게", "께", "께서", "한테", "도", "만", "까지", "부터", "보다",
    "처럼", "마다", "조차", "뿐", "밖에", "인", "임", "들", "에게서", "하고", "께서는",
    "에선", "엔", "에의", "같이", "대로", "씩", "인바",
})
PARTICLES: frozenset[str] = AFTER_CONSONANT | AFTER_VOWEL | RO_FORMS | EURO_FORMS | ANY_FINAL
_LENGTHS = sorted({len(p) for p in PARTICLES}, reverse=True)
MAX_PARTICLES = 2  # "에서" + "는", "과" + "의"

# Suffixes that make a new noun of any noun: 국가별 (by country), 달러씩 (dollars
# each), 년간 (for years), 인당 (per person). Hunspell's Korean dictionary does
# not derive these, so the checker accepts them on a known stem.
# And 님, the honorific after a title (장관님, 대사님: briefings and their reports, batch 8).
NOUN_SUFFIXES: tuple[str, ...] = ("별", "씩", "간", "당", "가량", "째", "끼리", "들", "님")
# Suffixes of ministry prose that make a noun of a noun of two syllables or more:
# 국장급/차관보급 (rank), 수교국/참여국 (country), 우리측 (side), 봉사단 (body),
# 보도문 (document), 효과성 (-ness), 해양법 (law), 회복력 (capacity), 상영회
# (event), 관계청 (agency), 공여금/분담금 (money). The stem must be a known word of at least two
# syllables, so a typo in it is still caught and a one-syllable typo cannot pass
# as stem + suffix.
DERIVING_SUFFIXES: tuple[str, ...] = ("급", "국", "측", "단", "문", "성", "법", "력", "회",
                                      "청", "금", "자", "차", "적", "액", "형", "창", "실",
                                      "상", "직", "소", "제", "객", "층", "팀", "료",
                                      "발", "류", "반", "률", "율", "화", "식", "권", "선",
                                      "증", "비", "량", "통", "장", "품", "작", "춤", "용")
# Also (issue #11, real releases): 확진자/참석자 (person), 참석차/방문차 (for the purpose
# of), 정례적/실질적 (-ic, then 으로/인). And (unseen real releases): 공여액/지원액/분담액
# (amount of money). And (new real pairs): 참여형/맞춤형 (-type), 검색창/입력창 (box, window),
# 조정실/상황실 (office: 인도지원조정실 = OCHA). And (batch-5 held-out texts): 교육과정상/
# 법률상 (上, in terms of), 의장직/대사직 (職, post), 구호소/대피소 (所, place),
# 정화제/소독제 (劑, agent). And (batch-6 fresh texts): 체류객/여행객 (客, visitor),
# 주도층/취약층 (層, class of people). And (batch-8 held-out texts): 해외발/중국발 (發, coming
# from), 식품류/서류 (類, kind), 대외반/지원반 (班, unit of a task force), 접종률/참여율 (率,
# rate: 율 after a vowel or ㄴ, 률 after any other final, so 참여률 is still caught:
# suffix_agrees); 안보화/정치화 (化, -isation), 수여식/서명식 (式, ceremony). And (batch-9
# held-out texts): 이슬람권/영어권 (圈, sphere), 빈곤선/경계선 (線, line), 감염증/후유증 (症,
# disease; 證, certificate: 등록증), 추도비/체재비 (碑, monument; 費, cost). And (batch 10):
# 신청량/수출량 (量, amount). And (batch 11): 중국통/경제통 (通, an expert: personnel
# announcements call a diplomat "중국통"); 만찬장/공연장 (場, a venue) and 학당장/센터장 (長, a
# head; fresh batch-11 texts). And (batch 13): 목공예품/구호품 (品, goods: a noun of the craft
# or use, 공예품 and 특산품 being words of their own); and (the fresh batch-13 texts) 상영작/
# 개막작 (作, a work: a film festival). Not 계 (界, circles: 외교계): a slip of 과 would pass
# (증진계 for 증진과). Not 부 (部,
# department): a typo in a ministry's name would pass (외교통살부 for 외교통상부). Not 원 (員,
# member: 협력원): it lets a typo through (국민원 for 국민은); 협력원 is listed in the glossary
# words instead.
# And (batch 16, culture reports): 물동이춤/전통춤 (a dance: 부채춤 and 탈춤 are words of
# their own). And (batch 19) 방한용/보호용 (用, for a use: "방한용 모자"; 교육용 and 업무용 are
# words of their own): a slip in the stem (방헌용) or of the suffix (방한욤) stays flagged.
# After a country alone (glossary countries): 칠레계/한국계 (系, descent), 한국명/영국명 (名, the
# name in that country's language), 태국어/몽골어 (語, its language); not after any noun, where
# 계, 명 and 어 are slips (증진계). And (batch 18) 중국판/한국판 (版, that country's version:
# "중국판 카카오톡"; 증진판 stays flagged).
COUNTRY_SUFFIXES: tuple[str, ...] = ("계", "명", "어", "판")
# Suffixes a slip of one letter in a word's last syllable may produce: 태평용 is 태평양 with
# its vowel slipped, not 태평 + 용 (batch 19; found by benchmarks/spelling_typo_recall.py).
SLIP_SUFFIXES = frozenset("용")
_HANGUL_BASE, _VOWELS, _FINALS = 0xAC00, 21, 28


def _one_jamo_off(syllable: str) -> Iterator[str]:
    """The syllables one letter (initial, vowel or final) from `syllable`: 용 -> 양, 웅, 옹, …"""
    code = ord(syllable) - _HANGUL_BASE
    initial, vowel, final = code // (_VOWELS * _FINALS), code // _FINALS % _VOWELS, code % _FINALS
    for i in range(19):
        if i != initial:
            yield chr(_HANGUL_BASE + (i * _VOWELS + vowel) * _FINALS + final)
    for v in range(_VOWELS):
        if v != vowel:
            yield chr(_HANGUL_BASE + (initial * _VOWELS + v) * _FINALS + final)
    for f in range(_FINALS):
        if f != final:
            yield chr(_HANGUL_BASE + (initial * _VOWELS + vowel) * _FINALS + f)


def country_suffixed(word: str, countries: frozenset[str]) -> bool:
    return len(word) >= 3 and word.endswith(COUNTRY_SUFFIXES) and word[:-1] in countries


# Bound nouns a release must write apart from the word before (방한 시, 관람 후, 표명한 바,
# 회의 때): written solid they are spacing errors, whatever the parts.
BOUND_NOUNS: tuple[str, ...] = ("시", "후", "바", "때")
# Times of day that never head a compound: "오후파리에서" is 오후 + 파리에서.
TIME_WORDS: tuple[str, ...] = ("오전", "오후")
# One-syllable country names that take 측 (side): 미측, 일측, 중측; two or three of them,
# each once, name the countries together: 미중 (the US and China), 한중일, 북미, 한러.
COUNTRY_SHORT = frozenset("한미일중러북남영불독호베")  # 베: 베트남 (베측, 한베)
# Partners the news and the missions name by one syllable only after 한 (batch 17: "한태 수교
# 65주년", "한태 우호 음악축제"): 태 Thailand, 몽 Mongolia, 필 the Philippines, 캄 Cambodia, 캐
# Canada, 싱 Singapore, 뉴 New Zealand, 칠 Chile, 페 Peru, 멕 Mexico, 터 Türkiye. Not among
# COUNTRY_SHORT, whose syllables combine freely (미중, 북미): "태몽" or "필캄" stay unknown.
PARTNER_SHORT = frozenset("태몽필캄캐싱뉴칠페멕터")


def suffix_agrees(word: str, suffix: str, known: Callable[[str], bool] = lambda w: False
                  ) -> bool:
    """`word` ends in the deriving `suffix`, in the form its stem takes: 율 (率) after a
    vowel or a final ㄴ (참여율, 환율), 률 after any other final consonant (접종률). A suffix
    one letter from the last syllable of a `known` word is no suffix there (SLIP_SUFFIXES)."""
    if not word.endswith(suffix):
        return False
    if suffix in SLIP_SUFFIXES and any(known(word[:-1] + s) for s in _one_jamo_off(suffix)):
        return False
    if suffix not in ("률", "율"):
        return True
    final = _final_consonant(word[-len(suffix) - 1])
    return final is None or (final in (0, _FINAL_N)) == (suffix == "율")


# A committee called by its short form, 위 for 위원회: 공동위 (공동위원회), 경제공동위,
# 경제통상공동위, 자문위, 조직위 (batch 12: news copies and the ministry's own notes write
# "한중 경제공동위"). Only the kinds of committee the releases name this way, and only when
# the full name is itself a word: "공둥위" and "논의위" (for 논의에) stay typos.
COMMITTEE_SHORT: tuple[str, ...] = ("공동위", "자문위", "조직위", "분과위", "준비위", "운영위",
                                    "집행위", "상임위", "협력위", "심의위")


def committee_short_form(word: str, known: Callable[[str], bool]) -> bool:
    return word.endswith(COMMITTEE_SHORT) and known(word + "원회")


def country_word(word: str) -> bool:
    """A country's side (미측, 일측), or two or three one-syllable country names, none
    repeated (미중, 한중일, 북미), or Korea and one partner (한태, 한몽)."""
    if len(word) == 2 and word[0] in COUNTRY_SHORT and word[1] == "측":
        return True
    if len(word) == 2 and word[0] == "한" and word[1] in PARTNER_SHORT:
        return True  # 한태, 한몽, 한필: Korea and one partner
    return 2 <= len(word) <= 3 and set(word) <= COUNTRY_SHORT and len(set(word)) == len(word)
# One-syllable prefixes written solid before a noun: 핵군축 (nuclear), 대테러
# (counter-), 비확산/비핵화 (non-), 반부패 (anti-), 탈탄소 (post-), 친환경 (pro-),
# 미수교국 (not yet), 재입국 (re-), 범정부 (pan-), 신남방 (new), 총영사 (chief),
# 주한 (resident in), 전/현 (former/current), 부대변인 (deputy), 저탄소/저소득 (low-),
# 고위험/고부가 (high-), 소응접실/소회의실 (small, beside 대회의실; batch 11), 구여권/구소련
# (舊, former: a consular notice's "구여권사진", batch 13). Accepted only
# before a known part of two syllables or more (see SpellChecker._compound).
NOUN_PREFIXES: frozenset[str] = frozenset({
    "핵", "대", "비", "반", "탈", "친", "미", "재", "범", "신", "총", "주", "전", "현", "부",
    "저", "고", "소", "구",
})
# 구 (舊, former) names a former thing (구여권, 구소련), never a state or an act: not before a
# noun with a 하다 verb, so "구위급" (a slip for 고위급: 구 + 위급, 위급하다) is still flagged.
THING_PREFIXES: frozenset[str] = frozenset({"구"})


def prefix_fits(word: str, known: Callable[[str], bool]) -> bool:
    """`word` opens with a one-syllable prefix that may stand before the rest (the rest
    itself is judged by the caller)."""
    if word[0] not in NOUN_PREFIXES:
        return False
    return word[0] not in THING_PREFIXES or not any(
        known(stem[:2] + "하다") for stem in noun_candidates(word[1:]))

_HANGUL_FIRST, _HANGUL_LAST = 0xAC00, 0xD7A3
_FINAL_RIEUL = 8  # index of ㄹ among the 28 final-consonant slots
_FINAL_N = 4  # ... and of ㄴ


def _final_consonant(syllable: str) -> int | None:
    """Index of the syllable's final consonant (0 for none); None if not Hangul."""
    code = ord(syllable)
    if not _HANGUL_FIRST <= code <= _HANGUL_LAST:
        return None
    return (code - _HANGUL_FIRST) % 28


def has_final_consonant(syllable: str) -> bool:
    return bool(_final_consonant(syllable))


def particle_agrees(stem: str, particle: str) -> bool:
    """Whether `particle` may follow `stem` (을/를, 이/가, 은/는, 과/와, 으로/로)."""
    final = _final_consonant(stem[-1])
    if final is None or particle in ANY_FINAL:
        return True
    if particle in AFTER_CONSONANT:
        return final != 0
    if particle in AFTER_VOWEL:
        return final == 0
    if particle in RO_FORMS:
        return final in (0, _FINAL_RIEUL)
    if particle in EURO_FORMS:
        return final not in (0, _FINAL_RIEUL)
    return False


def noun_candidates(word: str) -> Iterator[str]:
    """`word` itself, then every stem left after stripping one or two particles.

    "공급망에서는" gives itself, "공급망에서" and "공급망" (and the stems of other
    splits that happen to end in a particle, which a word list rarely holds).
    """
    yield word
    seen = {word}
    frontier = [word]
    for _ in range(MAX_PARTICLES):
        next_frontier: list[str] = []
        for stem in frontier:
            for n in _LENGTHS:
                if len(stem) > n and stem[-n:] in PARTICLES:
                    shorter = stem[:-n]
                    if shorter not in seen and particle_agrees(shorter, stem[-n:]):
                        seen.add(shorter)
                        next_frontier.append(shorter)
                        yield shorter
        frontier = next_frontier


def is_particle_chain(word: str) -> bool:
    """True for one or two particles on their own ("를", "에서는", "과의")."""
    if word in PARTICLES:
        return True
    return any(len(word) > n and word[-n:] in PARTICLES and word[:-n] in PARTICLES
               for n in _LENGTHS)
