"""Open any file a release can come from, by its kind: .mfadesk, text, DOCX, HTML, HWPX.

Importers return the release and the warnings (defects found and repaired,
counts that did not match); they never drop text.
"""

from __future__ import annotations

import os
from pathlib import Path

from mfa_desk.constants import FILE_SUFFIX, Lang
from mfa_desk.errors import InputError
from mfa_desk.fileio import check_regular_file
from mfa_desk.formats.import_result import ImportResult

TEXT_SUFFIXES = (".txt", ".text", ".md", "")  # read by archive.bulk, with the others
DOCX_SUFFIXES = (".docx",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HWPX_SUFFIXES = (".hwpx",)
__all__ = ["ImportResult", "import_file", "import_pair"]


def import_file(path: str | os.PathLike[str], lang: Lang | None = None) -> ImportResult:
    """Read one file of any supported kind; `lang` overrides language detection."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", str(p))
    if p.is_dir():
        raise InputError("is a folder, not a file", str(p))
    try:
        # Before any reader opens it: a pipe would wait for a writer forever.
        check_regular_file(p)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(p)) from None
    suffix = p.suffix.lower()
    if suffix == FILE_SUFFIX:
        from mfa_desk.formats.native.mfadesk_file import load_release

        warnings: list[str] = []
        release = load_release(p, warnings)
        return ImportResult(release, warnings)
    if suffix in DOCX_SUFFIXES or suffix == ".docm":
        from mfa_desk.formats.docx.docx_import import import_docx

        return import_docx(p, lang)
    if suffix in HWPX_SUFFIXES and _is_hwp5(p):
        suffix = ".hwp"  # an HWP 5 file named .hwpx (hwp5_import reads both kinds)
    if suffix in HWPX_SUFFIXES:
        from mfa_desk.formats.hwpx.hwpx_import import import_hwpx

        return import_hwpx(p, lang)
    if suffix == ".hwp":
        from mfa_desk.formats.hwpx.hwp5_import import import_hwp

        return import_hwp(p, lang)
    if suffix in HTML_SUFFIXES:
        from mfa_desk.formats.html.html_import import import_html

        return import_html(p, lang)
    from mfa_desk.formats.plaintext.text_import import import_text_file

    return import_text_file(p, lang)


def _is_hwp5(path: Path) -> bool:
    """Decided here, not in hwpx_import, so the HWP 5 reader (which hands its converted
    bytes to hwpx_import) and the HWPX reader import one way only."""
    import zipfile

    from mfa_desk.formats.zip_parts import OLE_MAGIC, starts_with

    return not zipfile.is_zipfile(path) and starts_with(path, OLE_MAGIC)


def import_pair(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> ImportResult:
    """Import the Korean and English files of one release and align them point by point."""
    from mfa_desk.formats.align import merge_languages

    a = import_file(first)
    b = import_file(second)
    merged = merge_languages(a.release, b.release)
    return ImportResult(merged.release, a.warnings + b.warnings + merged.warnings)
