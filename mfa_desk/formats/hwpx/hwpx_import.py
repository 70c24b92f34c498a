"""Import an HWPX (Hangul, OWPML / KS X 6101) release; refuse a legacy .hwp clearly.

An HWPX is a zip of XML parts: Contents/content.hpf lists the parts (the
sections in reading order, the images in BinData/), Contents/header.xml holds
the paragraph shapes with their numbering and bullets, Contents/sectionN.xml
the text. The document becomes text lines (hwpx_text) and goes through the
same path as a DOCX not made by MFA Desk; its images become photo attachments.

Untrusted input: the package is unpacked by the same code as a DOCX, with the
same caps (zip_parts: the directory checked, then every part read through a
capped stream that stops whatever the directory says), and XML is parsed
without entities, network or huge-tree mode.
"""

from __future__ import annotations

import os
import posixpath
import zipfile
from pathlib import Path
from typing import IO, Any

from mfa_desk.constants import Lang
from mfa_desk.errors import InputError
from mfa_desk.formats.hwpx.hwpx_parts import PAYLOAD_META
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.plaintext.foreign_import import script_of
from mfa_desk.formats.zip_parts import (
    OLE_MAGIC,
    Source,
    parse_xml,
    read_capped_parts,
    require_regular_file,
    starts_with,
)
from mfa_desk.model.release import Attachment, BiText, Photo, Release

HWPX_MIMETYPE = "application/hwp+zip"
OPF = "{http://www.idpf.org/2007/opf/}"
IMAGE_TYPES = {b"\x89PNG": "image/png", b"\xff\xd8": "image/jpeg"}
MAX_SECTIONS = 200
PHOTO_WORDS = ("사진", "photo")


def read_hwpx_parts(source: Source, where: str) -> dict[str, bytes]:
    """The parts of an HWPX package, unpacked within the caps (zip_parts); what is not
    an HWPX package, or would unpack too large, is refused in one line."""
    require_regular_file(source, where)
    if not zipfile.is_zipfile(source):
        if starts_with(source, OLE_MAGIC):
            raise InputError("an HWP 5 (.hwp) or password-protected Hangul file; save it as "
                             "HWPX (.hwpx) or DOCX from Hangul first", where)
        raise InputError("not an HWPX document: the file is not a zip package", where)
    parts = read_capped_parts(source, where, "HWPX document")
    mimetype = parts.get("mimetype", b"").strip()
    if mimetype != HWPX_MIMETYPE.encode() and "Contents/header.xml" not in parts:
        raise InputError("not an HWPX document: the package is not a Hangul document", where)
    if "META-INF/manifest.xml" in parts and "Contents/content.hpf" not in parts:
        raise InputError("not an HWPX document: no Contents/content.hpf", where)
    return parts


class HwpxPackage:
    """The parts of an opened HWPX: header, sections in reading order, images by id."""

    def __init__(self, parts: dict[str, bytes], where: str) -> None:
        self.parts = parts
        self.where = where
        self.names = set(parts)
        self.items: dict[str, tuple[str, str]] = {}  # manifest id -> (part name, media type)
        self.payload: str | None = None  # the release an MFA Desk export carries
        spine: list[str] = []
        if "Contents/content.hpf" in self.names:
            hpf = parse_xml(parts["Contents/content.hpf"], "content.hpf", where)
            for item in hpf.iter(f"{OPF}item"):
                href = posixpath.normpath(item.get("href", ""))
                self.items[item.get("id", "")] = (href, item.get("media-type", ""))
            for meta in hpf.iter(f"{OPF}meta"):
                if meta.get("name") == PAYLOAD_META:
                    self.payload = meta.text or ""
            spine = [self.items[ref.get("idref", "")][0] for ref in hpf.iter(f"{OPF}itemref")
                     if ref.get("idref", "") in self.items]
        sections = [name for name in spine if _is_section(name)]
        if not sections:  # no manifest: the section parts by their number
            sections = sorted((n for n in self.names if _is_section(n)), key=_section_number)
        if not sections:
            raise InputError("not an HWPX document: it has no section (Contents/section0.xml)",
                             where)
        if len(sections) > MAX_SECTIONS:
            raise InputError(f"the document has {len(sections)} sections (at most "
                             f"{MAX_SECTIONS} accepted)", where)
        self.section_names = sections

    def xml(self, name: str) -> Any:
        if name not in self.names:
            raise InputError(f"part {name} named in the manifest is missing", self.where)
        return parse_xml(self.parts[name], name, self.where)

    def header(self) -> Any:
        return self.xml("Contents/header.xml") if "Contents/header.xml" in self.names else None

    def image(self, ref: str) -> bytes | None:
        """The bytes of a picture's binary item (BinData/...), or None."""
        name = self.items.get(ref, ("", ""))[0]
        if not name:
            matches = sorted(n for n in self.names if n.startswith("BinData/")
                             and posixpath.splitext(posixpath.basename(n))[0] == ref)
            name = matches[0] if matches else ""
        if name not in self.names:
            return None
        return self.parts[name]


def _is_section(name: str) -> bool:
    base = posixpath.basename(name)
    return (name.startswith("Contents/") and base.startswith("section")
            and base.endswith(".xml") and base[7:-4].isdigit())


def _section_number(name: str) -> int:
    return int(posixpath.basename(name)[7:-4])


def import_hwpx(path: str | os.PathLike[str] | IO[bytes], lang: Lang | None = None,
                where: str | None = None) -> ImportResult:
    """Read an HWPX file, or the bytes of one (`where` then names its source)."""
    p: Source = Path(path) if isinstance(path, str | os.PathLike) else path
    where = where or str(p)
    package = HwpxPackage(read_hwpx_parts(p, where), where)
    from mfa_desk.formats.hwpx.hwpx_text import document_lines
    from mfa_desk.formats.plaintext.foreign_import import import_lines_by_language

    warnings: list[str] = []
    if _encrypted(package):
        raise InputError("the HWPX document is password-protected; save it without a "
                         "password from Hangul first", where)
    sections = [package.xml(name) for name in package.section_names]
    restored = _restore_own_export(package, sections, warnings)
    if restored is not None:
        return restored
    columns, found = document_lines(package.header(), sections)
    photos = _photos(package, found.pictures, warnings)
    result = import_lines_by_language(columns, lang, where, warnings)
    add_photos(result.release, photos)
    return result


def _restore_own_export(package: HwpxPackage, sections: list[Any], warnings: list[str]
                        ) -> ImportResult | None:
    """Our own export, unchanged since: the release it carries, photos from its images."""
    if package.payload is None:
        return None
    from mfa_desk.formats.hwpx.hwpx_text import HC, sections_digest
    from mfa_desk.formats.native.export_payload import read_payload, release_from_payload
    from mfa_desk.formats.plaintext.foreign_import import EDITED_WARNING

    data, digest = read_payload(package.payload, package.where)
    if digest != sections_digest(sections):
        warnings.append(EDITED_WARNING)
        return None
    images = [package.image(img.get("binaryItemIDRef", ""))
              for sec in sections for img in sec.iter(f"{HC}img")]
    photos = [image for image in images if image is not None]
    return ImportResult(release_from_payload(data, photos, package.where), warnings)


def _encrypted(package: HwpxPackage) -> bool:
    if "META-INF/manifest.xml" not in package.names:
        return False
    manifest = package.xml("META-INF/manifest.xml")
    return any(el.tag.endswith("}encryption-data") for el in manifest.iter())


def _photos(package: HwpxPackage, pictures: list[tuple[str, list[str], bool]],
            warnings: list[str]) -> list[Photo]:
    """PNG and JPEG pictures below the top of the release, with their captions.

    A picture above the first point is the ministry's letterhead (its logo), not a
    photo of the release; other image kinds cannot be photos of a release here.
    """
    out: list[Photo] = []
    skipped_top = skipped_kind = 0
    for ref, caption, above in pictures:
        data = package.image(ref)
        if data is None:
            continue
        media = next((m for magic, m in IMAGE_TYPES.items() if data.startswith(magic)), None)
        if above:
            skipped_top += 1
        elif media is None:
            skipped_kind += 1
        else:
            photo = Photo(data=data, media_type=media)
            for line in caption:  # a caption line per language (both languages' export)
                lang = script_of([line])
                joined = f"{getattr(photo.caption, lang)} {line}".strip()
                setattr(photo.caption, lang, joined)
            out.append(photo)
    if skipped_top:
        warnings.append(f"{package.where}: left out {skipped_top} picture(s) above the first "
                        "point (a letterhead or logo)")
    if skipped_kind:
        warnings.append(f"{package.where}: left out {skipped_kind} picture(s) that are not "
                        "PNG or JPEG")
    return out


def add_photos(release: Release, photos: list[Photo]) -> None:
    """Each photo to the next attachment whose title names a photo ("접견 사진 1부."),
    else to a new "사진" attachment."""
    lang = "ko" if release.has_language("ko") or not release.has_language("en") else "en"
    free = [a for a in release.attachments if a.photo is None
            and any(word in (a.title.ko + " " + a.title.en).lower() for word in PHOTO_WORDS)]
    for photo in photos:
        if free:
            free.pop(0).photo = photo
        else:
            title = BiText("사진", "") if lang == "ko" else BiText("", "Photo")
            release.attachments.append(Attachment(title=title, photo=photo))
