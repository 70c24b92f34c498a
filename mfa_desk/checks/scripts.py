"""Script checks: Hangul left in the English; Latin words of the Korean the English lacks."""

from __future__ import annotations

import re
from collections.abc import Iterable

from mfa_desk.glossary import GlossaryPair
from mfa_desk.text.script import HANGUL_CLASS

HANGUL_RUN = re.compile(f"[{HANGUL_CLASS}]+(?:\\s+[{HANGUL_CLASS}]+)*")
LATIN_WORD = re.compile(r"(?<![A-Za-z])[A-Za-z][A-Za-z0-9]*(?:[.&'-][A-Za-z0-9]+)*\.?")

# Latin forms in Korean text that an English translation commonly spells differently:
# expansions whose initials do not spell the acronym, and adjectives ("the EU side" is
# "the European side"; the EEAS is "European" too). Expansions whose initials do spell
# it ("European Union") are found by `spells_acronym` without a table.
LATIN_ALIASES: dict[str, tuple[str, ...]] = {
    "UN": ("United Nations", "U.N."),
    "US": ("United States", "U.S.", "American"),
    "USA": ("United States", "U.S.", "American"),
    "ROK": ("Korea", "Republic of Korea"),
    "DPRK": ("North Korea", "Democratic People's Republic of Korea"),
    "EU": ("European Union", "European"),
    "UK": ("United Kingdom", "Britain", "British"),
    "G7": ("Group of Seven", "Group of 7"),
    "G20": ("Group of Twenty", "Group of 20"),
    "PM": ("p.m.",),
    "AM": ("a.m.",),
    "OECD": ("Organisation for Economic Co-operation and Development",
             "Organization for Economic Cooperation and Development"),
    "UNESCO": ("United Nations Educational, Scientific and Cultural Organization",),
    "UNICEF": ("United Nations Children's Fund",),
    "PKO": ("peacekeeping operation", "peacekeeping"),
    "NGO": ("non-governmental organization", "non-governmental organisation",
            "nongovernmental organization", "civil society organization"),
    "FTA": ("free trade agreement",),
    "ODA": ("official development assistance", "development assistance"),
    "MOU": ("memorandum of understanding",),
    "TF": ("task force", "taskforce"),
    "AI": ("artificial intelligence",),
    "NPT": ("Non-Proliferation Treaty", "Nonproliferation Treaty",
            "Treaty on the Non-Proliferation of Nuclear Weapons"),
    "CPTPP": ("Comprehensive and Progressive Agreement for Trans-Pacific Partnership",),
    "ASEAN": ("Association of Southeast Asian Nations",),
    # "워싱턴 D.C.에서" is "in Washington": the English names the capital without the district
    # (batch 18, the intelligence MOU).
    "D.C": ("Washington",),
    "DC": ("Washington",),
}

# Small words an expansion skips when its initials spell an acronym.
_ACRONYM_SKIP = frozenset("of and for the on in to de des du la le at".split())
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_INNER_HYPHEN = re.compile(r"(?<=[a-z0-9])-(?=[a-z0-9])")


def spells_acronym(acronym: str, en: str) -> bool:
    """True when a run of capitalised English words has the acronym's initials, small
    words skipped, and a capitalised part after a hyphen counted too ("Non-Proliferation
    Treaty" gives NPT, "Co-operation" only C): EU = European Union, EEAS = European
    External Action Service, OECD, IAEA."""
    letters = acronym.upper()
    if not (2 <= len(letters) <= 8 and letters.isalpha()):
        return False
    words = _EN_WORD.findall(en)
    for i in range(len(words)):
        got = ""
        for w in words[i:]:
            if w.lower() in _ACRONYM_SKIP and got:
                continue
            if not w[0].isupper():
                break
            got += "".join(part[0] for part in w.split("-") if part and part[0].isupper())
            if not letters.startswith(got) or got == letters:
                break
        if got == letters:
            return True
    return False


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


# The writer's own English for a Korean word or quote, all lower case, in parentheses:
# '진심으로 감동했다(genuinely touched)' (batch 19), which a translation need not reuse ("very
# touched"). Not a name, an acronym, an address ("(press@mofa.go.kr)"): those are required.
_LOWER_CASE_GLOSS = re.compile(r"(?<=[\uac00-\ud7a3\"”'’])\s?\(\s?[a-z]{2,20}"
                               r"(?: [a-z]{1,20}){0,5}\s?\)")


def latin_missing_in_english(ko: str, en: str,
                             aliases: dict[str, tuple[str, ...]] | None = None) -> list[str]:
    """Latin words (names, acronyms) written in the Korean that the English does not have."""
    missing: list[str] = []
    en_fold = en.casefold()
    # The English may write a hyphen the Korean does not (G-20 for G20, COVID19 for
    # COVID-19: batch-10 pairs): compared with hyphens between letters or digits dropped.
    en_solid = _INNER_HYPHEN.sub("", en_fold)
    glosses = [g.span() for g in _LOWER_CASE_GLOSS.finditer(ko)]
    for m in LATIN_WORD.finditer(ko):
        word = m.group(0).rstrip(".")
        if len(word) < 2 or word in missing or any(s <= m.start() < e for s, e in glosses):
            continue
        solid = _INNER_HYPHEN.sub("", word.casefold())
        if re.search(r"(?<![A-Za-z])" + re.escape(solid) + r"(?![A-Za-z])", en_solid):
            continue
        known = LATIN_ALIASES.get(word.upper(), ()) + (aliases or {}).get(word.upper(), ())
        if any(alias.casefold() in en_fold for alias in known) or spells_acronym(word, en):
            continue
        missing.append(word)
    return missing
