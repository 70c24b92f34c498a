"""The Word review copy: real tracked changes and comments, and back in."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.model.review import Reply
from mfa_desk.review.review_copy import apply_review, export_review_copy, label_of
from tests.review.review_samples import release

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
WHEN = dt.datetime(2026, 3, 19, 10, 0, tzinfo=dt.UTC)


def review_copy(path: Path, with_comments: bool = True) -> Path:
    new = release(2)
    if not with_comments:
        new.points[1].comments = []
    export_review_copy(new, release(1), path, "Drafter", "v1", when=WHEN)
    return path


def _xml(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as zf:
        return zf.read(part).decode("utf-8")


def test_changes_are_tracked_with_author_and_date(tmp_path: Path) -> None:
    path = review_copy(tmp_path / "r.docx")
    body = _xml(path, "word/document.xml")
    assert body.count("<w:ins ") == 2 and body.count("<w:del ") == 2
    assert 'w:author="Drafter" w:date="2026-03-19T10:00:00Z"' in body
    assert '<w:delText xml:space="preserve"> 경제</w:delText>' in body
    assert "<w:trackRevisions/>" in _xml(path, "word/settings.xml")
    comments = _xml(path, "word/comments.xml")
    assert 'w:author="김 주무관"' in comments and "날짜 확인 부탁" in comments
    assert 'w:date="2026-03-18T09:30:00Z"' in comments
    # The reply is a threaded Word reply; the resolved comment is marked done.
    threads = _xml(path, "word/commentsExtended.xml")
    assert '<w15:commentEx w15:paraId="00000002" w15:paraIdParent="00000001" w15:done="0"/>' \
        in threads
    assert '<w15:commentEx w15:paraId="00000003" w15:done="1"/>' in threads


def test_untouched_copy_brings_every_change_in_as_a_suggestion(tmp_path: Path) -> None:
    back, warnings = apply_review(release(2), review_copy(tmp_path / "r.docx"))
    assert warnings == []
    old = release(1)
    for ref in back.iter_segments():  # pending changes are not applied
        assert ref.segment.text == old.segment_by_id(ref.segment.id).text  # type: ignore[union-attr]
    suggested = {(s.lang, s.text, s.author) for seg in back.points for s in seg.suggestions}
    assert suggested == {("en", "The two foreign ministers met in Seoul.", "Drafter"),
                         ("ko", "양국은 협력을 강화하기로 하였다.", "Drafter"),
                         ("en", "The talks were held on Wednesday.", "Drafter")}
    assert [(c.text, [r.text for r in c.replies], c.resolved)
            for c in back.points[1].comments] == [("날짜 확인 부탁", ["확인했습니다"], False),
                                                  ("용어 통일", [], True)]


def test_a_reviewers_reply_and_resolution_come_in(tmp_path: Path) -> None:
    reviewed = release(2)
    first, second = reviewed.points[1].comments
    first.replies.append(Reply("Director", first.time, "좋습니다"))
    first.resolved = True
    second.resolved = False
    path = tmp_path / "r.docx"
    export_review_copy(reviewed, release(1), path, "Director", when=WHEN)
    back, _ = apply_review(release(2), path)
    assert [(c.text, [r.author for r in c.replies], c.resolved)
            for c in back.points[1].comments] == [
        ("날짜 확인 부탁", ["Translator", "Director"], True), ("용어 통일", [], False)]


def test_a_copy_without_changes_is_clean(tmp_path: Path) -> None:
    out = io.BytesIO()
    export_review_copy(release(1), None, out, "Drafter", when=WHEN)
    assert b"<w:ins " not in zipfile.ZipFile(out).read("word/document.xml")


def test_labels() -> None:
    assert [label_of(p) for p in ("headline", "subheadlines[1]", "points[0].children[2]",
                                  "notes[0]", "attachments[1].photo")] == \
        ["H", "S2", "1.3", "N1", "A2 photo"]


def test_a_word_file_that_is_no_review_copy_is_one_clear_error(tmp_path: Path) -> None:
    from docx import Document

    plain = tmp_path / "plain.docx"
    Document().save(str(plain))
    with pytest.raises(InputError, match="not an MFA Desk review copy"):
        apply_review(release(2), plain)
