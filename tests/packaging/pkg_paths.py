"""Paths of the packaging files the packaging tests read (a helper module, not tests)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
DESKTOP_FILE = LINUX / "mfa-desk.desktop"
METAINFO_FILE = LINUX / "io.github.mfadesk.MfaDesk.metainfo.xml"
MIME_FILE = LINUX / "mfa-desk-mime.xml"
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
MIME_TYPE = "application/x-mfa-desk-release"
