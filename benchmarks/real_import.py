"""Score the text importer on real published releases, item by item, as
../shared/tools/score-real-import does (same items, same summary line), and the
same way on the seed page and on the invented page shapes of
tests/fixtures/releases/pages/.

    .venv/bin/python benchmarks/real_import.py [-v] [--against-tool] [--folder DIR ...]

-v lists what is wrong in each release. --folder DIR also scores a held-out batch
kept outside the repository (its texts and an expected.json of the same shape, written
before the importer ran on them), e.g. the third unseen batch in /tmp/unseen3.
--against-tool also runs ../shared/tools/score-real-import (through
.venv/bin/mfa-desk) and checks that it prints the same summary line for the real
releases. Goal (issue 10): >= 98% items right, 0 chrome lines inside the release, 0
spurious points.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "formats"))

from real_scoring import (  # noqa: E402
    PAGES,
    REAL,
    ROOT,
    SEED,
    SEED_EXPECTED,
    Score,
    imported,
    score,
    score_folder,
    summary,
)


def show(scores: list[Score], verbose: bool) -> None:
    for s in scores:
        print(f"{s.name[:40]:40} {s.right:3}/{s.total:<3} chrome {s.chrome} spurious {s.spurious}")
        if verbose:
            for problem in s.problems:
                print("      " + problem)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    real = score_folder(REAL)
    show(real, verbose)
    print(summary("real releases", real))
    seed = [score(SEED.name, imported(SEED), SEED_EXPECTED)]
    show(seed, verbose)
    print(summary("seed page", seed))
    pages = score_folder(PAGES)
    show(pages, verbose)
    print(summary("invented page shapes", pages))
    for n, arg in enumerate(argv[:-1]):
        if arg == "--folder":
            batch = score_folder(Path(argv[n + 1]))
            show(batch, verbose)
            print(summary(f"held-out batch {argv[n + 1]}", batch))
    if "--against-tool" in argv:
        tool = REAL.parent / "tools" / "score-real-import"
        done = subprocess.run([sys.executable, str(tool)], capture_output=True, text=True,
                              cwd=ROOT, check=False)
        theirs = done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr
        ours = summary("real releases", real)
        print(f"score-real-import: {theirs}")
        print("same summary as score-real-import" if theirs == ours else "DIFFERENT summary")
        return 0 if theirs == ours else 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
