"""PDF export speed and size: WeasyPrint laying out our HTML, against the HTML export
itself (the baseline in the same run), with NanumGothic (what we use) and with the
Noto Sans CJK collection for Korean.

Prints medians (seconds), sizes and ratios for the bilingual sample and for a
real published release pair under ../shared/real-releases when one is there;
asserts nothing.

    .venv/bin/python benchmarks/pdf_export.py [--runs N]
"""

from __future__ import annotations

import argparse
import logging
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from mfa_desk.formats.html.html_export import export_html  # noqa: E402
from mfa_desk.formats.native.mfadesk_file import load_release  # noqa: E402
from mfa_desk.formats.pdf import pdf_export  # noqa: E402
from mfa_desk.model.release import Release  # noqa: E402
from tests.shared_material import REAL_RELEASES  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "resources" / "samples" / "sample-release.mfadesk"
NOTO_ONLY = '"Noto Sans CJK KR", sans-serif'


def _median(runs: int, work: Callable[[], bytes]) -> tuple[float, int]:
    times, size = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        size = len(work())
        times.append(time.perf_counter() - start)
    return statistics.median(times), size


def _pdf(release: Release, korean_fonts: str) -> bytes:
    css = pdf_export.PDF_CSS.replace(pdf_export.PDF_KO_FONTS, korean_fonts)
    html = export_html(release, "both", publish=True, extra_css=css)
    return pdf_export.render_pdf(html)


REAL_PAIR = ("ko11_nuriilbo_2022-02-28_ukraine.txt", "en03_mofa_322004_2022-02-28_ukraine_aid.txt")


def _real_release() -> Release | None:
    """A published release pair (Korean and English of one announcement), imported."""
    from mfa_desk.errors import MfaDeskError
    from mfa_desk.formats.importing import import_pair

    folder = REAL_RELEASES
    try:
        return import_pair(folder / REAL_PAIR[0], folder / REAL_PAIR[1]).release
    except MfaDeskError:
        return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    cases = [("sample (bilingual)", load_release(SAMPLE))]
    real = _real_release()
    if real is not None:
        cases.append(("a real release pair", real))
    for name, release in cases:
        _pdf(release, pdf_export.PDF_KO_FONTS)  # font caches warm, as in a running editor
        html_s, html_size = _median(runs, lambda r=release: export_html(r, "both"))
        nanum_s, nanum_size = _median(runs, lambda r=release: _pdf(r, pdf_export.PDF_KO_FONTS))
        noto_s, noto_size = _median(runs, lambda r=release: _pdf(r, NOTO_ONLY))
        print(f"== {name}, median of {runs}")
        print(f"HTML export (baseline)   {html_s:7.3f} s  {html_size / 1024:7.0f} KB")
        print(f"PDF, NanumGothic         {nanum_s:7.3f} s  {nanum_size / 1024:7.0f} KB  "
              f"x{nanum_s / html_s:.0f} HTML")
        print(f"PDF, Noto Sans CJK KR    {noto_s:7.3f} s  {noto_size / 1024:7.0f} KB  "
              f"x{noto_s / html_s:.0f} HTML; Noto/Nanum time {noto_s / nanum_s:.2f}, "
              f"size {noto_size / nanum_size:.1f}")


if __name__ == "__main__":
    main()
