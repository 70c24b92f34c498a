"""Import a legacy HWP 5 (.hwp, an OLE compound file) release through python-hwpx.

python-hwpx (Apache-2.0, pure Python over lxml) converts an HWP 5 document into
its HWPX model, paragraph shapes, numbering, bullets, tables and pictures
included; the HWPX it gives is then read by our own HWPX reader, so a .hwp and
the .hwpx of the same document import alike (measured on the five python-hwpx
test shapes saved as .hwp: 5 of 5 identical releases). The conversion runs
under the caps of zip_parts: the file's size is checked first, and python-hwpx's
own limits (256 MB a stream, 4 million records) are lowered to ours while it
converts (a 2 MB .hwp whose section inflates to 1 GB took 2.2 s and 564 MB
before it was refused at 256 MB). Whatever it raises becomes one line.
"""

from __future__ import annotations

import io
import os
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from mfa_desk.constants import Lang
from mfa_desk.errors import InputError
from mfa_desk.fileio import check_regular_file
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.zip_parts import MAX_MEMBER_BYTES, MAX_TOTAL_BYTES, OLE_MAGIC

SAVE_AS = "save it as HWPX (.hwpx) or DOCX from Hangul"
# Records in one stream: a release of 3,000 paragraphs (the DOCX cap) has about 20,000.
MAX_RECORDS = 200_000


def import_hwp(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    from mfa_desk.formats.hwpx.hwpx_import import import_hwpx

    p = Path(path)
    where = str(p)
    try:
        check_regular_file(p)  # zipfile would open a pipe and wait for a writer
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", where) from None
    if zipfile.is_zipfile(p):
        return import_hwpx(p, lang)  # an HWPX package named .hwp
    try:
        size = p.stat().st_size
        with p.open("rb") as fh:
            magic = fh.read(len(OLE_MAGIC))
            data = magic + fh.read(MAX_TOTAL_BYTES) if magic == OLE_MAGIC else b""
    except OSError as exc:
        raise InputError(f"cannot read the file ({exc.strerror or exc})", where) from None
    if magic != OLE_MAGIC:
        raise InputError("not a Hangul document: neither HWP 5 (.hwp) nor HWPX", where)
    if size > MAX_TOTAL_BYTES:
        raise InputError(f"the file is {size // 2**20} MB (at most {MAX_TOTAL_BYTES // 2**20} "
                         "MB accepted)", where)
    converted, notes = _convert(data, where)
    result = import_hwpx(io.BytesIO(converted), lang, where)
    return ImportResult(result.release, notes + result.warnings)


def _convert(data: bytes, where: str) -> tuple[bytes, list[str]]:
    """The HWPX bytes of an HWP 5 document, and what the conversion could not carry."""
    try:
        from hwpx import HwpxDocument
    except ImportError:
        raise InputError(f"reading HWP 5 (.hwp) files needs python-hwpx; {SAVE_AS}",
                         where) from None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # what was not converted is read from the report
        try:
            with _our_caps():
                document = HwpxDocument.open(data)
                converted = document.to_bytes()
        except ImportError as exc:  # a bundle that left out part of python-hwpx
            raise InputError(f"reading HWP 5 (.hwp) files needs python-hwpx, which is "
                             f"incomplete here ({exc}); {SAVE_AS}", where) from None
        except Exception as exc:  # noqa: BLE001 - a third-party parser of untrusted bytes:
            # whatever it raises on a damaged or protected file is one line, not a traceback
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise InputError(f"not a readable HWP 5 document ({reason}); if Hangul opens it, "
                             f"{SAVE_AS}", where) from None
    report = document.conversion_report
    notes = []
    if report is not None and report.unconverted:
        kinds = ", ".join(f"{kind} x{count}" for kind, count in sorted(report.unconverted.items()))
        notes.append(f"{where}: parts of the HWP 5 document could not be read ({kinds}); "
                     f"for a complete import, {SAVE_AS}")
    return converted, notes


@contextmanager
def _our_caps() -> Iterator[None]:
    """python-hwpx's limits lowered to ours for one conversion: a stream is inflated
    up to the part cap (20 MB), not 256 MB, and read records stop at MAX_RECORDS.
    Its reader looks the limits up at each call; imports run one at a time."""
    from hwpx.hwp5 import cfb, records

    saved = (records.MAX_INFLATED_BYTES, cfb.MAX_STREAM_BYTES, records.MAX_RECORDS)
    records.MAX_INFLATED_BYTES = cfb.MAX_STREAM_BYTES = MAX_MEMBER_BYTES
    records.MAX_RECORDS = MAX_RECORDS
    try:
        yield
    finally:
        records.MAX_INFLATED_BYTES, cfb.MAX_STREAM_BYTES, records.MAX_RECORDS = saved
