"""A one-language release shows only what it uses: no English word count, English
category, unofficial-translation box or translation checks in a Korean-only release
(and the Korean-only fields in an English-only one). Follows a change of languages: a
release that gains a language (its English column filled from a pasted page) shows both
panes, one that loses one shows the pane left."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mfa_desk.ui.window.editor_window import EditorWindow
    from mfa_desk.ui.window.window_panels import WindowChecks


def apply_release_languages(window: EditorWindow, checks: WindowChecks | None) -> None:
    """Show what the release's languages use; `checks` is None before the window has
    built its docks (it calls again once they exist)."""
    languages = list(window.document.release.languages)
    window.metadata_panel.show_languages(languages)
    bilingual = "ko" in languages and "en" in languages
    if checks is not None:
        checks.toggle.setVisible(bilingual)
        checks.toggle.setEnabled(bilingual)
        if not bilingual:
            checks.dock.hide()
    window.counts.schedule()


def follow_languages(window: EditorWindow, before: tuple[str, ...],
                     after: tuple[str, ...]) -> None:
    """The panes for the release's languages, `before` () when the window opens: a
    one-language release shows that language full width; one that became bilingual
    shows both (at the opening the preferences decide)."""
    if before == after:
        return
    from mfa_desk.constants import lang_of

    if len(after) == 1 and (only := lang_of(after[0])) is not None:
        window.only_language(only)
    elif before and {"ko", "en"} <= set(after):
        window.set_language_visible("ko", True)
        window.set_language_visible("en", True)

