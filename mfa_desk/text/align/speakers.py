"""A person a point quotes, named in full in the Korean and by surname in the English.

A news copy names the speaker of a quote in full before the title ('조태열 장관은 "..."라면서',
'신원식 장관 또한 "..."'); the English names the speaker by surname beside the verb of
saying ('"...," Cho said', 'said Shin'). The surname ties the two points as the surname
beside a title does (`text.values.surname_features`, "조 장관" / "Minister Cho"): the same
("s", key) features, through the surname's romanisations (batch 19, the MOFA-MND
arrangement: two quotes the English tells in another order than the Korean).
"""

from __future__ import annotations

import re

from mfa_desk.text.translit import latin_surname_keys, surname_keys

Feature = tuple[str, str]

# A Korean name of three syllables (surname and given name) right before a title.
_KO_FULL_NAME_TITLE = re.compile(r"(?<![가-힣])([가-힣])[가-힣]{2}\s?(?:[가-힣]{0,6}(?:장관|차관|"
                                 r"대사|대변인|국장|실장|차관보|본부장|대통령|총리))"
                                 r"(?=[은는이가과와의을를도\s,.]|$)")
# A capitalised word beside a verb of saying: "Cho said", "said Shin", "Park added".
_SAYS = r"(?:said|says|added|noted|stressed|emphasized|emphasised|told)"
_EN_SPEAKER = re.compile(r"\b([A-Z][a-z]{1,6})\s+(?:also\s+)?" + _SAYS + r"\b"
                         r"|\b" + _SAYS + r"\s+([A-Z][a-z]{1,6})\b(?!\s+[A-Z])")


def speaker_features(text: str, korean: bool) -> frozenset[Feature]:
    """("s", key) for a Korean name in full before a title, or an English surname beside
    a verb of saying."""
    out: set[Feature] = set()
    if korean:
        for m in _KO_FULL_NAME_TITLE.finditer(text):
            out |= {("s", key) for key in surname_keys(m.group(1))}
    else:
        for m in _EN_SPEAKER.finditer(text):
            out |= {("s", key) for key in latin_surname_keys(m.group(1) or m.group(2))}
    return frozenset(out)
