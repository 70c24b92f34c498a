"""Paths of the packaging files the packaging tests read (a helper module, not tests)."""

from __future__ import annotations

import struct
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / "mfa-desk.desktop"
METAINFO_FILE = LINUX / "io.github.mfadesk.MfaDesk.metainfo.xml"
MIME_FILE = LINUX / "mfa-desk-mime.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/x-mfa-desk-release"
SCREENSHOTS = LINUX / "screenshots"


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    assert data[12:16] == b"IHDR"
    width, height = struct.unpack(">II", data[16:24])
    return width, height
