"""Mutators for fuzzing the Hangul importers: HWPX packages (our own exports and the
releases python-hwpx writes as a Hangul user would) damaged at zip level (raw
bytes, dropped or renamed parts, the mimetype) and at XML level (a part's bytes
spliced, shape and numbering references set to hostile values, deep nesting, a
DTD with entities), and legacy HWP 5 files (written by python-hwpx) with bytes
flipped or spliced. Used by test_fuzz_formats.py and benchmarks/fault_run.py.
"""

from __future__ import annotations

import functools
import random
import re
import tempfile
import zlib
from pathlib import Path

from tests.formats.hostile_files import sample_hwpx
from tests.fuzz.mutations import NUMBERS, _splice, mutate_package

SECTION, HEADER, MANIFEST = "Contents/section0.xml", "Contents/header.xml", "Contents/content.hpf"
_REF = re.compile(rb'((?:IDRef|idRef|level|id|start|itemCnt)=")([^"]*)(")')
_PAYLOAD = re.compile(rb'<opf:meta name="mfadesk-release".*?</opf:meta>', re.S)
_ROOT_END = re.compile(rb"<hs:sec[^>]*>")
DOCTYPE = (b'<!DOCTYPE hs:sec [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">'
           b'<!ENTITY c SYSTEM "file:///etc/passwd">]>')


@functools.cache
def hwpx_seeds() -> tuple[bytes, ...]:
    """Our exports (Korean, both languages) and python-hwpx's Hangul-like releases."""
    from tests.formats import hwpx_samples

    with tempfile.TemporaryDirectory() as tmp:
        written = [hwpx_samples.write(shape, Path(tmp)).read_bytes()
                   for shape in sorted(hwpx_samples.SHAPES)]
    return (sample_hwpx("ko"), sample_hwpx("both"), *written)


@functools.cache
def hwp_seed() -> bytes:
    """An HWP 5 (.hwp) release with a photo, as python-hwpx writes it."""
    from hwpx import HwpxDocument

    from tests.formats import hwpx_samples

    with tempfile.TemporaryDirectory() as tmp:
        source = hwpx_samples.write("with_photo", Path(tmp))
        target = Path(tmp) / "photo.hwp"
        HwpxDocument.open(str(source)).save_to_path(str(target))
        return target.read_bytes()


def hwp_bomb(real_size: int = 1 << 30) -> bytes:
    """The HWP 5 seed whose section stream inflates to `real_size` bytes (~1 MB packed)."""
    from hwpx.hwp5.cfb import CompoundFile, build_compound_file, read_all_streams

    squeezer = zlib.compressobj(9, zlib.DEFLATED, -15)
    chunk = b"\x00" * 1_000_000
    bomb = b"".join(squeezer.compress(chunk) for _ in range(real_size // len(chunk)))
    bomb += squeezer.flush()
    streams = [(path, bomb if path == "BodyText/Section0" else data)
               for path, data in read_all_streams(CompoundFile(hwp_seed()))]
    return build_compound_file(streams)


def mutate_hwpx(seed: bytes, rng: random.Random) -> bytes:
    return mutate_package(seed, rng, "Contents/", _hwpx_parts)


def _hwpx_parts(parts: dict[str, bytes], choice: float, rng: random.Random) -> None:
    if choice < 0.4:
        pass
    elif choice < 0.46:
        parts["mimetype"] = rng.choice([b"", b"application/zip", b"application/hwp+zip\x00",
                                        b"x" * 5000])
    elif choice < 0.65:
        for name in (SECTION, HEADER):
            if name in parts and rng.random() < 0.7:
                parts[name] = _references(parts[name], rng)
    elif choice < 0.73 and SECTION in parts:
        depth = rng.choice((50, 300, 5000))
        parts[SECTION] = _ROOT_END.sub(lambda m: m.group(0) + b"<hp:p>" * depth
                                       + b"</hp:p>" * depth, parts[SECTION], count=1)
    elif choice < 0.8 and SECTION in parts:
        body = parts[SECTION].split(b"?>", 1)[-1]
        parts[SECTION] = DOCTYPE + body.replace(b"<hp:t>", b"<hp:t>&b;&c;", 3)
    else:
        name = rng.choice([n for n in (SECTION, HEADER, MANIFEST) if n in parts] or list(parts)
                          or [""])
        if name:
            parts[name] = _splice(parts[name], rng)
    if MANIFEST in parts and rng.random() < 0.7:  # mostly read the body, not our release
        parts[MANIFEST] = _PAYLOAD.sub(b"", parts[MANIFEST])


def _references(data: bytes, rng: random.Random) -> bytes:
    def hostile(match: re.Match[bytes]) -> bytes:
        if rng.random() >= 0.3:
            return match.group(0)
        return match.group(1) + rng.choice(NUMBERS).encode() + match.group(3)
    return _REF.sub(hostile, data)


def mutate_hwp(seed: bytes, rng: random.Random) -> bytes:
    """An HWP 5 file with bytes flipped past its signature, or spliced anywhere."""
    if rng.random() < 0.3:
        return _splice(seed, rng)
    damaged = bytearray(seed)
    for _ in range(rng.randint(1, 40)):
        damaged[rng.randrange(8, len(damaged))] = rng.randrange(256)
    return bytes(damaged)
