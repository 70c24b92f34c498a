"""Broken and hostile files, built from our own exports: each one a crash class the
fault-injection run of issue #12 found, reproduced from its description.

Used by the regression tests, the fuzzers and benchmarks/fault_run.py.
"""

from __future__ import annotations

import functools
import io
import json
import zipfile
import zlib
from collections.abc import Callable

from tests.formats.export_cases import FIXED_NOW, docx_bytes, html_bytes, releases

DOCUMENT = "word/document.xml"
NUMBERING = "word/numbering.xml"
PAYLOAD = "customXml/item1.xml"
HWPX_SECTION = "Contents/section0.xml"


@functools.cache
def sample_docx() -> bytes:
    return docx_bytes(releases()["sample"], "ko")


@functools.cache
def sample_hwpx(variant: str = "ko") -> bytes:
    from mfa_desk.formats.hwpx.hwpx_export import export_hwpx

    out = io.BytesIO()
    export_hwpx(releases()["sample"], variant, out, now=FIXED_NOW)
    return out.getvalue()


def lying_zip_hwpx(real_size: int = 1 << 30, declared: int = 30_000) -> bytes:
    """The section part really inflates to `real_size` bytes; the directory says `declared`."""
    return lying_zip(sample_hwpx(), HWPX_SECTION, b"<hp:t>aaaa</hp:t>", real_size, declared)


@functools.cache
def sample_html() -> bytes:
    return html_bytes(releases()["sample"], "both")


def rewrite_docx(src: bytes, edit: Callable[[str, bytes], bytes | None],
                 keep_payload: bool = False) -> bytes:
    """The package with each part passed through `edit` (None drops the part). Without
    `keep_payload` the embedded release is made foreign, so the body is really read."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(src)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data: bytes | None = zin.read(info.filename)
            if info.filename == PAYLOAD and not keep_payload:
                data = data.replace(b"urn:mfa-desk:export", b"urn:example:other")
            data = edit(info.filename, data) if data is not None else None
            if data is not None:
                zout.writestr(info.filename, data)
    return out.getvalue()


def numbering_docx(fmt: str, start: str, ilvl: str = "0") -> bytes:
    """The first list level drawn in `fmt` from `start`; paragraphs at level `ilvl`."""
    def edit(name: str, data: bytes) -> bytes:
        if name == NUMBERING:
            text = data.decode()
            text = text.replace('w:numFmt w:val="bullet"', f'w:numFmt w:val="{fmt}"', 1)
            text = text.replace('w:numFmt w:val="decimal"', f'w:numFmt w:val="{fmt}"', 1)
            text = text.replace('<w:start w:val="1"/>', f'<w:start w:val="{start}"/>')
            return text.replace('w:ilvl="0"', f'w:ilvl="{ilvl}"').encode()
        if name == DOCUMENT:
            return data.replace(b'<w:ilvl w:val="0"/>', f'<w:ilvl w:val="{ilvl}"/>'.encode())
        return data
    return rewrite_docx(sample_docx(), edit)


def corrupt_deflate_docx() -> bytes:
    """The compressed bytes of the document part damaged in place."""
    data = bytearray(sample_docx())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo(DOCUMENT)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for k in range(10, 40):
        data[start + k] ^= 0x5A
    return bytes(data)


def mutated_rels_docx(part: str = "word/_rels/document.xml.rels") -> bytes:
    """A relationships part whose root element is misnamed (python-docx: AttributeError)."""
    def edit(name: str, data: bytes) -> bytes:
        if name == part:
            return data.replace(b"Relationships", b"Relationshipz")
        return data
    return rewrite_docx(sample_docx(), edit)


def wrong_content_type_docx(part_type: str = "styles", as_type: str = "numbering") -> bytes:
    def edit(name: str, data: bytes) -> bytes:
        if name == "[Content_Types].xml":
            return data.replace(f"wordprocessingml.{part_type}+xml".encode(),
                                f"wordprocessingml.{as_type}+xml".encode())
        return data
    return rewrite_docx(sample_docx(), edit)


def lying_zip_docx(real_size: int = 1 << 30, declared: int = 30_000) -> bytes:
    """The document part really inflates to `real_size` bytes; the directory says `declared`."""
    return lying_zip(sample_docx(), DOCUMENT, b"<w:t>aaaa</w:t>", real_size, declared)


def lying_zip(package: bytes, part: str, unit: bytes, real_size: int = 1 << 30,
              declared: int = 30_000) -> bytes:
    """`package` with `part` replaced by `unit` repeated to `real_size` bytes, which its
    directory entry declares as `declared` bytes."""
    chunk = unit * (1_000_000 // len(unit))
    bomb = _deflated_repeats(chunk, real_size // len(chunk))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(package)) as zin, \
            zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            if info.filename != part:
                zout.writestr(info, zin.read(info.filename))
                continue
            lie = zipfile.ZipInfo(part)
            lie.compress_type = zipfile.ZIP_DEFLATED
            lie.file_size, lie.compress_size, lie.CRC = declared, len(bomb), 0
            lie.header_offset = zout.fp.tell()  # type: ignore[union-attr]
            zout.fp.write(lie.FileHeader(False))  # type: ignore[union-attr]
            zout.fp.write(bomb)  # type: ignore[union-attr]
            zout.filelist.append(lie)
            zout.NameToInfo[lie.filename] = lie
            zout.start_dir = zout.fp.tell()  # type: ignore[union-attr]
    return out.getvalue()


@functools.cache
def _deflated_repeats(chunk: bytes, count: int) -> bytes:
    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
    pieces = [squeezer.compress(chunk) for _ in range(count)]
    pieces.append(squeezer.flush())
    return b"".join(pieces)


def deep_json(depth: int = 100_000) -> str:
    return "[" * depth + "]" * depth


def mfadesk_with(edit: Callable[[dict[str, object]], None]) -> bytes:
    from mfa_desk.formats.native.mfadesk_file import release_to_dict

    data = release_to_dict(releases()["sample"])
    edit(data)
    return json.dumps(data, ensure_ascii=True).encode()
