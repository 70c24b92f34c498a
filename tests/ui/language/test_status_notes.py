"""Notes on the status bar: a few, then how many more (an export with eight warnings
showed three and hid five), in the interface language."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from mfa_desk.ui.language.i18n import install_translator, remove_translators
from mfa_desk.ui.language.messages import status_notes

NOTES = [f"page.txt:{n}: a line kept as a note" for n in range(1, 9)]


def test_three_notes_then_how_many_more() -> None:
    text = status_notes(NOTES)
    assert text.count("a line kept as a note") == 3
    assert text.endswith("; … and 5 more")
    assert status_notes(NOTES[:3]) == "; ".join(NOTES[:3])  # no "more" when all are shown
    assert status_notes(NOTES[:1]) == NOTES[0]


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ko")
    yield
    remove_translators(qapp)


def test_how_many_more_in_korean(korean: None) -> None:
    assert status_notes(NOTES).endswith("; … 외 5건")


def test_an_export_with_many_warnings_says_how_many_it_does_not_show(
        make_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import mfa_desk.formats.html.html_export as html_export

    def warn_eight(release, variant, warnings, **_kwargs):  # noqa: ANN001, ANN202
        warnings.extend(NOTES)
        return b"<html></html>"

    monkeypatch.setattr(html_export, "export_html", warn_eight)
    window = make_window()
    window.document.undo_stack.setClean()
    shown = window.exporter.export_to(tmp_path / "out.html", "html", "both")
    assert shown == NOTES
    assert window.statusBar().currentMessage().endswith("… and 5 more")
