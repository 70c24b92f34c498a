"""The fault run of issue #12: does anything lose words, hang, crash or leave litter?

Prints, for the code in this tree (or `--code DIR`, e.g. an export of main):
1. continuous typing: RUNS x 10 s typing into the real window, then SIGKILL; how
   many runs left no snapshot, and the most typing a recovery lost (seconds);
2. fuzzing: CASES mutated files per format (text, HTML, DOCX, HWPX, HWP 5,
   .mfadesk) through
   `mfa-desk inspect` (and export for .mfadesk) in a memory-limited worker: cases
   with a traceback, an exit other than 0/2, a hang; slowest case; peak memory;
3. big and hostile inputs, each in a fresh process: a 16 MB text file, the lying
   zips (DOCX and HWPX: 1 GB declared as 30 KB), an HWP 5 file whose section
   inflates to 1 GB, 100,000-deep JSON, a 20 MB HTML page: exit,
   seconds, peak memory; with `--baseline DIR` the same for DIR and the ratios;
4. kills during saves: KILLS SIGKILLs of a saving process; files broken, and
   temporary files left after the save that follows each kill.

    .venv/bin/python benchmarks/fault_run.py [--cases 1000] [--first-case 0] [--runs 3]
        [--kills 300] [--code DIR] [--baseline DIR] [--skip typing,fuzz,big,kills]
        [--formats text,html,docx,hwpx,hwp,mfadesk]

`make fuzz` runs it with 10,000 cases per format.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

GOAL_SECONDS, GOAL_MB = 2.0, 300


def typing_runs(runs: int) -> None:
    from mfa_desk.formats.native.mfadesk_file import load_release, save_release
    from mfa_desk.ui.safety.autosave import list_snapshots
    from tests.ui.conftest import small_release

    child = ROOT / "tests" / "ui" / "continuous_typing.py"
    missing, worst = 0, 0.0
    for run in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / "typing.mfadesk"
            save_release(small_release(), path)
            original = small_release().headline.text.ko
            proc = subprocess.run([sys.executable, str(child), str(path), f"{tmp}/state", "10"],
                                  capture_output=True, text=True, timeout=180,
                                  env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
            import json

            typed_run = json.loads(proc.stdout.strip().splitlines()[-1])
            typed, seconds = typed_run["typed"], typed_run["seconds"]
            snaps = list_snapshots(Path(tmp) / "state" / "recovery")
            if not snaps:
                missing += 1
                lost = seconds
            else:
                headline = load_release(snaps[0].release_path).headline.text.ko
                restored = headline[: len(headline) - len(original)]
                lost = (len(typed) - len(restored)) / (len(typed) / seconds)
            worst = max(worst, lost)
            print(f"  run {run + 1}: typed {len(typed)} chars in {seconds:.1f} s, "
                  f"{'no snapshot' if not snaps else 'snapshot'}; lost {lost:.2f} s")
    print(f"typing: {missing} of {runs} runs without a snapshot; most typing lost "
          f"{worst:.2f} s (goal: 0 missing, <= 1 s)")


def fuzz(cases: int, first: int = 0, only: set[str] | None = None) -> None:
    from mfa_desk.formats.native.mfadesk_file import dumps_release
    from tests.formats.export_cases import releases
    from tests.formats.hostile_files import sample_docx, sample_html
    from tests.fuzz.harness import CliWorker
    from tests.fuzz.hwpx_mutations import hwp_seed, hwpx_seeds, mutate_hwp, mutate_hwpx
    from tests.fuzz.mutations import (
        mutate_docx,
        mutate_html,
        mutate_mfadesk,
        mutate_text,
        real_texts,
    )

    texts = real_texts()
    pages = [sample_html()] + [p.read_bytes() for p in
                               sorted((ROOT / "tests/fixtures/foreign").glob("*.html"))]
    release = dumps_release(releases()["sample"]).encode()
    formats = {
        "text": (".txt", lambda rng: mutate_text(rng.choice(texts), rng)),
        "html": (".html", lambda rng: mutate_html(rng.choice(pages), rng)),
        "docx": (".docx", lambda rng: mutate_docx(sample_docx(), rng)),
        "hwpx": (".hwpx", lambda rng: mutate_hwpx(rng.choice(hwpx_seeds()), rng)),
        "hwp": (".hwp", lambda rng: mutate_hwp(hwp_seed(), rng)),
        "mfadesk": (".mfadesk", lambda rng: mutate_mfadesk(release, rng)),
    }
    with tempfile.TemporaryDirectory() as tmp:
        for name, (suffix, make) in formats.items():
            if only and name not in only:
                continue
            worker = CliWorker()
            outcomes: Counter[str] = Counter()
            slowest, peak_kb, example = 0.0, 0, ""
            for case in range(first, first + cases):
                rng = random.Random(case)
                path = Path(tmp) / f"case{suffix}"
                path.write_bytes(make(rng))
                argv = ["inspect", str(path)]
                if name == "mfadesk" and case % 2:
                    argv = ["export", str(path), "--to", "docx", "-o", f"{tmp}/out.docx"]
                answer = worker.run(argv)
                problem = answer.problem()
                kind = ("hang" if answer.hung else "traceback" if "Traceback" in problem
                        else "bad exit" if problem else f"exit {answer.exit}")
                outcomes[kind] += 1
                if problem and not example:
                    example = f"case {case}: {problem.splitlines()[-1][:160]}"
                slowest = max(slowest, answer.seconds)
                peak_kb = max(peak_kb, answer.peak_kb)
            worker.close()
            print(f"fuzz {name}: {cases} cases, " + ", ".join(
                f"{k} {v}" for k, v in sorted(outcomes.items()))
                + f"; slowest {slowest:.2f} s; worker peak {peak_kb // 1024} MB"
                + (f"\n  first problem: {example}" if example else ""))


def _measure(argv: list[str], code: str | None) -> tuple[int, float, int]:
    """Exit code, seconds and peak memory (MB) of one fresh process."""
    env = dict(os.environ)
    if code:
        env["PYTHONPATH"] = code
    start = time.monotonic()
    # The command users run; started outside the repository so that `code` (not the
    # current folder) decides which package is measured.
    command = Path(sys.executable).with_name("mfa-desk")
    proc = subprocess.Popen([str(command), *argv], env=env, cwd=tempfile.gettempdir(),
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = start + 120
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.monotonic() > deadline:
            proc.send_signal(signal.SIGKILL)
            pid, status, usage = os.wait4(proc.pid, 0)
            break
        time.sleep(0.01)
    seconds = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), seconds, usage.ru_maxrss // 1024


def big_inputs(code: str | None, baseline: str | None) -> None:
    from tests.formats.hostile_files import deep_json, lying_zip_docx, lying_zip_hwpx
    from tests.fuzz.hwpx_mutations import hwp_bomb
    from tests.fuzz.mutations import real_texts

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        text = b"\n".join(real_texts())
        (folder / "big.txt").write_bytes((text * (16_000_000 // len(text) + 1))[:16_000_000])
        (folder / "lying.docx").write_bytes(lying_zip_docx())
        (folder / "lying.hwpx").write_bytes(lying_zip_hwpx())
        (folder / "bomb.hwp").write_bytes(hwp_bomb())
        (folder / "deep.mfadesk").write_text(deep_json(100_000))
        para = "<p>□ 외교부는 오늘 서울에서 해양 협력 회의를 개최하였다. Ministry meeting.</p>\n"
        (folder / "big.html").write_text("<html><body><main>" + para * 200_000
                                         + "</main></body></html>")
        for name in ("big.txt", "lying.docx", "lying.hwpx", "bomb.hwp",
                     "deep.mfadesk", "big.html"):
            path = folder / name
            size = path.stat().st_size / 2**20
            code_exit, secs, mb = _measure(["inspect", str(path)], code)
            line = (f"big {name} ({size:.1f} MB): exit {code_exit}, {secs:.2f} s, {mb} MB"
                    f"{'' if secs <= GOAL_SECONDS and mb <= GOAL_MB else '  OVER GOAL'}")
            if baseline:
                b_exit, b_secs, b_mb = _measure(["inspect", str(path)], baseline)
                line += (f"; baseline exit {b_exit}, {b_secs:.2f} s, {b_mb} MB "
                         f"(time x{secs / b_secs:.2f}, memory x{mb / max(b_mb, 1):.2f})")
            print(line)


def kills(count: int) -> None:
    from mfa_desk.formats.native.mfadesk_file import load_release, save_release
    from tests.formats.export_cases import releases
    from tests.formats.save_killer import kill_while_saving

    release = releases()["sample"]
    broken = litter = mid_save = 0
    with tempfile.TemporaryDirectory() as tmp:
        target = Path(tmp) / "r.mfadesk"
        save_release(release, target)
        rng = random.Random(1)
        for _ in range(count):
            kill_while_saving(target, [release], rng.uniform(0, 0.01))
            mid_save += any(p.suffix == ".tmp" for p in Path(tmp).iterdir())
            try:
                load_release(target)
            except Exception:  # noqa: BLE001 - counting, not handling
                broken += 1
            save_release(release, target)
            litter += sum(1 for p in Path(tmp).iterdir() if p.suffix == ".tmp")
    print(f"kills: {count} SIGKILLs during saves ({mid_save} with a temporary file "
          f"present): {broken} broken files, {litter} temporary files left after the next save")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=1000)
    parser.add_argument("--first-case", type=int, default=0,
                        help="seed of the first case (a fresh range after fixing finds)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--code", help="measure the mfa_desk package in this folder")
    parser.add_argument("--baseline", help="big inputs: also measure this folder's package")
    parser.add_argument("--skip", default="", help="comma-separated sections to skip")
    parser.add_argument("--formats", default="", help="fuzz only these (comma-separated)")
    args = parser.parse_args()
    skip = set(args.skip.split(","))
    if args.code:
        os.environ["PYTHONPATH"] = args.code  # the fuzz worker and the typing child too
        sys.path.insert(0, args.code)
    if "typing" not in skip:
        typing_runs(args.runs)
    if "fuzz" not in skip:
        fuzz(args.cases, args.first_case, set(filter(None, args.formats.split(","))))
    if "big" not in skip:
        big_inputs(args.code, args.baseline)
    if "kills" not in skip:
        kills(args.kills)


if __name__ == "__main__":
    main()
