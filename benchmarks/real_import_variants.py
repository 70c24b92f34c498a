"""The real releases as other browsers copy them: every page of the shared set, the seed
page and any --folder DIR (a held-out batch with its expected.json) is changed in ways
that alter only its layout, imported, and scored like benchmarks/real_import.py.

    .venv/bin/python benchmarks/real_import_variants.py [-v] [--folder DIR ...]

Variants: Windows line ends; some spaces as no-break spaces; trailing spaces and tabs;
every line break doubled (a blank line after every line: <p> and <div> copied one per
paragraph); every blank line removed; a byte-order mark and zero-width spaces; the same
indentation on every line (spaces, a tab, an ideographic space). The goal is the
original's score under every variant.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests" / "formats"))

from real_scoring import (  # noqa: E402
    REAL,
    SEED,
    SEED_EXPECTED,
    Score,
    expected_of,
    imported,
    score,
    summary,
)


def _every_third_space(text: str) -> str:
    return "".join("\u00a0" if ch == " " and i % 3 == 0 else ch for i, ch in enumerate(text))


def _each_line(prefix: str = "", suffix: str = "") -> Callable[[str], str]:
    def change(text: str) -> str:
        return "\n".join(prefix + line + suffix if line.strip() else line
                         for line in text.split("\n"))
    return change


VARIANTS: dict[str, Callable[[str], str]] = {
    "as published": lambda t: t,
    "CRLF line ends": lambda t: t.replace("\n", "\r\n"),
    "no-break spaces": _every_third_space,
    "trailing blanks": _each_line(suffix="  \t"),
    "breaks doubled": lambda t: t.replace("\n", "\n\n"),
    "blank lines gone": lambda t: re.sub(r"\n\s*\n+", "\n", t),
    # A selection that starts or ends between paragraphs: an empty line before and after.
    "blank lines around": lambda t: "\n\n" + t.strip("\n") + "\n\n",
    "blank lines gone, one before": lambda t: "\n" + re.sub(r"\n\s*\n+", "\n", t.strip("\n")),
    "BOM, zero-width": lambda t: "\ufeff" + t.replace("\n", "\u200b\n", 3),
    "indented 4 spaces": _each_line(prefix="    "),
    "indented tab": _each_line(prefix="\t"),
    "indented U+3000": _each_line(prefix="\u3000"),
}


def main(argv: list[str]) -> int:
    folders = [REAL] + [Path(argv[i + 1]) for i, a in enumerate(argv[:-1]) if a == "--folder"]
    pages = [(folder / name, want) for folder in folders
             for name, want in sorted(expected_of(folder).items())]
    pages.append((SEED, SEED_EXPECTED))
    with tempfile.TemporaryDirectory() as tmp:
        for label, change in VARIANTS.items():
            scores: list[Score] = []
            for path, want in pages:
                copy = Path(tmp) / path.name
                copy.write_bytes(change(path.read_text(encoding="utf-8")).encode("utf-8"))
                scores.append(score(path.name, imported(copy), want))
            print(summary(f"{label:18}", scores))
            if "-v" in argv:
                for s in scores:
                    if not s.exact:
                        print(f"    {s.name[:50]} {s.right}/{s.total}: {'; '.join(s.problems[:3])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
