"""PDF of a release: the publish HTML page laid out by WeasyPrint (BSD), A4, fonts embedded.

The PDF, print preview and Print are this one layout, so what an officer prints is
what the HTML shows: the letterhead, the embargo stamp, the header table, two
columns for "both", markers hanging with their text indented.

Korean text prefers NanumGothic (TrueType): WeasyPrint subsets the fonts it
embeds, and subsetting the Noto Sans CJK collection (CFF, 65,000 glyphs) took
10.8 s for the bilingual sample against 1.2 s with NanumGothic (73 KB PDF
against 321 KB); Noto stays the fallback. Nothing outside the page is fetched:
only data: URIs (photos, the logo) are allowed.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO

from mfa_desk.errors import MfaDeskError
from mfa_desk.formats.letterhead import Letterhead
from mfa_desk.formats.release_walker import Variant
from mfa_desk.model.release import Release

PDF_KO_FONTS = '"NanumGothic", "Nanum Gothic", "Noto Sans CJK KR", "Malgun Gothic", sans-serif'
PDF_EN_FONTS = '"Liberation Sans", Arial, "DejaVu Sans", sans-serif'
PDF_CSS = f"""
body {{ padding: 0; font-family: {PDF_EN_FONTS}; }}
[lang="ko"] {{ font-family: {PDF_KO_FONTS}; }}
[lang="en"] {{ font-family: {PDF_EN_FONTS}; }}
article, article.both {{ max-width: none; }}
@page {{ size: A4; margin: 18mm 16mm 16mm;
  @bottom-center {{ content: counter(page) " / " counter(pages); font-size: 8.5pt;
    color: #555; font-family: {PDF_EN_FONTS}; }} }}
"""


class PdfUnavailable(MfaDeskError):
    """WeasyPrint or the Pango libraries it needs are missing."""


def _without_tls_is_fine() -> None:
    """The bundle leaves TLS out (an offline editor), so urllib has no HTTPSHandler, which
    WeasyPrint's fetcher builds even when only data: URIs are allowed: give it one that
    refuses, as it would refuse any https URL here anyway."""
    from urllib import error, request

    if hasattr(request, "HTTPSHandler"):
        return

    class NoHttps(request.BaseHandler):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__()

        def https_open(self, req: request.Request) -> None:
            raise error.URLError("no https in MFA Desk")

    # The stdlib stubs always declare HTTPSHandler; this Python was built without it.
    request.HTTPSHandler = NoHttps  # type: ignore[assignment,misc]


def render_pdf(html: bytes) -> bytes:
    """Lay out an exported page as PDF bytes."""
    _without_tls_is_fine()
    try:
        import weasyprint
        from weasyprint.urls import URLFetcher
    except (ImportError, OSError) as exc:  # OSError: Pango/HarfBuzz not installed
        raise PdfUnavailable(f"PDF export needs WeasyPrint and the Pango libraries ({exc})"
                             ) from None
    fetcher = URLFetcher(allowed_protocols={"data"})
    document = weasyprint.HTML(string=html.decode("utf-8"), url_fetcher=fetcher,
                               base_url=None)
    pdf = document.write_pdf()
    assert pdf is not None  # write_pdf without a target returns the bytes
    return bytes(pdf)


def pdf_bytes(release: Release, lang: Variant, letterhead: Letterhead | None = None,
              warnings: list[str] | None = None) -> bytes:
    """The PDF of a release (the publish page: no round-trip data in it)."""
    from mfa_desk.formats.html.html_export import export_html
    from mfa_desk.formats.pdf.korean_wrap import KEEP_CSS, keep_korean_words

    page = export_html(release, lang, warnings, publish=True, letterhead=letterhead,
                       extra_css=PDF_CSS + KEEP_CSS)
    return render_pdf(keep_korean_words(page))


def export_pdf(release: Release, lang: Variant, out: str | os.PathLike[str] | IO[bytes],
               letterhead: Letterhead | None = None) -> list[str]:
    """Write the PDF to a path or binary stream; return the export's warnings."""
    warnings: list[str] = []
    pdf = pdf_bytes(release, lang, letterhead, warnings)
    if isinstance(out, (str, os.PathLike)):
        from mfa_desk.fileio import atomic_write_bytes

        atomic_write_bytes(Path(out), pdf)
    else:
        out.write(pdf)
    return warnings
