"""The archive's speed on a generated 100,000-segment archive, SQLite and PostgreSQL.

Prints, for each backend: bulk add of 1,000 releases from .mfadesk files (the
`archive add` path: import, index, one transaction per release), match lookup p50/p95
over 200 queries (near-copies, number changes and new sentences), concordance p50/p95
over 40 queries (two-syllable Korean words and English phrases), the database size;
and the baselines in the same run: brute-force rapidfuzz over every segment, a
substring scan without the index, and pure-Python Levenshtein against rapidfuzz on
the candidates a lookup scores.

    .venv/bin/python benchmarks/archive_speed.py [--segments N] [--pg URL]

Without --pg a PostgreSQL server is started in a temporary folder (as the tests do).
Goals: lookup p95 < 30 ms, concordance < 50 ms, 1,000 releases < 60 s.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import process  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from mfa_desk.archive import Archive, open_archive  # noqa: E402
from mfa_desk.archive.bulk import add_paths  # noqa: E402
from mfa_desk.archive.grams import normalize  # noqa: E402
from mfa_desk.archive.matching import find_matches  # noqa: E402
from mfa_desk.archive.search import candidates, concordance  # noqa: E402
from mfa_desk.formats.native.mfadesk_file import save_release  # noqa: E402
from mfa_desk.model.release import Release, Segment  # noqa: E402

SEGMENTS_PER_RELEASE = 20
BULK_RELEASES = 1_000

# Invented phrase parts: combined they give varied, release-like Korean sentences.
PLACES = ["한-캐나다", "한-일", "한-미", "한-중", "한-독", "한-인도", "한-호주", "한-베트남",
          "한-브라질", "한-사우디", "한-케냐", "한-폴란드", "한-멕시코", "한-이집트", "한-칠레"]
EVENTS = ["외교장관 회담", "정책협의회", "공동위원회", "전략대화", "차관 협의", "영사국장 회의",
          "경제안보 대화", "개발협력 회의", "문화교류 행사", "공급망 협의"]
TOPICS = ["공급망 안정", "기후변화 대응", "해양 안전", "보건 협력", "디지털 통상", "청년 교류",
          "재외국민 보호", "에너지 전환", "방산 협력", "핵심광물", "인공지능 규범", "우주 협력"]
VERBS = ["협력을 강화해 나가기로 하였다", "긴밀히 소통해 나가기로 하였다",
         "구체적인 성과를 도출하기로 하였다", "의견을 교환하였다", "중요성을 재확인하였다",
         "지지를 표명하였다", "후속 조치를 논의하였다", "공동 노력을 평가하였다"]
EN_TOPICS = ["supply chain stability", "climate action", "maritime safety", "health",
             "digital trade", "youth exchange", "consular protection", "energy transition",
             "defense industry", "critical minerals", "AI governance", "space"]
EN_VERBS = ["agreed to strengthen cooperation", "agreed to keep in close communication",
            "agreed to produce concrete results", "exchanged views",
            "reaffirmed the importance", "expressed support", "discussed follow-up measures",
            "appreciated the joint efforts"]


SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추"


def _name(rng: random.Random, length: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(length))


def generated_release(rng: random.Random, n: int) -> Release:
    """Formulaic sentences, as releases are, plus what each release names alone: a
    person, a project and a city (generated syllables), as real releases do."""
    place, event = rng.choice(PLACES), rng.choice(EVENTS)
    person, project, city = _name(rng, 3), _name(rng, 4), _name(rng, 2)
    r = Release()
    r.headline = Segment.of(f"제{n % 40 + 1}차 {place} {event} 개최 ({n})",
                            f"The {n % 40 + 1}th {place} {event} ({n})")
    r.metadata.department = rng.choice(["북미국", "아시아태평양국", "유럽국", "개발협력국"])
    import datetime as dt

    r.metadata.date = dt.date(2015, 1, 1) + dt.timedelta(days=n % 4000)
    for _ in range(SEGMENTS_PER_RELEASE - 1):
        t = rng.randrange(len(TOPICS))
        v = rng.randrange(len(VERBS))
        amount = rng.randrange(10, 990)
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        named = rng.choice((f"{person} 장관은 ", f"{city}에서 열린 ", f"{project} 사업 관련 ", ""))
        ko = (f"{named}양측은 {month}월 {day}일 {place} {event}에서 {TOPICS[t]} 분야에서 "
              f"{amount}억 달러 규모의 사업을 포함하여 {VERBS[v]}.")
        en = (f"On {month}/{day}, at the {place} {event} ({named.strip()}), the two sides "
              f"{EN_VERBS[v]} in {EN_TOPICS[t]}, including projects worth "
              f"{amount / 10:g} billion dollars.")
        r.points.append(Segment.of(ko, en))
    return r


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return (time.perf_counter() - start) * 1000


def pure_python_similarity(a: str, b: str) -> float:
    """Levenshtein similarity without rapidfuzz: the baseline for scoring candidates."""
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    longest = max(len(a), len(b)) or 1
    return 1 - prev[-1] / longest


def queries(rng: random.Random, samples: list[str]) -> list[str]:
    out = []
    for i in range(200):
        base = rng.choice(samples)
        if i % 4 == 0:
            out.append(base.replace("하였다", "하였음", 1))  # a near copy
        elif i % 4 == 1:
            out.append(base.replace("억", "0억", 1))  # a number changed
        elif i % 4 == 2:
            out.append(base)  # exact
        else:
            out.append(f"정부는 {rng.choice(TOPICS)} 관련 새로운 계획을 발표하였다.")  # new
    return out


def bench(name: str, location: str, total_segments: int, folder: Path) -> None:
    rng = random.Random(7)
    with open_archive(location) as archive:
        start = time.perf_counter()
        result = add_paths(archive, [folder])
        bulk_s = time.perf_counter() - start
        assert result.added == BULK_RELEASES and not result.failures, result.failures
        print(f"[{name}] bulk add {BULK_RELEASES} releases from files: {bulk_s:.1f} s "
              f"({BULK_RELEASES / bulk_s:.0f} releases/s; goal < 60 s)", flush=True)
        n = BULK_RELEASES
        start = time.perf_counter()
        while archive.stats()["segments"] < total_segments:
            with archive.batch():  # batches of 50, as bulk add commits
                for _ in range(50):
                    archive.add_release(generated_release(rng, n))
                    n += 1
        archive.db.optimize()  # as bulk add does after a large load
        print(f"[{name}] filled to {archive.stats()['segments']:,} segments "
              f"({n:,} releases) in {time.perf_counter() - start:.0f} s", flush=True)
        run_lookups(name, archive, rng)


def run_lookups(name: str, archive: Archive, rng: random.Random) -> None:
    every = [s.ko for s in archive.iter_segments(batch=5000) if s.ko and s.en]
    qs = queries(rng, every)
    lookup = [timed(lambda q=q: find_matches(archive, q)) for q in qs]
    print(f"[{name}] match lookup over {len(every):,} segments: p50 {pct(lookup, .5):.1f} ms, "
          f"p95 {pct(lookup, .95):.1f} ms (goal p95 < 30 ms)")
    words = ["외교", "장관", "회담", "공급망", "해양 안전", "청년", "핵심광물", "규범", "우주",
             "재외국민"] * 2 + ["critical minerals", "maritime safety", "space",
                                "youth exchange", "close communication"] * 4
    conc = [timed(lambda w=w: concordance(archive, w)) for w in words]
    print(f"[{name}] concordance: p50 {pct(conc, .5):.1f} ms, p95 {pct(conc, .95):.1f} ms, "
          f"max {max(conc):.1f} ms (goal < 50 ms)")
    scan = [timed(lambda w=w: archive.select(
        "WHERE " + archive.db.contains("s.ko" if w[0] >= "가" else "lower(s.en)")
        + " LIMIT 100", (w,))) for w in words[:10]]
    print(f"[{name}] baseline substring scan without the index: p50 {pct(scan, .5):.1f} ms")
    print(f"[{name}] database size: {archive.db.size_bytes() / 2**20:.0f} MB")
    # Baselines: brute force over every segment, and pure Python on the candidates.
    normalized = [normalize(s) for s in every]
    brute, same, shown = [], 0, 0
    for q in qs[:40]:
        best: list[tuple[str, float, int]] = []
        brute.append(timed(lambda q=q, best=best: best.extend(process.extract(
            normalize(q), normalized, scorer=Levenshtein.normalized_similarity, limit=1))))
        wanted = min(99, int(best[0][1] * 100))
        if wanted < 50:
            continue  # nothing the editor would show (new sentences)
        shown += 1
        found = find_matches(archive, q, limit=1)
        # Agreement: the index's best match scores as high as the best of all segments.
        same += bool(found) and found[0].score >= wanted
    print(f"[{name}] baseline brute-force rapidfuzz over all segments: "
          f"p50 {pct(brute, .5):.0f} ms ({pct(brute, .5) / pct(lookup, .5):.0f}x the index); "
          f"of {shown} queries with a match of 50% or more, the index finds one as good as "
          f"brute force's best for {same}")
    sample = qs[:10]
    cands = [[text for _, text in candidates(archive, q)] for q in sample]
    fast = sum(timed(lambda q=q, c=c: [Levenshtein.normalized_similarity(q, x) for x in c])
               for q, c in zip(sample, cands, strict=True))
    slow = sum(timed(lambda q=q, c=c: [pure_python_similarity(q, x) for x in c])
               for q, c in zip(sample, cands, strict=True))
    print(f"[{name}] scoring {sum(map(len, cands))} candidates: rapidfuzz {fast:.1f} ms, "
          f"pure Python {slow:.0f} ms ({slow / max(fast, 1e-6):.0f}x)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--segments", type=int, default=100_000)
    parser.add_argument("--pg", default=None, help="an empty PostgreSQL database URL")
    parser.add_argument("--only", choices=("sqlite", "postgresql"), default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="mfa-archive-bench-") as tmp:
        folder = Path(tmp) / "releases"
        folder.mkdir()
        rng = random.Random(1)
        for i in range(BULK_RELEASES):
            save_release(generated_release(rng, i), folder / f"r{i:04d}.mfadesk")
        if args.only != "postgresql":
            bench("sqlite", str(Path(tmp) / "archive.sqlite3"), args.segments, folder)
        if args.only != "sqlite":
            if args.pg:
                bench("postgresql", args.pg, args.segments, folder)
            else:
                from tests.archive.pg_server import PgServer

                server = PgServer()
                try:
                    server.start()
                    bench("postgresql", server.url, args.segments, folder)
                finally:
                    server.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
