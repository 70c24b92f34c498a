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
"""

from __future__ import annotations

from collections.abc import Callable

# The adnominal syllables of 지다 (past 진, future 질) and the forms that prove the verb.
_JIDA_ADNOMINALS = ("진", "질")
# Particles of place after the suffix 하 (下) (에, 에서, and their chains). Not 의 (체제하의):
# 협력하의 is one jamo from 협력하여, a slip the typo benchmark makes.
_UNDER_PARTICLES = ("에", "에서", "에서는", "에서도", "에는", "에도")


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
