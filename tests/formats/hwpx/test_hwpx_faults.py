"""Damaged HWPX and HWP 5 files: imported, or refused with one InputError line; never
another exception. Seeded mutations of real exports (cut parts, removed spans, ids
pointing nowhere) and of an HWP 5 file python-hwpx wrote (flipped bytes)."""

from __future__ import annotations

import io
import random
import re
import zipfile
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.importing import import_file
from tests.formats.export_cases import releases
from tests.formats.hostile_files import HWPX_SECTION, lying_zip_hwpx
from tests.formats.hwpx.test_hwpx_export import hwpx_bytes
from tests.fuzz.harness import CliWorker
from tests.fuzz.hwpx_mutations import hwp_bomb

PARTS = ("Contents/section0.xml", "Contents/header.xml", "Contents/content.hpf")
_REF = re.compile(rb'(IDRef|idRef|level|id)="(\d+)"')


def _mutate(blob: bytes, rng: random.Random) -> bytes:
    roll = rng.random()
    if roll < 0.3:
        return blob[:rng.randrange(len(blob))]
    if roll < 0.6:
        start = rng.randrange(len(blob))
        return blob[:start] + blob[start + rng.randrange(1, 200):]
    values = [b"0", b"1", b"99", b"-1", b"x", b""]
    return _REF.sub(lambda m: m.group(1) + b'="' + rng.choice(values) + b'"'
                    if rng.random() < 0.3 else m.group(0), blob)


def _imports_or_one_line(path: Path) -> None:
    try:
        import_file(path)
    except InputError as exc:
        assert "\n" not in str(exc) and str(path) in str(exc)


@pytest.mark.parametrize("variant", ["ko", "both"])
def test_damaged_hwpx_imports_or_gives_one_line(tmp_path: Path, variant: str) -> None:
    data = hwpx_bytes(releases()["sample"], variant)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {info.filename: zf.read(info.filename) for info in zf.infolist()}
    rng = random.Random(18)
    for n in range(40):
        name = rng.choice(PARTS)
        path = tmp_path / f"damaged{n}.hwpx"
        with zipfile.ZipFile(path, "w") as zf:
            for part, blob in parts.items():
                zf.writestr(part, _mutate(blob, rng) if part == name else blob)
        _imports_or_one_line(path)


def test_damaged_hwp5_imports_or_gives_one_line(tmp_path: Path) -> None:
    from hwpx import HwpxDocument

    from tests.formats.hwpx_samples import write

    HwpxDocument.open(str(write("with_photo", tmp_path))).save_to_path(
        str(tmp_path / "photo.hwp"))
    data = (tmp_path / "photo.hwp").read_bytes()
    rng = random.Random(5)
    for n in range(25):
        damaged = bytearray(data)
        for _ in range(rng.randint(1, 20)):
            damaged[rng.randrange(8, len(damaged))] = rng.randrange(256)
        path = tmp_path / f"damaged{n}.hwp"
        path.write_bytes(bytes(damaged))
        _imports_or_one_line(path)


def test_lying_zip_hwpx_is_refused_in_one_line_within_bounded_memory(tmp_path: Path) -> None:
    # The section part declares 30 KB and inflates to 1 GB: the capped stream shared with
    # DOCX (zip_parts) stops at the declared size; 100 MB is far below what inflating
    # the part whole would need. Time and peak memory: benchmarks/fault_run.py.
    path = tmp_path / "lying.hwpx"
    path.write_bytes(lying_zip_hwpx())
    worker = CliWorker(memory_mb=100)
    try:
        answer = worker.run(["import", str(path), "-o", str(tmp_path / "out.mfadesk")])
    finally:
        worker.close()
    assert answer.problem() == "" and answer.exit == 2, answer.stderr
    assert HWPX_SECTION in answer.stderr and str(path) in answer.stderr
    assert not (tmp_path / "out.mfadesk").exists()


def test_hwp5_section_bomb_is_refused_at_our_part_cap(tmp_path: Path) -> None:
    # A section stream inflating to 1 GB: python-hwpx alone inflates 256 MB of it before
    # refusing (564 MB peak); under our caps it stops at 20 MB. In a 100 MB worker the
    # old limit ends in MemoryError, not in the size-limit line checked here.
    from hwpx.hwp5 import records

    path = tmp_path / "bomb.hwp"
    path.write_bytes(hwp_bomb())
    worker = CliWorker(memory_mb=100)
    try:
        answer = worker.run(["inspect", str(path)])
    finally:
        worker.close()
    assert answer.problem() == "" and answer.exit == 2, answer.stderr
    assert "BodyText/Section0 inflates beyond the size limit" in answer.stderr
    with pytest.raises(InputError):
        import_file(path)
    assert records.MAX_INFLATED_BYTES == 256 * 2**20  # python-hwpx's own limit is back
