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


def test_a_file_an_importer_refuses_is_said_in_the_interface_language(
        qapp, tmp_path) -> None:  # noqa: ANN001
    """What File > Import shows for files officers are sent: a PDF, a photo, an old Word
    or Hangul file, an empty page: the file's name, then the reason in Korean."""
    from mfa_desk.formats.importing import import_file
    from mfa_desk.ui.language.i18n import install_translator, remove_translators

    files = {"release.pdf": b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n",
             "photo.png": b"\x89PNG\r\n\x1a\n" + b"\0" * 40,
             "empty.txt": b"",
             "missing.txt": None}
    for name, data in files.items():
        if data is not None:
            (tmp_path / name).write_bytes(data)
    errors = {}
    for name in files:
        try:
            import_file(tmp_path / name)
        except InputError as exc:
            errors[name] = exc
    assert set(errors) == set(files)
    install_translator(qapp, "ko")
    try:
        shown = {name: user_text(exc) for name, exc in errors.items()}
    finally:
        remove_translators(qapp)
    assert shown["release.pdf"].startswith(f"{tmp_path / 'release.pdf'}: MFA Desk가 읽지 않는")
    assert shown["photo.png"] == (f"{tmp_path / 'photo.png'}: 보도자료가 아닌 PNG 이미지입니다"
                                  "(보도자료에 사진으로 넣으려면 파일 > 사진 추가…)")
    assert shown["empty.txt"] == (f"{tmp_path / 'empty.txt'}: "
                                  "보도자료 본문이 없습니다(빈 파일입니다)")
    assert shown["missing.txt"] == f"{tmp_path / 'missing.txt'}: 파일이 없습니다"
    # In the English interface, the importer's own sentence, after the file's name.
    assert user_text(errors["missing.txt"]) == f"{tmp_path / 'missing.txt'}: no such file"


def test_every_importer_refusal_sentence_has_a_korean_template() -> None:
    """The refusals file_kind.py writes, each matched by a template the table holds (a
    reworded refusal with no template would show in English in the Korean interface)."""
    from mfa_desk.formats.file_kind import FileKind, refusal
    from mfa_desk.ui.language.core_messages import _patterns

    sentences = [refusal(kind, "JPEG") for kind in FileKind]
    refused = [s for s in sentences if s]
    assert len(refused) >= 4
    assert all(any(p.match(s) for p, _ in _patterns()) for s in refused)
