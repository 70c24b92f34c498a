"""Found by hand: exporting an English-only release offered Korean first (and Korean
and both at all), and a bilingual export always started again at Korean."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog

from mfa_desk.ui.document.release_document import new_release


def test_one_language_release_exports_its_language_without_asking(make_window,
                                                                   monkeypatch) -> None:
    def unexpected(*args: object, **kwargs: object) -> None:
        raise AssertionError("asked for a language the release does not have")

    monkeypatch.setattr(QInputDialog, "getItem", unexpected)
    window = make_window(release=new_release(["en"]))
    assert window.exporter.ask_variant("Export") == "en"
    korean = make_window(release=new_release(["ko"]))
    assert korean.exporter.ask_variant("Export") == "ko"


def test_bilingual_export_offers_the_last_choice_first(make_window, monkeypatch) -> None:
    window = make_window()
    seen: list[tuple[list[str], int]] = []
    answers = iter(["Korean and English side by side", None])

    def get_item(parent, title, label, items, current, editable):
        seen.append((list(items), current))
        answer = next(answers)
        return (answer, True) if answer else (items[current], False)

    monkeypatch.setattr(QInputDialog, "getItem", get_item)
    assert window.exporter.ask_variant("Export") == "both"
    assert window.exporter.ask_variant("Export") is None  # cancelled
    assert seen[0] == (["Korean", "English", "Korean and English side by side"], 0)
    assert seen[1][1] == 2


def test_bilingual_release_offers_all_three_variants(make_window) -> None:
    window = make_window(release=new_release(["ko", "en"]))
    assert window.exporter.offered_variants() == ("ko", "en", "both")
