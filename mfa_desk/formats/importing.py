"""Open any file a release can come from, by its kind: .mfadesk, text, DOCX, HTML, HWPX.

Importers return the release and the warnings (defects found and repaired,
counts that did not match); they never drop text.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from mfa_desk.constants import FILE_SUFFIX, Lang
from mfa_desk.errors import InputError
from mfa_desk.fileio import check_regular_file
from mfa_desk.formats.import_result import ImportResult

TEXT_SUFFIXES = (".txt", ".text", ".md", "")  # read by archive.bulk, with the others
DOCX_SUFFIXES = (".docx",)
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
HWPX_SUFFIXES = (".hwpx",)
HWP_SUFFIXES = (".hwp",)  # Hangul 97-2018 (HWP 5), read through the HWPX reader
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
    reader = _reader_for(p, suffix)
    return reader(p, lang)


Reader = Callable[[Path, "Lang | None"], ImportResult]


def _reader_for(path: Path, suffix: str) -> Reader:
    """The importer for what the file is (file_kind.sniff): its content decides over its
    name, which a download may have lost ("view.do") or got wrong; a kind no importer
    reads (a PDF, an image, another archive) is one line."""
    from mfa_desk.formats.file_kind import FileKind, refusal, sniff

    try:
        kind, detail = sniff(path)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(path)) from None
    by_name = {**dict.fromkeys((*DOCX_SUFFIXES, ".docm"), FileKind.DOCX),
               **dict.fromkeys(HWPX_SUFFIXES, FileKind.HWPX),
               **dict.fromkeys(HWP_SUFFIXES, FileKind.HWP5),
               **dict.fromkeys(HTML_SUFFIXES, FileKind.HTML)}.get(suffix)
    if kind is FileKind.TEXT and by_name is not None:
        kind = by_name  # named as a document, holding text: its reader says what is wrong
    elif kind is FileKind.ZIP and by_name in (FileKind.DOCX, FileKind.HWPX):
        kind = by_name  # a package missing its main parts: the named reader says which
    elif kind is FileKind.OLE:
        # A compound file of no known kind: HWP's reader for a Hangul name, Word's otherwise
        # (both say in one line what they cannot read).
        kind = FileKind.HWP5 if by_name in (FileKind.HWP5, FileKind.HWPX) else FileKind.WORD97
    problem = refusal(kind, detail)
    if problem:
        raise InputError(problem, str(path))
    if kind in (FileKind.DOCX, FileKind.WORD97):
        from mfa_desk.formats.docx.docx_import import import_docx

        return import_docx
    if kind is FileKind.HWPX:
        from mfa_desk.formats.hwpx.hwpx_import import import_hwpx

        return import_hwpx
    if kind is FileKind.HWP5:
        from mfa_desk.formats.hwpx.hwp5_import import import_hwp

        return import_hwp
    if kind is FileKind.HTML:
        from mfa_desk.formats.html.html_import import import_html

        return import_html
    from mfa_desk.formats.plaintext.text_import import import_text_file

    return import_text_file


def import_pair(first: str | os.PathLike[str], second: str | os.PathLike[str]) -> ImportResult:
    """Import the Korean and English files of one release and align them point by point."""
    from mfa_desk.formats.align import merge_languages

    a = import_file(first)
    b = import_file(second)
    merged = merge_languages(a.release, b.release)
    return ImportResult(merged.release, a.warnings + b.warnings + merged.warnings)
