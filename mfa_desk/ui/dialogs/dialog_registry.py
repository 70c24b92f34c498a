"""Every dialog of the editor, by name, so one test can open each in both UI languages.

A dialog module registers a factory at import time:

    register_dialog("preferences", lambda parent: PreferencesDialog(Settings(), parent))

The factory builds the dialog with representative sample data and returns it
without showing it (no exec()). `load_all_dialogs()` imports every module of
`mfa_desk.ui` so that a new dialog is covered as soon as its module registers;
tests/ui/language/test_i18n_dialogs.py then constructs, shows and checks each one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QWidget

DialogFactory = Callable[[QWidget | None], QDialog]

ALL_DIALOGS: dict[str, DialogFactory] = {}


def register_dialog(name: str, factory: DialogFactory) -> DialogFactory:
    if name in ALL_DIALOGS and ALL_DIALOGS[name] is not factory:
        raise ValueError(f"a dialog named {name!r} is already registered")
    ALL_DIALOGS[name] = factory
    return factory


def load_all_dialogs() -> dict[str, DialogFactory]:
    """Import every module under mfa_desk.ui (they register their dialogs) and return them."""
    import importlib
    import pkgutil

    import mfa_desk.ui as ui_package

    for module in pkgutil.walk_packages(ui_package.__path__, prefix="mfa_desk.ui."):
        importlib.import_module(module.name)
    return dict(ALL_DIALOGS)
