"""HWPX export and import speed beside DOCX, and HWP 5 (.hwp) import beside HWPX.

The 200-point bilingual release of export_speed.py is exported to HWPX and DOCX
(ko and both), each export imported back (the embedded release, then the
paragraph reading with the embedded release removed), and the HWPX saved as an
HWP 5 file by python-hwpx and imported. Prints medians and ratios against the
DOCX figures measured in the same run; asserts nothing.

    .venv/bin/python benchmarks/hwpx_speed.py [--runs N]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_speed import make_release  # noqa: E402 - the benchmark beside this one

from mfa_desk.formats.docx.docx_export import export_docx  # noqa: E402
from mfa_desk.formats.hwpx.hwpx_export import export_hwpx  # noqa: E402
from mfa_desk.formats.importing import import_file  # noqa: E402
from mfa_desk.formats.native.canonical import release_to_canonical  # noqa: E402
from mfa_desk.model.release import Release  # noqa: E402


def median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def without_payload(data: bytes, part: str, pattern: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            blob = src.read(info.filename)
            dst.writestr(info, re.sub(pattern, b"", blob, flags=re.S)
                         if info.filename == part else blob)
    return out.getvalue()


def measure_variant(release: Release, variant: str, folder: Path, runs: int) -> None:
    paths = {kind: folder / f"{variant}.{kind}" for kind in ("hwpx", "docx")}
    t_hwpx = median_ms(lambda: export_hwpx(release, variant, paths["hwpx"]), runs)
    t_docx = median_ms(lambda: export_docx(release, variant, paths["docx"]), runs)
    print(f"export {variant:4}  hwpx {t_hwpx:7.1f}   docx {t_docx:7.1f}   "
          f"ratio {t_hwpx / t_docx:.2f}")
    i_hwpx = median_ms(lambda: import_file(paths["hwpx"]), runs)
    i_docx = median_ms(lambda: import_file(paths["docx"]), runs)
    print(f"import {variant:4}  hwpx {i_hwpx:7.1f}   docx {i_docx:7.1f}   "
          f"ratio {i_hwpx / i_docx:.2f}   (embedded release)")
    foreign = {"hwpx": folder / f"{variant}-foreign.hwpx",
               "docx": folder / f"{variant}-foreign.docx"}
    foreign["hwpx"].write_bytes(without_payload(
        paths["hwpx"].read_bytes(), "Contents/content.hpf",
        rb'<opf:meta name="mfadesk-release".*?</opf:meta>'))
    foreign["docx"].write_bytes(without_payload(
        paths["docx"].read_bytes(), "word/_rels/document.xml.rels",
        rb'<Relationship [^>]*customXml[^>]*/>'))
    r_hwpx = median_ms(lambda: import_file(foreign["hwpx"]), runs)
    r_docx = median_ms(lambda: import_file(foreign["docx"]), runs)
    print(f"read   {variant:4}  hwpx {r_hwpx:7.1f}   docx {r_docx:7.1f}   "
          f"ratio {r_hwpx / r_docx:.2f}   (paragraphs)")


def measure_hwp5(folder: Path, runs: int) -> None:
    from hwpx import HwpxDocument

    hwpx, hwp = folder / "ko-foreign.hwpx", folder / "ko.hwp"
    HwpxDocument.open(str(hwpx)).save_to_path(str(hwp))
    t_hwp = median_ms(lambda: import_file(hwp), runs)
    t_hwpx = median_ms(lambda: import_file(hwpx), runs)
    same = (release_to_canonical(import_file(hwp).release)
            == release_to_canonical(import_file(hwpx).release))
    print(f"import ko    hwp5 {t_hwp:7.1f}   hwpx {t_hwpx:7.1f}   ratio {t_hwp / t_hwpx:.2f}   "
          f"same release: {same}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    release = make_release()
    folder = Path(tempfile.mkdtemp())
    print(f"200-point bilingual release, median of {runs} runs (ms)")
    for variant in ("ko", "both"):
        measure_variant(release, variant, folder, runs)
    measure_hwp5(folder, runs)


if __name__ == "__main__":
    main()
