"""A release as plain text in one language, for an e-mail or a web form: the headline,
sub-headlines, points with their published markers (indented by level), notes,
attachments and the end mark, one paragraph a line, a blank line between parts."""

from __future__ import annotations

from mfa_desk.constants import Lang
from mfa_desk.formats.release_walker import ATTACHMENTS_LABEL, walk_release
from mfa_desk.model.release import Release

INDENT = "  "


def release_as_text(release: Release, lang: Lang) -> str:
    """Raises InputError when the release has no text in `lang` (as export does)."""
    walked = walk_release(release, lang)
    lines: list[str] = []
    previous = ""
    attachments_indent = ""
    for block in walked.blocks:
        text = block.texts.get(lang, "").strip()
        if block.kind == "photo" or (not text and block.kind != "end_mark"):
            continue
        if block.kind != previous and lines and block.kind in (
                "subheadline", "point", "note", "attachments", "unofficial"):
            lines.append("")
        marker = block.markers.get(lang, "")
        if block.kind == "point":
            lines.append(f"{INDENT * max(block.level - 1, 0)}{marker} {text}".rstrip())
        elif block.kind == "attachments":
            # "붙임 1. …" then the others aligned under the first number.
            label = attachments_indent or ATTACHMENTS_LABEL[lang] + " "
            attachments_indent = " " * len(ATTACHMENTS_LABEL[lang] + " ")
            lines.append(f"{label}{marker} {text}".rstrip())
        elif block.kind == "end_mark":
            if text:
                lines.append(text)
        else:
            lines.append(f"{marker} {text}".strip() if marker else text)
        previous = block.kind
    return "\n".join(lines).strip() + "\n"
