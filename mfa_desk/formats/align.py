"""Align the Korean and the English file of one release, point by point.

Both files are imported on their own (one language each); the merged release
takes the structure in order: headline, sub-headlines, points with their
children, notes, attachments. Where one side has more items than the other the
extra items are kept with an empty cell on the other side and reported as a
warning: nothing is dropped and nothing is silently paired up.
"""

from __future__ import annotations

from dataclasses import replace

from mfa_desk.constants import LANGS
from mfa_desk.errors import InputError
from mfa_desk.formats.importing import ImportResult
from mfa_desk.model.release import Attachment, BiText, Metadata, Photo, Release, Segment

_NAME = {"ko": "Korean", "en": "English"}


def merge_languages(ko: Release, en: Release) -> ImportResult:
    """Merge a Korean-only and an English-only release (given in either order)."""
    ko, en = _in_order(ko, en)
    warnings: list[str] = []
    merged = Release(languages=list(LANGS))
    merged.metadata = _merge_metadata(ko.metadata, en.metadata, warnings)
    merged.headline = _pair(ko.headline, en.headline)
    for lang, side in (("ko", ko.headline), ("en", en.headline)):
        if not side.text.get(lang).strip():
            warnings.append(f"headline: the {_NAME[lang]} file has no headline")
    merged.subheadlines = _pair_lists(ko.subheadlines, en.subheadlines, "subheadlines",
                                      warnings)
    merged.points = _pair_lists(ko.points, en.points, "points", warnings)
    merged.notes = _pair_lists(ko.notes, en.notes, "notes", warnings)
    merged.attachments = _pair_attachments(ko.attachments, en.attachments, warnings)
    merged.unofficial_translation = en.unofficial_translation or ko.unofficial_translation
    merged.korean_numbering = ko.korean_numbering
    merged.english_variant = en.english_variant
    merged.spelling_ignore = sorted(set(ko.spelling_ignore) | set(en.spelling_ignore))
    return ImportResult(merged, warnings)


def release_language(release: Release) -> str | None:
    """The one language a release holds, or None (both, or no text at all)."""
    present = [lang for lang in LANGS if release.has_language(lang)]
    if len(present) == 1:
        return present[0]
    if not present and len(release.languages) == 1:
        return release.languages[0]
    return None


def _in_order(first: Release, second: Release) -> tuple[Release, Release]:
    a, b = release_language(first), release_language(second)
    if a is None or b is None:
        raise InputError("to align two files each must hold one language; "
                         "one of them holds both (or no text)")
    if a == b:
        raise InputError(f"both files are {_NAME[a]}; give the Korean and the English "
                         "file of one release")
    return (first, second) if a == "ko" else (second, first)


def _pair(ko: Segment | None, en: Segment | None) -> Segment:
    """One segment with the Korean of `ko` and the English of `en` (either may be None)."""
    base = ko if ko is not None else en
    assert base is not None
    seg = Segment(text=BiText(ko.text.ko if ko else "", en.text.en if en else ""), id=base.id)
    if en is not None:
        seg.status = en.status
        seg.source_fingerprint = en.source_fingerprint
        seg.source_ko = en.source_ko
    return seg


def _pair_lists(ko: list[Segment], en: list[Segment], path: str,
                warnings: list[str]) -> list[Segment]:
    if len(ko) != len(en):
        short = "English" if len(ko) > len(en) else "Korean"
        first, last = min(len(ko), len(en)), max(len(ko), len(en)) - 1
        cells = f"{path}[{first}]" if first == last else f"{path}[{first}] to {path}[{last}]"
        warnings.append(f"{path}: the Korean has {len(ko)}, the English {len(en)}; "
                        f"{cells} kept with no {short}")
    out: list[Segment] = []
    for i in range(max(len(ko), len(en))):
        k = ko[i] if i < len(ko) else None
        e = en[i] if i < len(en) else None
        seg = _pair(k, e)
        seg.children = _pair_lists(k.children if k else [], e.children if e else [],
                                   f"{path}[{i}].children", warnings)
        out.append(seg)
    return out


def _pair_attachments(ko: list[Attachment], en: list[Attachment],
                      warnings: list[str]) -> list[Attachment]:
    # English web pages rarely list attachments: one empty side is normal.
    if ko and en and len(ko) != len(en):
        warnings.append(f"attachments: the Korean has {len(ko)}, the English {len(en)}; "
                        "the extra ones kept with one side empty")
    out: list[Attachment] = []
    for i in range(max(len(ko), len(en))):
        k = ko[i] if i < len(ko) else None
        e = en[i] if i < len(en) else None
        base = k if k is not None else e
        assert base is not None
        att = Attachment(title=BiText(k.title.ko if k else "", e.title.en if e else ""),
                         id=base.id)
        photo = (k.photo if k and k.photo else None) or (e.photo if e else None)
        if photo is not None:
            caption = BiText(k.photo.caption.ko if k and k.photo else "",
                             e.photo.caption.en if e and e.photo else "")
            att.photo = Photo(data=photo.data, media_type=photo.media_type, caption=caption)
        out.append(att)
    return out


def _merge_metadata(ko: Metadata, en: Metadata, warnings: list[str]) -> Metadata:
    """Korean header fields; the English category and date (the Korean ones if absent)."""
    merged = replace(ko, contacts=list(ko.contacts or en.contacts))
    merged.category = en.category or ko.category
    merged.document_type = ko.document_type or en.document_type
    merged.release_number = ko.release_number or en.release_number
    if en.date is not None:
        if ko.date is not None and ko.date != en.date:
            warnings.append(f"metadata.date: the Korean header says {ko.date.isoformat()}, "
                            f"the English page {en.date.isoformat()}; keeping "
                            f"{en.date.isoformat()}")
        merged.date = en.date
    if not ko.timing_text and en.timing_text:
        merged.timing, merged.timing_text = en.timing, en.timing_text
    merged.issued_at = ko.issued_at or en.issued_at
    merged.department = ko.department or en.department
    return merged
