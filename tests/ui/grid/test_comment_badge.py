"""A row with open review comments is marked in the grid, and the mark follows every
change: a comment added, resolved, undone, or a row scrolled away and built again."""

from __future__ import annotations

from mfa_desk.model.review import Comment, SetReviewItems, now_utc

NOW = now_utc()


def _badge(window, segment_id: str):  # noqa: ANN001, ANN202
    row = window.grid.build_row((segment_id, "text"))
    return row.comment_badge


def test_open_comments_mark_the_row_and_resolving_clears_it(make_window) -> None:
    window = make_window()
    document = window.document
    point = document.release.points[1]
    assert _badge(window, point.id) is None  # no widget for rows without comments
    document.push(SetReviewItems(point.id, "comments",
                                 [Comment(author="김 주무관", time=NOW, text="날짜 확인 필요"),
                                  Comment(author="Lee", time=NOW, text="second")]), "Add comments")
    badge = _badge(window, point.id)
    assert badge is not None and badge.isVisible() and badge.text() == "2"
    assert "김 주무관: 날짜 확인 필요" in badge.toolTip()
    # Over the Korean cell's top right corner, not in the layout: the cells keep their width.
    row = window.grid.rows[(point.id, "text")]
    ko = row.cells["ko"].geometry()
    corner = row.cells["ko"].mapTo(row, row.cells["ko"].rect().topRight())
    assert abs(badge.geometry().right() - corner.x()) < 12 and badge.y() < corner.y() + 12
    other = window.grid.build_row((document.release.points[0].id, "text"))
    assert other.cells["ko"].geometry().width() == ko.width()

    resolved = [Comment(author="김 주무관", time=NOW, text="날짜 확인 필요", resolved=True),
                Comment(author="Lee", time=NOW, text="second", resolved=True)]
    document.push(SetReviewItems(point.id, "comments", resolved), "Resolve")
    assert not badge.isVisible()
    document.undo_stack.undo()
    assert badge.isVisible() and badge.text() == "2"
    document.undo_stack.undo()
    assert not badge.isVisible()
    document.undo_stack.setClean()


def test_a_row_built_again_shows_its_comments(make_window) -> None:
    window = make_window()
    point = window.document.release.points[0]
    point.comments.append(Comment(author="", time=NOW, text="표현 검토"))
    window.grid.rebuild()  # as after opening a file with comments
    window.grid._release_row((point.id, "text"))
    badge = _badge(window, point.id)
    assert badge is not None and badge.text() == "1" and "표현 검토" in badge.toolTip()
