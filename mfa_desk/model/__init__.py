"""The release model: pure Python, no Qt, no I/O."""

from __future__ import annotations

from mfa_desk.model.release import (
    Attachment,
    BiText,
    Contact,
    Dismissal,
    Metadata,
    Photo,
    Release,
    Segment,
    TranslationStatus,
    fingerprint,
)

__all__ = [
    "Attachment",
    "BiText",
    "Contact",
    "Dismissal",
    "Metadata",
    "Photo",
    "Release",
    "Segment",
    "TranslationStatus",
    "fingerprint",
]
