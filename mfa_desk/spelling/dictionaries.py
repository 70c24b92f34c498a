"""Enchant dictionaries: loaded once, every Enchant call under one lock.

pyenchant needs the C library libenchant-2 at import time; when it is missing
(ImportError, or OSError from the loader) spell checking is off and
`unavailable_reason` says why and how to install it. A dictionary that is not
installed leaves its language unchecked; `missing` says which, once.
Every request names its language tag: `enchant.Dict()` without one fails
under LC_ALL=C.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping, Sequence
from typing import Any

from mfa_desk.constants import ENGLISH_VARIANTS

INSTALL_LINE = "sudo apt install libenchant-2-2 hunspell-ko hunspell-en-us hunspell-en-gb"
KOREAN_TAGS: tuple[str, ...] = ("ko_KR", "ko")
DEFAULT_TAGS: dict[str, tuple[str, ...]] = {
    "ko": KOREAN_TAGS,
    "en_US": ("en_US",),
    "en_GB": ("en_GB",),
}
# The system Hunspell dictionaries first (what the Makefile installs); Aspell's
# English is used only where Hunspell has none.
PROVIDER_ORDER = "hunspell,aspell,nuspell,myspell"
_LANGUAGE_NAMES = {"ko": "Korean", "en_US": "English (US)", "en_GB": "English (UK)"}

MAX_REMEMBERED_SUGGESTIONS = 4096  # words; a few MB at most


def dictionary_key(lang: str, variant: str) -> str:
    """"ko" for Korean; the English variant ("en_US"/"en_GB") for English."""
    if lang == "ko":
        return "ko"
    return variant if variant in ENGLISH_VARIANTS else ENGLISH_VARIANTS[0]


def language_name(key: str) -> str:
    return _LANGUAGE_NAMES.get(key, key)


class EnchantDictionaries:
    """The dictionaries, by key ("ko", "en_US", "en_GB"), each from the first tag found."""

    def __init__(self, tags: Mapping[str, Sequence[str]] | None = None) -> None:
        self.tags: dict[str, tuple[str, ...]] = {k: tuple(v) for k, v in
                                                  (tags or DEFAULT_TAGS).items()}
        # The one lock: Enchant and Hunspell are not safe to call from two threads.
        self._lock = threading.Lock()
        self._dicts: dict[str, Any] = {}
        self._loaded = False
        self.unavailable_reason: str | None = None
        self.unavailable_detail = ""  # the loader's own words, for the reason line
        self.missing: dict[str, str] = {}  # key -> one line for the status bar
        self.load_seconds: dict[str, float] = {}
        self.providers: dict[str, str] = {}
        # Hunspell's suggestions for one word take up to ~80 ms and never change once the
        # dictionaries are loaded: the checker asks again for each re-check of a block.
        self._suggestions: dict[tuple[str, str], list[str]] = {}

    @property
    def loaded(self) -> bool:
        return self._loaded

    def load(self) -> None:
        """Load every dictionary (idempotent, thread-safe; slow: ~0.3 s for Korean)."""
        with self._lock:
            if self._loaded:
                return
            try:
                self._load_locked()
            finally:
                self._loaded = True

    def _load_locked(self) -> None:
        try:
            import enchant
        # ImportError or OSError without the C library; pyenchant asserts when
        # PYENCHANT_LIBRARY_PATH names a missing file. Any of them: checking off.
        except Exception as exc:  # noqa: BLE001
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self.unavailable_detail = detail
            self.unavailable_reason = (f"spell checking is off: the Enchant library could not be "
                                       f"loaded ({detail}); install it with: {INSTALL_LINE}")
            return
        try:
            broker = enchant.Broker()
        except Exception as exc:  # noqa: BLE001 - any Enchant failure means: no checking
            self.unavailable_detail = str(exc)
            self.unavailable_reason = (f"spell checking is off: Enchant did not start ({exc}); "
                                       f"install it with: {INSTALL_LINE}")
            return
        for key, candidates in self.tags.items():
            started = time.perf_counter()
            for tag in candidates:
                try:
                    broker.set_ordering(tag, PROVIDER_ORDER)
                    if broker.dict_exists(tag):
                        d = broker.request_dict(tag)
                        self._dicts[key] = d
                        self.providers[key] = f"{d.provider.name}:{tag}"
                        break
                except Exception:  # noqa: BLE001 - a broken dictionary counts as missing
                    continue
            self.load_seconds[key] = time.perf_counter() - started
            if key not in self._dicts:
                self.missing[key] = (f"{language_name(key)} is not spell-checked: no dictionary "
                                     f"({' or '.join(candidates)}) is installed")

    def has(self, key: str) -> bool:
        return key in self._dicts

    def check(self, key: str, word: str) -> bool:
        """True when the dictionary accepts `word` (or cannot judge it)."""
        d = self._dicts.get(key)
        if d is None or not word or "\x00" in word:
            return True
        with self._lock:
            try:
                return bool(d.check(word))
            except Exception:  # noqa: BLE001 - never crash the editor over one word
                return True

    def suggest(self, key: str, word: str) -> list[str]:
        d = self._dicts.get(key)
        if d is None or not word or "\x00" in word:
            return []
        known = self._suggestions.get((key, word))
        if known is not None:
            return list(known)
        with self._lock:
            try:
                found = [str(s) for s in d.suggest(word)]
            except Exception:  # noqa: BLE001
                return []
        if len(self._suggestions) >= MAX_REMEMBERED_SUGGESTIONS:
            self._suggestions.clear()
        self._suggestions[(key, word)] = found
        return list(found)

    def has_suggestions_for(self, key: str, word: str) -> bool:
        """Whether `suggest(key, word)` answers at once (asked before, or nothing to ask)."""
        return key not in self._dicts or (key, word) in self._suggestions
