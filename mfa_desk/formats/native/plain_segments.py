"""The common segment of a .mfadesk file, read without the per-key checks that name a path.

A release opens at the editor's start: at 1,003 segments the general reader
(`mfadesk_file._read_segment`, ten typed look-ups a segment, each ready to name the JSON
path of a problem) took ~7 ms of the ~11 ms its file takes to read. Nearly every segment
is as MFA Desk writes it: an id, a status, the two texts, a fingerprint, the Korean the
English was reviewed against, children. `plain_segment` reads such a segment with plain
type checks and returns None for anything else (a missing or empty id, a wrong type, an
unknown status, comments or suggestions, children where none may be, a key it does not
know); the general reader then reads that segment and names any problem. It builds the
same Segment the general reader would, and is used only when the file's text needs no
cleaning (`json_text_is_clean`), as the general reader then changes no string either.
"""

from __future__ import annotations

from typing import Any

from mfa_desk.model.release import BiText, Segment, TranslationStatus

PLAIN_KEYS = frozenset({"id", "status", "text", "source_fingerprint", "source_ko", "children"})
_STATUSES = {status.value: status for status in TranslationStatus}
_DEFAULT_STATUS = TranslationStatus.DRAFT.value  # Segment's default, as the file writes it


def plain_segment(obj: dict[str, Any], child_levels: int) -> Segment | None:
    """The segment `obj` holds, children included, or None if any part of it is not plain.
    `child_levels`: how many levels of children it may have (0: none)."""
    if not obj.keys() <= PLAIN_KEYS:
        return None
    seg_id = obj.get("id")
    status_text = obj.get("status", _DEFAULT_STATUS)
    status = _STATUSES.get(status_text) if type(status_text) is str else None
    fingerprint = obj.get("source_fingerprint", "")
    source_ko = obj.get("source_ko", "")
    text = obj.get("text", {})
    if (type(seg_id) is not str or not seg_id or status is None or type(fingerprint) is not str
            or type(source_ko) is not str or type(text) is not dict):
        return None
    ko, en = text.get("ko", ""), text.get("en", "")
    if not ((ko is None or type(ko) is str) and (en is None or type(en) is str)):
        return None
    children = obj.get("children", [])
    if type(children) is not list or (children and child_levels == 0):
        return None
    kids = []
    for child in children:
        kid = plain_segment(child, child_levels - 1) if type(child) is dict else None
        if kid is None:
            return None
        kids.append(kid)
    return Segment(text=BiText(ko or "", en or ""), children=kids, status=status,
                   source_fingerprint=fingerprint, id=seg_id, source_ko=source_ko)
