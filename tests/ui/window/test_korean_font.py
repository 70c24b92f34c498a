"""The preferred Korean font reaches Korean text outside the grid (panels, tables): the
application font lists it after its own families, as a fallback for Hangul."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QLabel

from mfa_desk.settings import Settings
from mfa_desk.ui.window import view_options
from mfa_desk.ui.window.view_options import use_korean_font


def test_the_korean_family_follows_the_application_font_and_is_replaced(qapp) -> None:  # noqa: ANN001
    before = QApplication.font()
    try:
        use_korean_font("Noto Sans CJK KR")
        own = list(view_options._APP_FAMILIES)
        assert QApplication.font().families() == own + ["Noto Sans CJK KR"]
        # Latin text keeps the application's own font: the Korean one only comes after.
        assert QFontInfo(QApplication.font()).family() == QFontInfo(before).family()
        use_korean_font("NanumGothic")  # the preference changed: replaced, not added
        assert QApplication.font().families() == own + ["NanumGothic"]
        use_korean_font("")  # the system's choice again
        assert QApplication.font().families() == own
    finally:
        QApplication.setFont(before)


def test_a_window_opened_with_preferences_sets_it(make_window) -> None:  # noqa: ANN001
    before = QApplication.font()
    try:
        window = make_window()
        window.apply_settings(Settings())  # font_ko defaults to Noto Sans CJK KR
        assert QApplication.font().families()[-1] == "Noto Sans CJK KR"
        label = QLabel("대한민국 외교부")
        assert label.font().families()[-1] == "Noto Sans CJK KR"
    finally:
        QApplication.setFont(before)
