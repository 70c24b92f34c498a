#!/usr/bin/env python3
"""Issue #11 item 8: would a Korean morphological analyser (kiwipiepy, Apache-2.0) beat
the checker's compound and particle rules? Measured, not assumed.

    PYTHONPATH=<a site-packages with kiwipiepy> .venv/bin/python benchmarks/korean_morphology.py

kiwipiepy is not a dependency of MFA Desk; install it in a separate environment to run
this (pip install kiwipiepy: 244 MB installed with its model). An analyser accepts every
word it can analyse, so it is turned into a checker by its analysis score: a word is
accepted when the score of its best analysis is above a threshold, tried at several
values. On the same words as the rules, it prints:
- the Korean words of the 7 real texts that the rules accept (correct words, by the hand
  truth of benchmarks/data/real_spelling_truth.json) and the analyser would flag;
- the hand-listed real misspellings (방문시, 방한시, 오후파리에서) it would accept;
- the generated typos of spelling_typo_recall.py (held-out set) it would accept;
- its load time and time per word.
"""

from __future__ import annotations

import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from spelling_false_alarms import pairs_in  # noqa: E402
from spelling_typo_recall import korean_typo  # noqa: E402

from mfa_desk.formats.importing import import_file  # noqa: E402
from mfa_desk.resources import resource_path  # noqa: E402
from mfa_desk.spelling.checker import SpellChecker  # noqa: E402
from mfa_desk.spelling.release_check import release_texts  # noqa: E402
from mfa_desk.spelling.tokens import tokenize  # noqa: E402
from mfa_desk.spelling.wordlists import PersonalDictionary  # noqa: E402
from tests.shared_material import REAL_RELEASES  # noqa: E402

REAL = REAL_RELEASES
TRUTH = ROOT / "benchmarks" / "data" / "real_spelling_truth.json"
THRESHOLDS = (-26.0, -30.0, -33.0, -36.0)


def main() -> int:
    try:
        started = time.perf_counter()
        from kiwipiepy import Kiwi

        kiwi = Kiwi()
        kiwi.analyze("준비")
        load = time.perf_counter() - started
    except ImportError:
        print("kiwipiepy is not installed here: see the docstring")
        return 0
    truth = json.loads(TRUTH.read_text(encoding="utf-8"))["texts"]
    correct: set[str] = set()
    wrong: set[str] = set()
    for name, listed in truth.items():
        if not name.startswith("ko"):
            continue
        release = import_file(REAL / name).release
        bad = {m["word"] for m in listed["misspelled"]} | set(listed["cut"])
        for item in release_texts(release):
            for t in tokenize(item.text.ko):
                if t.script == "ko":
                    (wrong if t.text in bad else correct).add(t.text)
    wrong &= {m["word"] for listed in truth.values() for m in listed["misspelled"]}
    rng = random.Random(11)
    typos: set[str] = set()
    for _, release in pairs_in(ROOT / "tests" / "fixtures" / "releases" / "heldout-spelling"):
        for item in release_texts(release):
            for t in tokenize(item.text.ko):
                if t.script == "ko" and len(t.text) >= 2:
                    typos.add(korean_typo(t.text, rng))
    # As spelling_typo_recall.py: a typo Hunspell alone accepts (another real word) is out.
    rules = SpellChecker(personal=PersonalDictionary(Path("/nonexistent/personal.txt")),
                         glossary_folders=[resource_path("glossary")])
    rules.load()
    typos = {w for w in typos if not rules.dictionaries.check("ko", w) and w not in correct}
    rules_caught = sum(1 for w in typos if not rules.is_correct(w, "ko"))
    words = sorted(correct | wrong | typos)
    started = time.perf_counter()
    score = {w: kiwi.analyze(w)[0][1] for w in words}
    per_word = (time.perf_counter() - started) / len(words) * 1000
    print(f"kiwipiepy: load {load:.1f} s, {per_word:.2f} ms a word; words: {len(correct)} "
          f"correct (real texts), {len(wrong)} real misspellings, {len(typos)} generated typos")
    for threshold in THRESHOLDS:
        flagged = sum(1 for w in correct if score[w] < threshold)
        caught = sum(1 for w in wrong if score[w] < threshold)
        typo_caught = sum(1 for w in typos if score[w] < threshold)
        print(f"  accept above {threshold:6.1f}: correct distinct words flagged {flagged:3d}, "
              f"real misspellings caught {caught}/{len(wrong)}, generated typos caught "
              f"{typo_caught}/{len(typos)} ({100 * typo_caught / len(typos):.0f}%)")
    print(f"the rules: real texts 1 correct word flagged and misspellings 3/3 "
          f"(real_spelling.py); these generated typos caught {rules_caught}/{len(typos)} "
          f"({100 * rules_caught / len(typos):.0f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
