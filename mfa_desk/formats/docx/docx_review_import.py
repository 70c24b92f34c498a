"""Read a Word review copy back: each row's texts and the reviewer's comments.

For every text cell two readings: `base`, with the changes still pending
rejected (what the reviewer has accepted so far, with the tracked changes they
rejected gone), and `proposed`, with them accepted. They differ only where
changes are still pending; those become suggestions on the segment. Deleted
text (`w:delText`, `w:moveFrom`) counts in `base` only, inserted text
(`w:ins`, `w:moveTo`) in `proposed` only. Rows are found by the hidden key in
their reference cell, so a reviewer may reorder or add rows without confusing
the import; rows without a key are reported, never guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mfa_desk.constants import LANGS, Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.docx.docx_body import w
from mfa_desk.formats.docx.docx_review_export import (
    COMMENTS_EXTENDED_REL,
    KEY_MARK,
    W14_NS,
    W15_NS,
)

_KEY = re.compile(re.escape(KEY_MARK) + r"([0-9A-Za-z_\-]+(?::caption)?)")
PENDING = {"ins": "+", "moveTo": "+", "del": "-", "moveFrom": "-"}


@dataclass
class ReviewedText:
    base: str
    proposed: str
    author: str = ""  # of the last pending change
    time: dt.datetime | None = None


@dataclass
class ReviewedComment:
    key: str
    author: str
    time: dt.datetime | None
    text: str
    para_id: str = ""  # w14:paraId of its last paragraph: how replies name it
    parent: str = ""  # the para_id of the comment this one replies to
    done: bool | None = None  # resolved; None when the file does not say


@dataclass
class ReviewedCopy:
    rows: dict[str, dict[Lang, ReviewedText]]  # key -> lang -> texts
    comments: list[ReviewedComment] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_review_docx(path: str | Path) -> ReviewedCopy:
    from mfa_desk.formats.docx.docx_import import open_docx

    p = Path(path)
    doc = open_docx(p)
    copy = ReviewedCopy({})
    row_of_comment: dict[str, str] = {}
    tables = doc.element.body.findall(w("tbl"))
    if not tables:
        raise InputError("not an MFA Desk review copy (no table of segments)", str(p))
    for n, tr in enumerate(tables[-1].iter(w("tr"))):
        cells = tr.findall(w("tc"))
        if n == 0 or len(cells) < 3:
            continue  # the head row
        found = _KEY.search(_cell_text(cells[0], "+")[0])
        if found is None:
            copy.warnings.append(f"{p.name}: table row {n + 1} has no segment reference; "
                                 "its text was not imported")
            continue
        key = found.group(1)
        copy.rows[key] = {lang: _reviewed(cell) for cell, lang in zip(cells[1:3], LANGS,
                                                                      strict=True)}
        for mark in tr.iter(w("commentRangeStart"), w("commentReference")):
            row_of_comment.setdefault(mark.get(w("id"), ""), key)
    if not copy.rows:
        raise InputError("not an MFA Desk review copy (no row names a segment)", str(p))
    threads = _threads(doc)
    for comment in doc.comments:
        key = row_of_comment.get(str(comment.comment_id))
        text = "\n".join(par.text for par in comment.paragraphs).strip()
        if key is None:
            copy.warnings.append(f"{p.name}: a comment by {comment.author or 'someone'} is "
                                 "outside the segment table; not imported")
            continue
        paragraphs = comment._comment_elm.findall(w("p"))
        para_id = paragraphs[-1].get(f"{{{W14_NS}}}paraId", "") if paragraphs else ""
        parent, done = threads.get(para_id, ("", False)) if threads is not None else ("", None)
        copy.comments.append(ReviewedComment(key, comment.author or "", _utc(comment), text,
                                             para_id, parent, done))
    return copy


def _threads(doc: Any) -> dict[str, tuple[str, bool]] | None:
    """paraId -> (parent paraId, done) from word/commentsExtended.xml; None if absent."""
    from lxml import etree

    for rel in doc.part.rels.values():
        if rel.reltype != COMMENTS_EXTENDED_REL or rel.is_external:
            continue
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        try:
            root = etree.fromstring(rel.target_part.blob, parser)
        except etree.XMLSyntaxError:
            return None
        out = {}
        for entry in root.iter(f"{{{W15_NS}}}commentEx"):
            out[entry.get(f"{{{W15_NS}}}paraId", "")] = (
                entry.get(f"{{{W15_NS}}}paraIdParent", ""),
                entry.get(f"{{{W15_NS}}}done", "0") in ("1", "true"))
        return out
    return None


def _utc(comment: Any) -> dt.datetime | None:
    raw = comment._comment_elm.get(w("date"))
    return _parse_date(raw)


def _parse_date(raw: str | None) -> dt.datetime | None:
    if not raw:
        return None
    try:
        moment = dt.datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _reviewed(cell: Any) -> ReviewedText:
    base, pending_base = _cell_text(cell, "-")
    proposed, _ = _cell_text(cell, "+")
    author, when = "", None
    for tag in PENDING:
        for mark in cell.iter(w(tag)):
            author = mark.get(w("author"), author)
            when = _parse_date(mark.get(w("date"))) or when
    return ReviewedText(base, proposed, author if pending_base or base != proposed else "",
                        when)


def _cell_text(cell: Any, keep: str) -> tuple[str, bool]:
    """The cell's text keeping insertions ("+") or deletions ("-"); and whether any is pending."""
    paragraphs = []
    pending = False
    for p in cell.iter(w("p")):
        out: list[str] = []
        for el in p.iter(w("t"), w("delText"), w("tab"), w("br")):
            side = _side(el, p)
            if side:
                pending = True
            if side and side != keep:
                continue
            if el.tag in (w("t"), w("delText")):
                out.append(el.text or "")
            else:
                out.append("\t" if el.tag == w("tab") else "\n")
        paragraphs.append("".join(out))
    return "\n".join(paragraphs), pending


def _side(el: Any, stop: Any) -> str:
    """"+" inside an insertion, "-" inside a deletion, "" in plain text."""
    node = el.getparent()
    while node is not None and node is not stop:
        tag = node.tag.rsplit("}", 1)[-1]
        if tag in PENDING:
            return PENDING[tag]
        node = node.getparent()
    return "-" if el.tag == w("delText") else ""
