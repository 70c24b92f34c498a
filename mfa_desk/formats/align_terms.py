"""Glossary terms as alignment evidence for pair import.

Two points that name the same ministry term (우크라이나 / Ukraine, 국제기구 /
international organizations) are likelier each other's translation; the aligner of
`mfa_desk.text.align` counts such shared terms beside dates, amounts and names. Only the
shipped glossary is read (once): what a user added must not change how a file imports.
A term counts in the Korean as a substring (spaces ignored) of three syllables or more,
or of two at the start of a word (not before 적: 인도적 is no India), and not inside a
longer term it is part of; in the English, any rendering as whole words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from mfa_desk.errors import MfaDeskError
from mfa_desk.glossary import GlossaryPair, load_glossary
from mfa_desk.resources import resource_path

Feature = tuple[str, str]


@lru_cache(maxsize=1)
def _terms() -> tuple[tuple[str, re.Pattern[str], re.Pattern[str]], ...]:
    try:
        pairs: list[GlossaryPair] = load_glossary([resource_path("glossary")]).pairs
    except MfaDeskError:
        return ()
    out = []
    for p in pairs:
        ko = "".join(p.ko.split())
        if len(ko) < 2:
            continue
        # A two-syllable term at the start of a word, not an adjective made of it
        # ("인도적" is humanitarian, not India).
        ko_re = re.compile(re.escape(ko) if len(ko) >= 3
                           else r"(?<![가-힣])" + re.escape(ko) + r"(?!적)")
        words = "|".join(r"[\s-]+".join(re.escape(w) for w in r.split()) for r in p.renderings())
        en_re = re.compile(r"(?<![A-Za-z])(?:" + words + r")(?:s|es|'s|’s)?(?![A-Za-z])",
                           re.IGNORECASE)
        out.append((p.en, ko_re, en_re))
    return tuple(out)


def term_features(text: str, korean: bool) -> frozenset[Feature]:
    """("g", approved English) for every glossary term the text names."""
    if korean:
        solid = re.sub(r"\s+", " ", text)
        found = [(m.start(), m.end(), en) for en, ko_re, _ in _terms()
                 for m in ko_re.finditer(solid)]
        # A term inside a longer one names nothing of its own: 인도 in 인도네시아 or 인도양
        # is no India, 적십자 in 국제적십자위원회 is that committee.
        return frozenset(("g", en) for start, end, en in found
                         if not any(s <= start and end <= e and e - s > end - start
                                    for s, e, _ in found))
    return frozenset(("g", en) for en, _, en_re in _terms() if en_re.search(text))
