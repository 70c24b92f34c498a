"""Find marks every match and counts them, whole words and regular expressions, and
sits above the grid."""

from __future__ import annotations

from tests.ui.conftest import small_release


def _open(window, text: str):  # noqa: ANN202 - the bar
    bar = window.find_bar
    bar.open_bar(True)
    bar.find_edit.setText(text)
    bar.mark_matches()
    return bar


def test_every_match_is_marked_and_counted_before_replace_all(make_window) -> None:
    window = make_window()
    release = window.document.release
    bar = _open(window, "the")
    assert bar.total == 5 and bar.status.text() == "5 match(es)"
    marked = {(k, lang) for k, row in window.grid.rows.items()
              for lang, cell in row.cells.items() if cell.extraSelections()}
    assert ((release.points[0].id, "text"), "en") in marked
    assert all(lang == "en" for _k, lang in marked)
    cell = window.grid.cell((release.points[0].id, "text"), "en")
    spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd())
             for s in cell.extraSelections()]
    assert spans == [(0, 3), (18, 21)]  # "The Ministry held the second…"
    assert bar.find(1)
    assert bar.status.text().endswith(" of 5")
    bar.close_bar()
    assert not cell.extraSelections()


def test_whole_words_and_regular_expressions(make_window) -> None:
    window = make_window()
    bar = _open(window, "the")
    bar.whole_word.setChecked(True)
    assert bar.mark_matches() == 4  # not the "The" of "They"
    bar.find_edit.setText("he")
    assert bar.mark_matches() == 0 and bar.status.text() == "Not found"
    bar.whole_word.setChecked(False)
    assert bar.mark_matches() > 0
    bar.regex.setChecked(True)
    bar.find_edit.setText(r"회의(를)?")
    assert bar.mark_matches() == 4
    bar.find_edit.setText("(")
    assert bar.mark_matches() == 0 and bar.status.text().startswith("Invalid expression")
    bar.find_edit.setText("x*")  # matches empty text everywhere: refused, not looped
    assert bar.mark_matches() == 0 and bar.status.text().startswith("Invalid expression")


def test_regex_replace_all_uses_groups_in_one_step(make_window) -> None:
    release = small_release()
    window = make_window(release=release)
    bar = _open(window, r"제(\d)차")
    bar.regex.setChecked(True)
    bar.replace_edit.setText(r"제\1회")
    assert bar.replace_all() == 1
    assert "제2회 해양 협력 회의" in release.points[0].text.ko
    window.document.undo_stack.undo()
    assert "제2차 해양 협력 회의" in release.points[0].text.ko


def test_the_bar_opens_above_the_grid(make_window) -> None:
    window = make_window()
    window.find_bar.open_bar(False)
    assert window.find_bar.geometry().bottom() <= window.grid.geometry().top()
    assert window.find_bar.geometry().top() >= window.metadata_panel.geometry().bottom()
