"""PDF export: every segment of both languages in order, in two columns, A4, fonts embedded.

Read back with poppler-utils (pdftotext -bbox, pdfinfo, pdffonts), which `make test`
installs.
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.formats.pdf.pdf_export import export_pdf
from tests.formats.export_cases import SAMPLE_FILE
from tests.shared_material import REAL_RELEASES

_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" '
                   r'yMax="[\d.]+">(.*?)</word>')
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


def _tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.fail(f"{name} is not installed: `make test` installs poppler-utils")
    return found


@pytest.fixture(scope="module")
def sample_pdf(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("pdf") / "sample.pdf"
    export_pdf(load_release(SAMPLE_FILE), "both", out)
    return out


def columns(pdf: Path) -> tuple[list[tuple[float, float]], str, str]:
    """Page sizes, and the text of the left and right half of every page, page by page."""
    xml = subprocess.run([_tool("pdftotext"), "-bbox", str(pdf), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    sizes, left, right = [], [], []
    for page in xml.split("<page ")[1:]:
        width, height = map(float, _PAGE.match("<page " + page).groups())
        sizes.append((width, height))
        words = [(float(x), float(y), html.unescape(t)) for x, y, t in _WORD.findall(page)]
        for x, _y, text in sorted(words, key=lambda w: (round(w[1]), w[0])):
            (left if x < width / 2 else right).append(text)
    return sizes, "".join(left), "".join(right)


def _squeeze(text: str) -> str:
    return "".join(text.split())


def test_every_segment_of_both_languages_in_order_in_two_columns(sample_pdf: Path) -> None:
    release = load_release(SAMPLE_FILE)
    sizes, left, right = columns(sample_pdf)
    assert len(sizes) >= 2
    for width, height in sizes:  # A4 in points
        assert abs(width - 595.3) < 1 and abs(height - 841.9) < 1
    for lang, column in (("ko", left), ("en", right)):
        position = 0
        texts = [ref.segment.text.get(lang) for ref in release.iter_segments()]
        texts += [a.title.get(lang) for a in release.attachments]
        for text in filter(None, map(_squeeze, texts)):
            found = column.find(text, position)
            assert found >= 0, f"{lang}: {text!r} not in its column after {position}"
            position = found + len(text)


def test_fonts_are_embedded_and_korean_is_nanum_or_noto(sample_pdf: Path) -> None:
    listing = subprocess.run([_tool("pdffonts"), str(sample_pdf)], check=True,
                             capture_output=True, text=True, timeout=60).stdout
    rows = listing.splitlines()[2:]
    assert rows and all(" yes yes " in row for row in rows), listing
    assert any("Nanum" in row or "CJK" in row for row in rows), listing


def test_pdf_carries_the_embargo_stamp_and_letterhead(tmp_path: Path) -> None:
    release = load_release(SAMPLE_FILE)
    release.metadata.timing = "embargo"
    release.metadata.timing_text = "2026. 12. 3.(목) 14:00 이후"
    out = tmp_path / "e.pdf"
    export_pdf(release, "ko", out)
    text = subprocess.run([_tool("pdftotext"), str(out), "-"], check=True, capture_output=True,
                          text=True, timeout=60).stdout
    first = _squeeze(text)
    assert first.index("엠바고:2026.12.3.(목)14:00이후보도") < first.index("외교부") < first.index(
        _squeeze(release.headline.text.ko))


def test_korean_words_are_kept_whole_and_english_untouched() -> None:
    from mfa_desk.formats.pdf.korean_wrap import keep_korean_words

    page = ('<html><body><p lang="ko">가나 다라<b>마바</b> 사아 abc '
            + "가" * 20 + '</p><p lang="en">x y</p></body></html>').encode()
    out = keep_korean_words(page).decode("utf-8")
    assert ('<p lang="ko"><span class="kw">가나</span> <span class="kw">다라</span><b>'
            '<span class="kw">마바</span></b> <span class="kw">사아</span> abc ') in out
    assert "가" * 20 + "</p>" in out  # too long to keep: may break rather than overflow
    assert '<p lang="en">x y</p>' in out


def test_no_korean_line_of_the_sample_pdf_ends_inside_a_word(sample_pdf: Path) -> None:
    from lxml import html as lxml_html

    from mfa_desk.formats.html.html_export import export_html

    text = subprocess.run([_tool("pdftotext"), str(sample_pdf), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    page = export_html(load_release(SAMPLE_FILE), "both", publish=True)
    words = set(" ".join(lxml_html.document_fromstring(page).itertext()).split())
    ends = 0
    for line in text.splitlines():
        last = line.split()[-1] if line.split() else ""
        if re.search("[\uac00-\ud7a3]", last):
            ends += 1
            assert any(w.endswith(last) for w in words), f"{last!r} ends a line inside a word"
    assert ends > 10


REAL = REAL_RELEASES
REAL_PAIR = ("ko11_nuriilbo_2022-02-28_ukraine.txt", "en03_mofa_322004_2022-02-28_ukraine_aid.txt")


def test_a_real_published_pair_prints_every_segment_in_its_column(tmp_path: Path) -> None:
    """The Korean and English of one published announcement (../shared/real-releases),
    imported as a pair: each language's segments in order in its own column."""
    from mfa_desk.formats.importing import import_pair

    release = import_pair(REAL / REAL_PAIR[0], REAL / REAL_PAIR[1]).release
    out = tmp_path / "real.pdf"
    export_pdf(release, "both", out)
    _sizes, left, right = columns(out)
    found = 0
    for lang, column in (("ko", left), ("en", right)):
        position = 0
        for ref in release.iter_segments():
            text = _squeeze(ref.segment.text.get(lang))
            if not text:
                continue
            at = column.find(text, position)
            assert at >= 0, f"{lang}: {ref.path} not in its column after {position}"
            position = at + len(text)
            found += 1
    assert found >= 6
