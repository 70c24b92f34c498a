"""The .mfadesk file: one self-contained, diffable UTF-8 JSON document.

See docs/file-format.md. Reading validates every value and names the JSON path
of the first problem; writing is atomic (temporary file, fsync, os.replace).
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import datetime as dt
import functools
import json
import os
from pathlib import Path
from typing import Any

from mfa_desk.constants import FILE_FORMAT_NAME, FILE_FORMAT_VERSION, FILE_SUFFIX, TIMINGS
from mfa_desk.errors import InputError
from mfa_desk.fileio import FileTooLarge, atomic_write_bytes, read_input_file, remove_stale_temps
from mfa_desk.formats.native.mfadesk_reader import (
    Reader,
    dict_list,
    json_text_is_clean,
    utf8_json_is_clean,
)
from mfa_desk.formats.native.mfadesk_review import read_review_keys
from mfa_desk.formats.native.plain_segments import plain_segment
from mfa_desk.formats.untrusted_text import warn_if_cleaned
from mfa_desk.model.ids import new_id
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
)
from mfa_desk.model.workflow import SignOff, WorkflowState

IMAGE_TYPES = ("image/png", "image/jpeg")
# A release with a few photos is well under 30 MB; reading is bounded in memory.
MAX_FILE_BYTES = 64 * 2**20

# ---------------------------------------------------------------- writing


def _bitext(b: BiText) -> dict[str, str]:
    return {"ko": b.ko, "en": b.en}


def _segment(s: Segment, with_children: bool = True) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": s.id,
        "text": _bitext(s.text),
        "status": s.status.value,
        "source_fingerprint": s.source_fingerprint,
    }
    if with_children:
        out["children"] = [_segment(c) for c in s.children]
    # Review rounds (issue 14): source_ko, comments, suggestions when present.
    from mfa_desk.formats.native.mfadesk_review import review_keys

    out.update(review_keys(s))
    return out


def metadata_to_dict(m: Metadata) -> dict[str, Any]:
    """Metadata as JSON values; shared by the file and the `inspect` shape."""
    return {
        "category": m.category,
        "document_type": m.document_type,
        "date": m.date.isoformat() if m.date else None,
        "timing": m.timing,
        "timing_text": m.timing_text,
        "issued_at": m.issued_at.isoformat(timespec="minutes") if m.issued_at else None,
        "department": m.department,
        "release_number": m.release_number,
        # Written only when set, so files without an embargo time read as before.
        **({"embargo_until": m.embargo_until.isoformat(timespec="minutes")}
           if m.embargo_until else {}),
        "contacts": [
            {"role": c.role, "rank": c.rank, "name": c.name, "phone": c.phone,
             "department": c.department}
            for c in m.contacts
        ],
    }


def release_to_dict(release: Release) -> dict[str, Any]:
    return {
        "format": FILE_FORMAT_NAME,
        "version": FILE_FORMAT_VERSION,
        "languages": list(release.languages),
        "unofficial_translation": release.unofficial_translation,
        "korean_numbering": release.korean_numbering,
        "english_variant": release.english_variant,
        "metadata": metadata_to_dict(release.metadata),
        "headline": _segment(release.headline, with_children=False),
        "subheadlines": [_segment(s, with_children=False) for s in release.subheadlines],
        "points": [_segment(p) for p in release.points],
        "notes": [_segment(n, with_children=False) for n in release.notes],
        "attachments": [
            {
                "id": a.id,
                "title": _bitext(a.title),
                "photo": None if a.photo is None else {
                    "media_type": a.photo.media_type,
                    "caption": _bitext(a.photo.caption),
                    "data": base64.b64encode(a.photo.data).decode("ascii"),
                },
            }
            for a in release.attachments
        ],
        "spelling_ignore": list(release.spelling_ignore),
        "dismissals": [
            {"check": d.check, "segment_id": d.segment_id, "reason": d.reason,
             "fingerprint": d.fingerprint}
            for d in release.dismissals
        ],
        **_workflow_to_dict(release),
    }


def _workflow_to_dict(release: Release) -> dict[str, Any]:
    """The sign-off state and history (older files have neither: Draft, no history).

    A draft nobody signed writes neither, so such files stay as they were."""
    if release.workflow is WorkflowState.DRAFT and not release.signoffs:
        return {}
    return {
        "workflow": release.workflow.value,
        "signoffs": [
            {"state": s.state.value, "name": s.name, "role": s.role,
             "at": s.at.isoformat(timespec="seconds"), "note": s.note}
            for s in release.signoffs
        ],
    }


def dumps_release(release: Release) -> str:
    # Stable key order and indentation keep the file diffable.
    return json.dumps(release_to_dict(release), ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def save_release(release: Release, path: str | os.PathLike[str]) -> None:
    """Write atomically: a failure leaves any previous file byte-for-byte intact."""
    data = dumps_release(release).encode("utf-8")
    atomic_write_bytes(Path(path), data)


# ---------------------------------------------------------------- reading


def release_from_dict(data: Any, source: str = "<release>",
                      warnings: list[str] | None = None, text_is_clean: bool = False) -> Release:
    """`warnings`, if given, receives a line when characters were cleaned out of strings.
    `text_is_clean`: the JSON text `data` was parsed from passed `json_text_is_clean`."""
    r = Reader(source, clean_strings=not text_is_clean)
    if not isinstance(data, dict):
        raise InputError("not an MFA Desk release (expected a JSON object)", source)
    if data.get("format") != FILE_FORMAT_NAME:
        raise InputError("not an MFA Desk release (missing \"format\": "
                         f"\"{FILE_FORMAT_NAME}\")", source)
    version = r.get(data, "version", "", int)
    if version > FILE_FORMAT_VERSION:
        raise InputError(f"written by a newer MFA Desk (file format version {version}); "
                         f"this version reads up to version {FILE_FORMAT_VERSION}", source)
    if version < 1:
        raise r.fail("version", f"unknown version {version}")

    release = Release()  # a key the file leaves out keeps the model's default
    release.languages = _str_list(r, data, "languages", "", release.languages)
    release.unofficial_translation = r.get(data, "unofficial_translation", "", bool,
                                           release.unofficial_translation)
    release.korean_numbering = r.get(data, "korean_numbering", "", str, release.korean_numbering)
    release.english_variant = r.get(data, "english_variant", "", str, release.english_variant)
    release.metadata = _metadata(r, r.get(data, "metadata", "", dict, {}))
    release.headline = _read_segment(r, r.get(data, "headline", "", dict), "headline", 0)
    release.subheadlines = [
        _read_segment(r, s, f"subheadlines[{i}]", 0)
        for i, s in enumerate(dict_list(r, data, "subheadlines", ""))
    ]
    release.points = [
        _read_segment(r, s, f"points[{i}]", 2)
        for i, s in enumerate(dict_list(r, data, "points", ""))
    ]
    release.notes = [
        _read_segment(r, s, f"notes[{i}]", 0)
        for i, s in enumerate(dict_list(r, data, "notes", ""))
    ]
    release.attachments = [
        _attachment(r, a, f"attachments[{i}]")
        for i, a in enumerate(dict_list(r, data, "attachments", ""))
    ]
    release.spelling_ignore = _str_list(r, data, "spelling_ignore", "", [])
    release.dismissals = [
        Dismissal(
            check=r.get(d, "check", f"dismissals[{i}]", str),
            segment_id=r.get(d, "segment_id", f"dismissals[{i}]", str),
            reason=r.get(d, "reason", f"dismissals[{i}]", str, ""),
            fingerprint=r.get(d, "fingerprint", f"dismissals[{i}]", str, ""),
        )
        for i, d in enumerate(dict_list(r, data, "dismissals", ""))
    ]
    _read_workflow(r, data, release)
    _check_unique_ids(r, release)
    if warnings is not None:
        warn_if_cleaned(r.cleaned, source, warnings)
    return release


@functools.cache
def _default(model: type, name: str) -> Any:
    """The default of a model dataclass field: the reader never retypes it (issue 17)."""
    field = next(f for f in dataclasses.fields(model) if f.name == name)
    if field.default is not dataclasses.MISSING:
        return field.default
    if field.default_factory is not dataclasses.MISSING:
        return field.default_factory()
    raise TypeError(f"{model.__name__}.{name} has no default")  # a programming error


def _read_workflow(r: Reader, data: dict[str, Any], release: Release) -> None:
    states = ", ".join(s.value for s in WorkflowState)
    try:
        release.workflow = WorkflowState(r.get(data, "workflow", "", str, release.workflow.value))
    except ValueError:
        raise r.fail("workflow", f"expected {states}") from None
    for i, s in enumerate(dict_list(r, data, "signoffs", "")):
        sp = f"signoffs[{i}]"
        try:
            state = WorkflowState(r.get(s, "state", sp, str))
        except ValueError:
            raise r.fail(f"{sp}.state", f"expected {states}") from None
        try:
            at = dt.datetime.fromisoformat(r.get(s, "at", sp, str))
        except ValueError:
            raise r.fail(f"{sp}.at", "expected a date-time as YYYY-MM-DDTHH:MM:SS") from None
        release.signoffs.append(SignOff(state, r.get(s, "name", sp, str, ""),
                                        r.get(s, "role", sp, str, ""), at,
                                        r.get(s, "note", sp, str, "")))


def _str_list(r: Reader, obj: dict[str, Any], key: str, path: str, default: list[str]
              ) -> list[str]:
    here = f"{path}.{key}" if path else key
    items = r.get(obj, key, path, list, default)
    for i, item in enumerate(items):
        if not isinstance(item, str):
            raise r.fail(f"{here}[{i}]", "expected a string")
    return list(items)


def _read_bitext(r: Reader, obj: dict[str, Any], key: str, path: str) -> BiText:
    here = f"{path}.{key}"
    raw = r.get(obj, key, path, dict, {})
    ko = r.get(raw, "ko", here, str, "", nullable=True)
    en = r.get(raw, "en", here, str, "", nullable=True)
    return BiText(ko or "", en or "")


def _read_segment(r: Reader, obj: dict[str, Any], path: str, child_levels: int) -> Segment:
    if not r.clean_strings:  # the file's strings need no cleaning: try the plain reading
        plain = plain_segment(obj, child_levels)
        if plain is not None:
            return plain
    status_raw = r.get(obj, "status", path, str, _default(Segment, "status").value)
    try:
        status = TranslationStatus(status_raw)
    except ValueError:
        raise r.fail(f"{path}.status", "expected draft, translated or reviewed") from None
    seg_id = r.get(obj, "id", path, str, None)
    seg = Segment(
        text=_read_bitext(r, obj, "text", path),
        status=status,
        source_fingerprint=r.get(obj, "source_fingerprint", path, str, ""),
        # Given here, so no id is made only to be replaced.
        id=seg_id or new_id(),
    )
    # Review rounds (issue 14): source_ko, comments, suggestions (all optional).
    read_review_keys(r, obj, path, seg)
    children = dict_list(r, obj, "children", path)
    if children and child_levels == 0:
        raise r.fail(f"{path}.children", "points nest at most three levels deep"
                     if path.startswith("points") else "this segment cannot have children")
    seg.children = [
        _read_segment(r, c, f"{path}.children[{j}]", child_levels - 1)
        for j, c in enumerate(children)
    ]
    return seg


def _metadata(r: Reader, obj: dict[str, Any]) -> Metadata:
    p = "metadata"
    m = Metadata(
        category=r.get(obj, "category", p, str, "", nullable=True) or "",
        document_type=r.get(obj, "document_type", p, str, "", nullable=True) or "",
        timing=r.get(obj, "timing", p, str, _default(Metadata, "timing")),
        timing_text=r.get(obj, "timing_text", p, str, ""),
        department=r.get(obj, "department", p, str, ""),
        release_number=r.get(obj, "release_number", p, str, ""),
    )
    if m.timing not in TIMINGS:
        raise r.fail(f"{p}.timing", "expected " + ", ".join(TIMINGS))
    date = r.get(obj, "date", p, str, None, nullable=True)
    if date:
        try:
            m.date = dt.date.fromisoformat(date)
        except ValueError:
            raise r.fail(f"{p}.date", "expected a date as YYYY-MM-DD") from None
    issued = r.get(obj, "issued_at", p, str, None, nullable=True)
    if issued:
        try:
            m.issued_at = dt.datetime.fromisoformat(issued)
        except ValueError:
            raise r.fail(f"{p}.issued_at", "expected a date-time as YYYY-MM-DDTHH:MM") from None
    embargo = r.get(obj, "embargo_until", p, str, None, nullable=True)
    if embargo:
        try:
            m.embargo_until = dt.datetime.fromisoformat(embargo)
        except ValueError:
            raise r.fail(f"{p}.embargo_until", "expected a date-time as YYYY-MM-DDTHH:MM"
                         ) from None
    for i, c in enumerate(dict_list(r, obj, "contacts", p)):
        cp = f"{p}.contacts[{i}]"
        m.contacts.append(Contact(
            role=r.get(c, "role", cp, str, ""), rank=r.get(c, "rank", cp, str, ""),
            name=r.get(c, "name", cp, str, ""), phone=r.get(c, "phone", cp, str, ""),
            department=r.get(c, "department", cp, str, ""),
        ))
    return m


def _attachment(r: Reader, obj: dict[str, Any], path: str) -> Attachment:
    att = Attachment(title=_read_bitext(r, obj, "title", path))
    att_id = r.get(obj, "id", path, str, None)
    if att_id:
        att.id = att_id
    photo = r.get(obj, "photo", path, dict, None, nullable=True)
    if photo is not None:
        pp = f"{path}.photo"
        media_type = r.get(photo, "media_type", pp, str)
        if media_type not in IMAGE_TYPES:
            raise r.fail(f"{pp}.media_type", "expected image/png or image/jpeg")
        try:
            data = base64.b64decode(r.get(photo, "data", pp, str), validate=True)
        except (binascii.Error, ValueError):
            raise r.fail(f"{pp}.data", "expected base64 image data") from None
        att.photo = Photo(data=data, media_type=media_type,
                          caption=_read_bitext(r, photo, "caption", pp))
    return att


def _check_unique_ids(r: Reader, release: Release) -> None:
    ids = [s.id for s in release.all_segments()] + [a.id for a in release.attachments]
    if len(set(ids)) == len(ids):
        return  # the usual case, found without making each segment's path (1,003: -1.5 ms)
    seen: set[str] = set()
    for ref in release.iter_segments():
        if ref.segment.id in seen:
            raise r.fail(f"{ref.path}.id", f"id {ref.segment.id!r} is used twice")
        seen.add(ref.segment.id)
    for i, att in enumerate(release.attachments):
        if att.id in seen:
            raise r.fail(f"attachments[{i}].id", f"id {att.id!r} is used twice")
        seen.add(att.id)


def loads_release(text: str, source: str = "<release>", warnings: list[str] | None = None,
                  raw: bytes | None = None) -> Release:
    """`raw`: the UTF-8 bytes `text` was decoded from, if the caller has them: whether its
    strings need cleaning is then read from them (utf8_json_is_clean, once json.loads has
    accepted the text)."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"line {exc.lineno}, column {exc.colno}: not valid JSON ({exc.msg})",
                         source) from None
    except RecursionError:
        raise InputError(JSON_TOO_DEEP, source) from None
    clean = utf8_json_is_clean(raw) if raw is not None else None
    return release_from_dict(data, source, warnings,
                             text_is_clean=json_text_is_clean(text) if clean is None else clean)


# json.loads stops at Python's recursion limit (about 1000 levels) with RecursionError;
# a release nests six levels deep.
JSON_TOO_DEEP = "not a release: its JSON is nested too deeply"


def load_release(path: str | os.PathLike[str], warnings: list[str] | None = None) -> Release:
    p = Path(path)
    remove_stale_temps(p.parent, suffix=FILE_SUFFIX)  # leftovers of releases' killed saves
    try:
        raw = read_input_file(p, MAX_FILE_BYTES)
    except FileTooLarge as exc:
        raise InputError(f"{exc.size // 2**20} MB is too large for a release (at most "
                         f"{MAX_FILE_BYTES // 2**20} MB, photos included)", str(p)) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", str(p)) from None
    try:
        # As "utf-8-sig" reads it (a leading byte-order mark dropped), without importing
        # that codec's Python module at the editor's start.
        text = raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"byte {exc.start}: not UTF-8 text", str(p)) from None
    return loads_release(text, str(p), warnings, raw)
