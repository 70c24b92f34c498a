"""Dismissing a finding per segment, saved in the file, back when either text changes."""

from __future__ import annotations

from pathlib import Path

from mfa_desk.checks.dismissals import dismiss, is_dismissed, make_dismissal
from mfa_desk.checks.translation import check_translation
from mfa_desk.formats.native.mfadesk_file import load_release, save_release
from mfa_desk.model.operations import SetField, SetText

from .releases import trade_talks


def _faulty():  # noqa: ANN202 - a Release
    release = trade_talks()
    seg = release.points[0]
    seg.text.en = seg.text.en.replace("March 18", "March 19")
    return release, seg


def test_dismissed_finding_is_hidden_and_saved(tmp_path: Path) -> None:
    release, seg = _faulty()
    [finding] = check_translation(release)
    assert finding.check == "date" and finding.segment_id == seg.id
    d = dismiss(release, finding, "  the event moved; Korean to be corrected  ")
    assert d.reason == "the event moved; Korean to be corrected"
    assert check_translation(release) == []
    assert [f.check for f in check_translation(release, include_dismissed=True)] == ["date"]
    path = tmp_path / "r.mfadesk"
    save_release(release, path)
    loaded = load_release(path)
    assert check_translation(loaded) == []
    assert loaded.dismissals[0].reason == d.reason


def test_dismissal_ends_when_either_text_changes() -> None:
    for lang in ("ko", "en"):
        release, seg = _faulty()
        [finding] = check_translation(release)
        dismiss(release, finding, "checked")
        text = seg.text.get(lang)
        SetText(seg.id, lang, text + " ").apply(release)  # trailing space: same fingerprint
        assert check_translation(release) == []
        SetText(seg.id, lang, text.replace("서울", "부산") if lang == "ko"
                else text.replace("Seoul", "Seoul city")).apply(release)
        assert [f.check for f in check_translation(release)][:1] == ["date"]
        assert not is_dismissed(release, finding)


def test_dismissal_covers_its_check_only_and_is_undoable() -> None:
    release, seg = _faulty()
    seg.text.en = seg.text.en.replace("held", "held 회의")  # a second check fires
    findings = check_translation(release)
    assert {f.check for f in findings} == {"date", "hangul"}
    date = next(f for f in findings if f.check == "date")
    op = SetField("dismissals", [*release.dismissals, make_dismissal(release, date, "ok")])
    op.apply(release)
    assert [f.check for f in check_translation(release)] == ["hangul"]
    op.revert(release)
    assert {f.check for f in check_translation(release)} == {"date", "hangul"}
