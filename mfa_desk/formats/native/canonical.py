"""The canonical JSON shape that `mfa-desk inspect` prints (docs/file-format.md).

Texts carry no marker glyphs; a language a release does not have is "".
"""

from __future__ import annotations

from typing import Any, TypedDict

from mfa_desk.formats.native.mfadesk_file import metadata_to_dict
from mfa_desk.model.release import BiText, Release, Segment


class TextJson(TypedDict):
    ko: str
    en: str


class PointJson(TypedDict):
    text: TextJson
    status: str  # a DisplayStatus value: "empty", "draft", "translated", "reviewed", "outdated"
    children: list[PointJson]


class ItemJson(TypedDict):  # a sub-headline or a note
    text: TextJson


class PhotoJson(TypedDict):
    media_type: str
    bytes: int  # the size of the image, not its data
    caption: TextJson


class AttachmentJson(TypedDict):
    title: TextJson
    photo: PhotoJson | None


class CanonicalRelease(TypedDict):
    # The Metadata fields as the file stores them (metadata_to_dict, so the two cannot
    # drift), with unofficial_translation and languages.
    metadata: dict[str, Any]
    headline: TextJson
    subheadlines: list[ItemJson]
    points: list[PointJson]
    notes: list[ItemJson]
    attachments: list[AttachmentJson]


def _text(b: BiText) -> TextJson:
    return {"ko": b.ko, "en": b.en}


def _point(seg: Segment) -> PointJson:
    return {"text": _text(seg.text), "status": seg.display_status().value,
            "children": [_point(c) for c in seg.children]}


def release_to_canonical(release: Release) -> CanonicalRelease:
    return {
        "metadata": {
            **metadata_to_dict(release.metadata),
            "unofficial_translation": release.unofficial_translation,
            "languages": list(release.languages),
        },
        "headline": _text(release.headline.text),
        "subheadlines": [{"text": _text(s.text)} for s in release.subheadlines],
        "points": [_point(p) for p in release.points],
        "notes": [{"text": _text(n.text)} for n in release.notes],
        "attachments": [
            {"title": _text(a.title),
             "photo": None if a.photo is None else {
                 "media_type": a.photo.media_type, "bytes": len(a.photo.data),
                 "caption": _text(a.photo.caption)}}
            for a in release.attachments
        ],
    }
