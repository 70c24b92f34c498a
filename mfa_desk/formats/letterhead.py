"""The letterhead every export carries: the ministry's name in both languages and,
when the user chose one, a logo image (none is bundled)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.fileio import FileTooLarge, read_input_file

MINISTRY_KO = "외교부"
MINISTRY_EN = "Ministry of Foreign Affairs, Republic of Korea"
MAX_LOGO_BYTES = 2 * 1024 * 1024  # a letterhead logo; a bigger file is a photo chosen by mistake
_SIGNATURES = {b"\x89PNG\r\n\x1a\n": "image/png", b"\xff\xd8\xff": "image/jpeg"}


@dataclass(frozen=True)
class Letterhead:
    name_ko: str = MINISTRY_KO
    name_en: str = MINISTRY_EN
    logo: bytes | None = None
    logo_type: str = ""  # "image/png" or "image/jpeg" when there is a logo

    def name(self, lang: str) -> str:
        return self.name_ko if lang == "ko" else self.name_en


def logo_media_type(data: bytes) -> str | None:
    return next((kind for magic, kind in _SIGNATURES.items() if data.startswith(magic)), None)


def load_letterhead(logo_path: str | Path | None = None) -> Letterhead:
    """The ministry's letterhead, with the logo read from `logo_path` if given.

    A logo that is missing, too big or not PNG/JPEG is an InputError naming the file."""
    if not logo_path:
        return Letterhead()
    path = Path(logo_path)
    try:
        data = read_input_file(path, MAX_LOGO_BYTES)
    except FileTooLarge as exc:
        raise InputError(f"the logo is {exc.size // 1024} KB; at most "
                         f"{MAX_LOGO_BYTES // 1024} KB", str(path)) from None
    except OSError as exc:
        raise InputError(f"cannot read the logo: {exc.strerror or exc}", str(path)) from None
    kind = logo_media_type(data)
    if kind is None:
        raise InputError("the logo is not a PNG or JPEG image", str(path))
    return Letterhead(logo=data, logo_type=kind)
