"""Mutators for fuzzing the importers: each takes a seed file's bytes and a random
source and returns a damaged or hostile variant. The seeds are our own exports and
the real texts in ../shared/real-releases; the mutations are byte-level (flips,
splices, truncation, hostile snippets) and structural (zip parts, XML attributes,
content types, JSON values). Used by test_fuzz_formats.py and benchmarks/fault_run.py.
"""

from __future__ import annotations

import io
import json
import random
import zipfile
from collections.abc import Callable
from typing import Any

from mfa_desk.formats.zip_parts import stored_package
from tests.shared_material import REAL_RELEASES

# Pieces that broke (or could break) an importer: controls, bidi, surrogates in
# several spellings, markup and XML specials, numbers out of range, long tokens
# (up to 100,000 characters: the e-mail patterns took 9.4 s for 40,000 before the
# text importer's rebuild; its 1 MB-line cases are that importer's own tests).
HOSTILE = [
    b"\x00", b"\x01", b"\x0b", b"\x1b[31m", b"\x7f", b"\xc2\x85", b"\xff\xfe", b"\xed\xa0\x80",
    "\u202e".encode(), "\u2066\u2069".encode(), "\ufeff".encode(), "\ufffe".encode(),
    b"<nav>", b"</nav>\x01", b"<main>", b"<p>", b"</div>", b"<table><tr><td>", b"<li>",
    b"<script>", b"<!--", b"]]>", b"&#1;", b"&#xD800;", b"&bogus;", b"<!DOCTYPE x [",
    b'"', b"'", b"{", b"}", b"[", b"]", b"\\ud800", b"\\u0000", b"\\", b":", b",", b"null",
    b"1e999", b"-0", b"99999999999999999999", b"\xe2\x96\xa1 ", b"\xe3\x85\x87 ", b"- ", b"1. ",
    b"100. ", "※ ".encode(), "끝.".encode(), "보도자료".encode(), b"@" * 40,
    b"a@b." * 50, b"x" * 900, "가".encode() * 300, b"\r\r\n\n", b"\t" * 100,
    b"a.b+c-" * 17_000 + b"@", "가".encode() * 30_000,
]
MAX_INSERT = 110_000  # bytes per insertion: a repeated piece stays about one long token
NUMBERS = ["-1", "0", "12", "100000000", "x", "", " 1", "1e3", "9" * 400, "0x10", "-2147483649"]


def _splice(data: bytes, rng: random.Random) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(out))
        if op == 0 and out:
            out[min(pos, len(out) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            piece = rng.choice(HOSTILE)
            out[pos:pos] = piece * min(rng.choice((1, 1, 1, 5, 50)), MAX_INSERT // len(piece))
        elif op == 2:
            del out[pos:pos + rng.randint(1, 200)]
        elif op == 3 and out:
            start = rng.randrange(len(out))
            out[pos:pos] = out[start:start + rng.randint(1, 500)]
        elif op == 4:
            del out[pos:]  # truncated
        else:
            out[pos:pos + 1] = bytes([rng.randrange(256)])
    return bytes(out)


def mutate_bytes(data: bytes, rng: random.Random) -> bytes:
    return _splice(data, rng)


def real_texts() -> list[bytes]:
    return [p.read_bytes() for p in sorted(REAL_RELEASES.glob("*.txt"))]


def mutate_text(seed: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.1:  # the same text in another encoding, or with a BOM
        text = seed.decode("utf-8", "replace")
        codec = rng.choice(["utf-16", "cp949", "utf-8-sig", "utf-32"])
        seed = text.encode(codec, "replace")
    return _splice(seed, rng)


def mutate_html(seed: bytes, rng: random.Random) -> bytes:
    if rng.random() < 0.3:  # deep or wide nesting around the content
        depth = rng.choice((50, 300, 3000))
        tag = rng.choice((b"div", b"span", b"li", b"table", b"nav"))
        seed = b"<" + tag + b">" * 1 + (b"<" + tag + b">") * depth + seed
    return _splice(seed, rng)


def mutate_docx(seed: bytes, rng: random.Random) -> bytes:
    """Zip level (raw bytes, dropped or renamed parts, content types) or XML level
    (a part's bytes spliced, numbering attributes set to hostile values)."""
    return mutate_package(seed, rng, "word/", _docx_parts)


def mutate_package(seed: bytes, rng: random.Random, folder: str,
                   edit: Callable[[dict[str, bytes], float, random.Random], None]) -> bytes:
    """Any zip package: its raw bytes spliced (one case in five), a part dropped or
    renamed (one in ten each), or `edit` applied to the parts with a roll in
    [0.4, 1) that picks its mutation; `edit` runs after a drop or rename too
    (roll below 0.4), for what every case needs."""
    choice = rng.random()
    if choice < 0.2:
        return _splice(seed, rng)  # the container itself: headers, directory, deflate
    parts = _parts(seed)
    names = list(parts)
    if choice < 0.3:
        del parts[rng.choice(names)]
    elif choice < 0.4:
        name = rng.choice(names)
        parts[name.replace(folder, folder + "x", 1) if rng.random() < 0.5 else name + "x"] = \
            parts.pop(name)
    edit(parts, choice, rng)
    return stored_package(parts)


def _docx_parts(parts: dict[str, bytes], choice: float, rng: random.Random) -> None:
    if choice < 0.4:
        pass
    elif choice < 0.55:
        parts["[Content_Types].xml"] = _content_types(parts.get("[Content_Types].xml", b""), rng)
    elif choice < 0.75 and "word/numbering.xml" in parts:
        parts["word/numbering.xml"] = _numbering(parts["word/numbering.xml"], rng)
        if "word/document.xml" in parts:
            parts["word/document.xml"] = _ilvls(parts["word/document.xml"], rng)
    else:
        name = rng.choice(list(parts))
        parts[name] = _splice(parts[name], rng)
    if rng.random() < 0.7:  # mostly read the body, not the embedded release
        parts.pop("customXml/item1.xml", None)


def _parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        return {info.filename: zf.read(info) for info in zf.infolist()}


def _content_types(data: bytes, rng: random.Random) -> bytes:
    kinds = [b"styles", b"numbering", b"document.main", b"settings", b"footnotes", b"header"]
    a, b = rng.sample(kinds, 2)
    return data.replace(b"wordprocessingml." + a + b"+xml", b"wordprocessingml." + b + b"+xml")


def _numbering(data: bytes, rng: random.Random) -> bytes:
    text = data.decode("utf-8", "replace")
    for attr in ("w:start w:val", "w:ilvl", "w:abstractNumId w:val", "w:numFmt w:val"):
        if rng.random() < 0.5:
            value = rng.choice(NUMBERS) if attr != "w:numFmt w:val" else rng.choice(
                ["lowerRoman", "upperRoman", "lowerLetter", "ganada", "chosung", "none",
                 "decimalEnclosedCircle", "bogus"])
            text = _set_attr(text, attr, value, rng)
    return text.encode()


def _ilvls(data: bytes, rng: random.Random) -> bytes:
    return _set_attr(data.decode("utf-8", "replace"), "w:ilvl w:val", rng.choice(NUMBERS),
                     rng).encode()


def _set_attr(text: str, attr: str, value: str, rng: random.Random) -> str:
    marker = f'{attr}="'
    spots = [i for i in range(len(text)) if text.startswith(marker, i)][:50]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 5))):
        end = text.find('"', i + len(marker))
        text = text[: i + len(marker)] + value + text[end:]
    return text


def mutate_mfadesk(seed: bytes, rng: random.Random) -> bytes:
    """A JSON value somewhere in the release replaced by a hostile one, or bytes spliced."""
    if rng.random() < 0.25:
        return _splice(seed, rng)
    if rng.random() < 0.1:  # nesting far beyond Python's recursion limit
        depth = rng.choice((999, 1001, 100_000))
        return seed.replace(b'"headline": ', b'"headline": ' + b"[" * depth + b"]" * depth
                            + b', "x": ', 1)
    data = json.loads(seed)
    for _ in range(rng.randint(1, 3)):
        _replace_somewhere(data, rng)
    return json.dumps(data, ensure_ascii=rng.random() < 0.5).encode("utf-8", "surrogatepass")


def _hostile_value(rng: random.Random) -> Any:
    depth = rng.choice((2, 50, 5000))
    return rng.choice([
        None, True, 0, -1, 10**30, 1.5, "", "\ud800", "x\u202ey", "\x00\x01", "a" * 5000,
        [], {}, [[]] * 3, {"ko": 5}, {"ko": "\udfff", "en": None},
        json.loads("[" * depth + "]" * depth) if depth < 900 else "deep",
        "2026-02-30", "25:61", "draft", "reviewed", "box", "number", "image/png", "@@",
    ])


def _replace_somewhere(node: Any, rng: random.Random) -> None:
    while isinstance(node, dict | list) and node:
        key = rng.choice(list(node)) if isinstance(node, dict) else rng.randrange(len(node))
        child = node[key]
        if rng.random() < 0.3 or not isinstance(child, dict | list) or not child:
            node[key] = _hostile_value(rng)
            return
        node = child
