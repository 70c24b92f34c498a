"""Script checks: Hangul left in the English; Latin words of the Korean the English lacks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mfa_desk.glossary import GlossaryPair

HANGUL_RUN = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]+(?:\s+[\u1100-\u11ff"
                        r"\u3130-\u318f\uac00-\ud7a3]+)*")
LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*\.?")

# Latin forms in Korean text that an English translation commonly spells differently.
LATIN_ALIASES: dict[str, tuple[str, ...]] = {
    "UN": ("United Nations", "U.N."),
    "US": ("United States", "U.S.", "American"),
    "USA": ("United States", "U.S."),
    "ROK": ("Korea", "Republic of Korea"),
    "EU": ("European Union",),
    "UK": ("United Kingdom", "Britain", "British"),
    "PM": ("p.m.",),
    "AM": ("a.m.",),
}


def hangul_in_english(en: str) -> list[str]:
    """Runs of Hangul in an English text (each is a finding)."""
    return [m.group(0) for m in HANGUL_RUN.finditer(en)]


def glossary_aliases(pairs: Iterable[GlossaryPair]) -> dict[str, tuple[str, ...]]:
    """Acronyms the glossary lists as a rendering ("WFP"), mapped to the pair's other
    renderings ("World Food Programme"), which an English text may use instead."""
    out: dict[str, tuple[str, ...]] = {}
    for pair in pairs:
        renderings = pair.renderings()
        for r in renderings:
            if re.fullmatch(r"[A-Z][A-Za-z0-9.&-]*", r):
                out[r.upper()] = out.get(r.upper(), ()) + tuple(x for x in renderings if x != r)
    return out


def latin_missing_in_english(ko: str, en: str,
                             aliases: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Latin words (names, acronyms) written in the Korean that the English does not have."""
    missing: list[str] = []
    en_fold = en.casefold()
    for m in LATIN_WORD.finditer(ko):
        word = m.group(0).rstrip(".")
        if len(word) < 2 or word in missing:
            continue
        if re.search(r"(?<![A-Za-z])" + re.escape(word.casefold()) + r"(?![A-Za-z])", en_fold):
            continue
        known = LATIN_ALIASES.get(word.upper(), ()) + (aliases or {}).get(word.upper(), ())
        if any(alias.casefold() in en_fold for alias in known):
            continue
        missing.append(word)
    return missing
