"""The grid builds rows only in and near the view, places the rest by estimate, keeps
the row holding the cursor, and hides rows a segment filter refuses."""

from __future__ import annotations

from mfa_desk.model.release import Release, Segment, TranslationStatus


def _long_release(points: int = 300) -> Release:
    release = Release()
    release.headline = Segment.of("해양 협력 회의 결과", "Results of the Ocean Meeting")
    for i in range(points):
        seg = Segment.of(f"양측은 제{i + 1}차 회의에서 공동 연구 방안을 논의하였다.",
                         f"The two sides discussed joint research at meeting {i + 1}.")
        seg.set_status(TranslationStatus.DRAFT if i % 10 == 0 else TranslationStatus.TRANSLATED)
        release.points.append(seg)
    return release


def test_a_long_release_builds_only_the_rows_near_the_view(make_window) -> None:
    window = make_window(release=_long_release())
    grid = window.grid
    assert len(grid.order) == 301
    assert 5 < len(grid.rows) < 120
    bar = grid.verticalScrollBar()
    assert bar.maximum() > grid.viewport().height() * 10  # every row placed
    # Rows are where the placement says, one under the other, no overlap.
    built = sorted(grid.rows.values(), key=lambda r: r.geometry().top())
    for upper, lower in zip(built, built[1:], strict=False):
        assert upper.geometry().bottom() < lower.geometry().top()


def test_jumping_to_the_end_builds_it_and_keeps_the_cursor_row(make_window) -> None:
    window = make_window(release=_long_release())
    grid = window.grid
    headline = grid.order[0]
    grid.focus_cell(headline, "ko", 0)
    grid.focus_last()
    last = grid.order[-1]
    assert grid.current() == (last, "ko")
    assert last in grid.rows and headline not in grid.rows  # released far out of view
    cell = grid.current_cell()
    assert cell.toPlainText().endswith("논의하였다.")
    cell.insertPlainText("!")
    assert window.document.release.points[-1].text.ko.endswith("!")
    grid.focus_cell(headline, "en", 0)  # built again on the way back, from the model
    assert grid.current_cell().toPlainText() == "Results of the Ocean Meeting"


def test_scrolling_builds_rows_as_they_come_into_view(make_window, qtbot) -> None:
    window = make_window(release=_long_release())
    grid = window.grid
    bar = grid.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    qtbot.wait(20)
    top, bottom = bar.value(), bar.value() + grid.viewport().height()
    visible = [k for k, r in grid.rows.items()
               if r.geometry().bottom() >= top and r.geometry().top() <= bottom]
    assert visible
    middle = grid.order[len(grid.order) // 2]
    assert any(abs(grid.order.index(k) - grid.order.index(middle)) < 60 for k in visible)


def test_segment_filter_hides_rows_and_navigation_skips_them(make_window) -> None:
    window = make_window(release=_long_release(40))
    grid = window.grid
    drafts = [ref.segment for ref in window.document.release.iter_segments()
              if ref.segment.status is TranslationStatus.DRAFT]
    wanted = {seg.id for seg in drafts}
    grid.set_segment_filter(lambda item_id: item_id in wanted)  # as the review window does
    shown = [k for k in grid.order if grid.is_shown(k)]
    assert shown == [(p.id, "text") for p in drafts]
    assert all(not r.isVisible() for k, r in grid.rows.items() if k not in shown)
    grid.focus_cell(shown[0], "en", 0)
    grid.focus_neighbour(shown[0], "en", 1)
    assert grid.current()[0] == shown[1]
    grid.set_segment_filter(None)
    assert all(grid.is_shown(k) for k in grid.order)


def test_rows_stay_in_place_after_zoom_and_resize(make_window, qtbot) -> None:
    window = make_window(release=_long_release(80))
    grid = window.grid

    def placed_as_measured() -> bool:
        rows = sorted(grid.rows.items(), key=lambda kv: kv[1].geometry().top())
        for (_k, upper), (_l, lower) in zip(rows, rows[1:], strict=False):
            if upper.geometry().bottom() >= lower.geometry().top():
                return False
        return all(r.geometry().height() >= r.needed_height() for r in grid.rows.values())

    window.zoom(1)
    window.zoom(1)
    qtbot.waitUntil(placed_as_measured, timeout=3000)
    window.resize(700, 600)
    qtbot.waitUntil(placed_as_measured, timeout=3000)
    window.zoom(0)
    qtbot.waitUntil(placed_as_measured, timeout=3000)


def test_placement_is_plain_arithmetic() -> None:
    from mfa_desk.ui.grid.segment_placement import SPACING, TOP_MARGIN, Placement

    placement = Placement.of([20, 0, 30, 40])
    assert placement.tops == [TOP_MARGIN, TOP_MARGIN + 20 + SPACING,
                              TOP_MARGIN + 20 + SPACING, TOP_MARGIN + 50 + 2 * SPACING]
    # The hidden row (height 0) meets nothing; the row in the gap after row 0 is next.
    assert list(placement.rows_between(TOP_MARGIN + 25, TOP_MARGIN + 26)) == [2]
    assert placement.anchor(TOP_MARGIN + 21, 400, None) == (2, SPACING - 1)
    assert placement.anchor(0, 400, 3) == (3, placement.tops[3])


def test_undo_out_of_view_shows_the_change(make_window) -> None:
    window = make_window(release=_long_release())
    grid = window.grid
    grid.focus_last()
    last = grid.order[-1]
    grid.current_cell().insertPlainText("!")
    grid.focus_cell(grid.order[0], "ko", 0)
    assert last not in grid.rows  # released, far out of view
    window.document.undo_stack.undo()
    assert not window.document.release.points[-1].text.ko.endswith("!")
    assert grid.current() == (last, "ko")  # built again and focused where the undo was
    assert grid.current_cell().toPlainText() == window.document.release.points[-1].text.ko
