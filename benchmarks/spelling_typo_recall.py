#!/usr/bin/env python3
"""How many generated typos the spell checker still catches (the cost of its
acceptance rules: glossary, compounds, suffixes, prefixes, names).

    .venv/bin/python benchmarks/spelling_typo_recall.py [--dir FOLDER] [--seed N] [-v]

Every distinct word of the clean pairs in FOLDER (default: the held-out set,
tests/fixtures/releases/heldout-spelling) gets one typo of the kind a writer
makes, chosen with a fixed seed: Korean: one syllable's vowel or final
consonant changed (협력 -> 혐력, 협럭); English: a letter dropped, doubled,
swapped with the next or replaced by a keyboard neighbour. A typo that Hunspell
alone accepts (it may be another real word) is left out. The rest should all be
flagged; the script prints the share each checker flags, and with -v the typos
the full checker lets through.
"""

from __future__ import annotations

import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# The sibling script's command-line and folder helpers (this folder is sys.path[0]).
from spelling_false_alarms import option_value, pairs_in  # noqa: E402

from mfa_desk.resources import resource_path  # noqa: E402
from mfa_desk.spelling.checker import SpellChecker  # noqa: E402
from mfa_desk.spelling.release_check import release_texts  # noqa: E402
from mfa_desk.spelling.tokens import tokenize  # noqa: E402
from mfa_desk.spelling.wordlists import PersonalDictionary  # noqa: E402

HANGUL_FIRST = 0xAC00
NEIGHBOURS = {
    "a": "sqz", "b": "vn", "c": "xv", "d": "sf", "e": "wr", "f": "dg", "g": "fh", "h": "gj",
    "i": "uo", "j": "hk", "k": "jl", "l": "k", "m": "n", "n": "bm", "o": "ip", "p": "o",
    "q": "w", "r": "et", "s": "ad", "t": "ry", "u": "yi", "v": "cb", "w": "qe", "x": "zc",
    "y": "tu", "z": "x",
}


def korean_typo(word: str, rng: random.Random) -> str:
    """One syllable with another vowel (21 kinds) or final consonant (28)."""
    i = rng.randrange(len(word))
    code = ord(word[i]) - HANGUL_FIRST
    lead, vowel, final = code // 588, (code % 588) // 28, code % 28
    if rng.random() < 0.5:
        vowel = (vowel + rng.randrange(1, 21)) % 21
    else:
        final = (final + rng.randrange(1, 28)) % 28
    return word[:i] + chr(HANGUL_FIRST + lead * 588 + vowel * 28 + final) + word[i + 1:]


def english_typo(word: str, rng: random.Random) -> str:
    letters = [i for i, c in enumerate(word) if c.isalpha()]
    i = rng.choice(letters)
    kind = rng.randrange(4)
    if kind == 0 and len(letters) > 3:
        return word[:i] + word[i + 1:]
    if kind == 1:
        return word[:i] + word[i] + word[i:]
    if kind == 2 and i + 1 < len(word) and word[i + 1].isalpha() and word[i + 1] != word[i]:
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]
    near = NEIGHBOURS.get(word[i].lower(), "e")
    c = rng.choice(near)
    return word[:i] + (c.upper() if word[i].isupper() else c) + word[i + 1:]


def main() -> int:
    folder = Path(option_value("--dir") or ROOT / "tests/fixtures/releases/heldout-spelling")
    rng = random.Random(int(option_value("--seed") or 7))
    words: dict[str, set[str]] = {"ko": set(), "en": set()}
    for _, release in pairs_in(folder.resolve()):
        for item in release_texts(release):
            for pane in ("ko", "en"):
                for token in tokenize(item.text.get(pane)):
                    if len(token.text) >= (2 if token.script == "ko" else 4):
                        words[token.script].add(token.text)
    with tempfile.TemporaryDirectory() as tmp:
        personal = PersonalDictionary(Path(tmp) / "personal.txt")
        plain = SpellChecker(personal=personal, glossary_folders=[], korean_compounds=False)
        full = SpellChecker(personal=personal, glossary_folders=[resource_path("glossary")])
        plain.load()
        full.load()
        for lang in ("ko", "en"):
            make = korean_typo if lang == "ko" else english_typo
            typos = {}
            for word in sorted(words[lang]):
                typo = make(word, rng)
                if typo != word and not plain.is_correct(typo, lang):
                    typos[word] = typo
            missed = {w: t for w, t in typos.items() if full.is_correct(t, lang)}
            caught = len(typos) - len(missed)
            share = 100 * caught / len(typos) if typos else 0.0
            print(f"{lang}: {len(typos)} typos Hunspell alone flags; full checker flags "
                  f"{caught} ({share:.1f}%)")
            if "-v" in sys.argv and missed:
                print("    missed: " + ", ".join(f"{t} (for {w})" for w, t in missed.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
