"""The sentences the importers write as notes, and the archive's bulk-add lines, as templates.

The importers (mfa_desk/formats) have no Qt and write their notes in English: "FILE:LINE:
message", "FILE: message" or "points: message" (a pair import). core_messages matches the
message part against these templates, as it does for the checks' findings, and the
translations are in resources/i18n/mfa_desk_ko.ts (context CoreMessages). Each template
names the code that writes it. Order matters where two could match: the longer shape first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

NOTE_TEMPLATES = (
    # plaintext/text_import.py
    QT_TRANSLATE_NOOP("CoreMessages", "the whole release is on one line; split at its markers into {n} lines"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "{n} paragraphs run together on one line (no space after a full stop); split there"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a line of '?' only (characters a wrong code page could not carry); left out"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "'?' between Hangul letters: a character (such as '·') lost to a wrong code page; kept as written"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "the text looks {lang}; imported as {asked} as asked"),
    QT_TRANSLATE_NOOP("CoreMessages", "no headline found"),
    # plaintext/text_region.py
    QT_TRANSLATE_NOOP("CoreMessages", "left out {n} line of the page around the release: {shown}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out {n} lines of the page around the release: {shown}"),  # noqa: E501 - one literal, as lupdate reads it
    # plaintext/text_body.py
    QT_TRANSLATE_NOOP("CoreMessages", "a paragraph without a marker; kept as a level-1 point"),
    QT_TRANSLATE_NOOP("CoreMessages", "no numbered or □ points in the text; each paragraph kept as a level-1 point"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "point number {n}. is used twice; renumbered {due}."),
    QT_TRANSLATE_NOOP("CoreMessages", "point numbered {n}. where {due}. was due; renumbered {due}."),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "no space after {marker}; read as point {n}."),
    QT_TRANSLATE_NOOP("CoreMessages", "no space after {marker}"),
    QT_TRANSLATE_NOOP("CoreMessages", "no □ or numbered points in the text; the {marker} items kept as level-1 points and the items under them as level 2"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "section heading {marker} kept as a level-1 point"),
    QT_TRANSLATE_NOOP("CoreMessages", "no headline before the first point"),
    QT_TRANSLATE_NOOP("CoreMessages", "level-{n} item {marker} with no point above it; kept as a level-1 point"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a \"-\" line before any headline; kept as the headline"),
    QT_TRANSLATE_NOOP("CoreMessages", "items under {ref} kept as notes"),
    QT_TRANSLATE_NOOP("CoreMessages", "text after the end mark 끝.; kept as a note"),
    QT_TRANSLATE_NOOP("CoreMessages", "text after the unofficial-translation line; kept as a note"),  # noqa: E501 - one literal, as lupdate reads it
    # plaintext/text_marks.py
    QT_TRANSLATE_NOOP("CoreMessages", "level-3 item {marker} with no level-2 item above it; kept as level 2"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "item {marker} is below level 3 (under {open} items); kept as level 3"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "item {mark} is used twice; renumbered {due}"),
    QT_TRANSLATE_NOOP("CoreMessages", "item {mark} where {due} was due; renumbered {due}"),
    # plaintext/text_head.py, korean_header.py, text/dates.py
    QT_TRANSLATE_NOOP("CoreMessages", "text above the header fields is not the headline; kept as a note"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a second {field_name} line {text}; kept {earlier}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{text} is not a real date; kept as text"),
    QT_TRANSLATE_NOOP("CoreMessages", "{date} is a {weekday} ({actual}), not ({written})"),
    QT_TRANSLATE_NOOP("CoreMessages", "Date {date} differs from the date given earlier ({earlier}); using {date}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "{field} holds no date; kept as a note"),
    QT_TRANSLATE_NOOP("CoreMessages", "{field} is given a second time; kept as a note"),
    QT_TRANSLATE_NOOP("CoreMessages", "배포일시 has no time; 00:00 assumed"),
    # plaintext/foreign_lines.py (DOCX, HTML, HWPX)
    QT_TRANSLATE_NOOP("CoreMessages", "the paragraph {text} after the attachment list is not an attachment; kept as a note"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out as page navigation: {shown} and {more} more"),
    QT_TRANSLATE_NOOP("CoreMessages", "left out as page navigation: {shown}"),
    # html/html_text.py
    QT_TRANSLATE_NOOP("CoreMessages", "left out, outside the main text of the page: {links} menu link line(s)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out, outside the main text of the page: {shown} and {more} more, {links} menu link line(s)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out, outside the main text of the page: {shown}, {links} menu link line(s)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out, outside the main text of the page: {shown} and {more} more"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out, outside the main text of the page: {shown}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out {n} link line(s) (menus, buttons): {shown}"),
    QT_TRANSLATE_NOOP("CoreMessages", "left out the page footer: {shown}"),
    # untrusted_text.py (every importer, and .mfadesk files): "removed A and B"
    QT_TRANSLATE_NOOP("CoreMessages", "removed {removed}"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} bidi control character(s) that reorder the text shown"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "{n} invisible control character(s)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{n} invalid character(s) (lone surrogates)"),
    # hwpx/hwpx_import.py, hwp5_import.py
    QT_TRANSLATE_NOOP("CoreMessages", "left out {n} picture(s) above the first point (a letterhead or logo)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "left out {n} picture(s) that are not PNG or JPEG"),
    QT_TRANSLATE_NOOP("CoreMessages", "parts of the HWP 5 document could not be read ({kinds}); for a complete import, save it as HWPX (.hwpx) or DOCX from Hangul"),  # noqa: E501 - one literal, as lupdate reads it
    # plaintext/foreign_import.py EDITED_WARNING (DOCX, HTML, HWPX exported by MFA Desk)
    QT_TRANSLATE_NOOP("CoreMessages", "the document was changed after MFA Desk exported it; its paragraphs were read again, so segment ids and translation statuses were not kept"),  # noqa: E501 - one literal, as lupdate reads it
    # docx/docx_review_import.py
    QT_TRANSLATE_NOOP("CoreMessages", "table row {n} has no segment reference; its text was not imported"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a comment by {author} is outside the segment table; not imported"),  # noqa: E501 - one literal, as lupdate reads it
    # align.py (a Korean and an English file imported as one release)
    QT_TRANSLATE_NOOP("CoreMessages", "the {lang} file has no headline"),
    QT_TRANSLATE_NOOP("CoreMessages", "the Korean has {ko_n}, the English {en_n}; {cells} kept with no {lang}"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "{cells} kept with no {lang}: nothing on that side matched it"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "the Korean has {ko_n}, the English {en_n}; the extra ones kept with one side empty"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "its English is part of {path} (the English merges two Korean points)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "its Korean is part of {path} (the English splits one Korean point in two)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "the Korean header says {ko}, the English page {en}; keeping {en}"),  # noqa: E501 - one literal, as lupdate reads it
    # archive/bulk.py: the files a bulk add could not take, after the file's name
    QT_TRANSLATE_NOOP("CoreMessages", "no such file or folder"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot be read ({error})"),
    # ... and the reasons importers give that the refusals above do not cover
    QT_TRANSLATE_NOOP("CoreMessages", "the file is not a zip package"),
    QT_TRANSLATE_NOOP("CoreMessages", "no [Content_Types].xml"),
    QT_TRANSLATE_NOOP("CoreMessages", "the package holds no Word document part"),
    QT_TRANSLATE_NOOP("CoreMessages", "macro-enabled Word documents are not accepted; save it as .docx first"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "not a readable Word document ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a readable HTML page ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "not a readable HWP 5 document ({reason}); if Hangul opens it, save it as HWPX (.hwpx) or DOCX from Hangul"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "not a readable {doc}: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "both files are {lang}; give the Korean and the English file of one release"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "too long for a release: {count} {what} (at most {limit} are read)"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "line {n}, column {m}: not valid JSON ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "byte {n}: not UTF-8 text"),
)

# Words the notes put into their sentences (languages, header lines, weekdays) and the
# places a pair import names ("points: the Korean has 5, ...").
NOTE_WORDS = (
    QT_TRANSLATE_NOOP("CoreMessages", "Korean"),
    QT_TRANSLATE_NOOP("CoreMessages", "English"),
    QT_TRANSLATE_NOOP("CoreMessages", "category"),
    QT_TRANSLATE_NOOP("CoreMessages", "document type"),
    QT_TRANSLATE_NOOP("CoreMessages", "Monday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Tuesday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Wednesday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Thursday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Friday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Saturday"),
    QT_TRANSLATE_NOOP("CoreMessages", "Sunday"),
    QT_TRANSLATE_NOOP("CoreMessages", "points"),
    QT_TRANSLATE_NOOP("CoreMessages", "subheadlines"),
    QT_TRANSLATE_NOOP("CoreMessages", "notes"),
    QT_TRANSLATE_NOOP("CoreMessages", "attachments"),
    QT_TRANSLATE_NOOP("CoreMessages", "metadata.date"),
    QT_TRANSLATE_NOOP("CoreMessages", "Word document"),
    QT_TRANSLATE_NOOP("CoreMessages", "HWPX document"),
    QT_TRANSLATE_NOOP("CoreMessages", "tags"),
    QT_TRANSLATE_NOOP("CoreMessages", "lines with text"),
    QT_TRANSLATE_NOOP("CoreMessages", "paragraphs"),
    QT_TRANSLATE_NOOP("CoreMessages", "pieces of text on the page"),
)

# Where a note is: a column of a two-column page, a paragraph of a document, the
# sub-points of a point (a pair import).
COLUMN_PLACES = (
    QT_TRANSLATE_NOOP("CoreMessages", "{file} (Korean column)"),
    QT_TRANSLATE_NOOP("CoreMessages", "{file} (English column)"),
)
PARAGRAPH_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "paragraph {quote}")
SUB_POINTS_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "sub-points of {path}")
