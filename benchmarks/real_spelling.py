#!/usr/bin/env python3
"""Spelling on the 14 real published texts of ../shared/real-releases.

    .venv/bin/python benchmarks/real_spelling.py [-v] [--cleaned DIR]

Each text is imported with the project's importer and spell-checked with the shipped
glossary (no personal dictionary). The flagged words are counted against
benchmarks/data/real_spelling_truth.json, written by hand from reading the texts: a
flagged word on its "misspelled" list is a true finding, a word cut by a truncated copy is
neither, a word of the page's chrome (expected.json) is not release text and is left out,
and every other flagged word is a correct word flagged (a false alarm). "Unknown name"
findings (a lower severity that the spelling count and the underline leave out) are
printed apart. Then, for every flagged capitalised word and the names of the truth file's
"names_elsewhere", the suggestions that put a different proper noun in its place (one
Hunspell knows only capitalised, with other letters than the word) are counted.
--cleaned DIR measures hand-cleaned copies (same file names) kept outside the repository.
"""

from __future__ import annotations

import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cli_options import option_value  # noqa: E402
from mfa_desk.formats.importing import import_file  # noqa: E402
from mfa_desk.resources import resource_path  # noqa: E402
from mfa_desk.spelling.checker import SpellChecker, dictionary_key  # noqa: E402
from mfa_desk.spelling.release_check import release_texts, spell_check_release  # noqa: E402
from mfa_desk.spelling.tokens import tokenize  # noqa: E402
from mfa_desk.spelling.wordlists import PersonalDictionary  # noqa: E402
from tests.shared_material import REAL_RELEASES  # noqa: E402

REAL = REAL_RELEASES
TRUTH = ROOT / "benchmarks" / "data" / "real_spelling_truth.json"



def chrome_words(entry: dict) -> set[str]:
    lines = list(entry.get("chrome") or []) + list(entry.get("chrome_fragments") or [])
    lines += [n["text"] for n in entry.get("non_body_lines") or []]
    return {t.text for line in lines for t in tokenize(line)}


def letters(word: str) -> str:
    return re.sub(r"[\s\-'’]", "", word).casefold()


def other_names(checker: SpellChecker, word: str, suggestions: list[str]) -> list[str]:
    """Suggestions that are a different proper noun: Hunspell knows them only capitalised
    and their letters are not the word's (a split "Secretary of" keeps them)."""
    key = dictionary_key("en", "en_US")
    out = []
    for s in suggestions:
        if letters(s) == letters(word) or not s[:1].isupper():
            continue
        head = s.split()[0]
        if checker.dictionaries.check(key, head) and not checker.dictionaries.check(
                key, head.lower()):
            out.append(s)
    return out


def measure(label: str, folder: Path, truth: dict, expected: dict, checker: SpellChecker,
            verbose: bool) -> None:
    flagged_ok: dict[str, Counter[str]] = {"ko": Counter(), "en": Counter()}
    names: dict[str, Counter[str]] = {"ko": Counter(), "en": Counter()}
    words: Counter[str] = Counter()
    found: list[str] = []
    missed: list[str] = []
    wrong_names: list[str] = []
    texts = 0
    for name, listed in truth["texts"].items():
        path = folder / name
        if not path.exists():
            continue
        texts += 1
        release = import_file(path).release
        chrome = chrome_words(expected["releases"][name])
        for item in release_texts(release):
            for pane in ("ko", "en"):
                for token in tokenize(item.text.get(pane)):
                    if token.text not in chrome:
                        words[token.script] += 1
        bad = {m["word"] for m in listed["misspelled"]}
        cut = set(listed["cut"])
        seen: set[str] = set()
        for f in spell_check_release(release, with_suggestions=True, checker=checker,
                                     unknown_names=True):
            if f.word in cut or (f.word in chrome and f.word not in bad):
                continue
            if getattr(f, "kind", "misspelling") == "unknown name":
                names[f.lang][f.word] += 1
                continue
            if f.word in bad:
                seen.add(f.word)
            else:
                flagged_ok[f.lang][f.word] += 1
            if f.lang == "en" and f.word[:1].isupper():
                wrong_names += [f"{f.word} -> {s}" for s in other_names(checker, f.word,
                                                                         f.suggestions)]
        found += sorted(seen)
        missed += sorted(bad - seen)
    print(f"{label} ({folder}): {texts} texts, words ko {words['ko']}, en {words['en']}")
    for lang in ("ko", "en"):
        n = sum(flagged_ok[lang].values())
        print(f"  {lang}: correct words flagged {n} ({1000 * n / max(1, words[lang]):.1f} per "
              f"1,000 words); unknown names reported apart {sum(names[lang].values())}")
        if verbose:
            print("     flagged: " + ", ".join(f"{w}×{c}" if c > 1 else w
                                              for w, c in sorted(flagged_ok[lang].items())))
            print("     names:   " + ", ".join(sorted(names[lang])))
    print(f"  hand-listed misspellings found {len(found)}/{len(found) + len(missed)}"
          + (f"; missed: {', '.join(missed)}" if missed else ""))
    print(f"  suggestions putting a different proper noun for a capitalised word: "
          f"{len(wrong_names)}" + (f" ({'; '.join(wrong_names[:8])})" if wrong_names else ""))


def main() -> int:
    verbose = "-v" in sys.argv
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))
    expected = json.loads((REAL / "expected.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        checker = SpellChecker(personal=PersonalDictionary(Path(tmp) / "personal.txt"),
                               glossary_folders=[resource_path("glossary")])
        checker.load()
        measure("as pasted", REAL, truth, expected, checker, verbose)
        cleaned = option_value("--cleaned")
        if cleaned:
            measure("hand-cleaned", Path(cleaned), truth, expected, checker, verbose)
        elsewhere = truth["names_elsewhere"]["words"]
        bad = [f"{w} -> {s}" for w in elsewhere
               for s in other_names(checker, w, checker.suggest(w, "en"))
               if not checker.is_correct(w, "en")]
        print(f"names from other real pages ({', '.join(elsewhere)}): suggestions that are "
              f"a different proper noun {len(bad)}" + (f" ({'; '.join(bad)})" if bad else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
