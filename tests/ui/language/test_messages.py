from __future__ import annotations

from mfa_desk.errors import InputError, SaveError
from mfa_desk.model.operations import OperationError
from mfa_desk.ui.language.messages import user_text


def test_core_sentences_get_a_capital_in_dialogs() -> None:
    assert user_text(OperationError("only a sub-point can be outdented")) == \
        "Only a sub-point can be outdented"
    assert user_text(SaveError("could not save /x/y.mfadesk: Permission denied")) == \
        "Could not save /x/y.mfadesk: Permission denied"


def test_a_message_that_names_its_file_first_is_left_alone() -> None:
    exc = InputError("no such file", "release.txt")
    assert user_text(exc) == "release.txt: no such file"
    assert user_text(InputError("Already capitalised")) == "Already capitalised"


def test_a_refused_structure_edit_is_said_in_the_interface_language(qapp) -> None:  # noqa: ANN001
    from mfa_desk.ui.language.i18n import install_translator, remove_translators

    install_translator(qapp, "ko")
    try:
        assert user_text(OperationError("cannot move further")) == "더 옮길 수 없습니다"
        assert user_text(OperationError("the headline cannot be deleted")) == \
            "제목은 삭제할 수 없습니다"
        # Not a sentence the table knows: as it is, with its capital.
        assert user_text(OperationError("no segment with id 'x'")) == "No segment with id 'x'"
    finally:
        remove_translators(qapp)
    assert user_text(OperationError("cannot move further")) == "Cannot move further"


def test_every_structure_refusal_a_user_can_reach_has_a_korean_sentence(qapp) -> None:  # noqa: ANN001
    """Each OperationError sentence of the structure edits the Segment menu offers."""
    import re
    from pathlib import Path

    from mfa_desk.ui.language.core_messages import translate_message
    from mfa_desk.ui.language.i18n import install_translator, remove_translators

    model = Path(__file__).resolve().parents[3] / "mfa_desk" / "model"
    plain = set()
    for name in ("operations.py", "segment_kinds.py"):
        text = (model / name).read_text(encoding="utf-8")
        # Sentences without an f-string place: those are the ones a user is told.
        for found in re.finditer(r'raise OperationError\(("[^"{]*"(?:\s*"[^"{]*")*)\)', text):
            plain.add("".join(re.findall(r'"([^"]*)"', found.group(1))))
    assert "cannot move further" in plain and len(plain) >= 8
    install_translator(qapp, "ko")
    try:
        left = sorted(m for m in plain if translate_message(m) == m)
    finally:
        remove_translators(qapp)
    assert left == []
