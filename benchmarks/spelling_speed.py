#!/usr/bin/env python3
"""Spell-checking speed on a generated 200-point bilingual release (~20k words).

    .venv/bin/python benchmarks/spelling_speed.py

Prints: dictionary load time per language; a cold full check of both languages
once the dictionaries are loaded (goal < 300 ms); the same check warm; the
re-check of one segment after a keystroke (goal < 2 ms); one Korean and one
English suggestion; and the whole `mfa-desk check --no-qa` process on the
release saved as .mfadesk (goal < 1 s), clean and with seeded misspellings.
The texts are generated from invented sentences; nothing is copied.
"""

from __future__ import annotations

import random
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mfa_desk.formats.native.mfadesk_file import save_release  # noqa: E402
from mfa_desk.model.release import Release, Segment  # noqa: E402
from mfa_desk.resources import resource_path  # noqa: E402
from mfa_desk.spelling.checker import SpellChecker  # noqa: E402
from mfa_desk.spelling.dictionaries import DEFAULT_TAGS, EnchantDictionaries  # noqa: E402
from mfa_desk.spelling.release_check import spell_check_release  # noqa: E402
from mfa_desk.spelling.tokens import tokenize  # noqa: E402
from mfa_desk.spelling.wordlists import PersonalDictionary  # noqa: E402

KO = [
    "외교부는 {d} 서울에서 제{n}차 양국 간 정책협의회를 개최하고 경제안보 협력 방안을 논의하였다.",
    "양측은 공급망 안정과 핵심광물 분야에서 실질적인 협력을 확대해 나가기로 합의하였다.",
    "우리 측 수석대표는 재외국민 보호와 영사 협력의 중요성을 강조하였다.",
    "양국은 기후변화 대응과 청정에너지 전환을 위한 공동 연구 사업에 {n}억 원을 지원할 예정이다.",
    "참석자들은 인도태평양 지역의 평화와 번영을 위해 긴밀히 소통해 나가자는 데 의견을 같이하였다.",
    "정부는 개발협력 사업의 성과를 점검하고 내년도 사업 계획을 함께 마련하기로 하였다.",
    "이번 회의는 지난해 양국 정상회담의 후속 조치를 점검하는 계기가 되었다.",
    "외교부는 앞으로도 국민의 안전을 최우선으로 두고 관계 기관과 협력해 나갈 것이라고 밝혔다.",
    "양측은 청년 교류와 문화 협력을 통해 양국 국민 간 이해를 높여 나가기로 하였다.",
    "회의에는 {n}개국 대표와 국제기구 관계자 등 약 {n}0명이 참석하였다.",
]
EN = [
    "The Ministry of Foreign Affairs held the {n}th policy consultation in Seoul on {d} and "
    "discussed ways to strengthen economic security cooperation.",
    "The two sides agreed to expand practical cooperation on supply chain stability and "
    "critical minerals.",
    "The head of the Korean delegation stressed the importance of protecting nationals abroad "
    "and of consular cooperation.",
    "The two countries will support joint research on climate change and the clean energy "
    "transition with {n} billion won.",
    "Participants agreed to keep in close contact for peace and prosperity in the Indo-Pacific "
    "region.",
    "The government reviewed the results of development cooperation projects and will prepare "
    "next year's plans together.",
    "The meeting served as an occasion to review the follow-up to last year's summit.",
    "The Ministry said it would continue to put the safety of its nationals first and work "
    "closely with the relevant agencies.",
    "The two sides will deepen mutual understanding through youth exchanges and cultural "
    "cooperation.",
    "Representatives of {n} countries and officials of international organizations, about "
    "{n}0 people in all, attended the meeting.",
]
SEEDED = [("협력을", "협럭을"), ("합의하였다", "합의하엿다"), ("cooperation", "cooperaton"),
          ("agreed", "agred")]


def sentence(pool: list[str], rng: random.Random) -> str:
    n = rng.randint(2, 9)
    return rng.choice(pool).format(n=n, d=f"{rng.randint(1, 12)}.{rng.randint(1, 28)}.")


def paragraph(rng: random.Random, count: int) -> tuple[str, str]:
    picks = [rng.randrange(len(KO)) for _ in range(count)]
    ko = " ".join(sentence([KO[i]], rng) for i in picks)
    en = " ".join(sentence([EN[i]], rng) for i in picks)
    return ko, en


def generated_release(points: int = 200, seeded: bool = False) -> Release:
    rng = random.Random(20260318)
    release = Release()
    release.headline = Segment.of(*paragraph(rng, 1))
    for _ in range(points):
        point = Segment.of(*paragraph(rng, 3))
        point.children = [Segment.of(*paragraph(rng, 1)) for _ in range(rng.randint(0, 2))]
        release.points.append(point)
    if seeded:
        for i, (right, wrong) in enumerate(SEEDED):
            seg = release.points[i * 37]
            pane = "ko" if right[0] >= "\uac00" else "en"
            seg.text.set(pane, seg.text.get(pane).replace(right, wrong, 1))  # type: ignore[arg-type]
    return release


def dictionary_words(path: Path, keep) -> list[str]:  # noqa: ANN001 - a predicate
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()[1:]
    except OSError:
        return []
    # The Korean list is stored decomposed (jamo); text in a release is composed.
    words = (unicodedata.normalize("NFC", line.split("/")[0]) for line in lines)
    return [w for w in words if keep(w)]


def vocabulary_release(points: int = 200) -> Release | None:
    """The worst case for caching: ~20k words drawn at random from the Hunspell
    word lists, so nearly every word is new to the cache."""
    ko = dictionary_words(Path("/usr/share/hunspell/ko_KR.dic"),
                          lambda w: w and all("\uac00" <= c <= "\ud7a3" for c in w))
    en = dictionary_words(Path("/usr/share/hunspell/en_US.dic"), str.isalpha)
    if not ko or not en:
        return None
    rng = random.Random(7)
    release = Release()
    release.headline = Segment.of("제목", "Headline")
    for _ in range(points):
        release.points.append(Segment.of(" ".join(rng.choices(ko, k=45)),
                                         " ".join(rng.choices(en, k=55))))
    return release


def count_words(release: Release) -> dict[str, int]:
    counts = {"ko": 0, "en": 0}
    for ref in release.iter_segments():
        for pane in ("ko", "en"):
            for t in tokenize(ref.segment.text.get(pane)):  # type: ignore[arg-type]
                counts[t.script] += 1
    return counts


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.2f} ms"


def main() -> int:
    release = generated_release()
    words = count_words(release)
    print(f"release: {len(release.points)} points, {sum(1 for _ in release.iter_segments())} "
          f"segments, words ko {words['ko']} + en {words['en']} = {sum(words.values())}")

    for key, tags in DEFAULT_TAGS.items():
        d = EnchantDictionaries({key: tags})
        started = time.perf_counter()
        d.load()
        print(f"load {key:6} dictionary           {ms(time.perf_counter() - started)}"
              f"  ({d.providers.get(key, 'missing')})")

    dictionaries = EnchantDictionaries()
    dictionaries.load()
    with tempfile.TemporaryDirectory() as tmp:
        def fresh() -> SpellChecker:
            c = SpellChecker(dictionaries, PersonalDictionary(Path(tmp) / "p.txt"),
                             [resource_path("glossary")])
            c.load()
            return c

        colds = []
        for _ in range(3):
            checker = fresh()
            started = time.perf_counter()
            findings = spell_check_release(release, with_suggestions=False, checker=checker)
            colds.append(time.perf_counter() - started)
        print(f"cold full check, both languages  {ms(min(colds))}  (best of 3; "
              f"{len(findings)} findings; goal < 300 ms)")
        stress = vocabulary_release()
        if stress is not None:
            distinct = {(t.script, t.text) for ref in stress.iter_segments()
                        for pane in ("ko", "en")
                        for t in tokenize(ref.segment.text.get(pane))}  # type: ignore[arg-type]
            checker_for_stress = fresh()
            started = time.perf_counter()
            found = spell_check_release(stress, with_suggestions=False, checker=checker_for_stress)
            print(f"cold check, random vocabulary    {ms(time.perf_counter() - started)}  "
                  f"({sum(count_words(stress).values())} words, {len(distinct)} distinct, "
                  f"{len(found)} flagged)")
        warm = []
        for _ in range(5):
            started = time.perf_counter()
            spell_check_release(release, with_suggestions=False, checker=checker)
            warm.append(time.perf_counter() - started)
        print(f"warm full check, both languages  {ms(statistics.median(warm))}  (median of 5)")

        # A keystroke: one character added to a word of one segment, both panes re-checked.
        seg = release.points[100]
        samples = []
        for i in range(200):
            ko = seg.text.ko + "가" * (i % 3)
            en = seg.text.en + "s" * (i % 3)
            started = time.perf_counter()
            checker.misspellings(ko, release.english_variant, release.spelling_ignore)
            checker.misspellings(en, release.english_variant, release.spelling_ignore)
            samples.append(time.perf_counter() - started)
        print(f"re-check one segment (ko+en)     {ms(statistics.median(samples))}  (median; "
              f"max {ms(max(samples)).strip()}; {len(seg.text.ko) + len(seg.text.en)} chars; "
              f"goal < 2 ms)")
        one = []
        for text in (seg.text.ko, seg.text.en):
            started = time.perf_counter()
            checker.misspellings(text + " 협렵" if text is seg.text.ko else text + " cooperaton")
            one.append(time.perf_counter() - started)
        print(f"re-check with a new wrong word   {ms(max(one))}  (uncached word, worst pane)")
        for word, lang in (("협럭을", "ko"), ("cooperaton", "en")):
            started = time.perf_counter()
            checker.suggest(word, lang)
            print(f"suggestions for {word!r:14}   {ms(time.perf_counter() - started)}")

        for seeded in (False, True):
            path = Path(tmp) / ("seeded.mfadesk" if seeded else "clean.mfadesk")
            save_release(generated_release(seeded=seeded), path)
            runs = []
            for _ in range(3):
                started = time.perf_counter()
                proc = subprocess.run([str(ROOT / ".venv" / "bin" / "mfa-desk"), "check",
                                       str(path), "--no-qa", "--json"], capture_output=True)
                runs.append(time.perf_counter() - started)
            label = f"{len(SEEDED)} misspellings" if seeded else "clean"
            print(f"mfa-desk check --no-qa ({label:15}) {ms(statistics.median(runs))}"
                  f"  (median of 3, exit {proc.returncode}; goal < 1 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
