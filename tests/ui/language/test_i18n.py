"""Interface language: resolution from settings and system locale, translators installed."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication

from mfa_desk.resources import resource_path
from mfa_desk.ui.language.i18n import install_translator, remove_translators, resolve_language


@pytest.fixture
def english_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    remove_translators(qapp)


def test_resolve_language() -> None:
    korean = QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)
    british = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    assert resolve_language("system", korean) == "ko"
    assert resolve_language("system", british) == "en"
    assert resolve_language("system", QLocale(QLocale.Language.French)) == "en"
    assert resolve_language("ko", british) == "ko"
    assert resolve_language("en", korean) == "en"


def test_korean_catalogue_is_compiled() -> None:
    # CI compiles it in `make test`; run `make translations` after editing the .ts.
    assert (resource_path("i18n") / "mfa_desk_ko.qm").is_file(), "run `make translations`"


def test_korean_translator_translates_ours_and_qts(qapp: QApplication,
                                                   english_afterwards: None) -> None:
    assert install_translator(qapp, "ko") == "ko"
    assert QCoreApplication.translate("FileLock", "File in use") == "사용 중인 파일"
    assert QCoreApplication.translate("PreferencesDialog", "Preferences") == "환경 설정"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "취소"
    assert QLocale().language() == QLocale.Language.Korean
    # Switching back replaces the translators instead of stacking them.
    assert install_translator(qapp, "en") == "en"
    assert QCoreApplication.translate("FileLock", "File in use") == "File in use"
    assert QLocale().language() == QLocale.Language.English


SCRIPT = """
from PySide6.QtWidgets import QApplication
from mfa_desk.resources import resource_path
from mfa_desk.ui.language.i18n import install_translator
app = QApplication([])
print(install_translator(app, "system"))
"""


@pytest.mark.parametrize(("lang_env", "expected"), [("ko_KR.UTF-8", "ko"), ("en_GB.UTF-8", "en")])
def test_system_language_follows_the_locale(lang_env: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LC_")}
    env.update(LANG=lang_env, LANGUAGE="", LC_ALL=lang_env, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                          env=env, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == expected
