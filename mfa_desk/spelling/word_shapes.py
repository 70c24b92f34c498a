"""Shapes of words the checker reasons about: typing slips, a verb's adnominal form,
contracted vowels, letters without case or punctuation, names close to one another."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from mfa_desk.spelling.form_gaps import jida_adnominal, rieul_adnominal, under_noun
from mfa_desk.spelling.gazetteer import edit_distance


def one_slip(right: str, typed: str) -> bool:
    """Two adjacent letters swapped, or one letter doubled or undoubled."""
    if len(right) == len(typed):
        diff = [i for i, (a, b) in enumerate(zip(right, typed, strict=True)) if a != b]
        return len(diff) == 2 and diff[1] == diff[0] + 1 \
            and right[diff[0]] == typed[diff[1]] and right[diff[1]] == typed[diff[0]]
    short, long_ = sorted((right, typed), key=len)
    if len(long_) - len(short) != 1:
        return False
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return (i > 0 and long_[i] == long_[i - 1]) or (
                i + 1 < len(long_) and long_[i] == long_[i + 1])
    return False


def adnominal(word: str) -> bool:
    """Ends in a syllable with final ㄴ or ㄹ (표명한, 할): a verb form before a noun."""
    code = ord(word[-1]) - 0xAC00
    return 0 <= code < 11172 and code % 28 in (4, 8)


# Contracted vowels: 뤄 = 루 + 어 (이뤄질 = 이루어질), 놨 = 노 + 았. Hunspell's Korean list
# lacks some contracted verb forms it knows written out.
_CONTRACTED = {14: (13, "어"), 9: (8, "아")}  # ㅝ = ㅜ + ㅓ, ㅘ = ㅗ + ㅏ


def uncontracted(word: str) -> str:
    """The word with its first contracted syllable written out (이뤄질 -> 이루어질), or the
    word itself when it has none. The final consonant moves to the second vowel."""
    for i, ch in enumerate(word):
        code = ord(ch) - 0xAC00
        if 0 <= code < 11172 and (code // 28) % 21 in _CONTRACTED:
            vowel, second = _CONTRACTED[(code // 28) % 21]
            first = chr(0xAC00 + (code // 588) * 588 + vowel * 28)
            return word[:i] + first + chr(ord(second) + code % 28) + word[i + 1:]
    return word


def sound_word(word: str, known: Callable[[str], bool]) -> bool:
    """A sound or laughter word of doubled syllables (깔깔깔깔, 하하호호, 쿵쿵쿵쿵) or of one
    syllable run three times or more (하하하): every doubled pair is itself a word (깔깔,
    하하, 호호), so a typo cannot pass; embassy culture reports quote children laughing
    (batch 11: "“깔깔깔깔, 하하호호”")."""
    if not 3 <= len(word) <= 8 or not all("\uac00" <= c <= "\ud7a3" for c in word):
        return False
    if len(set(word)) == 1:
        return known(word[:2])
    pairs = [word[i:i + 2] for i in range(0, len(word), 2)]
    return len(word) % 2 == 0 and all(p[0] == p[1] and known(p) for p in pairs)


def letters(word: str) -> str:
    """The letters alone, case-folded: "Secretary of" and "Secretaryof" are the same."""
    return "".join(c for c in word if c.isalpha()).casefold()


def close(name: str, word: str) -> bool:
    """Within two edits: a name of the release worth suggesting for the word."""
    return edit_distance(name, word, 2) <= 2


def _jamo(ch: str) -> tuple[int, int, int] | None:
    """(initial, vowel, final) indices of a Hangul syllable; None for anything else."""
    code = ord(ch) - 0xAC00
    return (code // 588, (code // 28) % 21, code % 28) if 0 <= code < 11172 else None


def _syllable(initial: int, vowel: int, final: int) -> str:
    return chr(0xAC00 + initial * 588 + vowel * 28 + final)


_D, _H, _J, _B, _N, _NG = 3, 18, 12, 7, 2, 11  # initials ㄷ ㅎ ㅈ ㅂ ㄴ ㅇ
_OE, _WAE, _A, _AE, _EO, _YEO = 11, 10, 0, 1, 4, 6  # vowels ㅚ ㅙ ㅏ ㅐ ㅓ ㅕ


def active_form(word: str, start: int) -> str | None:
    """The 하다 form of a 되다 form from syllable `start` on: 파병된 -> 파병한, 파병되어 ->
    파병하여, 파병됐다 -> 파병했다; None when syllable `start` is no 되/돼 syllable.
    Hunspell knows the 하다 verb of many nouns whose 되다 verb it lacks (파병된)."""
    parts = _jamo(word[start]) if start < len(word) else None
    if parts is None or parts[0] != _D or parts[1] not in (_OE, _WAE):
        return None
    head = _syllable(_H, _A if parts[1] == _OE else _AE, parts[2])
    rest = word[start + 1:]
    nxt = _jamo(rest[0]) if rest else None
    if parts[1] == _OE and parts[2] == 0 and nxt is not None and nxt[:2] == (_NG, _EO):
        rest = _syllable(_NG, _YEO, nxt[2]) + rest[1:]  # 되어 -> 하여, 되었다 -> 하였다
    return word[:start] + head + rest


# Auxiliary verbs a release may write solid after a verb's -아/-어 form (한글 맞춤법 제47항):
# 보여주는 (보여 주는), 알려주고, 지속해나가기로, 발전시켜오고. (initial, vowel) of their first
# syllable: 주/줘 (주다), 보/봐 (보다), 오/와 (오다); 나가다 by its two syllables.
# And (batch 10) 가다 and 두다: 담아갈 (담아 갈), 모아두는 (모아 두는).
_AUXILIARY_HEADS = {(_J, 13), (_J, 14), (_B, 8), (_B, 9), (_NG, 8), (_NG, 9), (0, _A), (_D, 13)}
_CONNECTIVE_VOWELS = {_A, _AE, _EO, _YEO, 9, 14, _WAE}  # ㅏ ㅐ ㅓ ㅕ ㅘ ㅝ ㅙ


def verb_shape_known(word: str, known: Callable[[str], bool],
                     noun: Callable[[str], bool]) -> bool:
    """A verb form Hunspell lacks in a shape it knows: the 되다 form of a noun's verb whose
    하다 form it knows (파병된: 파병 + 파병한), or an auxiliary written solid after a -아/-어
    form that is no noun (보여주는: 보여 + 주는; not 보어주는, 보어 being a noun). A typo in
    either part leaves an unknown part, so it is still flagged. Or a contracted form Hunspell
    knows written out only (이뤄질: 이루어질). Or the connective ending -는바, written
    solid by 한글 맞춤법 (판단되는바, 검토하고 있는바: batch 7) after a -는 form Hunspell
    knows. Not after -ㄴ/-ㄹ: 표명한 바 있다, 나아갈 바를 hold the bound noun 바, written
    apart."""
    if known(uncontracted(word)) or _inchoative(word, known) or _re_verb(word, known, noun):
        return True
    if jida_adnominal(word, known) or under_noun(word, noun) or rieul_adnominal(word, known):
        return True  # 치러진 (치러지다), 협조하에 (協助下): form_gaps, batch 17; 서툰 (batch 18)
    if _ha_contracted(word, known, noun) or _batda_suffix(word, known, noun):
        return True
    if noun_then_its_verb(word, known, noun):
        return True
    if len(word) >= 3 and word.endswith("는바") and known(word[:-1]):
        return True
    if len(word) >= 4 and word.endswith("듯이") and known(word[:-2] + "다"):
        return True  # -듯이 (as): 확인되었듯이 on 확인되었다 (batch 8)
    for i in range(2, len(word)):
        active = active_form(word, i)
        if active is not None and noun(word[:i]) and known(active):
            return True
    for i in range(1, len(word)):
        head, tail = word[:i], word[i:]
        last, first = _jamo(head[-1]), _jamo(tail[0])
        if last is None or first is None or last[2] != 0 or last[1] not in _CONNECTIVE_VOWELS:
            continue
        if (first[:2] in _AUXILIARY_HEADS or tail.startswith(("나가", "나갈", "나간", "나갔"))) \
                and known(head) and not noun(head) and known(tail):
            return True
    return False


# -해지다, "become": 다양해진, 복잡해졌다, 중요해지고 (batch 8: Hunspell knows 다양하다 and
# 지다's forms, not their union). Syllables of 지다 that may follow 해.
_JIDA_HEADS = ("지", "진", "질", "졌", "짐", "집")


def _inchoative(word: str, known: Callable[[str], bool]) -> bool:
    """The -해지다 form of a 하다 adjective Hunspell knows: 다양해진 (다양하다 + 진). A typo in
    the root leaves an unknown 하다 word (다앙해진), so it is still flagged."""
    i = word.find("해", 1)
    if i < 1 or len(word) <= i + 1 or not word[i + 1:].startswith(_JIDA_HEADS):
        return False
    return known(word[:i] + "하다") and known(word[i + 1:])


# 재-, "re-", before the 하다 verb of a noun: 재파견할, 재확인했다, 재검토하기로 (batch 8). The
# noun and the verb form must both be known, so a typo in either is still flagged.
_VERB_PREFIX = "재"
HA_SYLLABLES = ("하", "한", "할", "함", "해", "했", "합")


# Syllables that open a form of 되다 (되는, 된, 될, 됨, 됐다, 돼, 됩니다).
DOE_SYLLABLES = ("되", "된", "될", "됨", "됐", "돼", "됩")
# Verbs the dictionary writes solid after a noun as suffixes: -드리다 (축하드립니다, 말씀드린),
# -시키다 (발전시킬), -당하다 (무시당한). Any form Hunspell knows may follow a known noun.
_SUFFIX_VERBS = ("드리", "드립", "드린", "드릴", "드렸", "드려", "시키", "시킨", "시킬", "시켜",
                 "시켰", "시킴", "시킵", "당하", "당한", "당할", "당해", "당했")
_REFERENCE = "준비"  # a noun with both verbs: 준비하다, 준비되다


def noun_then_its_verb(word: str, known: Callable[[str], bool],
                       noun: Callable[[str], bool]) -> bool:
    """A noun of two syllables or more and a form of its verb written solid, as the dictionary
    writes every noun's verb: 모니터링하는, 모니터링한 (batch 13: Hunspell knows 모니터링 and
    모니터링하고, not 모니터링하는), 개최됐다, 축하드립니다. Both parts must be known, so a typo in
    the noun (모니터랑하는) or a form of another verb after a noun (준비댔다, 만전기할: a wrong
    conjugation or a particle left out) is still flagged. A 하다/되다 ending must be one 준비
    takes (준비하는, 준비됐다), so a noun after the noun ("협력하의": 하의) is no verb; and a noun
    of two syllables must have a 하다 or 되다 verb Hunspell knows, so a typo that makes another
    two-syllable noun (혁대하기로 for 확대하기로) is still flagged. Longer nouns are mostly
    loanwords, whose verbs Hunspell lacks."""
    for i in range(2, len(word)):
        head, tail = word[:i], word[i:]
        if tail.startswith(_SUFFIX_VERBS) and known(tail) and noun(head):
            return True
        if not tail.startswith(HA_SYLLABLES + DOE_SYLLABLES) or not known(_REFERENCE + tail):
            continue
        if (i >= 3 or known(head + "하다") or known(head + "되다")) and noun(head):
            return True
    return False


# Verbs a writer conjugates with a 하 or 이 they do not take (표준어 규정: 삼가다, not
# 삼가하다; 설레다, not 설레이다): Hunspell's Korean list accepts some such forms (삼가해,
# 삼가하다), so they are caught by shape. The stem, then the syllables wrongly added.
_I_ADDED = ("이", "임", "였", "인", "일")
_WRONGLY_ADDED = (("삼가", HA_SYLLABLES), ("설레", _I_ADDED), ("헤매", _I_ADDED),
                  ("되뇌", _I_ADDED))


def wrong_conjugation(word: str) -> bool:
    """삼가해, 삼가하기 바랍니다, 설레이는: a verb given a 하 or 이 it does not take."""
    return any(word.startswith(stem) and word[len(stem):].startswith(added)
               for stem, added in _WRONGLY_ADDED)


# 있다 and 없다 are words of their own after a noun (심도 있는, 전례 없는: 한글 맞춤법 제2항);
# the dictionary's solid compounds (재미있다, 관계없다) Hunspell knows whole.
_EXIST_HEADS = ("있", "없")
_DOE_VOWELS = (_OE, _WAE)  # 되, 됐/돼: what a 대/댔 after a noun stands for


def wrong_join(head: str, rest: str, known: Callable[[str], bool],
               noun: Callable[[str], bool]) -> bool:
    """A noun and what follows it that no compound noun ends in (batch 13), though Hunspell
    knows the second part: a form of a one-syllable root's 하다 verb glued to the noun
    (만전기할 for 만전을 기할, 국민위한 for 국민을 위한: a particle left out); a 되다 form
    misspelt with 대 (준비댔다 for 준비됐다, 개최대는 for 개최되는); and 있다/없다 written solid
    (심도있는, 전례없는: spacing errors)."""
    if rest.startswith(_EXIST_HEADS):
        return True
    if len(rest) >= 2 and rest[1:].startswith(HA_SYLLABLES) and known(rest[0] + "하다") \
            and known(rest) and not noun(rest):
        return True
    parts = _jamo(rest[0])
    if parts is None or parts[:2] != (_D, _AE):
        return False
    return any(known(head + _syllable(_D, vowel, parts[2]) + rest[1:]) for vowel in _DOE_VOWELS)


def _re_verb(word: str, known: Callable[[str], bool], noun: Callable[[str], bool]) -> bool:
    rest = word[len(_VERB_PREFIX):]
    if not word.startswith(_VERB_PREFIX) or not known(rest):
        return False
    return any(rest[i:].startswith(HA_SYLLABLES) and noun(rest[:i]) for i in range(2, len(rest)))


# 한글 맞춤법 제40항: 하 before ㄱ/ㄷ fuses into ㅋ/ㅌ, written so: 지속키로 (지속하기로),
# 간편케 (간편하게), 가능토록 (가능하도록) (batch 10). The syllable and what it stands for.
_HA_FUSED = (("키", "하기"), ("케", "하게"), ("토록", "하도록"))


def _ha_contracted(word: str, known: Callable[[str], bool],
                   noun: Callable[[str], bool]) -> bool:
    """A noun's 하다 form with 하 fused into the next syllable: 지속키로 on 지속 and 지속하기로.
    A typo in the noun or in the ending leaves an unknown part, so it is still flagged."""
    for i in range(2, len(word)):
        for fused, full in _HA_FUSED:
            if word.startswith(fused, i) and noun(word[:i]) \
                    and known(word[:i] + full + word[i + len(fused):]):
                return True
    return False


def _batda_suffix(word: str, known: Callable[[str], bool], noun: Callable[[str], bool]) -> bool:
    """-받다 (to receive) written solid after a noun, as the dictionary writes it: 발급받을,
    지원받은, 초청받아 (batch 10); the noun and the form of 받다 are both known."""
    i = word.find("받", 2)
    return i >= 2 and noun(word[:i]) and known(word[i:])


def jamo_neighbours(word: str) -> Iterator[str]:
    """Every word that differs from `word` in one letter of one syllable (its first
    consonant, vowel or final consonant), syllable by syllable from the left."""
    for i, ch in enumerate(word):
        parts = _jamo(ch)
        if parts is None:
            continue
        initial, vowel, final = parts
        variants = ([(x, vowel, final) for x in range(19) if x != initial]
                    + [(initial, x, final) for x in range(21) if x != vowel]
                    + [(initial, vowel, x) for x in range(28) if x != final])
        for v in variants:
            yield word[:i] + _syllable(*v) + word[i + 1:]


def one_jamo_away(word: str, known: Callable[[str], bool]) -> bool:
    """Some known word differs from `word` in one letter of one syllable: 졍부 for 정부. A
    transliterated name is seldom that close to a Korean word; a typo of one is."""
    return any(known(n) for n in jamo_neighbours(word))
