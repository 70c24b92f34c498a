"""The exporters' warnings on real releases: every page file of a folder imported alone,
and each koNN/enNN pair as one release, exported in Korean, English and both side by side
to DOCX and HTML. A variant the release cannot be exported in (no English at all) is the
refusal the export dialog shows. Shared by the real-text test and
benchmarks/export_warnings_korean.py."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.importing import import_file, import_pair
from mfa_desk.model.release import Release
from tests.ui.language.real_notes import page_files, page_pairs

VARIANTS = ("ko", "en", "both")


def folder_releases(folder: Path) -> Iterator[Release]:
    """Each page of `folder` imported alone, then each koNN/enNN pair as one release."""
    read: list[Path] = []
    for page in page_files(folder):
        try:
            yield import_file(page).release
        except InputError:
            continue  # a page the importer refuses is never exported
        read.append(page)
    for ko, en in page_pairs(read):
        try:
            yield import_pair(ko, en).release
        except InputError:
            continue


def export_messages(release: Release) -> list[str]:
    """What exporting `release` to DOCX and HTML in each variant says: the warnings, and
    the refusal of a variant the release has no text for (as `str(InputError)`)."""
    said: list[str] = []
    for variant in VARIANTS:
        try:
            said += export_docx(release, variant, io.BytesIO())
        except InputError as exc:
            said.append(exc.message)
            continue
        warnings: list[str] = []
        export_html(release, variant, warnings)
        said += warnings
    return said
