"""File > Export HWPX carries the embargo stamp and the letterhead with the logo chosen
in the settings, as the other exports do."""

from __future__ import annotations

import zipfile
from pathlib import Path

from mfa_desk.constants import TIMING_EMBARGO
from mfa_desk.settings import Settings, save_settings
from tests.formats.test_embargo_letterhead import EN_STAMP, png


def test_export_hwpx_has_the_stamp_and_the_chosen_logo(make_window, tmp_path: Path) -> None:
    window = make_window()
    logo = tmp_path / "logo.png"
    logo.write_bytes(png())
    save_settings(Settings(letterhead_logo=str(logo)), window.settings_file)
    release = window.document.release
    release.metadata.timing = TIMING_EMBARGO
    release.metadata.timing_text = "2026. 12. 3.(목) 14:00 이후"
    out = tmp_path / "release.hwpx"
    assert window.exporter.export_to(out, "hwpx", "both") == []
    with zipfile.ZipFile(out) as zf:
        section = zf.read("Contents/section0.xml").decode("utf-8")
        media = [zf.read(n) for n in zf.namelist() if n.startswith("BinData/")]
    assert EN_STAMP in section and "외교부" in section
    assert logo.read_bytes() in media
