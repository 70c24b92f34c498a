"""Bytes to text for imported files: UTF-8 (with or without BOM), UTF-16/32 with
BOM, and CP949/EUC-KR (Korean files saved on Windows). Anything else is refused
with one line naming the file, never guessed into mojibake.
"""

from __future__ import annotations

import codecs
import unicodedata

from mfa_desk.errors import InputError

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
_TEXT_CONTROLS = frozenset("\t\n\r\x0b\x0c\x1c\x1d\x1e\x85")


def decode_bytes(data: bytes, source: str) -> str:
    """Decode a text file's bytes; raise InputError naming `source` if it is not text."""
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
    controls = sum(
        1 for c in text if c not in _TEXT_CONTROLS and unicodedata.category(c) == "Cc"
    )
    if controls > max(2, len(text) // 200):
        raise InputError("a binary file, not text (it is full of control characters)", source)
    return text
