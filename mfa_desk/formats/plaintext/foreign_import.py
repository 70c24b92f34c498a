"""Reading DOCX/HTML releases not made (or edited after export) by MFA Desk.

The document's paragraphs become text lines, with their list markers written
out, and go through the same rules as plain-text import. A side-by-side
document (Korean column, English column) is read as two languages and aligned
point by point.
"""

from __future__ import annotations

from mfa_desk.constants import Lang
from mfa_desk.formats.import_result import ImportResult
from mfa_desk.formats.plaintext.text_import import import_lines
from mfa_desk.formats.table_rows import TableColumns
from mfa_desk.formats.untrusted_text import refuse_overlong_line
from mfa_desk.text import script


def script_of(lines: list[str]) -> str:
    """"ko" when the lines are Korean by the shared test (`mfa_desk.text.script`),
    else "en" (also when they hold no letters)."""
    return script.script_of("".join(lines), "en")


def import_lines_by_language(columns: dict[str, list[str]] | list[str], lang: Lang | None,
                             source: str, warnings: list[str]) -> ImportResult:
    """One list of lines (one language) or two columns keyed "ko"/"en" (aligned)."""
    from mfa_desk.formats.plaintext.foreign_lines import prepare_lines

    # Paragraph mode: each line is a whole paragraph or list item of the document (the
    # extractors already joined lines wrapped inside one with <br> or a soft break), so
    # an unmarked line starts a new paragraph instead of continuing the one above.
    if isinstance(columns, list):
        lines = prepare_lines(columns, source, warnings)
        refuse_overlong_line(lines, source, numbered=False)
        result = import_lines(lines, lang, source, paragraphs=True)
        return ImportResult(result.release,
                            warnings + located(result.warnings, source, lines), result.left_out)
    from mfa_desk.formats.align import merge_languages

    ko_source, en_source = f"{source} (Korean column)", f"{source} (English column)"
    ko_lines = prepare_lines(columns["ko"], ko_source, warnings)
    en_lines = prepare_lines(columns["en"], en_source, warnings)
    refuse_overlong_line(ko_lines, ko_source, numbered=False)
    refuse_overlong_line(en_lines, en_source, numbered=False)
    ko = import_lines(ko_lines, "ko", ko_source, paragraphs=True)
    en = import_lines(en_lines, "en", en_source, paragraphs=True)
    # A side-by-side table's rows are the points' places: the aligner pairs by row and
    # by content, so a row filled on one side only shifts nothing else.
    places = columns.places if isinstance(columns, TableColumns) else None
    merged = merge_languages(ko.release, en.release, places)
    return ImportResult(merged.release, warnings + located(ko.warnings, ko_source, ko_lines)
                        + located(en.warnings, en_source, en_lines) + merged.warnings,
                        ko.left_out + en.left_out)


def located(warnings: list[str], source: str, lines: list[str]) -> list[str]:
    """"FILE:7: message" names a line of our own extraction, which a reader of the
    document cannot count: say which paragraph it is by its first words instead."""
    prefix = f"{source}:"
    out = []
    for warning in warnings:
        number, colon, message = warning[len(prefix):].partition(":")
        if warning.startswith(prefix) and colon and number.isdigit() \
                and 0 < int(number) <= len(lines):
            words = " ".join(lines[int(number) - 1].split())
            shown = words if len(words) <= 40 else words[:39] + "…"
            warning = f"{source}: paragraph {shown!r}:{message}"
        out.append(warning)
    return out


EDITED_WARNING = ("the document was changed after MFA Desk exported it; its paragraphs were "
                  "read again, so segment ids and translation statuses were not kept")
