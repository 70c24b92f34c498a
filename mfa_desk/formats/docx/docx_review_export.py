"""The Word review copy: changes since an earlier version as real tracked changes.

One table row per text of the release (segments, attachment titles, photo
captions): a reference cell, the Korean and the English. Where a text changed
since the chosen version, its cell holds `w:del`/`w:ins` runs with author and
date, so Word or LibreOffice shows them as tracked changes a reviewer accepts
or rejects. Comments of a segment become Word comments on its reference cell,
replies as threaded replies, resolved ones marked done. The reference cell
also carries the item's key as hidden text, which is how `docx_review_import`
finds the segment of each row again after the reviewer has saved the file.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass, field
from typing import IO, Any

from mfa_desk.constants import LANGS, Lang
from mfa_desk.formats.docx.docx_body import _append_text, w
from mfa_desk.formats.docx.docx_export import save_document
from mfa_desk.model.review import Comment
from mfa_desk.text.diff import Piece

KEY_MARK = "#"  # hidden text "#<key>" in the reference cell
W14_NS = "http://schemas.microsoft.com/office/word/2010/wordml"
W15_NS = "http://schemas.microsoft.com/office/word/2012/wordml"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
COMMENTS_EXTENDED_PART = "/word/commentsExtended.xml"
COMMENTS_EXTENDED_TYPE = ("application/vnd.openxmlformats-officedocument.wordprocessingml."
                          "commentsExtended+xml")
COMMENTS_EXTENDED_REL = "http://schemas.microsoft.com/office/2011/relationships/commentsExtended"
LANG_TAGS = {"ko": "ko-KR", "en": "en-US"}
COLUMN_WIDTHS_TWIPS = (1500, 3900, 3900)  # 164 mm of the 170 mm text width on A4
HEAD = {"ref": "Ref.", "ko": "Korean", "en": "English"}


@dataclass
class ReviewRow:
    """One row of the review copy: its key, a short label and the pieces per language."""

    key: str
    label: str
    pieces: dict[Lang, list[Piece]]
    change: str = ""  # "", "changed", "inserted", "deleted", "moved"
    comments: list[Comment] = field(default_factory=list)


def date_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Ids:
    """w:id values of the tracked changes: unique in the document."""

    def __init__(self) -> None:
        self.next = 1

    def take(self) -> str:
        self.next += 1
        return str(self.next)


def write_review_docx(rows: list[ReviewRow], title: str, subtitle: str, author: str,
                      when: dt.datetime, out: str | os.PathLike[str] | IO[bytes]) -> None:
    from docx import Document
    from docx.shared import Pt
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    doc = Document()
    from mfa_desk.formats.docx.docx_export import _page_setup

    _page_setup(doc)  # A4, the ministry's margins
    from mfa_desk.formats.docx.docx_styles import _set_defaults, add_font_table_entry

    # The export's fonts (Korean in the East Asian slot) and no Hangul-digit autospace.
    _set_defaults(doc, "en_US")
    add_font_table_entry(doc)
    doc.core_properties.title = title
    doc.core_properties.author = author
    doc.add_heading(title, level=1)
    doc.add_paragraph(subtitle)
    body = doc.element.body
    tbl = _table(doc)
    ids = _Ids()
    threads = _Threads()
    stamp = date_text(when)
    header = _row(tbl)
    for cell, key in zip(header, ("ref", "ko", "en"), strict=True):
        _paragraph(cell).append(_run(HEAD[key], "en", bold=True))
    for row in rows:
        ref, ko, en = _row(tbl)
        p = _paragraph(ref)
        label_run = _run(row.label + (f" ({row.change})" if row.change else ""), "en")
        p.append(label_run)
        p.append(_run(KEY_MARK + row.key, "en", hidden=True))
        for cell, lang in zip((ko, en), LANGS, strict=True):
            _pieces(_paragraph(cell), row.pieces.get(lang, []), lang, author, stamp, ids)
        anchor = Run(label_run, Paragraph(p, doc))
        for comment in row.comments:
            threads.add(doc, anchor, comment, author)
    threads.write_part(doc)
    sect = body.sectPr
    sect.addprevious(tbl)
    sect.addprevious(_paragraph_element())
    doc.styles["Normal"].font.size = Pt(10)
    # Word opens the copy with change tracking on, so the reviewer's edits are tracked.
    settings = doc.settings.element
    from lxml.etree import SubElement

    SubElement(settings, w("trackRevisions"))
    _order_settings(settings)
    save_document(doc, out)


class _Threads:
    """Comments with their replies and resolved state, as Word keeps them.

    Each reply is a comment of its own on the same text; `word/commentsExtended.xml`
    links it to its parent (w15:paraIdParent) and marks resolved threads
    (w15:done), both by the w14:paraId of the comment's last paragraph. Word shows
    the thread; LibreOffice 7.4 reads the resolved state and shows replies apart.
    """

    def __init__(self) -> None:
        self.entries: list[tuple[str, str, bool]] = []  # paraId, parent paraId, done

    def add(self, doc: Any, anchor: Any, comment: Comment, author: str) -> None:
        parent = self._comment(doc, anchor, comment.author or author, comment.text,
                               comment.time, "", comment.resolved)
        for reply in comment.replies:
            self._comment(doc, anchor, reply.author or author, reply.text, reply.time, parent,
                          comment.resolved)

    def _comment(self, doc: Any, anchor: Any, author: str, text: str, moment: dt.datetime,
                 parent: str, done: bool) -> str:
        added = doc.add_comment(anchor, text=text, author=author, initials=_initials(author))
        added._comment_elm.set(w("date"), date_text(moment))
        para_id = f"{len(self.entries) + 1:08X}"  # below 0x80000000, as Word requires
        added._comment_elm.findall(w("p"))[-1].set(f"{{{W14_NS}}}paraId", para_id)
        self.entries.append((para_id, parent, done))
        return para_id

    def write_part(self, doc: Any) -> None:
        if not self.entries:
            return
        from docx.opc.packuri import PackURI
        from docx.opc.part import Part

        items = "".join(
            f'<w15:commentEx w15:paraId="{pid}"'
            + (f' w15:paraIdParent="{parent}"' if parent else "")
            + f' w15:done="{1 if done else 0}"/>' for pid, parent, done in self.entries)
        blob = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                f'<w15:commentsEx xmlns:w15="{W15_NS}" xmlns:mc="{MC_NS}" mc:Ignorable="w15">'
                f"{items}</w15:commentsEx>").encode()
        part = Part(PackURI(COMMENTS_EXTENDED_PART), COMMENTS_EXTENDED_TYPE, blob,
                    doc.part.package)
        doc.part.relate_to(part, COMMENTS_EXTENDED_REL)


def _order_settings(settings: Any) -> None:
    """w:trackRevisions goes after w:proofState (schema order; the template has no
    element between proofState and it)."""
    track = settings.find(w("trackRevisions"))
    settings.remove(track)
    anchor = settings.find(w("proofState"))
    if anchor is None:
        anchor = settings.find(w("zoom"))
    if anchor is None:
        settings.insert(0, track)
    else:
        anchor.addnext(track)


def _initials(name: str) -> str:
    return "".join(part[0] for part in name.split() if part)[:3]


def _table(doc: Any) -> Any:
    from lxml.etree import SubElement

    tbl = _element("tbl")
    pr = SubElement(tbl, w("tblPr"))
    SubElement(pr, w("tblStyle")).set(w("val"), doc.styles["Table Grid"].style_id)
    width = SubElement(pr, w("tblW"))
    width.set(w("w"), str(sum(COLUMN_WIDTHS_TWIPS)))
    width.set(w("type"), "dxa")
    SubElement(pr, w("tblLayout")).set(w("type"), "fixed")
    grid = SubElement(tbl, w("tblGrid"))
    for col in COLUMN_WIDTHS_TWIPS:
        SubElement(grid, w("gridCol")).set(w("w"), str(col))
    return tbl


def _row(tbl: Any) -> list[Any]:
    from lxml.etree import SubElement

    tr = SubElement(tbl, w("tr"))
    SubElement(SubElement(tr, w("trPr")), w("cantSplit"))
    cells = []
    for width in COLUMN_WIDTHS_TWIPS:
        tc = SubElement(tr, w("tc"))
        tcw = SubElement(SubElement(tc, w("tcPr")), w("tcW"))
        tcw.set(w("w"), str(width))
        tcw.set(w("type"), "dxa")
        cells.append(tc)
    return cells


def _element(tag: str) -> Any:
    from docx.oxml import OxmlElement

    return OxmlElement(f"w:{tag}")


def _paragraph_element() -> Any:
    return _element("p")


def _paragraph(cell: Any) -> Any:
    p = _paragraph_element()
    cell.append(p)
    return p


def _run(text: str, lang: str, deleted: bool = False, bold: bool = False,
         hidden: bool = False) -> Any:
    from lxml.etree import SubElement

    r = _element("r")
    rpr = SubElement(r, w("rPr"))
    if bold:
        SubElement(rpr, w("b"))
    if hidden:
        SubElement(rpr, w("vanish"))
    tag = SubElement(rpr, w("lang"))
    tag.set(w("val"), LANG_TAGS[lang])
    tag.set(w("eastAsia"), "ko-KR")
    _append_text(r, text, "delText" if deleted else "t")
    return r


def _pieces(p: Any, pieces: list[Piece], lang: str, author: str, stamp: str, ids: _Ids
            ) -> None:
    from lxml.etree import SubElement

    for piece in pieces:
        if piece.op == "=":
            p.append(_run(piece.text, lang))
            continue
        mark = SubElement(p, w("del" if piece.op == "-" else "ins"))
        mark.set(w("id"), ids.take())
        mark.set(w("author"), author)
        mark.set(w("date"), stamp)
        mark.append(_run(piece.text, lang, deleted=piece.op == "-"))
