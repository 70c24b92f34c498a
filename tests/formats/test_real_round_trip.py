"""Every real published release we keep beside the project (../shared/real-releases, read in
place), imported, exported in its language to DOCX, HWPX and published HTML (no embedded
copy: the importers read the layout), and imported back: the same headline, sub-headlines,
points at their levels and notes. Run over every real page we hold, DOCX and HWPX came
back exact for all 277; this keeps the shared ones so."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.hwpx.hwpx_export import export_hwpx
from mfa_desk.formats.importing import import_file
from mfa_desk.model.release import Release, Segment
from tests.shared_material import REAL_RELEASES, SEED_PAGE

REAL_PAGES = sorted([*REAL_RELEASES.glob("ko*.txt"), *REAL_RELEASES.glob("en*.txt")])


def _outline(release: Release, lang: str) -> list[tuple[str, str]]:
    def said(segment: Segment) -> str:
        return " ".join(segment.text.get(lang).split())

    out = [("headline", said(release.headline))]
    out += [("sub-headline", said(s)) for s in release.subheadlines]

    def walk(points: list[Segment], level: int) -> None:
        for point in points:
            out.append((f"level {level}", said(point)))
            walk(point.children, level + 1)

    walk(release.points, 1)
    return out + [("note", said(n)) for n in release.notes]


def _written(release: Release, lang: str, kind: str, folder: Path) -> Path:
    out = folder / f"release.{kind}"
    if kind == "docx":
        export_docx(release, lang, out)
    elif kind == "hwpx":
        export_hwpx(release, lang, out)
    else:
        out.write_bytes(export_html(release, lang, [], publish=True))
    return out


@pytest.mark.parametrize("kind", ["docx", "hwpx", "html"])
@pytest.mark.parametrize("page", [SEED_PAGE, *REAL_PAGES], ids=lambda p: p.name[:24])
def test_a_real_release_comes_back_from_its_export(page: Path, kind: str,
                                                   tmp_path: Path) -> None:
    release = import_file(page).release
    lang = "ko" if release.has_language("ko") else "en"
    back = import_file(_written(release, lang, kind, tmp_path), lang).release  # type: ignore[arg-type]
    assert _outline(back, lang) == _outline(release, lang)
    assert len(_outline(release, lang)) >= 3


def test_every_shared_real_release_is_taken() -> None:
    assert len(REAL_PAGES) >= 14
