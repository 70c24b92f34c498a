"""Dictionaries load once, off the calling thread; checks before that find nothing."""

from __future__ import annotations

import threading
from pathlib import Path

from mfa_desk.resources import resource_path
from mfa_desk.spelling.checker import SpellChecker
from mfa_desk.spelling.dictionaries import EnchantDictionaries
from mfa_desk.spelling.wordlists import PersonalDictionary


def test_background_load_sets_ready_and_calls_back(tmp_path: Path) -> None:
    checker = SpellChecker(EnchantDictionaries(), PersonalDictionary(tmp_path / "p.txt"),
                           [resource_path("glossary")])
    assert checker.misspellings("협럭 recieve") == []  # not loaded yet: nothing flagged
    called: list[str] = []
    thread = checker.load_in_background(lambda: called.append(threading.current_thread().name))
    thread.join(timeout=60)
    assert checker.ready.is_set() and called == ["spelling-load"]
    assert [m.word for m in checker.misspellings("협럭 recieve")] == ["협럭", "recieve"]


def test_dictionaries_load_once(tmp_path: Path, monkeypatch) -> None:  # noqa: ANN001
    dictionaries = EnchantDictionaries()
    calls: list[int] = []
    real = dictionaries._load_locked

    def counting() -> None:
        calls.append(1)
        real()

    monkeypatch.setattr(dictionaries, "_load_locked", counting)
    threads = [threading.Thread(target=dictionaries.load) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert calls == [1] and dictionaries.has("ko") and dictionaries.has("en_US")
