"""No page of an exported DOCX holds only "끝." and the unofficial-translation line.

Releases of growing length are laid out by LibreOffice (PDF) and the last page read
back with pdftotext. Without keep-with-next, the 22-point Korean release below put
"끝." alone on page 2 (measured with this LibreOffice); every length must keep the
end mark with text.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.model.release import Release, Segment

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LENGTHS = range(18, 27)
CLOSING_ONLY = {"끝.", "*", "unofficial", "translation"}


def release_of(points: int) -> Release:
    release = Release()
    release.headline = Segment.of("해양 협력 회의 개최", "Ocean cooperation meeting held")
    release.points = [Segment.of(
        f"{i}번째 항목으로 양측은 해양 협력 방안을 폭넓게 논의하였으며 후속 조치를 이어가기로 "
        "하였다.", f"Point {i}: the two sides discussed ways to cooperate at sea and agreed to "
        "follow up.") for i in range(1, points + 1)]
    release.unofficial_translation = True
    return release


@pytest.fixture(scope="module")
def last_pages(tmp_path_factory) -> dict[str, str]:
    if SOFFICE is None or shutil.which("pdftotext") is None:
        pytest.fail("LibreOffice and poppler-utils are needed: `make test` installs them")
    folder = tmp_path_factory.mktemp("endmark")
    names = []
    for variant in ("ko", "both"):
        for points in LENGTHS:
            path = folder / f"{variant}-{points}.docx"
            export_docx(release_of(points), variant, path)  # type: ignore[arg-type]
            names.append(path)
    subprocess.run([SOFFICE, f"-env:UserInstallation={(folder / 'profile').as_uri()}",
                    "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                    *map(str, names)], check=True, capture_output=True, timeout=600)
    out = {}
    for path in names:
        pdf = path.with_suffix(".pdf")
        info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True,
                              text=True, timeout=60).stdout
        pages = int(next(line.split()[1] for line in info.splitlines()
                         if line.startswith("Pages:")))
        out[path.stem] = subprocess.run(
            ["pdftotext", "-f", str(pages), "-l", str(pages), str(pdf), "-"], check=True,
            capture_output=True, text=True, timeout=60).stdout
    return out


def test_the_last_page_always_holds_text_besides_the_end_mark(last_pages: dict[str, str]
                                                                ) -> None:
    assert len(last_pages) == 2 * len(LENGTHS)
    for name, text in last_pages.items():
        words = set(text.split())
        assert words - CLOSING_ONLY, f"{name}: the last page holds only {sorted(words)}"
