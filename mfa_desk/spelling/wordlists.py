"""Our own word lists: the personal dictionary file and word matching rules.

The personal dictionary is ours, not Enchant's (Enchant keeps its own list
under $XDG_CONFIG_HOME/enchant, shared with every other program): one UTF-8
word a line in the user data folder, rewritten atomically on every change.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterable
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.fileio import atomic_write_bytes
from mfa_desk.spelling.korean import noun_candidates

PERSONAL_FILE_NAME = "personal-dictionary.txt"
_BAD_WORD_RE = re.compile(r"[\s\x00]")


def default_personal_path() -> Path:
    from mfa_desk.user_account import user_folder

    return user_folder("data") / PERSONAL_FILE_NAME


def clean_word(word: str) -> str:
    """The word as it is stored in a list; InputError if it cannot be one."""
    word = word.strip()
    if not word:
        raise InputError("an empty word cannot be added to a word list")
    if _BAD_WORD_RE.search(word):
        raise InputError(f"{word!r} is not one word (spaces or control characters)")
    return word


def case_forms(word: str) -> Iterable[str]:
    """The word and, for a capitalised or all-capital word, its lower case.

    A list entry "ministry" then accepts "Ministry" at a sentence start, while an
    entry "Seoul" still does not accept "seoul".
    """
    yield word
    if word[:1].isupper() and (word[1:].islower() or word.isupper()):
        yield word.lower()
        if word.isupper():
            yield word.capitalize()


def in_word_set(word: str, words: Collection[str],
                patterns: Iterable[re.Pattern[str]] = (), korean: bool = False) -> bool:
    """Whether a list (words and whole-token patterns) accepts `word`.

    Korean words are tried with particles stripped; English ones in their case forms.
    """
    candidates: Iterable[str] = noun_candidates(word) if korean else case_forms(word)
    pattern_list = list(patterns)
    for candidate in candidates:
        if candidate in words:
            return True
        if any(p.fullmatch(candidate) for p in pattern_list):
            return True
    return False


class PersonalDictionary:
    """The user's own accepted words, kept in a UTF-8 file, one word a line."""

    def __init__(self, path: Path | None = None,
                 on_change: Callable[[], None] | None = None) -> None:
        self.path = path if path is not None else default_personal_path()
        self.words: set[str] = set()
        self.on_change = on_change
        # A file we could not read is never overwritten: adding a word would lose it.
        self.writable = True

    def load(self) -> None:
        """Read the file; a missing file is an empty list. InputError if unreadable."""
        try:
            text = self.path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            self.words = set()
            return
        except OSError as exc:
            self.writable = False
            raise InputError(f"cannot read personal dictionary: {exc.strerror or exc}",
                             str(self.path)) from None
        except UnicodeDecodeError:
            self.writable = False
            raise InputError("personal dictionary is not UTF-8 text", str(self.path)) from None
        self.words = {line.strip() for line in text.splitlines()
                      if line.strip() and "\x00" not in line}
        self.writable = True

    def __contains__(self, word: str) -> bool:
        return word in self.words

    def add(self, word: str) -> str:
        word = clean_word(word)
        if word not in self.words:
            self._save(self.words | {word})
        return word

    def remove(self, word: str) -> None:
        if word in self.words:
            self._save(self.words - {word})

    def _save(self, words: set[str]) -> None:
        if not self.writable:
            raise InputError("personal dictionary could not be read, so it is not changed",
                             str(self.path))
        self.path.parent.mkdir(parents=True, exist_ok=True)
        data = "".join(f"{w}\n" for w in sorted(words)).encode("utf-8")
        atomic_write_bytes(self.path, data)  # SaveError leaves the old file and set intact
        self.words = set(words)
        if self.on_change is not None:
            self.on_change()


def append_word_to_file(path: Path, word: str) -> str:
    """Add one word line to a word list file (the user's glossary words.txt)."""
    word = clean_word(word)
    try:
        old = path.read_bytes()
    except FileNotFoundError:
        old = b"# Words added from MFA Desk; format in docs/glossary.md.\n"
    except OSError as exc:
        raise InputError(f"cannot read word list: {exc.strerror or exc}", str(path)) from None
    if word in old.decode("utf-8", "replace").splitlines():
        return word
    if old and not old.endswith(b"\n"):
        old += b"\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    atomic_write_bytes(path, old + f"{word}\n".encode())
    return word
