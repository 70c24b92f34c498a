"""Spell checking in the editor: the Qt pieces a text cell plugs in.

- `SpellingService`: one per window; loads the checker off the GUI thread,
  holds the release's ignore list, English variant and language toggles, and
  tells views when word lists change.
- `SpellHighlighter`: red wavy underline in one QTextDocument (one per cell
  per language); spares the word being typed; `active=False` + `set_active()`
  for cells that are not on screen yet.
- `SpellingMenu` / `install_spelling_context_menu`: the context menu of a
  flagged word (suggestions, Add to Dictionary, Ignore in This Release, Add to
  Glossary).
- `SpellingPanel`: flagged words per language, jump-to, "Ignore All".
- `NextMisspellingAction`: F7 (Shift+F7 backwards) walks through them.

Wiring in a window (sketch):

    checker = default_checker(load=False)          # mfa_desk.spelling.release_check
    service = SpellingService(checker, enabled={"ko": prefs.spell_ko, "en": prefs.spell_en})
    service.statusMessage.connect(status_bar.showMessage)
    service.languageToggled.connect(store_in_preferences)
    service.ignoreInReleaseRequested.connect(push_set_field_spelling_ignore)  # undoable
    service.set_release_context(release.spelling_ignore, release.english_variant)  # on open/undo
    service.start()
    for each cell:  hl = SpellHighlighter(cell.document(), service); hl.watch_cursor(cell)
                    install_spelling_context_menu(cell, hl, service)
    panel.jumpRequested / f7.jumpRequested -> (path, segment id, pane, offset, length)
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mfa_desk.ui.spelling.highlighter import SpellHighlighter
    from mfa_desk.ui.spelling.menu import SpellingMenu, install_spelling_context_menu
    from mfa_desk.ui.spelling.panel import SpellingPanel
    from mfa_desk.ui.spelling.service import SpellingService
    from mfa_desk.ui.spelling.walker import NextMisspellingAction

# Each name is imported on first use (PEP 562): the window needs only the service and
# the F7 action before its first paint; highlighter, menu and panel come later.
_MODULE_OF = {
    "SpellHighlighter": "highlighter",
    "SpellingMenu": "menu",
    "install_spelling_context_menu": "menu",
    "SpellingPanel": "panel",
    "SpellingService": "service",
    "NextMisspellingAction": "walker",
}


def __getattr__(name: str) -> Any:
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


__all__ = ["NextMisspellingAction", "SpellHighlighter", "SpellingMenu", "SpellingPanel",
           "SpellingService", "install_spelling_context_menu"]
