"""The bundled sample release that `make run` opens."""

from __future__ import annotations

import struct
import subprocess
import sys
import zlib
from pathlib import Path

from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.model.release import DisplayStatus
from mfa_desk.resources import sample_release_path

ROOT = Path(__file__).resolve().parents[3]


def test_sample_is_rich_and_bilingual() -> None:
    r = load_release(sample_release_path())
    assert r.languages == ["ko", "en"] and r.unofficial_translation
    assert r.headline.text.ko and r.headline.text.en
    assert len(r.subheadlines) == 2
    assert 3 <= len(r.points) <= 4
    assert any(p.children for p in r.points)
    assert any(c.children for p in r.points for c in p.children)  # one level 3
    assert r.notes and len(r.metadata.contacts) == 2 and len(r.attachments) == 2
    statuses = {ref.segment.display_status() for ref in r.iter_segments()}
    assert {DisplayStatus.REVIEWED, DisplayStatus.TRANSLATED, DisplayStatus.DRAFT,
            DisplayStatus.EMPTY} <= statuses


def test_sample_photo_is_a_valid_png() -> None:
    photo = load_release(sample_release_path()).attachments[0].photo
    assert photo is not None and photo.media_type == "image/png"
    data = photo.data
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (160, 100)
    # every chunk's CRC is right, and the image data inflates to the right size
    pos, idat = 8, b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos:pos + 4])
        kind, body = data[pos + 4:pos + 8], data[pos + 8:pos + 8 + length]
        (crc,) = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        assert zlib.crc32(kind + body) & 0xFFFFFFFF == crc
        idat += body if kind == b"IDAT" else b""
        pos += 12 + length
    assert len(zlib.decompress(idat)) == height * (1 + 3 * width)


def test_make_sample_reproduces_the_committed_file(tmp_path: Path) -> None:
    out = tmp_path / "sample.mfadesk"
    subprocess.run([sys.executable, str(ROOT / "tools" / "make-sample.py"), str(out)],
                   check=True, capture_output=True)
    assert out.read_bytes() == sample_release_path().read_bytes()
