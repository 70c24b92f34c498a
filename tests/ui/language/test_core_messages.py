"""Check messages and check names in the Korean interface: every finding the checks
write on the project's seeded and held-out faults is shown in Korean."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from mfa_desk.checks.findings import QaFinding
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext, check_pair, check_translation
from mfa_desk.model.release import Attachment, BiText, Segment
from mfa_desk.ui.checks.checks_panel import FindingsModel
from mfa_desk.ui.language.core_messages import translate_message
from mfa_desk.ui.language.i18n import install_translator, remove_translators
from tests.checks.heldout_pairs import RELEASE_MONTH, RELEASE_YEAR, WRONG
from tests.checks.releases import CLEAN_RELEASES
from tests.checks.seeding import SEEDERS

HANGUL = re.compile("[가-힣]")


@pytest.fixture
def korean(qapp: QApplication) -> Iterator[None]:
    install_translator(qapp, "ko")
    yield
    remove_translators(qapp)


def _findings() -> list[QaFinding]:
    found: list[QaFinding] = []
    for make in CLEAN_RELEASES.values():
        for _name, seeder in SEEDERS.values():
            for release, _path in seeder(make()):
                found += check_translation(release)
        release = make()
        release.notes.append(Segment.of("참고 사항", ""))  # a Korean-only note
        release.attachments.append(Attachment(title=BiText("참석자 명단", "")))
        found += check_translation(release)
    ctx = CheckContext(RELEASE_YEAR, RELEASE_MONTH, default_glossary())
    for ko, en, _check in WRONG:
        found += check_pair(ko, en, ctx, path="points[0]", segment_id="s1")
    return found


def test_every_check_message_is_shown_in_korean(korean: None) -> None:
    findings = _findings()
    assert len(findings) > 50
    # 82 distinct messages when written; a message left as it was is one the table lacks.
    left = sorted({f.message for f in findings if translate_message(f.message) == f.message
                   or not HANGUL.search(translate_message(f.message).replace(f.ko, ""))})
    assert left == [], f"{len(left)} of {len({f.message for f in findings})} in English"


def test_checks_panel_shows_names_messages_and_one_sided_tooltips_in_korean(
        korean: None) -> None:
    model = FindingsModel()
    finding = QaFinding("date", "error", "points[1]", "3월 5일", "",
                        "The Korean date 3월 5일 (March 5) is not in the English", "s1")
    model.set_findings([finding])
    row = [model.index(0, c).data() for c in range(4)]
    assert row[1] == "날짜"
    assert row[2] == "항목 2"
    assert row[3] == "국문의 날짜 3월 5일 (March 5)이(가) 영문에 없습니다"
    tip = model.index(0, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "국문: 3월 5일"  # no empty "English:" line
    # On the message column the whole message too, however narrow the column.
    assert model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == f"{row[3]}\n국문: 3월 5일"


def test_an_unknown_message_is_shown_as_it_is() -> None:
    assert translate_message("A check nobody has translated yet") == \
        "A check nobody has translated yet"


def test_merges_splits_and_left_out_sentences_are_shown_in_korean(korean: None) -> None:
    """The structure findings real pairs raise most (measured on 40 real KO/EN pairs: these
    four shapes were the only ones left in English)."""
    from mfa_desk.formats.align import merge_languages
    from tests.formats.test_content_align import EN_POINTS, english
    from tests.formats.test_content_align import korean as korean_release

    points = EN_POINTS[:2] + [EN_POINTS[2] + " " + EN_POINTS[3]] + EN_POINTS[4:]
    merged = check_translation(merge_languages(korean_release(), english(points)).release)
    assert [f.message[:7] for f in merged] == ["Merged:"]
    assert translate_message(merged[0].message, lambda path: "항목 3") == \
        "병합: 이 내용은 항목 3의 영문에 있습니다(국문 항목 두 개가 영문 한 항목에 들어감)"
    assert translate_message(
        "Split: this English point and the one at points[1] together translate one Korean "
        "point", lambda path: "항목 2") == \
        "분할: 이 영문 항목과 항목 2의 영문 항목이 함께 국문 한 항목을 옮깁니다"
    assert translate_message(
        "None of the facts of this Korean sentence is in the English (16, 17일): a sentence "
        "left out or added?") == \
        "이 국문 문장의 사실(16, 17일)이 영문에 하나도 없습니다. 문장이 빠졌거나 더해졌습니까?"
