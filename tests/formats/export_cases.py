"""The releases and variants every export test runs over, exported once per session."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

from mfa_desk.constants import KO_NUMBERING_NUMBER
from mfa_desk.formats.docx.docx_export import export_docx
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.model.release import Release
from tests.formats.samples import sample_release

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_FILE = ROOT / "resources" / "samples" / "sample-release.mfadesk"
VARIANTS = ("ko", "en", "both")
FIXED_NOW = dt.datetime(2026, 3, 17, 1, 0, tzinfo=dt.UTC)


def releases() -> dict[str, Release]:
    """The shared sample release, and the invented one with numbered Korean points."""
    return {"sample": load_release(SAMPLE_FILE),
            "numbered": sample_release(KO_NUMBERING_NUMBER)}


def cases() -> list[tuple[str, str]]:
    return [(name, variant) for name in ("sample", "numbered") for variant in VARIANTS]


def docx_bytes(release: Release, variant: str) -> bytes:
    out = io.BytesIO()
    export_docx(release, variant, out, now=FIXED_NOW)  # type: ignore[arg-type]
    return out.getvalue()


def html_bytes(release: Release, variant: str) -> bytes:
    return export_html(release, variant)  # type: ignore[arg-type]
