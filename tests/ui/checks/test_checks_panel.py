"""The checks panel: filtering, click to jump, dismissing with a reason, debounced runs."""

from __future__ import annotations

from checks.releases import trade_talks  # tests/ is on sys.path (conftest.py)

from mfa_desk.checks.findings import QaFinding, worst_by_segment
from mfa_desk.checks.translation import check_translation
from mfa_desk.model.release import Segment
from mfa_desk.ui.checks.checks_panel import ChecksPanel, DebouncedChecks

FINDINGS = [
    QaFinding("date", "error", "points[0]", "3.18.", "March 19", "date differs", "id0"),
    QaFinding("hygiene", "warning", "points[1]", "", "x", "no full stop", "id1"),
    QaFinding("number", "error", "points[2]", "142억", "12.4 billion", "amount", "id2"),
    QaFinding("glossary", "warning", "points[2]", "부산", "Busan", "missing", "id2"),
]


def test_filters_by_severity_and_check(qtbot) -> None:  # noqa: ANN001 - pytest-qt fixture
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings(FINDINGS)
    assert len(panel.visible_findings()) == 4
    assert "2 error" in panel.summary.text() and "2 warning" in panel.summary.text()
    panel.severity_box.setCurrentIndex(panel.severity_box.findData("error"))
    assert [f.check for f in panel.visible_findings()] == ["date", "number"]
    panel.check_box.setCurrentIndex(panel.check_box.findData("number"))
    assert [f.segment for f in panel.visible_findings()] == ["points[2]"]
    panel.severity_box.setCurrentIndex(0)
    panel.check_box.setCurrentIndex(panel.check_box.findData("hygiene"))
    assert [f.segment_id for f in panel.visible_findings()] == ["id1"]


def test_click_jumps_and_dismiss_needs_a_reason(qtbot) -> None:  # noqa: ANN001
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    panel.set_findings(FINDINGS)
    assert not panel.dismiss_button.isEnabled()
    index = panel.proxy.index(2, 3)
    with qtbot.waitSignal(panel.segmentActivated) as jumped:
        panel.view.clicked.emit(index)
    assert jumped.args == ["id2", "points[2]"]
    panel.view.selectRow(2)
    assert panel.dismiss_button.isEnabled()
    assert panel.dismiss_current("   ") is False
    with qtbot.waitSignal(panel.dismissRequested) as dismissed:
        assert panel.dismiss_current(" figures checked with the desk ")
    assert dismissed.args[0] is FINDINGS[2]
    assert dismissed.args[1] == "figures checked with the desk"


def test_debounced_checks_run_once_after_edits(qtbot) -> None:  # noqa: ANN001
    release = trade_talks()
    runner = DebouncedChecks(lambda: release, delay_ms=30)
    panel = ChecksPanel()
    qtbot.addWidget(panel)
    runner.findingsReady.connect(panel.set_findings)
    release.points[0].text.en = release.points[0].text.en.replace("March 18", "March 19")
    release.notes.append(Segment.of("참고", ""))
    for _ in range(5):  # five keystrokes in quick succession
        runner.schedule()
    assert runner.pending() and runner.runs == 0
    with qtbot.waitSignal(runner.findingsReady, timeout=3000):
        pass
    assert runner.runs == 1
    got = [(f.check, f.segment) for f in panel.visible_findings()]
    assert got == [(f.check, f.segment) for f in check_translation(release)]
    assert ("date", "points[0]") in got and ("structure", "notes[1]") in got
    marks = worst_by_segment(panel.visible_findings())
    assert marks[release.points[0].id] == "error"


def test_unreadable_user_glossary_reports_one_line(qtbot, monkeypatch, tmp_path) -> None:  # noqa: ANN001
    from platformdirs import user_data_path

    from mfa_desk.checks.glossary_check import default_glossary

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))  # never the real user's folder
    folder = user_data_path("mfa-desk", appauthor=False) / "glossary"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pairs.tsv").write_text("한국 Korea without a tab\n", encoding="utf-8")
    default_glossary.cache_clear()
    try:
        runner = DebouncedChecks(trade_talks)
        with qtbot.waitSignal(runner.failed) as failed:
            runner.run_now()
        assert "pairs.tsv, line 1" in failed.args[0] and "\n" not in failed.args[0]
    finally:
        default_glossary.cache_clear()
