"""The interface language: Qt translators for MFA Desk's own strings and Qt's.

Every user-visible string goes through `self.tr()` (or
`QCoreApplication.translate(context, text)` outside a QObject); English is the
source language, Korean comes from resources/i18n/mfa_desk_ko.qm, compiled from
the Qt Linguist file mfa_desk_ko.ts during set-up (tools/compile-translations.sh),
or, where no .qm at least as new as the .ts exists (an installed wheel ships the
.ts only), from the .ts itself (ts_translator.py).

Public interface:
- `translate(context, text)`: for strings outside a QObject (pass literals).
- `resolve_language(language, system_locale=None) -> "ko" | "en"`: "system"
  follows the system locale (Korean if it is Korean, else English).
- `install_translator(app, language) -> str`: removes translators installed
  earlier by this module, installs Qt's own qtbase_<lang> (standard buttons,
  context menus) from QLibraryInfo.TranslationsPath if present and MFA Desk's
  mfa_desk_<lang>.qm, sets the default QLocale, and returns the language used.
  A missing .qm (e.g. translations not compiled) leaves English, never fails.
- `remove_translators(app)`: back to the English source strings.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from mfa_desk.resources import resource_path

SUPPORTED: Final = ("ko", "en")
QM_PREFIX: Final = "mfa_desk_"

# The translators in use must outlive this call (Qt keeps only a pointer).
_installed: list[QTranslator] = []
_in_use = ["en"]  # the interface language install_translator chose last


def language_in_use() -> str:
    """"ko" or "en": what the interface speaks now (for texts kept as files, e.g. help)."""
    return _in_use[0]


def translate(context: str, text: str) -> str:
    """Translate outside a QObject; tools/update-translations.sh finds these calls
    by the name `translate("Context", "literal text")`."""
    return QCoreApplication.translate(context, text)


def resolve_language(language: str, system_locale: QLocale | None = None) -> str:
    if language in SUPPORTED:
        return language
    locale = system_locale if system_locale is not None else QLocale.system()
    return "ko" if locale.language() == QLocale.Language.Korean else "en"


def translations_dir() -> str:
    return str(resource_path("i18n"))


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (English): remove what install_translator added."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _in_use[0] = "en"


def install_translator(app: QCoreApplication, language: str) -> str:
    used = resolve_language(language)
    remove_translators(app)
    QLocale.setDefault(QLocale(QLocale.Language.Korean if used == "ko"
                               else QLocale.Language.English,
                               QLocale.Country.SouthKorea if used == "ko"
                               else QLocale.Country.UnitedStates))
    qt_own = QTranslator(app)
    if qt_own.load(f"qtbase_{used}",
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    ours = _our_translator(app, used)
    if ours is not None:
        app.installTranslator(ours)
        _installed.append(ours)
        _in_use[0] = used
    return used


def _our_translator(app: QCoreApplication, language: str) -> QTranslator | None:
    """The compiled .qm when it is current, else the .ts read directly; None: English."""
    folder = Path(translations_dir())
    ts, qm = folder / f"{QM_PREFIX}{language}.ts", folder / f"{QM_PREFIX}{language}.qm"
    if qm.is_file() and (not ts.is_file() or qm.stat().st_mtime >= ts.stat().st_mtime):
        compiled = QTranslator(app)
        if compiled.load(str(qm)):
            return compiled
    if ts.is_file():
        from mfa_desk.ui.language.ts_translator import TsTranslator

        try:
            return TsTranslator(ts, app)
        except (OSError, SyntaxError):  # ET.ParseError is a SyntaxError: English, never fail
            return None
    return None
