"""The grid's row heights: kept between placings while nothing changed, redone as soon as
something did (a row measured, a text changed out of view, rows filtered, another font
or pane width); and the grid places its rows once it is shown, not before."""

from __future__ import annotations

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QMainWindow

from mfa_desk.model.release import BiText, Release, Segment
from mfa_desk.ui.document.release_document import ReleaseDocument
from mfa_desk.ui.grid.row_heights import RowHeights
from mfa_desk.ui.grid.segment_grid import SegmentGrid
from mfa_desk.ui.grid.segment_row import RowSpec

SPECS = [RowSpec(f"s{i}", "text", "point", 1, f"{i}.", f"{i}.", True) for i in range(4)]


def _texts() -> dict[str, BiText]:
    return {spec.item_id: BiText("가" * 10, "word " * 4) for spec in SPECS}


def _heights(table: RowHeights, texts: dict[str, BiText], hidden: set[tuple[str, str]],
             pane: int = 400, font: QFont | None = None) -> list[int]:
    return table.heights(SPECS, hidden, font or QFont(), {"ko": pane, "en": pane}, ("ko", "en"),
                         lambda spec: texts[spec.item_id])


def test_heights_are_kept_until_something_changes(qapp) -> None:
    table, texts = RowHeights(), _texts()
    first = _heights(table, texts, set())
    assert _heights(table, texts, set()) is first  # nothing changed: the same list

    table.measured[SPECS[1].key] = 123
    assert _heights(table, texts, set())[1] == 123

    texts["s2"] = BiText("가" * 400, "word " * 200)  # a text grew out of view
    assert _heights(table, texts, set())[2] == first[2]  # not told yet: still kept
    table.text_changed(SPECS[2].key)
    assert _heights(table, texts, set())[2] > first[2] * 3

    table.rows_changed()
    assert _heights(table, texts, {SPECS[0].key})[0] == 0  # hidden by a filter

    table.forget_measured()
    assert _heights(table, texts, set())[1] == first[1]  # measured again: estimate


def test_a_new_font_or_pane_width_redoes_every_estimate(qapp) -> None:
    table, texts = RowHeights(), _texts()
    texts["s3"] = BiText("가" * 200, "")
    narrow = _heights(table, texts, set(), pane=200)
    wide = _heights(table, texts, set(), pane=800)
    assert wide[3] < narrow[3]
    big = QFont()
    big.setPointSizeF(30)
    assert _heights(table, texts, set(), pane=800, font=big)[3] > wide[3]


def test_the_grid_places_its_rows_when_shown_not_before(qtbot) -> None:
    release = Release()
    release.headline = Segment.of("제목", "Title")
    release.points = [Segment.of(f"제{i}항의 내용", f"Point {i}") for i in range(60)]
    window = QMainWindow()
    qtbot.addWidget(window)
    grid = SegmentGrid(ReleaseDocument(release), window)
    window.setCentralWidget(grid)
    window.resize(900, 700)
    assert grid.rows == {}  # placed at a guessed width, they would be measured again
    window.show()
    # Built inside show(), before any event is processed: in time for the first paint.
    assert 3 < len(grid.rows) < 40
    assert all(row.isVisible() for row in grid.rows.values())


def test_ensure_built_places_rows_of_a_grid_never_shown(qtbot) -> None:
    release = Release()
    release.headline = Segment.of("제목", "Title")
    release.points = [Segment.of("내용", "Text")]
    grid = SegmentGrid(ReleaseDocument(release))
    qtbot.addWidget(grid)
    grid.ensure_built()  # a jump or an export asks for the rows now
    assert len(grid.rows) == 2


def test_a_row_asked_for_in_a_grid_never_shown_is_built_and_placed(qtbot) -> None:
    release = Release()
    release.headline = Segment.of("제목", "Title")
    release.points = [Segment.of(f"제{i}항", f"Point {i}") for i in range(5)]
    grid = SegmentGrid(ReleaseDocument(release))
    qtbot.addWidget(grid)
    key = grid.order[3]
    assert grid.cell(key, "ko").toPlainText() == "제2항"  # find, spelling, a jump
    grid.focus_cell(grid.order[0], "en", 0)
    assert grid.current() == (grid.order[0], "en")


def test_a_pane_shown_after_its_text_came_measures_every_row(make_window, qtbot) -> None:
    """A Korean-only release whose English column was filled (a pasted English page) showed
    the English pane with rows cut to their Korean height: their new height was reported
    before the measurements were forgotten, and not again."""
    from mfa_desk.formats.plaintext.column_fill import column_fill
    from mfa_desk.formats.plaintext.text_import import import_text
    from tests.formats.plaintext.test_column_fill import EN, KO

    window = make_window(release=import_text(KO).release)
    window.resize(900, 700)
    qtbot.waitUntil(lambda: window.grid._painted)
    assert not window.grid.language_visible("en")
    long_en = EN.replace("Outcome of the Maritime Cooperation Meeting",
                         "Outcome of the Maritime Cooperation Meeting " * 4)
    fill = column_fill(window.document.release, long_en, "en")
    assert fill is not None
    window.try_edit(fill.operation, "fill")

    def rows_fit() -> bool:
        rows = [r for r in window.grid.rows.values() if r.isVisible()]
        return bool(rows) and all(r.height() >= r.needed_height() for r in rows)

    qtbot.waitUntil(lambda: window.grid.language_visible("en") and rows_fit(), timeout=2000)
    headline = window.grid.rows[(window.document.release.headline.id, "text")]
    assert headline.needed_height() > 2 * headline.cells["en"].fontMetrics().lineSpacing()
    window.document.undo_stack.setClean()


def test_a_row_shrinks_back_when_a_line_is_removed(make_window, qtbot) -> None:  # noqa: ANN001
    """Type a new line into a cell, then take it away (Backspace, then again by undo):
    the row returns to its height, with both cells at its top beside their markers.
    It kept the taller height, the cells centred in it, when the grid read the row's
    layout before the layout had taken the cells' new height."""
    from PySide6.QtCore import Qt

    window = make_window()
    point = window.document.release.points[0]
    key = (point.id, "text")
    row = window.grid.rows[key]
    cell = window.grid.cell(key, "en")

    def settled(height: int) -> bool:
        return (row.height() == height and cell.height() == height
                and all(c.geometry().y() == 0 for c in row.cells.values()))

    start = row.height()
    window.grid.focus_cell(key, "en", len(point.text.en))
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.keyClicks(cell, "one more line")
    qtbot.waitUntil(lambda: row.height() > start, timeout=3000)
    for _ in range(len("one more line") + 1):
        qtbot.keyClick(cell, Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: settled(start), timeout=3000)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: row.height() > start, timeout=3000)
    window.document.undo_stack.undo()
    qtbot.waitUntil(lambda: settled(start), timeout=3000)


def test_an_empty_row_at_the_smallest_zoom_keeps_its_cells_at_the_top(make_window,
                                                                        qtbot) -> None:  # noqa: ANN001
    """At a small zoom an empty cell needs less height than the status button beside it:
    the row took the button's height and the cells sat centred in it, a pixel or two
    below their markers. The cells now take the gutter's height too."""
    from mfa_desk.settings import ZOOM_RANGE

    window = make_window()
    window.new_point()
    point = next(ref.segment for ref in window.document.release.iter_segments()
                 if not ref.segment.text.ko and not ref.segment.text.en)
    key = (point.id, "text")
    window.set_zoom_percent(ZOOM_RANGE[0])
    row = window.grid.rows[key]
    assert row.status_button is not None
    # A style whose tool buttons are taller than a line of small text, whatever this
    # machine's style and fonts are: the case the real style gave at 50-60 %.
    row.status_button.setMinimumHeight(row.cells["en"].needed_height() + 12)
    row.update_height()

    def at_top() -> bool:
        cells = [c for c in row.cells.values() if c.isVisible()]
        return bool(cells) and all(c.geometry().y() == 0 and c.height() == row.height()
                                   for c in cells)
    qtbot.waitUntil(at_top, timeout=3000)
    assert row.height() >= row.status_button.minimumSizeHint().height()
    assert row.height() >= row.status_button.minimumHeight()


def _long_release() -> Release:
    release = Release()
    release.headline = Segment.of("해양 협력 회의 결과", "Results of the Ocean Cooperation Meeting")
    ko = "양측은 기후 변화 대응과 공급망 안정을 위한 협력을 강화해 나가기로 하였다. " * 2
    en = ("The two sides agreed to strengthen cooperation on climate change and supply "
          "chains, and to meet again in Seoul next year. ") * 2
    release.points = [Segment.of(ko, en) for _ in range(30)]
    return release


def test_the_line_widths_estimated_are_the_cells_own(qtbot) -> None:
    # The English half also holds the status button: its cells are narrower than the
    # Korean ones, and a row estimated from one width for both was built too short.
    from mfa_desk.ui.grid.segment_cell import DOCUMENT_MARGIN
    from mfa_desk.ui.grid.segment_grid import SIDE_MARGIN
    from mfa_desk.ui.grid.segment_row import line_widths

    window = QMainWindow()
    qtbot.addWidget(window)
    grid = SegmentGrid(ReleaseDocument(_long_release()), window)
    window.setCentralWidget(grid)
    for width in (760, 1300):
        window.resize(width, 700)
        window.show()
        qtbot.waitUntil(lambda: grid.rows and all(r.laid_out() for r in grid.rows.values()))
        row = grid.rows[grid.order[1]]
        assert row.status_button is not None
        widths = line_widths(grid.viewport().width() - 2 * SIDE_MARGIN, ["ko", "en"],
                             row.status_button.width())
        for lang in ("ko", "en"):
            assert widths[lang] == row.cells[lang].width() - 2 * DOCUMENT_MARGIN, (width, lang)


def test_the_first_paint_builds_the_rows_in_view_and_no_more(qtbot) -> None:
    # Long English in its cell, narrower than the Korean one by the status button: when
    # both were estimated from one shared width, rows came out a line short and rows
    # placed below the view were built for the first paint.
    release = Release()
    release.headline = Segment.of("회의 결과", "Results")
    ko = "외교부는 오늘 서울에서 해양 협력 회의를 개최하고 양국 간 공동 연구 방안을 논의하였다."
    en = ("The Ministry held the 3rd ocean cooperation meeting in Seoul today and "
          "discussed joint research between the two countries.")
    release.points = [Segment.of(ko, en) for _ in range(60)]
    window = QMainWindow()
    qtbot.addWidget(window)
    grid = SegmentGrid(ReleaseDocument(release), window)
    window.setCentralWidget(grid)
    window.resize(736, 500)
    at_paint: list[list[int]] = []  # the rows' tops when the first paint is done
    grid.firstPainted.connect(
        lambda: at_paint.append([row.geometry().top() for row in grid.rows.values()]))
    window.show()
    qtbot.waitUntil(lambda: bool(at_paint))
    view = grid.viewport().height()
    assert len(at_paint[0]) >= 3
    assert all(top < view for top in at_paint[0]), (view, sorted(at_paint[0]))
