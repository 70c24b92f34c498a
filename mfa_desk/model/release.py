"""The release and its segments.

Every piece of text a release carries (headline, sub-headline, point, note,
attachment title, photo caption) is a `BiText`: the Korean original and the
English translation side by side. Marker glyphs are not stored in the text;
they are rendered per language (see `mfa_desk.model.markers`).
"""

from __future__ import annotations

import copy
import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from mfa_desk.constants import (
    KO_NUMBERING_BOX,
    LANGS,
    TIMING_ON_ISSUE,
    Lang,
)
from mfa_desk.model.ids import new_id
from mfa_desk.model.workflow import SignOff, WorkflowState

if TYPE_CHECKING:  # review rounds (issue 14)
    from mfa_desk.model.review_items import Comment, Suggestion


def fingerprint(text: str) -> str:
    """Fingerprint of a source text, insensitive to Unicode form and spacing.

    Stored with an English translation so that a later change of the Korean
    marks the English outdated; cosmetic whitespace edits do not.
    """
    norm = " ".join(unicodedata.normalize("NFC", text).split())
    return _sha256_hex(norm.encode("utf-8"))[:16]


def _sha256_hex(data: bytes) -> str:
    """SHA-256 by Python's own module when it has one: hashlib's import loads OpenSSL,
    2-3 ms of the editor's start (the rows on screen show their status), for texts of a
    few hundred bytes. The digest is SHA-256's either way."""
    global _SHA256
    if _SHA256 is None:
        import importlib

        # Python 3.11's module, 3.12's, and hashlib where neither is built.
        for name in ("_sha256", "_sha2", "hashlib"):
            try:
                _SHA256 = importlib.import_module(name).sha256
                break
            except (ImportError, AttributeError):
                continue
    return str(_SHA256(data).hexdigest())


_SHA256: Any = None


class TranslationStatus(StrEnum):
    """What a translator has said about the English side of a segment."""

    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"


class DisplayStatus(StrEnum):
    """The status shown to a user: the stored one, or derived (empty, outdated)."""

    EMPTY = "empty"
    DRAFT = "draft"
    TRANSLATED = "translated"
    REVIEWED = "reviewed"
    OUTDATED = "outdated"


@dataclass
class BiText:
    ko: str = ""
    en: str = ""

    def get(self, lang: Lang) -> str:
        return self.ko if lang == "ko" else self.en

    def set(self, lang: Lang, value: str) -> None:
        if lang not in LANGS:
            raise ValueError(f"unknown language {lang!r}")
        setattr(self, lang, value)


@dataclass
class Segment:
    """A headline, sub-headline, point (with children) or note."""

    text: BiText = field(default_factory=BiText)
    children: list[Segment] = field(default_factory=list)
    status: TranslationStatus = TranslationStatus.DRAFT
    # Fingerprint of the Korean text the English was last marked translated from.
    source_fingerprint: str = ""
    id: str = field(default_factory=new_id)
    # Review rounds: the Korean text the English was last marked translated from
    # (so an outdated English can show what changed), comments, pending suggestions.
    source_ko: str = ""
    comments: list[Comment] = field(default_factory=list)
    suggestions: list[Suggestion] = field(default_factory=list)

    @classmethod
    def of(cls, ko: str = "", en: str = "", children: list[Segment] | None = None) -> Segment:
        return cls(text=BiText(ko, en), children=list(children or []))

    def set_status(self, status: TranslationStatus) -> None:
        """Set the English status, remembering which Korean text it refers to."""
        self.status = status
        self.source_fingerprint = fingerprint(self.text.ko)
        self.source_ko = self.text.ko

    def display_status(self) -> DisplayStatus:
        if not self.text.en.strip():
            return DisplayStatus.EMPTY
        if self.status is TranslationStatus.DRAFT:
            return DisplayStatus.DRAFT
        if self.source_fingerprint != fingerprint(self.text.ko):
            return DisplayStatus.OUTDATED
        return DisplayStatus(self.status.value)

    def walk(self) -> Iterator[Segment]:
        yield self
        for child in self.children:
            yield from child.walk()

    def depth(self) -> int:
        """1 for a segment without children, 2 with children, 3 with grandchildren."""
        return 1 + max((c.depth() for c in self.children), default=0)


@dataclass
class Photo:
    data: bytes
    media_type: str  # "image/png" or "image/jpeg"
    caption: BiText = field(default_factory=BiText)


@dataclass
class Attachment:
    """An item of the 붙임 list; a photo attachment also carries the image."""

    title: BiText = field(default_factory=BiText)
    photo: Photo | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Contact:
    role: str = ""  # "responsible" (책임자) or "contact" (담당자), free text allowed
    rank: str = ""
    name: str = ""
    phone: str = ""
    department: str = ""


@dataclass
class Metadata:
    category: str = ""  # English category line: "Press Releases", "Press Briefings", ...
    document_type: str = ""  # Korean 문서종류: 보도자료, 보도참고자료, 보도설명자료
    date: dt.date | None = None  # release date
    timing: str = TIMING_ON_ISSUE  # see constants.TIMINGS
    timing_text: str = ""  # as written: "즉시", "2026. 3. 18.(수) 조간", an online time
    issued_at: dt.datetime | None = None  # 배포일시
    department: str = ""  # 담당부서
    contacts: list[Contact] = field(default_factory=list)
    release_number: str = ""
    # Under embargo (timing "embargo"): the moment it lifts; the stamp on every export.
    embargo_until: dt.datetime | None = None


@dataclass
class Dismissal:
    """A translation-check finding a translator dismissed, with the reason.

    `fingerprint` covers both texts of the segment: when either changes, the
    dismissal no longer applies and the finding comes back.
    """

    check: str
    segment_id: str
    reason: str = ""
    fingerprint: str = ""


@dataclass
class SegmentRef:
    """A segment with its place: the path in `inspect` shape, kind and level."""

    path: str
    segment: Segment
    kind: str  # "headline", "subheadline", "point", "note"
    level: int  # 1-3 for points, 0 otherwise


@dataclass
class Release:
    metadata: Metadata = field(default_factory=Metadata)
    headline: Segment = field(default_factory=Segment)
    subheadlines: list[Segment] = field(default_factory=list)
    points: list[Segment] = field(default_factory=list)
    notes: list[Segment] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    unofficial_translation: bool = False
    languages: list[str] = field(default_factory=lambda: list(LANGS))
    korean_numbering: str = KO_NUMBERING_BOX
    english_variant: str = "en_US"
    spelling_ignore: list[str] = field(default_factory=list)
    dismissals: list[Dismissal] = field(default_factory=list)
    # Sign-off (model/workflow.py): the current state and every change of it, oldest first.
    workflow: WorkflowState = WorkflowState.DRAFT
    signoffs: list[SignOff] = field(default_factory=list)

    def copy(self) -> Release:
        return copy.deepcopy(self)

    def all_segments(self) -> list[Segment]:
        """Every text segment in document order, as iter_segments() gives them, without
        their paths: for a pass over every segment of a long release (reading a file,
        building the grid) that needs no path or level."""
        out = [self.headline, *self.subheadlines]

        def add(points: list[Segment]) -> None:
            for point in points:
                out.append(point)
                add(point.children)

        add(self.points)
        out += self.notes
        return out

    def iter_segments(self) -> Iterator[SegmentRef]:
        """Every text segment in document order (attachments excluded)."""
        yield SegmentRef("headline", self.headline, "headline", 0)
        for i, seg in enumerate(self.subheadlines):
            yield SegmentRef(f"subheadlines[{i}]", seg, "subheadline", 0)
        for i, point in enumerate(self.points):
            yield from _walk_points(point, f"points[{i}]", 1)
        for i, seg in enumerate(self.notes):
            yield SegmentRef(f"notes[{i}]", seg, "note", 0)

    def segment_by_id(self, segment_id: str) -> Segment | None:
        for ref in self.iter_segments():
            if ref.segment.id == segment_id:
                return ref.segment
        return None

    def ref_by_id(self, segment_id: str) -> SegmentRef | None:
        for ref in self.iter_segments():
            if ref.segment.id == segment_id:
                return ref
        return None

    def attachment_by_id(self, attachment_id: str) -> Attachment | None:
        return next((a for a in self.attachments if a.id == attachment_id), None)

    def has_language(self, lang: Lang) -> bool:
        return any(ref.segment.text.get(lang).strip() for ref in self.iter_segments())


def _walk_points(seg: Segment, path: str, level: int) -> Iterator[SegmentRef]:
    yield SegmentRef(path, seg, "point", level)
    for j, child in enumerate(seg.children):
        yield from _walk_points(child, f"{path}.children[{j}]", level + 1)
