"""The top of an exported HWPX: the embargo stamp (red, boxed) in each exported language
while the release is under embargo, then the letterhead - the user's logo as a picture
when one was chosen, and the ministry's name in each exported language - as the DOCX,
HTML and PDF exports put it above the header table."""

from __future__ import annotations

from typing import Any, Protocol

from mfa_desk.formats.hwpx.hwpx_parts import sub
from mfa_desk.formats.release_walker import WalkedRelease


class SectionBuilder(Protocol):
    """What the top needs of hwpx_export's section builder (a protocol, so this module
    does not import the exporter that calls it)."""

    walked: WalkedRelease

    def paragraph(self, parent: Any, role: str, lang: str, text: str = "") -> Any: ...

    def image(self, parent: Any, role: str, lang: str, data: bytes, media_type: str,
              size_mm: tuple[float, float]) -> Any: ...

LOGO_HEIGHT_MM = 14  # as in the DOCX letterhead


def add_top(builder: SectionBuilder, parent: Any, width_mm: float) -> None:
    from mfa_desk.formats.image_size import height_ratio

    walked = builder.walked
    for lang in walked.langs:
        text = walked.stamp.get(lang, "")
        if text:
            builder.paragraph(parent, "MFA Embargo Stamp", lang, text)
    head = walked.letterhead
    if head.logo:
        ratio = height_ratio(head.logo) or 1.0  # height / width
        width = min(LOGO_HEIGHT_MM / ratio, width_mm)
        pic = builder.image(parent, "MFA Letterhead", walked.langs[0], head.logo,
                            head.logo_type, (width, width * ratio))
        sub(pic, "hp:shapeComment")
    for lang in walked.langs:
        builder.paragraph(parent, "MFA Letterhead", lang, head.name(lang))
