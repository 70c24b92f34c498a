"""Reading an untrusted zip package (DOCX, HWPX) within fixed caps: the one way both
importers unpack their input.

The directory is checked first (part count, declared sizes, compression ratio),
but it may lie: a 2 MB file declaring 30 KB for a 1 GB part made zipfile inflate
it all at once (2.1 GB for 4-35 s). So every part is then unpacked through a
capped stream, in small pieces, and reading stops at the caps whatever the
directory says. XML parts are parsed without entities, DTDs, network or
huge-tree mode (lxml's own limits on depth and text size then hold).
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path
from typing import IO, Any

from mfa_desk.errors import InputError
from mfa_desk.fileio import check_regular_file

MAX_TOTAL_BYTES = 50 * 1024 * 1024
MAX_MEMBER_BYTES = 20 * 1024 * 1024
MAX_RATIO = 100
RATIO_MIN_BYTES = 1024 * 1024  # small parts may compress extremely well and harmlessly
MAX_MEMBERS = 1000
READ_CHUNK = 64 * 1024  # zipfile inflates at most this much per read
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .hwp, and encrypted .docx

Source = Path | IO[bytes]
# What zipfile and zlib raise on a damaged container (a bad CRC, a broken deflate
# stream, a truncated directory, an unsupported method).
DAMAGED_ZIP = (zipfile.BadZipFile, zlib.error, EOFError, OSError, RuntimeError, ValueError,
               NotImplementedError)


def read_capped_parts(source: Source, where: str, kind: str) -> dict[str, bytes]:
    """Every file part of the package, unpacked within the caps; a damaged container
    or one beyond the caps is one InputError line ("not a readable {kind}: ...")."""
    require_regular_file(source, where)
    try:
        with zipfile.ZipFile(source) as zf:
            infos = zf.infolist()
            check_directory(infos, where)
            return _read_parts(zf, infos, where)
    except DAMAGED_ZIP as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise InputError(f"not a readable {kind}: {reason}", where) from None


def require_regular_file(source: Source, where: str) -> None:
    """Before zipfile opens a path: a pipe would wait for a writer forever, a device
    never ends. One InputError line for either, and for a missing file."""
    if isinstance(source, Path):
        try:
            check_regular_file(source)
        except OSError as exc:
            raise InputError(f"cannot read: {exc.strerror or exc}", where) from None


def check_directory(infos: list[zipfile.ZipInfo], where: str) -> None:
    """Refuse a package whose directory already says it is too large."""
    if len(infos) > MAX_MEMBERS:
        raise InputError(f"the package has {len(infos)} parts (at most {MAX_MEMBERS} "
                         "accepted)", where)
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise InputError(f"the package unpacks to {total // 2**20} MB (at most "
                         f"{MAX_TOTAL_BYTES // 2**20} MB accepted)", where)
    for info in infos:
        _check_member(info, where)


def _check_member(info: zipfile.ZipInfo, where: str) -> None:
    if info.file_size > MAX_MEMBER_BYTES:
        raise InputError(f"part {info.filename} unpacks to {info.file_size // 2**20} MB (at "
                         f"most {MAX_MEMBER_BYTES // 2**20} MB accepted)", where)
    if info.file_size >= RATIO_MIN_BYTES:
        ratio = info.file_size / max(info.compress_size, 1)
        if ratio > MAX_RATIO:
            raise InputError(f"part {info.filename} is compressed {ratio:.0f} to 1 (at most "
                             f"{MAX_RATIO} to 1 accepted)", where)


def _read_parts(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], where: str
                ) -> dict[str, bytes]:
    """Every part, unpacked in pieces that stop at the caps whatever the directory says."""
    parts: dict[str, bytes] = {}
    total = 0
    for info in infos:
        if info.is_dir():
            continue
        chunks: list[bytes] = []
        size = 0
        with zf.open(info) as stream:
            while chunk := stream.read(READ_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES:
                    raise InputError(f"part {info.filename} unpacks to more than its "
                                     "directory entry says, beyond the size caps", where)
                chunks.append(chunk)
        parts[info.filename] = b"".join(chunks)
    return parts


def stored_package(parts: dict[str, bytes]) -> bytes:
    """The parts as a zip without compression: checked bytes a library may read from memory."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return out.getvalue()


def starts_with(source: Source, magic: bytes) -> bool:
    try:
        if isinstance(source, Path):
            check_regular_file(source)
            with source.open("rb") as fh:
                return fh.read(len(magic)) == magic
        source.seek(0)
        return source.read(len(magic)) == magic
    except OSError:
        return False


def parse_xml(data: bytes, name: str, where: str) -> Any:
    """A part's XML, parsed without entities, DTD, network or huge-tree mode."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False,
                             load_dtd=False)
    try:
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else "not well-formed"
        raise InputError(f"part {name} is not readable XML ({reason})", where) from None
