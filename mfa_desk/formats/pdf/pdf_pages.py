"""The pages of a PDF as RGB pixels, for print preview and Print.

Qt's own PDF module is not in PySide6-Essentials; PDFium (through pypdfium2,
BSD-3-Clause/Apache-2.0, 8 MB) draws our PDF export's pages exactly, so paper
shows what the PDF shows.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Protocol

from mfa_desk.errors import MfaDeskError

MAX_PAGES = 500  # far beyond any release; bounds the time a damaged file could take


@dataclass(frozen=True)
class PageImage:
    width: int
    height: int
    rgb: bytes  # width * 3 bytes per row, no padding


# What we use of pypdfium2, which ships no types: the document, its pages, a page's
# bitmap and the PIL image it becomes.
class _Image(Protocol):
    width: int
    height: int

    def convert(self, mode: str) -> _Image: ...
    def tobytes(self) -> bytes: ...


class _Bitmap(Protocol):
    def to_pil(self) -> _Image: ...


class _Page(Protocol):
    def render(self, *, scale: float) -> _Bitmap: ...
    def close(self) -> None: ...


class _Document(Protocol):
    def __len__(self) -> int: ...
    def __getitem__(self, index: int) -> _Page: ...


def page_count(pdf: bytes) -> int:
    return len(_open(pdf))


def page_images(pdf: bytes, dpi: int) -> Iterator[PageImage]:
    document = _open(pdf)
    for index in range(min(len(document), MAX_PAGES)):
        page = document[index]
        try:
            image = page.render(scale=dpi / 72).to_pil().convert("RGB")
        finally:
            page.close()
        yield PageImage(image.width, image.height, image.tobytes())


def _open(pdf: bytes) -> _Document:
    try:
        import pypdfium2
    except ImportError as exc:
        raise MfaDeskError(f"printing needs pypdfium2 ({exc})") from None
    try:
        document: _Document = pypdfium2.PdfDocument(pdf)
        return document
    except pypdfium2.PdfiumError as exc:
        raise MfaDeskError(f"the PDF to print cannot be read ({exc})") from None
