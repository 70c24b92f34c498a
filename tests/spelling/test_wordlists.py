from __future__ import annotations

import os
from pathlib import Path

import pytest

from mfa_desk.errors import InputError, SaveError
from mfa_desk.spelling.wordlists import PersonalDictionary, append_word_to_file, in_word_set


def test_personal_dictionary_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "sub" / "personal.txt"
    changes: list[int] = []
    d = PersonalDictionary(path, on_change=lambda: changes.append(1))
    d.load()
    assert d.words == set()
    d.add("  정혜진 ")
    d.add("Wanjiru")
    d.add("Wanjiru")
    assert path.read_bytes() == "Wanjiru\n정혜진\n".encode()
    d.remove("Wanjiru")
    again = PersonalDictionary(path)
    again.load()
    assert again.words == {"정혜진"}
    assert len(changes) == 3  # add, add, remove (the repeated add changes nothing)


@pytest.mark.parametrize("bad", ["", "   ", "two words", "a\x00b", "tab\there", "line\nbreak"])
def test_personal_dictionary_refuses_what_is_not_one_word(tmp_path: Path, bad: str) -> None:
    d = PersonalDictionary(tmp_path / "p.txt")
    with pytest.raises(InputError):
        d.add(bad)
    assert not (tmp_path / "p.txt").exists()


def test_personal_dictionary_reads_bom_and_skips_blank_lines(tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_bytes("\ufeffalpha\r\n\r\n  beta  \n".encode())
    d = PersonalDictionary(path)
    d.load()
    assert d.words == {"alpha", "beta"}


def test_failed_write_keeps_old_file_and_words(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.txt"
    d = PersonalDictionary(path)
    d.add("alpha")

    def disk_full(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(SaveError, match="No space left"):
        d.add("beta")
    assert d.words == {"alpha"} and path.read_text() == "alpha\n"
    assert [p.name for p in tmp_path.iterdir()] == ["p.txt"]  # no temporary file left


def test_append_word_keeps_existing_lines(tmp_path: Path) -> None:
    path = tmp_path / "words.txt"
    path.write_text("# mine\nfirst", encoding="utf-8")
    append_word_to_file(path, "second")
    assert path.read_text(encoding="utf-8") == "# mine\nfirst\nsecond\n"


def test_case_rules_for_english_list_words() -> None:
    words = {"ministry", "Seoul"}
    assert in_word_set("Ministry", words) and in_word_set("MINISTRY", words)
    assert in_word_set("SEOUL", words) and not in_word_set("seoul", words)
