"""Typed reading of parsed .mfadesk JSON that names the JSON path of every problem.

Shared by the release reader (mfadesk_file) and the review-round keys
(mfadesk_review), so neither imports the other (issue 17).
"""

from __future__ import annotations

import re
from typing import Any, Literal, TypeVar, overload

from mfa_desk.errors import InputError
from mfa_desk.formats.untrusted_text import Cleaned, clean, may_need_cleaning

T = TypeVar("T")  # the kind a key's value must have: str, int, bool, list or dict


class Reader:
    """Typed access to the parsed JSON that names the path of every problem.

    `clean_strings=False` when the JSON text the data came from was already found
    free of what `clean` removes (`json_text_is_clean`): a 1,000-segment release then
    reads without 6,000 per-string scans (part of the editor's start-up, issue 16)."""

    def __init__(self, source: str, clean_strings: bool = True) -> None:
        self.source = source
        self.clean_strings = clean_strings
        self.cleaned = Cleaned()  # characters removed from the file's strings

    def fail(self, path: str, message: str) -> InputError:
        return InputError(f"{path}: {message}", self.source)

    # The value is of `kind` (a str, int, bool, list or dict), or the default when the key
    # is missing, or None when null is allowed: the overloads say which.
    @overload
    def get(self, obj: dict[str, Any], key: str, path: str, kind: type[T]) -> T: ...
    @overload
    def get(self, obj: dict[str, Any], key: str, path: str, kind: type[T], default: T,
            nullable: Literal[False] = False) -> T: ...
    @overload
    def get(self, obj: dict[str, Any], key: str, path: str, kind: type[T], default: T | None,
            nullable: bool = False) -> T | None: ...
    def get(self, obj: dict[str, Any], key: str, path: str, kind: type[T],
            default: object = ..., nullable: bool = False) -> object:
        # Called ~10 times a segment while a release opens: the path text is built
        # only for a message.
        if key not in obj:
            if default is ...:
                raise self.fail(_joined(path, key), "missing")
            return default
        value = obj[key]
        if value is None and nullable:
            return None
        # bool is an int in Python; never accept it where a number or text is wanted.
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _tuple(kind)):
            raise self.fail(_joined(path, key), f"expected {_kind_name(kind)}")
        if self.clean_strings and isinstance(value, str):
            # JSON can spell lone surrogates, controls and bidi overrides as \u escapes.
            value, counts = clean(value)
            self.cleaned.add(counts)
        return value


def json_text_is_clean(text: str) -> bool:
    """Whether no string parsed from the JSON `text` can hold a character `clean` removes:
    none in the text itself, and no escape that could spell one (\\u, \\b, \\f).
    A false "no" only costs the per-string scan."""
    return not may_need_cleaning(text) and _ESCAPE_THAT_MAY_SPELL_ONE.search(text) is None


# One pass (a tenth of the time of three `in` tests on a 1,000-segment release's text).
_ESCAPE_THAT_MAY_SPELL_ONE = re.compile(r"\\[ubf]")


# What `clean` removes that can stand raw in the UTF-8 bytes of JSON json.loads accepted
# (C0 controls cannot: json.loads refuses them raw inside a string and anywhere else but
# as white space; lone surrogates cannot: strict UTF-8 decoding refuses them), by their
# first byte and the bytes that follow it: DEL; C1 controls U+0080-U+009F; U+061C;
# U+200E, U+200F, U+202A-U+202E, U+2066-U+2069; U+FFFE, U+FFFF; and the escapes that
# could spell one (backslash u, b, f). Each first byte is found by memchr: a search for
# two or three bytes at once took ~0.4 ms each on a 1,000-segment release.
_UNSAFE_AFTER: tuple[tuple[int, frozenset[bytes]], ...] = (
    (0x7F, frozenset({b""})),
    (0x5C, frozenset({b"u", b"b", b"f"})),
    (0xC2, frozenset(bytes([b]) for b in range(0x80, 0xA0))),
    (0xD8, frozenset({b"\x9c"})),
    (0xE2, frozenset([b"\x80\x8e", b"\x80\x8f", *(bytes([0x80, b]) for b in range(0xAA, 0xAF)),
                      *(bytes([0x81, b]) for b in range(0xA6, 0xAA))])),
    (0xEF, frozenset({b"\xbf\xbe", b"\xbf\xbf"})),
)
# More first bytes than this (quotes, dashes, middle dots, fullwidth punctuation, escaped
# quotes): the text's regex decides, so a file cannot make this check slow.
MAX_LEAD_HITS = 4000


def utf8_json_is_clean(raw: bytes) -> bool | None:
    """`json_text_is_clean` of the text these bytes decode to, read from the bytes: for
    bytes that are valid UTF-8 and JSON that json.loads accepted (1,003 segments: the
    regex over the text and its compiling, 2.0 ms of the editor's start, -> ~0.1 ms).
    None when the bytes hold more than MAX_LEAD_HITS of the first bytes above: then ask
    `json_text_is_clean`."""
    hits = 0
    for lead, tails in _UNSAFE_AFTER:
        size = len(next(iter(tails)))
        at = raw.find(lead)
        while at != -1:
            # Valid UTF-8: a first byte is followed by all its continuation bytes.
            if raw[at + 1:at + 1 + size] in tails:
                return False
            hits += 1
            if hits > MAX_LEAD_HITS:
                return None
            at = raw.find(lead, at + 1)
    return True


def _joined(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_name(kind: type | tuple[type, ...]) -> str:
    names = {str: "a string", bool: "true or false", int: "a whole number", list: "a list",
             dict: "an object"}
    return " or ".join(names.get(k, k.__name__) for k in _tuple(kind))


def dict_list(r: Reader, obj: dict[str, Any], key: str, path: str) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = r.get(obj, key, path, list, [])
    for i, item in enumerate(items):  # checked here: the JSON may hold anything
        if not isinstance(item, dict):
            raise r.fail(f"{_joined(path, key)}[{i}]", "expected an object")
    return items
