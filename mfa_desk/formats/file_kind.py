"""What a file is by its first bytes, whatever its name says.

Releases reach officers as board attachments saved under any name: a ministry board's
download link often saves as `view.do` or `download` with no suffix, an HWPX as `.zip`,
a page as `.txt` holding the page's HTML. Before, anything not named .docx, .hwp(x) or
.html was read as text: a DOCX named `release` came in as the zip's bytes decoded as
Korean, a small PDF as its PDF operators. The importer now opens a file by what it is,
and names what it cannot read (a PDF, an image, another archive) in one line.
"""

from __future__ import annotations

import zipfile
from enum import Enum
from pathlib import Path
from typing import BinaryIO

from mfa_desk.formats.zip_parts import OLE_MAGIC

SNIFF_BYTES = 64 * 1024  # the HWP 5 signature sits in the compound file's first sectors
HWP5_SIGNATURE = b"HWP Document File"
# Each holds a byte no text has (NUL, 0xFF, 0x89), or six letters no release opens with.
IMAGE_MAGIC = ((b"\x89PNG\r\n\x1a\n", "PNG"), (b"\xff\xd8\xff", "JPEG"), (b"GIF87a", "GIF"),
               (b"GIF89a", "GIF"), (b"II*\x00", "TIFF"), (b"MM\x00*", "TIFF"))
# A page saved as text: its HTML opens with a doctype or the html element (after an XML
# declaration at most). "<참고자료>" or "<보도자료>" opening a text is not HTML.
HTML_STARTS = (b"<!doctype html", b"<html")
UTF8_BOM = b"\xef\xbb\xbf"


class FileKind(Enum):
    TEXT = "text"  # anything not recognised below: read as text
    DOCX = "docx"
    HWPX = "hwpx"
    HWP5 = "hwp"
    WORD97 = "doc"  # Word 97-2003, or a password-protected .docx
    OLE = "ole"  # another compound file
    HTML = "html"
    PDF = "pdf"
    IMAGE = "image"
    ODF = "odf"  # an OpenDocument file (LibreOffice's .odt)
    ZIP = "zip"  # another archive


def sniff(path: Path) -> tuple[FileKind, str]:
    """The kind of `path` by content, and for an image its format ("PNG")."""
    with path.open("rb") as f:
        head = f.read(SNIFF_BYTES)
        if head.startswith(OLE_MAGIC):
            return _ole_kind(f, head), ""
    if head.startswith(b"%PDF-"):
        return FileKind.PDF, ""
    for magic, name in IMAGE_MAGIC:
        if head.startswith(magic):
            return FileKind.IMAGE, name
    if head.startswith(b"BM") and head[6:10] == b"\0\0\0\0":  # BMP: size, then zeros
        return FileKind.IMAGE, "BMP"
    if head.startswith(b"PK\x03\x04") and zipfile.is_zipfile(path):
        return _zip_kind(path), ""
    start = head[:1024].removeprefix(UTF8_BOM).lstrip().lower()
    if start.startswith(b"<?xml") and b"?>" in start:
        start = start.split(b"?>", 1)[1].lstrip()
    if start.startswith(HTML_STARTS):
        return FileKind.HTML, ""
    return FileKind.TEXT, ""


def _ole_kind(f: BinaryIO, head: bytes) -> FileKind:
    """HWP 5 or Word 97-2003, by the names of the compound file's first streams (its
    directory, wherever the header says it starts) or the HWP signature."""
    shift = int.from_bytes(head[30:32], "little")
    sector = 1 << shift if shift in (9, 12) else 512
    first_directory = int.from_bytes(head[48:52], "little")
    f.seek((first_directory + 1) * sector)
    directory = f.read(4 * sector)
    if HWP5_SIGNATURE in head or "FileHeader".encode("utf-16-le") in directory:
        return FileKind.HWP5
    if "WordDocument".encode("utf-16-le") in directory:
        return FileKind.WORD97
    return FileKind.OLE


def _zip_kind(path: Path) -> FileKind:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            mimetype = z.read("mimetype")[:64] if "mimetype" in names else b""
    except (zipfile.BadZipFile, OSError, KeyError, ValueError, RuntimeError):
        return FileKind.ZIP
    if "[Content_Types].xml" in names and any(n.startswith("word/") for n in names):
        return FileKind.DOCX
    if mimetype.startswith(b"application/hwp") or any(
            n.startswith("Contents/section") for n in names):
        return FileKind.HWPX
    if mimetype.startswith(b"application/vnd.oasis.opendocument"):
        return FileKind.ODF
    return FileKind.ZIP


def refusal(kind: FileKind, detail: str) -> str | None:
    """The one line that says why a file of this kind is not imported, or None."""
    if kind is FileKind.PDF:
        return ("a PDF document, which MFA Desk does not read: import the release's HWP, "
                "HWPX or DOCX, or copy its text from the PDF or the web page")
    if kind is FileKind.IMAGE:
        return (f"a {detail} image, not a release (File > Add Photo… adds it to a "
                "release as a photo)")
    if kind is FileKind.ODF:
        return "an OpenDocument file (.odt), which MFA Desk does not read: save it as .docx first"
    if kind is FileKind.ZIP:
        return "a zip archive, not a release: unpack it and import the release inside"
    return None
