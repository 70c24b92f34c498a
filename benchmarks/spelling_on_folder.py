#!/usr/bin/env python3
"""Spelling on a folder of real texts kept outside the repository (releases nobody tuned on).

    .venv/bin/python benchmarks/spelling_on_folder.py DIR

Every `DIR/ko*.txt` and `DIR/en*.txt` is imported with the project's importer and
spell-checked as benchmarks/real_spelling.py does (shipped glossary, no personal
dictionary, both panes, unknown names apart). `DIR/misspelled.txt` (optional, words
separated by white space) lists the flagged words a reader judged real misspellings; every
other flagged word is a correct word flagged (a false alarm). Prints the flagged words of
each text, then per language the words, the real misspellings found and the false alarms
per 1,000 words.
"""

from __future__ import annotations

import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mfa_desk.errors import MfaDeskError  # noqa: E402
from mfa_desk.formats.importing import import_file  # noqa: E402
from mfa_desk.resources import resource_path  # noqa: E402
from mfa_desk.spelling.checker import UNKNOWN_NAME, SpellChecker  # noqa: E402
from mfa_desk.spelling.release_check import release_texts, spell_check_release  # noqa: E402
from mfa_desk.spelling.tokens import tokenize  # noqa: E402
from mfa_desk.spelling.wordlists import PersonalDictionary  # noqa: E402


def measure(folder: Path, checker: SpellChecker) -> None:
    listed = folder / "misspelled.txt"
    real = set(listed.read_text(encoding="utf-8").split()) if listed.exists() else set()
    words: Counter[str] = Counter()
    flagged: dict[str, Counter[str]] = {"ko": Counter(), "en": Counter()}
    names: dict[str, set[str]] = {"ko": set(), "en": set()}
    paths = sorted(p for p in folder.glob("*.txt") if p.name.startswith(("ko", "en")))
    for path in paths:
        try:
            release = import_file(path).release
        except MfaDeskError as exc:
            print(f"{path.name}: not read ({exc})")
            continue
        for item in release_texts(release):
            for pane in ("ko", "en"):
                words.update(t.script for t in tokenize(item.text.get(pane)))
        mine = []
        for f in spell_check_release(release, with_suggestions=False, checker=checker,
                                     unknown_names=True):
            if f.kind == UNKNOWN_NAME:
                names[f.lang].add(f.word)
                continue
            flagged[f.lang][f.word] += 1
            mine.append(f.word)
        print(f"{path.name}: {', '.join(mine) or '-'}")
    print(f"{len(paths)} texts in {folder}: words ko {words['ko']}, en {words['en']}")
    for lang in ("ko", "en"):
        alarms = {w: c for w, c in flagged[lang].items() if w not in real}
        n = sum(alarms.values())
        found = sum(c for w, c in flagged[lang].items() if w in real)
        print(f"  {lang}: flagged {sum(flagged[lang].values())}, real misspellings {found}, "
              f"correct words flagged {n} ({1000 * n / max(1, words[lang]):.1f} per 1,000 words)")
        print("     false alarms: " + (", ".join(f"{w}×{c}" if c > 1 else w
                                                  for w, c in sorted(alarms.items())) or "-"))
        print("     unknown names apart: " + (", ".join(sorted(names[lang])) or "-"))


def main() -> int:
    if len(sys.argv) != 2 or not Path(sys.argv[1]).is_dir():
        print("usage: spelling_on_folder.py DIR (a folder of ko*.txt / en*.txt)",
              file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        checker = SpellChecker(personal=PersonalDictionary(Path(tmp) / "personal.txt"),
                               glossary_folders=[resource_path("glossary")])
        checker.load()
        measure(Path(sys.argv[1]), checker)
    return 0


if __name__ == "__main__":
    sys.exit(main())
