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
