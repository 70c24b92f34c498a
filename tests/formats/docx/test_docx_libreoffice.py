"""LibreOffice opens every DOCX variant and shows every segment and list number in order."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from mfa_desk.formats.release_walker import walk_release
from tests.formats.export_cases import VARIANTS, docx_bytes, releases

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


def _expected(release, variant: str) -> list[str]:
    """Each text as LibreOffice's text export shows it: decimal list labels in front."""
    walked = walk_release(release, variant)  # type: ignore[arg-type]
    out = []
    for lang in walked.langs:
        out.append(walked.banner[lang])
    for block in walked.blocks:
        for lang in walked.langs:
            text = block.texts.get(lang, "")
            marker = block.markers.get(lang, "")
            numbered = block.kind in ("point", "attachments") and marker.endswith(".")
            if numbered and marker[:-1].isdigit():
                out.append(f"{marker} {text}".rstrip())
            elif text:
                out.append(text)
    return out


@pytest.fixture(scope="module")
def converted(tmp_path_factory) -> dict[tuple[str, str], str]:
    if SOFFICE is None:
        pytest.fail("LibreOffice (soffice) is not installed: `make test` installs "
                    "libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("lo")
    profile = folder / "profile"
    sources = []
    for name, release in releases().items():
        for variant in VARIANTS:
            path = folder / f"{name}-{variant}.docx"
            path.write_bytes(docx_bytes(release, variant))
            sources.append(str(path))
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile.as_uri()}", "--headless",
                    "--convert-to", "txt:Text (encoded):UTF8", "--outdir", str(folder),
                    *sources], check=True, capture_output=True, timeout=300)
    out = {}
    for name in releases():
        for variant in VARIANTS:
            txt = folder / f"{name}-{variant}.txt"
            out[(name, variant)] = txt.read_text(encoding="utf-8-sig")
    return out


@pytest.mark.parametrize("name", ["sample", "numbered"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_every_segment_and_number_appears_in_order(converted, name: str, variant: str) -> None:
    text = converted[(name, variant)]
    position = 0
    for expected in _expected(releases()[name], variant):
        found = text.find(expected, position)
        assert found >= 0, f"{expected!r} missing after offset {position} in {name}-{variant}"
        position = found + len(expected)


def test_numbered_korean_points_show_their_numbers(converted) -> None:
    text = converted[("numbered", "ko")]
    release = releases()["numbered"]
    for i, point in enumerate(release.points, start=1):
        assert f"{i}. {point.text.ko}" in text
