"""Found by hand: the checks and spelling panels named segments "points[3]" and
"attachments[0].photo" (tool paths, counted from 0) instead of what an officer sees."""

from __future__ import annotations

from PySide6.QtGui import QStandardItemModel

from mfa_desk.checks.findings import QaFinding
from mfa_desk.spelling.findings import SpellFinding
from mfa_desk.ui.checks.checks_panel import ChecksPanel
from mfa_desk.ui.grid.segment_names import SegmentNames
from mfa_desk.ui.spelling.panel import SpellingFindingsModel


def test_paths_read_as_the_gutter_numbers() -> None:
    names = SegmentNames()
    assert names.describe("headline") == "Headline"
    assert names.describe("subheadlines[1]") == "Sub-headline 2"
    assert names.describe("points[3]") == "Point 4"
    assert names.describe("points[1].children[1].children[0]") == "Point 2.2.1"
    assert names.describe("notes[0]") == "Note 1"
    assert names.describe("attachments[0]") == "Attachment 1"
    assert names.describe("attachments[2].photo") == "Photo caption 3"
    for odd in ("metadata.release_date", "", "points", "points[0].photo", "release"):
        assert names.describe(odd) == odd


def test_checks_panel_shows_readable_segment_but_jumps_by_path(qtbot) -> None:
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings([QaFinding("structure", "error", "points[1].children[0]", "가", "",
                                  "no English", "id9")])
    assert panel.proxy.index(0, 2).data() == "Point 2.1"
    with qtbot.waitSignal(panel.segmentActivated) as jumped:
        panel.view.clicked.emit(panel.proxy.index(0, 2))
    assert jumped.args == ["id9", "points[1].children[0]"]


def test_spelling_panel_shows_readable_places() -> None:
    model = SpellingFindingsModel()
    assert isinstance(model, QStandardItemModel)
    finding = SpellFinding(segment="attachments[0].photo", lang="ko", word="에밀리",
                           offset=0, pane="ko", segment_id="a1")
    model.set_findings([finding])
    word = model.item(0).child(0)
    assert word.child(0, 1).text() == "Photo caption 1 · Korean text"
