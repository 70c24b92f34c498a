"""The shape of an image an export places: height over width, read from its header.

Shared by the DOCX export (a tall photo is fitted to the page by its height) and the
HWPX export (pictures and the letterhead logo are sized by it). python-docx's image
parser reads the header of a PNG, JPEG, GIF, BMP or TIFF without decoding the image.
"""

from __future__ import annotations

from struct import error as struct_error


def height_ratio(data: bytes) -> float | None:
    """Height over width of an image, or None when its header cannot be read."""
    from docx.image.exceptions import UnexpectedEndOfFileError, UnrecognizedImageError
    from docx.image.image import Image

    try:
        image = Image.from_blob(data)
    except (UnrecognizedImageError, UnexpectedEndOfFileError, ValueError, IndexError,
            struct_error):
        return None
    return image.px_height / image.px_width if image.px_width else None
