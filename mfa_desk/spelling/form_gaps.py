"""Word forms Hunspell's Korean list lacks although it knows their paradigm (batch 17).

Measured on held-out culture and consular texts (/tmp/spell17, docs/checks.md):

- the adnominal forms of -아/-어지다 verbs: Hunspell knows 치러지다, 치러졌다 and 치러지는
  but not 치러진 or 치러질 ("선거가 치러진 뒤", "세워진 기념비", "지어진 건물", "그려진 작품").
  The form passes only when the infinitive and the past of the same stem are both known, so
  a typo in the stem (치려진) leaves an unknown paradigm and is still flagged;
- a noun with the suffix -하 (下, "under"), which 한글 맞춤법 writes solid: 협조하에, 지도하에,
  상황하에서, 입장하에 ("under the cooperation of", "in that situation"). The noun must be a
  known noun of two syllables or more, and only the particles of place may follow, so
  발전하은 (a slip for 발전하는) and 협력하의 (for 협력하여) are still flagged.

And (batch 18) the adnominal -ㄴ of the short forms in ㄹ that 표준어 규정 (제16항) admits beside
the long ones: Hunspell knows 서툴다, 서툴고, 머물다, 머물고 and the long forms' 서투른, 머무른,
but not 서툰 or 머문 ("서툰 한글로", "현지에 머문 기간"). The ㄹ drops before ㄴ as in every
ㄹ-stem verb (만들다, 만든); the form passes only when the stem's 다 and 고 forms are known, so a
slip in the stem (서튼, 머믄) is still flagged.

And (batch 18) the 하다 verb of a noun Hunspell knows without its verb (협업, 연수): the glossary
lists the verb (협업하다), and the checker's verb shapes (word_shapes.noun_then_its_verb) then
take its forms as they take those of any verb Hunspell knows (협업하는, 연수한); a slip in the
noun (협엽하는) or the ending (협업하눈) is still flagged.
"""

from __future__ import annotations

from collections.abc import Callable

from mfa_desk.glossary import Glossary

# The adnominal syllables of 지다 (past 진, future 질) and the forms that prove the verb.
_JIDA_ADNOMINALS = ("진", "질")
# Particles of place after the suffix 하 (下) (에, 에서, and their chains). Not 의 (체제하의):
# 협력하의 is one jamo from 협력하여, a slip the typo benchmark makes.
_UNDER_PARTICLES = ("에", "에서", "에서는", "에서도", "에는", "에도")


def listed_verb(word: str, glossary: Glossary) -> bool:
    """A 하다 verb the glossary lists (협업하다)."""
    return word.endswith("하다") and word in glossary.words


_HANGUL_FIRST = 0xAC00
_FINAL_N, _FINAL_RIEUL = 4, 8  # the final consonants ㄴ and ㄹ among the 28 slots


def rieul_adnominal(word: str, known: Callable[[str], bool]) -> bool:
    """서툰, 머문: the last syllable's final ㄴ for the ㄹ of a known ㄹ-stem (서툴다, 서툴고)."""
    code = ord(word[-1]) - _HANGUL_FIRST
    if len(word) < 2 or not 0 <= code < 11172 or code % 28 != _FINAL_N:
        return False
    stem = word[:-1] + chr(_HANGUL_FIRST + code - _FINAL_N + _FINAL_RIEUL)
    return known(stem + "다") and known(stem + "고")


def jida_adnominal(word: str, known: Callable[[str], bool]) -> bool:
    """치러진, 세워질: the -어지다 verb's infinitive and past are known words."""
    if len(word) < 3 or not word.endswith(_JIDA_ADNOMINALS):
        return False
    stem = word[:-1]
    return known(stem + "지다") and known(stem + "졌다")


def under_noun(word: str, noun: Callable[[str], bool]) -> bool:
    """협조하에, 상황하에서: a known noun + 하 (下) + a particle of place."""
    for particle in _UNDER_PARTICLES:
        head = word[: -len(particle) - 1]
        if word.endswith("하" + particle) and len(head) >= 2 and noun(head):
            return True
    return False
