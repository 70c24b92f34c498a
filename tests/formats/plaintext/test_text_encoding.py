"""Bytes to text: UTF-8 (BOM or not), UTF-16/32 with BOM, CP949/EUC-KR; binary refused."""

from __future__ import annotations

import codecs
import random

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.plaintext.text_encoding import MAX_TEXT_BYTES, decode_bytes

KOREAN = "보도자료\n□ 양 장관은 3.18.(수) 회담을 가졌다. Korea 2026 “quoted”\n"
PLAIN_KOREAN = "보도자료\n□ 양 장관은 3.18.(수) 회담을 가졌다. Korea 2026\n"  # EUC-KR has no “”


@pytest.mark.parametrize("encoded", [
    KOREAN.encode("utf-8"),
    codecs.BOM_UTF8 + KOREAN.encode("utf-8"),
    KOREAN.encode("utf-16"),  # native order with BOM
    codecs.BOM_UTF16_BE + KOREAN.encode("utf-16-be"),
    codecs.BOM_UTF16_LE + KOREAN.encode("utf-16-le"),
    KOREAN.encode("utf-32"),
], ids=["utf8", "utf8-bom", "utf16", "utf16-be", "utf16-le", "utf32"])
def test_unicode_encodings(encoded: bytes) -> None:
    assert decode_bytes(encoded, "f.txt") == KOREAN


@pytest.mark.parametrize("codec", ["cp949", "euc-kr"])
def test_korean_windows_encodings(codec: str) -> None:
    assert decode_bytes(PLAIN_KOREAN.encode(codec), "f.txt") == PLAIN_KOREAN


def test_cp949_only_syllables() -> None:
    text = "똠방각하 펲시콜라\n"  # syllables outside EUC-KR's 2,350, inside CP949
    assert decode_bytes(text.encode("cp949"), "f.txt") == text


def test_ascii_is_utf8() -> None:
    assert decode_bytes(b"Press Releases\n1. Point.\n", "f.txt") == "Press Releases\n1. Point.\n"


@pytest.mark.parametrize(("data", "message"), [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "f.txt: a binary file, not text (it contains NUL"),
    ("UTF-16 text without its BOM".encode("utf-16-le"), "f.txt: a binary file"),
    (b"caf\xe9 \xff\xfe\xfd", "f.txt: not text: byte 3 (0xe9) is neither UTF-8 nor CP949"),
    (codecs.BOM_UTF8 + b"ok \xff", "f.txt: byte 3: not valid UTF-8 although the file starts "
                                   "with a UTF-8 byte-order mark"),
    (b"\x01\x02\x03\x04\x05\x06 looks like text \x07\x08", "f.txt: a binary file, not text (it is "
                                                          "full of control characters)"),
])
def test_not_text_refused_naming_the_file(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as err:
        decode_bytes(data, "f.txt")
    assert str(err.value).startswith(message)


def test_random_binary_never_decodes() -> None:
    rng = random.Random(20260318)
    for _ in range(200):
        data = bytes(rng.randrange(256) for _ in range(rng.randrange(64, 2048)))
        if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            continue
        with pytest.raises(InputError):
            decode_bytes(data, "noise.bin")


def test_high_bytes_without_nul_and_not_korean_refused() -> None:
    rng = random.Random(7)
    refused = 0
    for _ in range(200):
        data = bytes(rng.randrange(0x80, 0x100) for _ in range(400))
        try:
            decode_bytes(data, "noise.bin")
        except InputError:
            refused += 1
    assert refused == 200


def test_too_large_refused() -> None:
    with pytest.raises(InputError, match="too large for a release"):
        decode_bytes(b"a" * (MAX_TEXT_BYTES + 1), "big.txt")
