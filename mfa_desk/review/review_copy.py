"""The Word review copy of a release, out and back in.

Out: every text of the new release in document order, with the texts deleted
since the old version where they stood, the differences as tracked changes.
In: the reviewed copy applied onto a release: the text with every change the
reviewer accepted and none they rejected; changes still pending (ours left
untouched, or the reviewer's own tracked edits) become suggestions on their
segment; the reviewer's new comments are attached to their segments.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path
from typing import IO

from mfa_desk.constants import LANGS
from mfa_desk.formats.docx.docx_review_export import ReviewRow, write_review_docx
from mfa_desk.formats.docx.docx_review_import import ReviewedCopy, read_review_docx
from mfa_desk.model.release import BiText, Release, Segment
from mfa_desk.model.review import Comment, Reply, Suggestion, now_utc
from mfa_desk.review.compare import SegmentDiff, compare_releases, items
from mfa_desk.text.diff import diff_texts

_INDEX = re.compile(r"\[(\d+)\]")


def label_of(path: str) -> str:
    """A short reference a reviewer can quote: H, S1, 2.1, N1, A1, A1 photo."""
    numbers = [str(int(n) + 1) for n in _INDEX.findall(path)]
    if path == "headline":
        return "H"
    if path.startswith("subheadlines"):
        return "S" + numbers[0]
    if path.startswith("notes"):
        return "N" + numbers[0]
    if path.startswith("attachments"):
        return "A" + numbers[0] + (" photo" if path.endswith(".photo") else "")
    return ".".join(numbers)


def review_rows(old: Release | None, new: Release) -> list[ReviewRow]:
    """The rows of the copy: changes since `old` marked (None: no changes, a clean copy)."""
    changes = {d.key: d for d in compare_releases(old, new).segments} if old else {}
    comments = {ref.segment.id: ref.segment.comments for ref in new.iter_segments()}
    rows = []
    for it in items(new):
        d = changes.get(it.key)
        pieces = d.pieces if d else {lang: diff_texts(it.text.get(lang), it.text.get(lang),
                                                      lang) for lang in LANGS}
        rows.append(ReviewRow(it.key, label_of(it.path), pieces,
                              d.change if d else "", comments.get(it.key, [])))
    if old is not None:
        _insert_deleted(rows, old, changes)
    return rows


def _insert_deleted(rows: list[ReviewRow], old: Release, changes: dict[str, SegmentDiff]
                    ) -> None:
    order = [it.key for it in items(old)]
    for index, key in enumerate(order):
        d = changes.get(key)
        if d is None or d.change != "deleted":
            continue
        before = set(order[:index])
        at = max((i + 1 for i, r in enumerate(rows) if r.key in before), default=0)
        rows.insert(at, ReviewRow(key, label_of(d.path), d.pieces, "deleted"))


def export_review_copy(new: Release, old: Release | None, out: str | os.PathLike[str] | IO[bytes],
                       author: str, since: str = "", when: dt.datetime | None = None) -> None:
    title = new.headline.text.ko or new.headline.text.en or "Release"
    subtitle = (f"Review copy. Changes since {since} are tracked changes; comments are "
                "Word comments." if old is not None else "Review copy.")
    write_review_docx(review_rows(old, new), title, subtitle, author, when or now_utc(), out)


def apply_review(release: Release, path: str | Path) -> tuple[Release, list[str]]:
    """`release` with the reviewed copy at `path` applied (a new Release) and warnings."""
    copy = read_review_docx(path)
    return apply_reviewed(release, copy), copy.warnings


def apply_reviewed(release: Release, copy: ReviewedCopy) -> Release:
    out = release.copy()
    texts: dict[str, BiText] = {it.key: it.text for it in items(out)}
    segments = {ref.segment.id: ref.segment for ref in out.iter_segments()}
    for key, langs in copy.rows.items():
        target = texts.get(key)
        if target is None:
            if any(t.proposed.strip() and t.base.strip() for t in langs.values()):
                copy.warnings.append(f"the review copy keeps a segment that is no longer in "
                                     f"the release ({key}); add it back by hand if wanted")
            continue
        for lang, reviewed in langs.items():
            target.set(lang, reviewed.base)
            seg = segments.get(key)
            if reviewed.proposed != reviewed.base:
                if seg is None:
                    copy.warnings.append(f"a pending change to {key} ({lang}) was left out: "
                                         "only segments take suggestions")
                    continue
                seg.suggestions.append(Suggestion(lang, reviewed.proposed,
                                                  reviewed.author or "reviewer",
                                                  reviewed.time or now_utc()))
    _apply_comments(copy, segments)
    return out


def _apply_comments(copy: ReviewedCopy, segments: dict[str, Segment]) -> None:
    """Attach the copy's comments: new ones added, replies threaded, ours recognised.

    Ours come back with their author and first line; a reply whose thread the
    editor lost (LibreOffice keeps no threads) is recognised by author and text.
    """
    by_para: dict[str, Comment] = {}
    for c in copy.comments:
        seg = segments.get(c.key.split(":")[0])
        if seg is None:
            copy.warnings.append(f"a comment by {c.author} is on a text that takes no "
                                 "comments; not imported")
            continue
        parent = by_para.get(c.parent) if c.parent else None
        if parent is not None:
            if not any((r.author, r.text) == (c.author, c.text) for r in parent.replies):
                parent.replies.append(Reply(c.author or "reviewer", c.time or now_utc(),
                                            c.text))
            continue
        if any((r.author, r.text) == (c.author, c.text) for old in seg.comments
               for r in old.replies):
            continue  # a reply of ours, come back unthreaded
        known = next((old for old in seg.comments if old.author == c.author
                      and old.text.split("\n")[0] == c.text.split("\n")[0]), None)
        if known is None:
            known = Comment(c.author or "reviewer", c.time or now_utc(), c.text)
            seg.comments.append(known)
        if c.done is not None:
            known.resolved = c.done
        if c.para_id:
            by_para[c.para_id] = known
