"""A Korean-only release shows no English-only items; docks open readable."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout

from mfa_desk.model.release import Release, Segment


def _korean_only() -> Release:
    release = Release()
    release.languages = ["ko"]
    release.headline = Segment.of("해양 협력 회의 개최", "")
    release.points = [Segment.of("외교부는 오늘 회의를 개최하였다.", "")]
    return release


def _row_shown(panel, field) -> bool:  # noqa: ANN001
    for form in panel._forms:
        row, _role = form.getWidgetPosition(field)
        if row >= 0:
            return form.isRowVisible(row)
    raise AssertionError("not in the form")


def test_korean_only_release_hides_english_items(make_window) -> None:
    window = make_window(release=_korean_only())
    panel = window.metadata_panel
    assert not _row_shown(panel, panel.category)
    assert not _row_shown(panel, panel.unofficial)
    assert _row_shown(panel, panel.numbering)
    window.counts.recount()
    assert "English" not in window.counts.text() and "Korean" in window.counts.text()
    assert not window.checks.toggle.isVisible()
    window.checks.toggle.trigger()
    assert not window.checks.dock.isVisible()


def test_bilingual_release_shows_everything(make_window) -> None:
    window = make_window()
    panel = window.metadata_panel
    assert _row_shown(panel, panel.category) and _row_shown(panel, panel.unofficial)
    window.counts.recount()
    assert "English" in window.counts.text() and "Translated" in window.counts.text()
    assert window.checks.toggle.isVisible()


def test_docks_open_at_a_readable_size(make_window, qtbot) -> None:
    from mfa_desk.ui.window.dock_sizes import MIN_HEIGHT

    window = make_window()
    window.resize(1200, 800)
    window.checks.toggle.trigger()
    dock = window.checks.dock
    qtbot.waitUntil(lambda: dock.height() >= MIN_HEIGHT, timeout=2000)
    assert dock.height() >= MIN_HEIGHT
    assert isinstance(window.metadata_panel._forms[0], QFormLayout)
