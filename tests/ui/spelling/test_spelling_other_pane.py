"""In the editor a name is confirmed by the other language of its row (issue #11)."""

from __future__ import annotations

from mfa_desk.model.release import Release, Segment


def test_cell_underline_uses_the_other_pane_of_its_row(make_window, qtbot) -> None:  # noqa: ANN001
    release = Release()
    release.headline = Segment.of("외교장관 회담 결과", "Results of the Talks")
    release.points = [Segment.of("블링컨은 어제 방한하였다.", "Blinken visited Korea yesterday."),
                      Segment.of("블링컨은 어제 방한하였다.", "He visited Korea yesterday.")]
    window = make_window(release=release)
    window.spelling.start()
    qtbot.waitUntil(lambda: window.spelling.service.is_ready, timeout=30000)
    cells = [window.grid.cell((p.id, "text"), "ko") for p in release.points]
    qtbot.waitUntil(lambda: all(c.spell_highlighter is not None for c in cells))
    window.spelling.activate_visible()
    carried, alone = (c.spell_highlighter for c in cells)
    qtbot.waitUntil(lambda: carried.active and alone.active)
    # The same Korean sentence: confirmed where its English carries "Blinken" only.
    assert not carried.is_flagged(0, 4)
    assert alone.is_flagged(0, 4)
    # The translator types the name into the second English cell: the underline goes.
    english = window.grid.cell((release.points[1].id, "text"), "en")
    window.grid.focus_cell((release.points[1].id, "text"), "en", 0)
    qtbot.keyClicks(english, "Blinken: ")
    qtbot.waitUntil(lambda: not alone.is_flagged(0, 4))
    window.document.undo_stack.setClean()
