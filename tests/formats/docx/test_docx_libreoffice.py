"""LibreOffice opens every DOCX variant and shows every segment and list number in order.

The expected lines come from the release's own strings (visible_text.release_texts),
never from the release walker the exporter uses, so a fault in the walker fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest

from tests.formats.export_cases import VARIANTS, docx_bytes, releases
from tests.formats.visible_text import Shown, release_texts

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
LANGS = {"ko": ("ko",), "en": ("en",), "both": ("ko", "en")}


def _line_pattern(shown: Shown) -> re.Pattern[str]:
    """The line LibreOffice's text export writes for `shown`, from the release's own text:
    a list item indented four spaces a level, a number as numbered ("1. "), a bullet as
    LibreOffice's own glyph for the level (it does not keep Word's), then the text."""
    if shown.level == 0:
        return re.compile(re.escape(shown.text))
    numbered = re.fullmatch(r"\d+\.", shown.marker) is not None
    label = re.escape(shown.marker) if numbered else r"[^\s\w]"
    return re.compile(" " * 4 * shown.level + label + " " + re.escape(shown.text))


def _expected(release, variant: str) -> list[tuple[str, list[Shown]]]:
    return [(lang, release_texts(release, lang)) for lang in LANGS[variant]]


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
    lines = converted[(name, variant)].splitlines()
    for lang, expected in _expected(releases()[name], variant):
        position = 0
        for shown in expected:
            pattern = _line_pattern(shown)
            found = next((i for i in range(position, len(lines))
                          if pattern.fullmatch(lines[i])), None)
            assert found is not None, (f"{name}-{variant} [{lang}]: no line {pattern.pattern!r} "
                                       f"after line {position}")
            position = found + 1


def test_numbered_korean_points_show_their_numbers(converted) -> None:
    text = converted[("numbered", "ko")]
    release = releases()["numbered"]
    for i, point in enumerate(release.points, start=1):
        assert f"{i}. {point.text.ko}" in text
