"""The spelling service of one editor window (Qt side of the spell checker)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QSettings, QTimer, Signal, Slot
from PySide6.QtGui import QAction

from mfa_desk.constants import LANGS, Lang
from mfa_desk.errors import MfaDeskError
from mfa_desk.spelling.checker import Misspelling, SpellChecker
from mfa_desk.spelling.dictionaries import INSTALL_LINE

_SETTINGS_KEY = "spelling/check_{lang}"
# How often the GUI thread looks whether the dictionaries have loaded (they take
# 0.2-1 s on a worker thread).
LOAD_POLL_MS = 40


def when_loaded(owner: QObject, checker: SpellChecker, then: Callable[[], None]) -> None:
    """Load `checker` on a worker thread and call `then` on the GUI thread once it is
    ready. The worker never touches a QObject: a timer of `owner` (deleted with it)
    watches the checker's ready flag. A signal the worker emitted while `owner` was
    being deleted could reach freed memory (the test suite's rare bus errors)."""
    thread = checker.load_in_background()
    timer = QTimer(owner)
    timer.setInterval(LOAD_POLL_MS)

    def look() -> None:
        if checker.ready.is_set():
            timer.stop()
            timer.deleteLater()
            then()
        elif not thread.is_alive():
            timer.stop()  # loading failed on the worker: nothing will be ready

    timer.timeout.connect(look)
    timer.start()


class SpellingService(QObject):
    """Wraps a shared SpellChecker for one window.

    Loads the dictionaries in a background thread (`start()`); until they are
    ready nothing is flagged. Emits `wordListsChanged` whenever what counts as
    correct changes (dictionaries ready, a word added or ignored, a language
    switched, the English variant changed), so highlighters re-check.
    """

    ready = Signal()
    wordListsChanged = Signal()
    statusMessage = Signal(str)  # one line for the status bar, said once
    ignoreInReleaseRequested = Signal(str)  # the editor stores it (undoably) in the release
    languageToggled = Signal(str, bool)

    def __init__(self, checker: SpellChecker, settings: QSettings | None = None,
                 parent: QObject | None = None,
                 enabled: dict[str, bool] | None = None) -> None:
        """`settings` keeps the language toggles in a QSettings; or pass `enabled`
        (from the editor's own preferences) and store `languageToggled` yourself."""
        super().__init__(parent)
        self.checker = checker
        self._settings = settings
        self._ignore: frozenset[str] = frozenset()
        self._variant = "en_US"
        self._enabled = {lang: self._read_toggle(lang) for lang in LANGS}
        if enabled:
            self._enabled.update({k: bool(v) for k, v in enabled.items() if k in LANGS})
        self._said: set[str] = set()
        self._announced = False  # ready emitted (is_ready)
        self._unsubscribe = checker.on_word_lists_changed(self._on_word_lists_changed)
        self.destroyed.connect(self._unsubscribe)

    # ------------------------------------------------------------ loading
    def start(self) -> None:
        """Load word lists and dictionaries off the GUI thread (once)."""
        if self.checker.ready.is_set():
            self._on_loaded()
        else:
            when_loaded(self, self.checker, self._on_loaded)

    @Slot()
    def _on_loaded(self) -> None:
        self._announced = True
        for message in self.status_messages():
            if message not in self._said:
                self._said.add(message)
                self.statusMessage.emit(message)
        self.ready.emit()
        self.wordListsChanged.emit()

    def status_messages(self) -> list[str]:
        """Why some or all checking is off, one translated line each."""
        dictionaries = self.checker.dictionaries
        if dictionaries.unavailable_reason:
            return [self.tr("Spell checking is off: the Enchant library could not be loaded "
                            "(%1). Install it with: %2")
                    .replace("%1", dictionaries.unavailable_detail)
                    .replace("%2", INSTALL_LINE)]
        names = {"ko": self.tr("Korean"), "en_US": self.tr("English (US)"),
                 "en_GB": self.tr("English (UK)")}
        out = [self.tr("%1 is not spell-checked: its dictionary is not installed (%2).")
               .replace("%1", names.get(key, key))
               .replace("%2", " / ".join(dictionaries.tags.get(key, ())))
               for key in dictionaries.missing]
        out += [self.tr("Word list not used: %1").replace("%1", m)
                for m in self.checker.word_list_messages()]
        return out

    def _on_word_lists_changed(self) -> None:
        # The checker is shared by every window; a word added in one re-checks all.
        try:
            self.wordListsChanged.emit()
        except RuntimeError:  # this window is gone
            self._unsubscribe()

    @property
    def is_ready(self) -> bool:
        """Loaded and announced (`ready` emitted) on the GUI thread: what is attached on
        `ready` is attached once this is true."""
        return self._announced

    # ------------------------------------------------------------ release context
    def set_release_context(self, ignore: Iterable[str], english_variant: str) -> None:
        """The open release's ignore list and English variant (call on open and undo)."""
        ignore_set, variant = frozenset(ignore), english_variant
        if ignore_set != self._ignore or variant != self._variant:
            self._ignore, self._variant = ignore_set, variant
            self.wordListsChanged.emit()

    @property
    def ignore(self) -> frozenset[str]:
        return self._ignore

    @property
    def english_variant(self) -> str:
        return self._variant

    # ------------------------------------------------------------ checking
    def languages(self) -> tuple[str, ...]:
        return tuple(lang for lang in LANGS if self._enabled[lang])

    def misspellings(self, text: str, other_text: str = "", skip_at: int | None = None,
                     quick: bool = False) -> list[Misspelling]:
        """`other_text`: the other language's text of the same segment, which confirms a
        name ("틸러슨" beside "Tillerson"), as `spell_check_release` does; `skip_at` and
        `quick` as for SpellChecker.misspellings (the underline while typing)."""
        if not self.is_ready:
            return []
        return self.checker.misspellings(text, self._variant, self._ignore, self.languages(),
                                         other_text=other_text, skip_at=skip_at, quick=quick)

    def suggestions(self, word: str, lang: str) -> list[str]:
        return self.checker.suggest(word, lang, self._variant)

    # ------------------------------------------------------------ word lists
    def add_to_dictionary(self, word: str) -> bool:
        return self._change(lambda: self.checker.add_to_personal(word))

    def add_to_glossary(self, word: str) -> bool:
        return self._change(lambda: self.checker.add_to_glossary(word))

    def ignore_in_release(self, word: str) -> None:
        """Ignore at once; the editor stores it in the release on `ignoreInReleaseRequested`."""
        if word and word not in self._ignore:
            self._ignore = self._ignore | {word}
            self.ignoreInReleaseRequested.emit(word)
            self.wordListsChanged.emit()

    def _change(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except MfaDeskError as exc:
            self.statusMessage.emit(str(exc))
            return False
        return True

    # ------------------------------------------------------------ language toggles
    def is_language_enabled(self, lang: Lang) -> bool:
        return self._enabled.get(lang, False)

    def set_language_enabled(self, lang: Lang, enabled: bool) -> None:
        if self._enabled.get(lang) == enabled:
            return
        self._enabled[lang] = enabled
        if self._settings is not None:
            self._settings.setValue(_SETTINGS_KEY.format(lang=lang), enabled)
        self.languageToggled.emit(lang, enabled)
        self.wordListsChanged.emit()

    def toggle_actions(self, parent: QObject | None = None) -> list[QAction]:
        """Checkable "Check Korean/English spelling" actions for a menu."""
        labels = {"ko": self.tr("Check &Korean Spelling"),
                  "en": self.tr("Check &English Spelling")}
        actions = []
        for lang in LANGS:
            action = QAction(labels[lang], parent or self)
            action.setCheckable(True)
            action.setChecked(self._enabled[lang])
            action.toggled.connect(lambda on, lang=lang: self.set_language_enabled(lang, on))
            self.languageToggled.connect(
                lambda changed, on, action=action, lang=lang:
                action.setChecked(on) if changed == lang else None)
            actions.append(action)
        return actions

    def _read_toggle(self, lang: str) -> bool:
        if self._settings is None:
            return True
        value = self._settings.value(_SETTINGS_KEY.format(lang=lang), True)
        return value not in (False, "false", "0", 0)
