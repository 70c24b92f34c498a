"""Every registered dialog opens in both interface languages, and Korean is really Korean.

Dialog modules register a factory in mfa_desk.ui.dialogs.dialog_registry; this test
finds them all (load_all_dialogs imports every module of mfa_desk.ui), builds
each in English and in Korean, shows it, and compares the visible texts widget
by widget: a Korean text identical to its English one is an untranslated string.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QFontComboBox,
    QGroupBox,
    QLabel,
    QTableWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mfa_desk.ui.dialogs.dialog_registry import load_all_dialogs
from mfa_desk.ui.language.i18n import install_translator, remove_translators

DIALOGS = load_all_dialogs()

# Texts that are the same in both languages on purpose.
SAME_IN_BOTH = {"English", "한국어", "MFA Desk"}
FILE_NAME = re.compile(r"^[\w./~-]+\.\w+$")
LATIN_WORD = re.compile(r"[A-Za-z]{3,}")


def _visible_texts(dialog: QDialog) -> list[tuple[str, str]]:
    texts = [("title", dialog.windowTitle())]

    def children(kind: type[QWidget]) -> Iterator[QWidget]:
        return (w for w in dialog.findChildren(kind) if w.isVisibleTo(dialog))

    for label in children(QLabel):
        assert isinstance(label, QLabel)
        texts.append(("label", label.text()))
    for button in children(QAbstractButton):
        assert isinstance(button, QAbstractButton)
        texts.append(("button", button.text()))
    for group in children(QGroupBox):
        assert isinstance(group, QGroupBox)
        texts.append(("group", group.title()))
    for combo in children(QComboBox):
        if isinstance(combo, QFontComboBox):
            continue  # font names are data
        assert isinstance(combo, QComboBox)
        texts.extend(("item", combo.itemText(i)) for i in range(combo.count()))
    for table in children(QTableWidget):
        assert isinstance(table, QTableWidget)
        for col in range(table.columnCount()):
            header = table.horizontalHeaderItem(col)
            texts.append(("header", header.text() if header else ""))
    return [(kind, text) for kind, text in texts if text.strip()]


def _open(qtbot: QtBot, qapp: QApplication, name: str, language: str) -> list[tuple[str, str]]:
    assert install_translator(qapp, language) == language
    dialog = DIALOGS[name](None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    texts = _visible_texts(dialog)
    dialog.close()
    return texts


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translators(qapp)


def test_known_dialogs_are_registered() -> None:
    for name in ("preferences", "recovery", "recovery_compare", "file_in_use",
                 "file_changed_on_disk"):
        assert name in DIALOGS


def test_every_dialog_class_is_registered(qtbot: QtBot) -> None:
    """A QDialog subclass anywhere in mfa_desk.ui must be reachable from the registry."""
    defined = {
        obj for name, module in list(sys.modules.items()) if name.startswith("mfa_desk.ui")
        for obj in vars(module).values()
        if isinstance(obj, type) and issubclass(obj, QDialog) and obj.__module__ == name
    }
    built = set()
    for factory in DIALOGS.values():
        dialog = factory(None)
        qtbot.addWidget(dialog)
        built.add(type(dialog))
    assert defined, "no dialog classes found: the scan is broken"
    assert sorted(c.__qualname__ for c in defined - built) == []


@pytest.mark.parametrize("name", sorted(DIALOGS))
def test_dialog_in_both_languages(qtbot: QtBot, qapp: QApplication, name: str,
                                  english_afterwards: None) -> None:
    english = _open(qtbot, qapp, name, "en")
    korean = _open(qtbot, qapp, name, "ko")
    assert english[0][0] == "title" and english[0][1].strip(), f"{name}: no window title"
    assert korean[0][0] == "title" and korean[0][1] != english[0][1], \
        f"{name}: title not translated"
    assert [k for k, _ in english] == [k for k, _ in korean], f"{name}: widgets differ"
    untranslated = [
        en for (_, en), (_, ko) in zip(english, korean, strict=True)
        if en == ko and LATIN_WORD.search(en) and en not in SAME_IN_BOTH
        and not FILE_NAME.match(en)
    ]
    assert untranslated == [], f"{name}: untranslated in Korean: {untranslated}"
    assert any(re.search("[가-힣]", ko) for _, ko in korean)
