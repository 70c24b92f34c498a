"""Export speed: `mfa-desk export` (whole process and in-process) beside pandoc.

Generates a 200-point bilingual release (three levels, ~20k words), exports it
to DOCX and HTML, and has pandoc convert the same content from Markdown in the
same run. Prints medians and ratios; asserts nothing (see the issue's goals:
whole-process at or below pandoc, in-process DOCX < 150 ms, HTML < 50 ms).

    .venv/bin/python benchmarks/export_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.model.release import BiText, Release, Segment

SYLLABLES = "가나다라마바사아자차카타파하국제협력외교부장관회의개최합의지원교류"
EN_WORDS = ("the two sides agreed to expand cooperation in energy trade research ministry "
            "minister dialogue partnership security climate support exchange program region "
            "further develop joint projects and continue").split()


def _ko_sentence(rng: random.Random, words: int) -> str:
    return " ".join("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
                    for _ in range(words)) + "하였다."


def _en_sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(EN_WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def make_release(points: int = 200, words_per_text: int = 50) -> Release:
    """50 level-1 points, each with two level-2 points, the first with one level-3."""
    rng = random.Random(20260317)

    def seg(*children: Segment) -> Segment:
        return Segment(text=BiText(_ko_sentence(rng, words_per_text),
                                   _en_sentence(rng, words_per_text)), children=list(children))

    level1 = points // 4
    release = Release(headline=Segment.of("가상 해양협력 대화 개최", "Maritime Dialogue Held"))
    release.points = [seg(seg(seg()), seg()) for _ in range(level1)]
    release.unofficial_translation = True
    return release


def to_markdown(release: Release) -> str:
    lines = []
    for lang in ("ko", "en"):
        lines += [f"# {release.headline.text.get(lang)}", ""]
        for i, p in enumerate(release.points, 1):
            lines.append(f"{i}. {p.text.get(lang)}")
            for c in p.children:
                lines.append(f"    - {c.text.get(lang)}")
                for g in c.children:
                    lines.append(f"        - {g.text.get(lang)}")
        lines.append("")
    return "\n".join(lines)


def median_ms(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    release = make_release()
    words = sum(len(ref.segment.text.ko.split()) + len(ref.segment.text.en.split())
                for ref in release.iter_segments())
    segments = sum(1 for ref in release.iter_segments() if ref.kind == "point")
    cli = Path(sys.executable).with_name("mfa-desk")
    pandoc = shutil.which("pandoc")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        src = folder / "release.mfadesk"
        save_release(release, src)
        md = folder / "release.md"
        md.write_text(to_markdown(release), encoding="utf-8")
        print(f"release: {segments} points, {words} words (both languages)")

        def run(cmd: list[str]) -> None:
            subprocess.run(cmd, check=True, capture_output=True)

        rows = []
        for to in ("docx", "html"):
            ours = median_ms(lambda to=to: run([str(cli), "export", str(src), "--to", to,
                                                "--lang", "both", "-o",
                                                str(folder / f"o.{to}")]), args.runs)
            theirs = None
            if pandoc:
                extra = ["-s", "--metadata", "title=bench"] if to == "html" else []
                theirs = median_ms(lambda to=to, extra=extra: run(
                    [pandoc, str(md), *extra, "-o", str(folder / f"p.{to}")]), args.runs)
            rows.append((to, ours, theirs))
        print(f"\nwhole process (median of {args.runs}), --lang both:")
        for to, ours, theirs in rows:
            if theirs is None:
                print(f"  {to:5} mfa-desk {ours:7.1f} ms   pandoc: not installed")
            else:
                print(f"  {to:5} mfa-desk {ours:7.1f} ms   pandoc {theirs:7.1f} ms   "
                      f"ratio {ours / theirs:4.2f}")
        start_only = median_ms(lambda: run([str(cli), "--version"]), args.runs)
        print(f"  start-up alone (mfa-desk --version): {start_only:.1f} ms")
    print(f"\nin process (median of {args.runs}):")
    for variant in ("ko", "en", "both"):
        d = median_ms(lambda v=variant: export_docx(release, v, io.BytesIO()), args.runs)
        h = median_ms(lambda v=variant: export_html(release, v), args.runs)
        print(f"  {variant:4}  DOCX {d:6.1f} ms (goal < 150)   HTML {h:5.1f} ms (goal < 50)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
