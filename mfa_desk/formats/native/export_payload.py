"""What an exported DOCX or HTML carries so that importing it restores the release.

An export embeds the release as the .mfadesk JSON (DOCX: a custom XML part;
HTML: a data-* attribute), projected to the exported languages so that a
Korean-only file never hides an unpublished English draft, and with photo
bytes left out (they are read back from the document's own images). Beside it
goes a digest of the document's visible text: when someone edited the text
after export, the digest no longer matches, and the importer reads the
paragraphs instead of trusting stale data.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Iterable
from typing import Any

from mfa_desk.constants import Lang
from mfa_desk.errors import InputError
from mfa_desk.model.release import BiText, Release, TranslationStatus

PAYLOAD_FORMAT = "mfa-desk-export"
PAYLOAD_VERSION = 1
_XML_UNSAFE_IN_JSON = re.compile("[\ud800-\udfff\ufffe\uffff]")


def _keep(bitext: BiText, langs: tuple[Lang, ...]) -> None:
    if "ko" not in langs:
        bitext.ko = ""
    if "en" not in langs:
        bitext.en = ""


def project_release(release: Release, langs: tuple[Lang, ...]) -> Release:
    """The release as a file showing only `langs` holds it: other texts emptied."""
    out = release.copy()
    if set(langs) == {"ko", "en"}:
        return out
    for ref in out.iter_segments():
        _keep(ref.segment.text, langs)
        if "en" not in langs:
            ref.segment.status = TranslationStatus.DRAFT
            ref.segment.source_fingerprint = ""
        if "ko" not in langs or "en" not in langs:
            ref.segment.source_ko = ""
    for att in out.attachments:
        _keep(att.title, langs)
        if att.photo is not None:
            _keep(att.photo.caption, langs)
    out.languages = [lang for lang in out.languages if lang in langs] or list(langs)
    if "en" not in langs:
        out.unofficial_translation = False
    out.dismissals = []
    return out


def text_digest(texts: Iterable[str]) -> str:
    """Digest of a document's visible text pieces, in order."""
    h = hashlib.sha256()
    for text in texts:
        if not text:
            continue  # an empty element and no element read back the same
        h.update(text.encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()[:32]


def payload_json(release: Release, langs: tuple[Lang, ...], digest: str) -> str:
    from mfa_desk.formats.native.mfadesk_file import release_to_dict

    projected = project_release(release, langs)
    for ref in projected.iter_segments():
        # Reviewers' notes are internal: a published document never carries them.
        ref.segment.comments, ref.segment.suggestions = [], []
    data = release_to_dict(projected)
    for att in data["attachments"]:
        if att["photo"] is not None:
            att["photo"]["data"] = ""  # the document's image holds the bytes
    wrapper = {"format": PAYLOAD_FORMAT, "version": PAYLOAD_VERSION, "langs": list(langs),
               "digest": digest, "release": data}
    text = json.dumps(wrapper, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    # JSON escapes control characters itself; what XML cannot hold besides (lone
    # surrogates, U+FFFE/U+FFFF) only occurs inside strings, where \uXXXX means the same.
    return _XML_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def read_payload(text: str, source: str) -> tuple[dict[str, Any], str]:
    """The release dict (photos without data) and the digest; InputError if malformed."""
    try:
        wrapper = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"the embedded MFA Desk data is damaged ({exc.msg})", source) from None
    except RecursionError:
        raise InputError("the embedded MFA Desk data is nested too deeply", source) from None
    if not isinstance(wrapper, dict) or wrapper.get("format") != PAYLOAD_FORMAT:
        raise InputError("the embedded MFA Desk data has an unknown format", source)
    if not isinstance(wrapper.get("version"), int) or wrapper["version"] > PAYLOAD_VERSION:
        raise InputError("the embedded MFA Desk data was written by a newer MFA Desk", source)
    release = wrapper.get("release")
    digest = wrapper.get("digest")
    if not isinstance(release, dict) or not isinstance(digest, str):
        raise InputError("the embedded MFA Desk data is incomplete", source)
    return release, digest


def release_from_payload(data: dict[str, Any], photos: list[bytes], source: str,
                         warnings: list[str] | None = None) -> Release:
    """Put the document's images back into the photo attachments, in order, and load."""
    from mfa_desk.formats.native.mfadesk_file import release_from_dict

    attachments = data.get("attachments")
    wanted = [a for a in (attachments if isinstance(attachments, list) else [])
              if isinstance(a, dict) and isinstance(a.get("photo"), dict)]
    if len(wanted) != len(photos):
        raise InputError(f"the document has {len(photos)} image(s) where the embedded data "
                         f"expects {len(wanted)}", source)
    for att, blob in zip(wanted, photos, strict=True):
        att["photo"]["data"] = base64.b64encode(blob).decode("ascii")
    return release_from_dict(data, source, warnings)
