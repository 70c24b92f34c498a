"""A one-language release shows only what it uses: no English word count, English
category, unofficial-translation box or translation checks in a Korean-only release
(and the Korean-only fields in an English-only one). Follows a change of languages."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mfa_desk.ui.main_window import MainWindow


def apply_release_languages(window: MainWindow) -> None:
    languages = list(window.document.release.languages)
    window.metadata_panel.show_languages(languages)
    bilingual = "ko" in languages and "en" in languages
    if window.parts_built:  # else finish_building() calls again once the checks exist
        checks = window.checks
        checks.toggle.setVisible(bilingual)
        checks.toggle.setEnabled(bilingual)
        if not bilingual:
            checks.dock.hide()
    window.counts.schedule()


def follow_release_languages(window: MainWindow) -> None:
    apply_release_languages(window)
    window.document.structureChanged.connect(lambda: apply_release_languages(window))
