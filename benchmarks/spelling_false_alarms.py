#!/usr/bin/env python3
"""False alarms of the spell checker on the clean sample releases.

    .venv/bin/python benchmarks/spelling_false_alarms.py [-v] [--tests] [--dir FOLDER]

Every clean sample pair (tests/fixtures/releases/NN-*.ko.txt + .en.txt) and
the bundled sample release is spelled correctly, so every flagged word is a
false alarm. Counts are per dictionary language, first with Hunspell alone
(no glossary), then with the shipped ministry glossary. No personal
dictionary is used. -v lists the words still flagged; --tests adds the clean
release of the spelling tests. --dir FOLDER measures the pairs of another folder
instead (e.g. tests/fixtures/releases/heldout-spelling, texts written after the
glossary and never used to tune it), without the bundled sample. "Hunspell
only" still routes words by script and skips numbers, URLs and acronyms;
"+ compounds" checks Korean compound nouns by their parts; "+ glossary" adds resources/glossary.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.cli_options import option_value  # noqa: E402
from mfa_desk.formats.importing import import_file, import_pair  # noqa: E402
from mfa_desk.model.release import Release  # noqa: E402
from mfa_desk.resources import resource_path, sample_release_path  # noqa: E402
from mfa_desk.spelling.checker import SpellChecker  # noqa: E402
from mfa_desk.spelling.release_check import spell_check_release  # noqa: E402
from mfa_desk.spelling.tokens import tokenize  # noqa: E402
from mfa_desk.spelling.wordlists import PersonalDictionary  # noqa: E402


def pairs_in(folder: Path) -> list[tuple[str, Release]]:
    """Every NN-*.ko.txt + NN-*.en.txt pair of `folder`, imported."""
    out = []
    for ko in sorted(folder.glob("[0-9][0-9]-*.ko.txt")):
        en = ko.with_name(ko.name.replace(".ko.txt", ".en.txt"))
        out.append((ko.name[:-7], import_pair(ko, en).release))
    if not out:
        raise SystemExit(f"no NN-*.ko.txt / .en.txt pairs in {folder}")
    return out


def samples() -> list[tuple[str, Release]]:
    other = option_value("--dir")
    if other is not None:
        return pairs_in(Path(other).resolve())
    out = pairs_in(ROOT / "tests" / "fixtures" / "releases")
    out.append(("sample-release.mfadesk", import_file(sample_release_path()).release))
    if "--tests" in sys.argv:  # also the clean release of tests/spelling/samples.py
        sys.path.insert(0, str(ROOT / "tests" / "spelling"))
        from samples import clean_release

        out.append(("tests/spelling/samples.py", clean_release()))
    return out


def word_counts(releases: list[tuple[str, Release]]) -> Counter[str]:
    from mfa_desk.spelling.release_check import release_texts

    counts: Counter[str] = Counter()
    for _, release in releases:
        for item in release_texts(release):
            for pane in ("ko", "en"):
                for token in tokenize(item.text.get(pane)):
                    counts[token.script] += 1
    return counts


def main() -> int:
    verbose = "-v" in sys.argv
    releases = samples()
    words = word_counts(releases)
    with tempfile.TemporaryDirectory() as tmp:
        personal = Path(tmp) / "personal.txt"
        runs = {
            "Hunspell only": SpellChecker(personal=PersonalDictionary(personal),
                                          glossary_folders=[], korean_compounds=False),
            "+ compounds": SpellChecker(personal=PersonalDictionary(personal),
                                        glossary_folders=[]),
            "+ glossary": SpellChecker(personal=PersonalDictionary(personal),
                                       glossary_folders=[resource_path("glossary")]),
        }
        print(f"{len(releases)} clean releases; words checked: "
              f"ko {words['ko']}, en {words['en']}")
        for label, checker in runs.items():
            checker.load()
            flagged: dict[str, Counter[str]] = {"ko": Counter(), "en": Counter()}
            for _, release in releases:
                for f in spell_check_release(release, with_suggestions=False, checker=checker):
                    flagged[f.lang][f.word] += 1
            print(f"{label:13}  false alarms: ko {sum(flagged['ko'].values()):4d} "
                  f"({len(flagged['ko'])} distinct)   en {sum(flagged['en'].values()):4d} "
                  f"({len(flagged['en'])} distinct)")
            if verbose:
                for lang in ("ko", "en"):
                    print(f"    {lang}: " + ", ".join(f"{w}×{n}" if n > 1 else w
                                                     for w, n in sorted(flagged[lang].items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
