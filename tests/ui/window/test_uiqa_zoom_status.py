"""Found by hand: after Zoom In the English status labels were clipped ("Re…ed"),
their width having been measured once at the old text size."""

from __future__ import annotations


def test_status_labels_fit_after_zooming_in(make_window) -> None:
    window = make_window()
    rows = [row for row in window.grid.rows.values() if row.status_button is not None]
    assert rows
    before = rows[0].status_button.width()
    for _ in range(4):
        window.actions_.by_name["zoom_in"].trigger()
    for row in rows:
        button = row.status_button
        needed = button.fontMetrics().horizontalAdvance(button.text())
        assert button.width() > needed, button.text()
    assert rows[0].status_button.width() > before
    window.actions_.by_name["zoom_reset"].trigger()
    assert rows[0].status_button.width() == before
