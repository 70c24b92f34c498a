"""Align the Korean and the English file of one release, point by point.

Both files are imported on their own (one language each); the merged release
takes the structure in order: headline, sub-headlines, points with their
children, notes, attachments. Points and notes are paired by content with the
one aligner of `mfa_desk.text.align` (a point one side lacks shifts nothing
else; a point told elsewhere is stored beside its Korean point); where the two sides
have the same shape, places weigh strongly but content still decides.
Where one side has more items than the other the extra items are kept with an
empty cell on the other side and reported as a warning: nothing is dropped and
nothing is silently paired up.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from mfa_desk.constants import LANGS, Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.align_terms import term_features
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.table_rows import TABLE_ROW_BONUS
from mfa_desk.model.release import Attachment, BiText, Metadata, Photo, Release, Segment
from mfa_desk.text.align import DEFAULT_EN_KO_RATIO, SAME_POSITION_BONUS, Item, align
from mfa_desk.text.values import text_features

_NAME = {"ko": "Korean", "en": "English"}
# The place of each point of a language, where the document pairs them itself.
Places = Callable[[Lang, Sequence[Segment]], list[str]]


def merge_languages(ko: Release, en: Release,
                    places: Places | None = None) -> ImportResult:
    """Merge a Korean-only and an English-only release (given in either order).

    `places` gives the points of a language their places where the document pairs points itself
    (a side-by-side table's row, `formats.table_rows`): points of one place pair unless
    their content says otherwise. Without it a point's place is its position."""
    ko, en = _in_order(ko, en)
    warnings: list[str] = []
    merged = Release(languages=list(LANGS))
    merged.metadata = _merge_metadata(ko.metadata, en.metadata, warnings)
    merged.headline = _pair(ko.headline, en.headline)
    for lang, side in zip(LANGS, (ko.headline, en.headline), strict=True):
        if not side.text.get(lang).strip():
            warnings.append(f"headline: the {_NAME[lang]} file has no headline")
    merged.subheadlines = _pair_lists(ko.subheadlines, en.subheadlines, "subheadlines",
                                      warnings)
    merged.points = _align_lists(ko.points, en.points, "points", warnings, places)
    merged.notes = _align_lists(ko.notes, en.notes, "notes", warnings, places)
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


def _flatten(points: list[Segment], path: str, level: int = 1
             ) -> list[tuple[int, Segment, str]]:
    out: list[tuple[int, Segment, str]] = []
    for i, seg in enumerate(points):
        out.append((level, seg, f"{path}[{i}]"))
        out += _flatten(seg.children, f"{path}[{i}].children", level + 1)
    return out


def _align_lists(ko: list[Segment], en: list[Segment], path: str, warnings: list[str],
                 places: Places | None = None) -> list[Segment]:
    """Points (with their children) paired by content; by position when both sides
    have the same shape. A Korean point pairs with an English sub-point when their
    content says so (a paragraph the English made a "°" item); the Korean level wins. A
    point told elsewhere on the other side is stored at the Korean point's place."""
    ko_flat, en_flat = _flatten(ko, path), _flatten(en, path)
    ko_at = places("ko", [s for _, s, _ in ko_flat]) if places else [w for *_, w in ko_flat]
    en_at = places("en", [s for _, s, _ in en_flat]) if places else [w for *_, w in en_flat]
    ko_items = [Item(lv, len(s.text.ko), text_features(s.text.ko, True)
                     | term_features(s.text.ko, True), at)
                for (lv, s, _), at in zip(ko_flat, ko_at, strict=True)]
    en_items = [Item(lv, len(s.text.en), text_features(s.text.en, False)
                     | term_features(s.text.en, False), at)
                for (lv, s, _), at in zip(en_flat, en_at, strict=True)]
    # Even two sides of the same shape are aligned (their places weigh strongly, see
    # `text.align.SAME_SHAPE_BONUS`): a news copy may keep the count and move a paragraph.
    out: list[Segment] = []
    stack: list[Segment] = []  # the last segment of each level
    merged: list[tuple[Segment, Segment, str]] = []  # (kept with the English, the other, how)
    # The typical English/Korean length ratio: the two sides' totals would mislead when
    # one side has points the other lacks.
    bonus = TABLE_ROW_BONUS if places else SAME_POSITION_BONUS
    for link in align(ko_items, en_items, DEFAULT_EN_KO_RATIO, place_bonus=bonus):
        ko_segs = [ko_flat[i][1] for i in link.ko]
        en_segs = [en_flat[j][1] for j in link.en]
        level = ko_flat[link.ko[0]][0] if link.ko else en_flat[link.en[0]][0]
        rows: list[tuple[Segment | None, Segment | None]] = [
            (k, en_segs[0] if n == 0 and en_segs else None) for n, k in enumerate(ko_segs)]
        rows += [(None, e) for e in en_segs[1:]] if ko_segs else [(None, e) for e in en_segs]
        made: list[Segment] = []
        for k, e in rows:
            seg = _pair(k, e)
            level = min(level, len(stack) + 1)
            del stack[level - 1:]
            (stack[-1].children if stack else out).append(seg)
            stack.append(seg)
            made.append(seg)
        if link.kind in ("merged", "split"):
            merged.append((made[0], made[1], link.kind))
    _report_gaps(out, path, len(ko), len(en), warnings)
    where = {id(seg): p for p, seg in _paths(out, path)}
    for first, second, kind in merged:
        if kind == "merged":
            warnings.append(f"{where[id(second)]}: its English is part of {where[id(first)]} "
                            "(the English merges two Korean points)")
        else:
            warnings.append(f"{where[id(second)]}: its Korean is part of {where[id(first)]} "
                            "(the English splits one Korean point in two)")
    return out


def _paths(segments: list[Segment], path: str) -> list[tuple[str, Segment]]:
    out: list[tuple[str, Segment]] = []
    for i, seg in enumerate(segments):
        out.append((f"{path}[{i}]", seg))
        out += _paths(seg.children, f"{path}[{i}].children")
    return out


def _report_gaps(segments: list[Segment], path: str, ko_count: int, en_count: int,
                 warnings: list[str]) -> None:
    """One warning per list whose segments lack a side, naming them."""
    sides: tuple[tuple[Lang, Lang, str], ...] = (("ko", "en", "English"), ("en", "ko", "Korean"))
    for lang, side, other in sides:
        gaps = [i for i, s in enumerate(segments)
                if s.text.get(lang).strip() and not s.text.get(side).strip()]
        if gaps:
            cells = ", ".join(f"{path}[{i}]" for i in gaps)
            if len(gaps) > 2 and gaps == list(range(gaps[0], gaps[-1] + 1)):
                cells = f"{path}[{gaps[0]}] to {path}[{gaps[-1]}]"
            if ko_count != en_count:
                warnings.append(f"{path}: the Korean has {ko_count}, the English {en_count}; "
                                f"{cells} kept with no {other}")
            else:  # as many on each side, paired otherwise: "has 6, the English 6" misled
                warnings.append(f"{path}: {cells} kept with no {other}: nothing on that side "
                                "matched it")
    for i, seg in enumerate(segments):
        if seg.children:
            ko_n = sum(1 for c in seg.children if c.text.ko.strip())
            en_n = sum(1 for c in seg.children if c.text.en.strip())
            _report_gaps(seg.children, f"{path}[{i}].children", ko_n, en_n, warnings)


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
