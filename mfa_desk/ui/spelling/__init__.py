"""Spell checking in the editor: the Qt pieces a text cell plugs in.

- `SpellingService`: one per window; loads the checker off the GUI thread,
  holds the release's ignore list, English variant and language toggles, and
  tells views when word lists change.
- `SpellHighlighter`: red wavy underline in one QTextDocument.
- `SpellingMenu`: fills a context menu for a flagged word.
- `SpellingPanel`: flagged words per language, jump-to, "Ignore all".
- `NextMisspellingAction`: F7 walks through the flagged words.
"""

from mfa_desk.ui.spelling.highlighter import SpellHighlighter
from mfa_desk.ui.spelling.menu import SpellingMenu, install_spelling_context_menu
from mfa_desk.ui.spelling.panel import SpellingPanel
from mfa_desk.ui.spelling.service import SpellingService
from mfa_desk.ui.spelling.walker import NextMisspellingAction

__all__ = ["NextMisspellingAction", "SpellHighlighter", "SpellingMenu", "SpellingPanel",
           "SpellingService", "install_spelling_context_menu"]
