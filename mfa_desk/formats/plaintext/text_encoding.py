"""Bytes to text for imported files: UTF-8 (with or without BOM), UTF-16/32 with
BOM, and CP949/EUC-KR (Korean files saved on Windows). Anything else is refused
with one line naming the file, never guessed into mojibake.
"""

from __future__ import annotations

import codecs
import re

from mfa_desk.errors import InputError
from mfa_desk.formats.untrusted_text import (
    MAX_RELEASE_LINES,
    clean,
    refuse_oversized,
    warn_if_cleaned,
)

# A release is a few kilobytes; a file this large is not one (and reading it
# all would only make the editor hang).
MAX_TEXT_BYTES = 16 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str, str], ...] = (
    # UTF-32 first: its little-endian BOM starts with the UTF-16 one.
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)

# Control characters that plain text may carry: tab, line and page breaks.
TEXT_CONTROLS = "\t\n\r\x0b\x0c\x1c\x1d\x1e\x85"
# Category Cc without the above: one regex instead of a per-character Python loop
# (16 MB took 3 s).
_BINARY_CONTROL = re.compile("[" + "".join(
    chr(c) for c in (*range(0x20), *range(0x7F, 0xA0)) if chr(c) not in TEXT_CONTROLS) + "]")


def decode_text(data: bytes, source: str) -> tuple[str, list[str]]:
    """The text of a text file and a warning if characters were removed from it: the
    few stray control characters a text may hold (a binary file is refused), lone
    surrogates and bidi controls, which reorder what is shown (see untrusted_text)."""
    text, counts = clean(decode_bytes(data, source, cleaned=False), keep=TEXT_CONTROLS)
    warnings: list[str] = []
    warn_if_cleaned(counts, source, warnings)
    return text, warnings


def decode_bytes(data: bytes, source: str, cleaned: bool = True) -> str:
    """Decode a text file's bytes; raise InputError naming `source` if it is not text.

    With `cleaned` (the default) the characters decode_text warns about are removed
    silently; call decode_text to have the warning."""
    text = _decode(data, source)
    lines = sum(1 for line in text.splitlines() if line.strip())
    refuse_oversized(lines, MAX_RELEASE_LINES, "lines with text", source)
    return clean(text, keep=TEXT_CONTROLS)[0] if cleaned else text


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_TEXT_BYTES:
        raise InputError(f"too large for a release ({len(data):,} bytes; "
                         f"the limit is {MAX_TEXT_BYTES:,})", source)
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(f"byte {exc.start}: not valid {name} although the file "
                                 f"starts with a {name} byte-order mark", source) from None
            return _checked(text.lstrip("\ufeff"), source)
    if b"\x00" in data:
        raise InputError("a binary file, not text (it contains NUL bytes; UTF-16 text "
                         "needs a byte-order mark)", source)
    try:
        return _checked(data.decode("utf-8"), source)
    except UnicodeDecodeError as utf8_error:
        korean = _decode_cp949(data)
        if korean is None:
            bad = data[utf8_error.start]
            raise InputError(f"not text: byte {utf8_error.start} (0x{bad:02x}) is neither "
                             "UTF-8 nor CP949/EUC-KR", source) from None
        return _checked(korean, source)


def _decode_cp949(data: bytes) -> str | None:
    """CP949 text, or None when the bytes are not plausibly Korean text.

    CP949 maps many byte pairs, so random binary data sometimes decodes; real
    Korean text is mostly Hangul syllables among its non-ASCII characters.
    """
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    non_ascii = [c for c in text if ord(c) > 0x7F]
    hangul = sum(1 for c in non_ascii if "\uac00" <= c <= "\ud7a3")
    if non_ascii and hangul / len(non_ascii) < 0.6:
        return None
    return text


def _checked(text: str, source: str) -> str:
    """Refuse decoded text full of control characters (a binary file that decoded)."""
    controls = len(_BINARY_CONTROL.findall(text))
    if controls > max(2, len(text) // 200):
        raise InputError("a binary file, not text (it is full of control characters)", source)
    return text
