"""One walk over a release for every export format.

`walk_release(release, variant)` turns a release and a language variant
("ko", "en" or "both") into a header (label/value rows per language) and an
ordered list of blocks: headline, sub-headlines, points with level and
published marker/number, notes, the attachment list, the end mark, photos and
the unofficial-translation line. DOCX and HTML export render these blocks;
neither walks the release itself, so both show the same content in the same
order. Text that XML cannot hold is removed here, once, with a warning naming
the segment.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

from mfa_desk.constants import (
    KO_END_MARK,
    KO_NUMBERING_NUMBER,
    TIMING_EMBARGO,
    TIMING_ON_ISSUE,
    TIMING_SET_TIME,
    UNOFFICIAL_TRANSLATION_LINE,
    Lang,
)
from mfa_desk.errors import InputError
from mfa_desk.formats import untrusted_text
from mfa_desk.formats.letterhead import Letterhead
from mfa_desk.model.markers import note_marker, point_marker, subheadline_marker
from mfa_desk.model.release import BiText, Photo, Release, Segment
from mfa_desk.text.dates import format_date_ko, format_datetime_ko

Variant = Literal["ko", "en", "both"]
VARIANTS: tuple[Variant, ...] = ("ko", "en", "both")

BlockKind = Literal[
    "headline", "subheadline", "point", "note", "attachments", "photo", "end_mark",
    "unofficial",
]

# Characters XML 1.0 cannot carry: C0 controls except tab/newline/CR, U+FFFE/U+FFFF
# and lone surrogates. CR is dropped too: a line break is "\n" in the model.
_XML_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff\ud800-\udfff]")

KO_DEFAULT_DOCUMENT_TYPE = "보도자료"
EN_DEFAULT_CATEGORY = "Press Releases"


def variant_langs(variant: Variant) -> tuple[Lang, ...]:
    if variant == "both":
        return ("ko", "en")
    if variant in ("ko", "en"):
        return (variant,)
    raise InputError(f"unknown language variant {variant!r} (expected ko, en or both)")


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit of the exported document, in every language shown."""

    kind: BlockKind
    texts: dict[Lang, str]  # text without marker
    markers: dict[Lang, str] = field(default_factory=dict)  # published marker
    level: int = 0  # 1-3 for points
    number: int = 0  # 1-based position among its siblings (points)
    path: str = ""  # inspect-shape path, for warnings
    segment_id: str = ""
    photo: Photo | None = None


@dataclass(frozen=True)
class HeaderRow:
    label: str
    value: str


@dataclass
class WalkedRelease:
    variant: Variant
    langs: tuple[Lang, ...]
    korean_numbering: str
    # Per language: the banner line ("보도자료" / "Press Releases") and label/value rows.
    banner: dict[Lang, str]
    header: dict[Lang, list[HeaderRow]]
    blocks: list[Block]
    title: str  # for document properties: the headline of the first language
    warnings: list[str] = field(default_factory=list)
    # Above everything: the embargo stamp per language ({} when none) and the letterhead.
    stamp: dict[Lang, str] = field(default_factory=dict)
    letterhead: Letterhead = field(default_factory=Letterhead)


def clean_text(text: str, where: str, warnings: list[str]) -> str:
    """Drop characters XML cannot hold, and bidi controls that would reorder the text
    a reader sees without showing themselves; warn once per place."""
    cleaned = _XML_UNSAFE.sub("", text.replace("\r\n", "\n"))
    if cleaned != text.replace("\r\n", "\n"):
        dropped = len(text.replace("\r\n", "\n")) - len(cleaned)
        warnings.append(f"{where}: dropped {dropped} control character(s) that a document "
                        "cannot hold")
    cleaned, counts = untrusted_text.clean(cleaned)
    untrusted_text.warn_if_cleaned(counts, where, warnings)
    return cleaned


def format_ko_date(date: dt.date) -> str:
    return format_date_ko(date, "full_weekday")


format_ko_datetime = format_datetime_ko


def _ko_timing(release: Release) -> str:
    m = release.metadata
    if m.timing_text:
        return m.timing_text
    if m.timing == TIMING_ON_ISSUE:
        return "즉시"
    if m.timing == TIMING_EMBARGO:
        return "엠바고"
    if m.timing == TIMING_SET_TIME and m.issued_at:
        return format_ko_datetime(m.issued_at)
    return ""


_KO_ROLE = {"responsible": "책임자", "contact": "담당자"}


def _contact_value(rank: str, name: str, phone: str, department: str) -> str:
    person = " ".join(p for p in (department, rank, name) if p)
    return f"{person} ({phone})" if phone and person else person or phone


def _header(release: Release, lang: Lang, warnings: list[str]) -> list[HeaderRow]:
    m = release.metadata
    rows: list[HeaderRow] = []
    if lang == "ko":
        rows.append(HeaderRow("보도일시", _ko_timing(release)))
        if m.issued_at:
            rows.append(HeaderRow("배포일시", format_ko_datetime(m.issued_at)))
        elif m.date:
            rows.append(HeaderRow("배포일시", format_ko_date(m.date)))
        if m.department:
            rows.append(HeaderRow("담당부서", m.department))
        for c in m.contacts:
            # The department row already names the contact's department when it is the same.
            department = "" if c.department == m.department else c.department
            rows.append(HeaderRow(_KO_ROLE.get(c.role, c.role or "담당자"),
                                  _contact_value(c.rank, c.name, c.phone, department)))
        if m.release_number:
            rows.append(HeaderRow("보도번호", m.release_number))
    else:
        date = m.date or (m.issued_at.date() if m.issued_at else None)
        if date:
            # As the ministry's English site shows it: "Date 2026-03-18".
            rows.append(HeaderRow("Date", date.isoformat()))
        if m.release_number:
            rows.append(HeaderRow("No.", m.release_number))
    return [HeaderRow(r.label, clean_text(r.value, f"metadata ({r.label})", warnings))
            for r in rows if r.value]


def _texts(seg_text: dict[Lang, str], where: str, warnings: list[str]) -> dict[Lang, str]:
    return {lang: clean_text(text, f"{where} ({lang})", warnings)
            for lang, text in seg_text.items()}


def _seg_texts(seg: Segment, langs: tuple[Lang, ...], where: str, warnings: list[str]
               ) -> dict[Lang, str]:
    return _texts({lang: seg.text.get(lang) for lang in langs}, where, warnings)


def _walk_point(seg: Segment, path: str, level: int, number: int, release: Release,
                langs: tuple[Lang, ...], blocks: list[Block], warnings: list[str]) -> None:
    blocks.append(Block(
        kind="point",
        texts=_seg_texts(seg, langs, path, warnings),
        markers={lang: point_marker(lang, level, number, release.korean_numbering)
                 for lang in langs},
        level=level, number=number, path=path, segment_id=seg.id,
    ))
    for j, child in enumerate(seg.children):
        _walk_point(child, f"{path}.children[{j}]", level + 1, j + 1, release, langs, blocks,
                    warnings)


LANG_NAMES = {"ko": "Korean", "en": "English"}


def walk_release(release: Release, variant: Variant,
                 letterhead: Letterhead | None = None) -> WalkedRelease:
    langs = variant_langs(variant)
    warnings: list[str] = []
    for lang in langs:
        if not release.has_language(lang):
            if len(langs) == 1:
                raise InputError(f"the release has no {LANG_NAMES[lang]} text to export")
            warnings.append(f"the release has no {LANG_NAMES[lang]} text; its column is empty")
    m = release.metadata
    banner: dict[Lang, str] = {}
    for lang in langs:
        if lang == "ko":
            banner[lang] = m.document_type or KO_DEFAULT_DOCUMENT_TYPE
        else:
            banner[lang] = m.category or EN_DEFAULT_CATEGORY
    banner = _texts(banner, "metadata (document type)", warnings)
    header = {lang: _header(release, lang, warnings) for lang in langs}

    blocks: list[Block] = [Block("headline", _seg_texts(release.headline, langs, "headline",
                                                        warnings),
                                 path="headline", segment_id=release.headline.id)]
    for i, seg in enumerate(release.subheadlines):
        where = f"subheadlines[{i}]"
        if _left_out(seg.text, langs, where, "text", warnings):
            continue
        blocks.append(Block("subheadline", _seg_texts(seg, langs, where, warnings),
                            markers={lang: subheadline_marker() for lang in langs},
                            path=where, segment_id=seg.id))
    for i, seg in enumerate(release.points):
        _walk_point(seg, f"points[{i}]", 1, i + 1, release, langs, blocks, warnings)
    for i, seg in enumerate(release.notes):
        where = f"notes[{i}]"
        if _left_out(seg.text, langs, where, "text", warnings):
            continue
        blocks.append(Block("note", _seg_texts(seg, langs, where, warnings),
                            markers={lang: note_marker(lang) for lang in langs},
                            path=where, segment_id=seg.id))
    _attachment_blocks(release, langs, blocks, warnings)
    if "ko" in langs:
        # "끝." closes the text (after the 붙임 list); the photos themselves follow it.
        end = Block("end_mark", {lang: (KO_END_MARK if lang == "ko" else "") for lang in langs})
        first_photo = next((i for i, b in enumerate(blocks) if b.kind == "photo"), len(blocks))
        blocks.insert(first_photo, end)
    if "en" in langs and release.unofficial_translation:
        blocks.append(Block("unofficial", {lang: (UNOFFICIAL_TRANSLATION_LINE if lang == "en"
                                                  else "") for lang in langs}))
    # A language the release lacks altogether was said once above, not once a block.
    present = [lang for lang in langs if release.has_language(lang)]
    for block in blocks:
        if block.kind in ("headline", "subheadline", "point", "note"):
            for lang in present:
                if not block.texts[lang].strip():
                    warnings.append(f"{block.path}: no {LANG_NAMES[lang]} text; exported empty")
    title = blocks[0].texts[langs[0]] or blocks[0].texts[langs[-1]]
    from mfa_desk.formats.embargo_stamp import embargo_stamp

    stamp = {lang: text for lang, text in embargo_stamp(release).items() if lang in langs}
    return WalkedRelease(variant, langs, release.korean_numbering, banner, header, blocks,
                         title, warnings, stamp, letterhead or Letterhead())


def _left_out(text: BiText, langs: tuple[Lang, ...], where: str, what: str,
              warnings: list[str]) -> bool:
    """A note, sub-headline or attachment title with no text in any language of this
    export would print a bare "※", "-" or "Attachments: 1." in the published release:
    left out, and said. (A point keeps its place, empty: leaving it out would renumber
    the points after it.)"""
    if any(text.get(lang).strip() for lang in langs):
        return False
    warnings.append(f"{where}: no {' or '.join(LANG_NAMES[lg] for lg in langs)} {what}; "
                    "left out")
    return True


ATTACHMENTS_LABEL = {"ko": "붙임", "en": "Attachments:"}


def _attachment_blocks(release: Release, langs: tuple[Lang, ...], blocks: list[Block],
                       warnings: list[str]) -> None:
    if not release.attachments:
        return
    number = 0
    for i, att in enumerate(release.attachments):
        where = f"attachments[{i}]"
        if _left_out(att.title, langs, where, "title", warnings):
            continue
        number += 1
        blocks.append(Block("attachments",
                            _texts({lang: att.title.get(lang) for lang in langs}, where,
                                   warnings),
                            markers={lang: f"{number}." for lang in langs},
                            number=number, path=where, segment_id=att.id))
    for i, att in enumerate(release.attachments):
        if att.photo is None:
            continue
        where = f"attachments[{i}].photo.caption"
        blocks.append(Block("photo",
                            _texts({lang: att.photo.caption.get(lang) for lang in langs},
                                   where, warnings),
                            number=i + 1, path=where, segment_id=att.id, photo=att.photo))


def uses_numbered_korean(walked: WalkedRelease) -> bool:
    return walked.korean_numbering == KO_NUMBERING_NUMBER
