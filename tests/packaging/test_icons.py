"""The icon: an SVG source and a PNG in every size the desktop asks for, each
really that size (read from the PNG header)."""

from __future__ import annotations

import struct

import pytest
from lxml import etree
from pkg_paths import ICON_SIZES, ICONS, png_size


def test_svg_source_is_well_formed_svg() -> None:
    root = etree.parse(str(ICONS / "mfa-desk.svg")).getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 128 128"


@pytest.mark.parametrize("size", ICON_SIZES)
def test_png_exists_in_every_size(size: int) -> None:
    path = ICONS / f"mfa-desk-{size}.png"
    assert png_size(path.read_bytes()) == (size, size)


def test_windows_icon_holds_several_sizes() -> None:
    data = (ICONS / "mfa-desk.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1) and count >= 4
