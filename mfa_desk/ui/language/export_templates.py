"""The sentences the exporters, the QA gate and the review copy write, as templates.

The exporters (mfa_desk/formats: release_walker.py, which every exporter walks, and the
letterhead and PDF code), the QA gate before an export (checks/qa_gate.py) and the Word
review copy (mfa_desk/review, formats/docx/docx_review_*) have no Qt and write English:
warnings "PLACE: message" (the place a segment path, "points[2] (ko)" or "metadata
(담당부서)") and refusals (InputError). core_messages matches them against these templates
as it does the importers' notes; the translations are in resources/i18n/mfa_desk_ko.ts
(context CoreMessages). Each group names the code that writes it. Order matters where two
could match: the more particular shape first.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

EXPORT_TEMPLATES = (
    # release_walker.py: warnings of every export (DOCX, HTML, HWPX, PDF)
    QT_TRANSLATE_NOOP("CoreMessages", "dropped {n} control character(s) that a document cannot hold"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "the release has no {lang} text; its column is empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "no {lang} text; exported empty"),
    QT_TRANSLATE_NOOP("CoreMessages", "no Korean or English text; left out"),
    QT_TRANSLATE_NOOP("CoreMessages", "no Korean or English title; left out"),
    QT_TRANSLATE_NOOP("CoreMessages", "no {lang} text; left out"),
    QT_TRANSLATE_NOOP("CoreMessages", "no {lang} title; left out"),
    # release_walker.py: refusals
    QT_TRANSLATE_NOOP("CoreMessages", "the release has no {lang} text to export"),
    QT_TRANSLATE_NOOP("CoreMessages", "unknown language variant {variant} (expected ko, en or both)"),  # noqa: E501 - one literal, as lupdate reads it
    # letterhead.py (the logo), pdf/pdf_export.py, pdf/pdf_pages.py (print)
    QT_TRANSLATE_NOOP("CoreMessages", "the logo is {n} KB; at most {limit} KB"),
    QT_TRANSLATE_NOOP("CoreMessages", "cannot read the logo: {reason}"),
    QT_TRANSLATE_NOOP("CoreMessages", "the logo is not a PNG or JPEG image"),
    QT_TRANSLATE_NOOP("CoreMessages", "PDF export needs WeasyPrint and the Pango libraries ({reason})"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "printing needs pypdfium2 ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the PDF to print cannot be read ({reason})"),
    # native/export_payload.py: the release data an export embeds, refused when read back
    QT_TRANSLATE_NOOP("CoreMessages", "the embedded MFA Desk data is damaged ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "the embedded MFA Desk data is nested too deeply"),
    QT_TRANSLATE_NOOP("CoreMessages", "the embedded MFA Desk data has an unknown format"),
    QT_TRANSLATE_NOOP("CoreMessages", "the embedded MFA Desk data was written by a newer MFA Desk"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "the embedded MFA Desk data is incomplete"),
    QT_TRANSLATE_NOOP("CoreMessages", "the document has {n} image(s) where the embedded data expects {m}"),  # noqa: E501 - one literal, as lupdate reads it
)

# checks/qa_gate.py: the list shown before an export or print goes on with problems (the
# checks' own findings in it are core_messages' TEMPLATES)
GATE_TEMPLATES = (
    QT_TRANSLATE_NOOP("CoreMessages", "the Korean changed after it was translated"),
    QT_TRANSLATE_NOOP("CoreMessages", "no English yet"),
    QT_TRANSLATE_NOOP("CoreMessages", "the English is a draft"),
)

REVIEW_TEMPLATES = (
    # review/review_copy.py: warnings of a reviewed copy imported
    QT_TRANSLATE_NOOP("CoreMessages", "the review copy keeps a segment that is no longer in the release ({key}); add it back by hand if wanted"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a pending change to {key} ({language_code}) was left out: only segments take suggestions"),  # noqa: E501 - one literal, as lupdate reads it
    QT_TRANSLATE_NOOP("CoreMessages", "a comment by {author} is on a text that takes no comments; not imported"),  # noqa: E501 - one literal, as lupdate reads it
    # formats/docx/docx_review_import.py: refusals (its warnings are notes: note_templates)
    QT_TRANSLATE_NOOP("CoreMessages", "not an MFA Desk review copy (no table of segments)"),
    QT_TRANSLATE_NOOP("CoreMessages", "not an MFA Desk review copy (no row names a segment)"),
    # review/versions.py: refusals
    QT_TRANSLATE_NOOP("CoreMessages", "the version index is too large to read"),
    QT_TRANSLATE_NOOP("CoreMessages", "the version index is damaged ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "there is no version {n}"),
    QT_TRANSLATE_NOOP("CoreMessages", "a stored version is too large to read"),
    QT_TRANSLATE_NOOP("CoreMessages", "a stored version cannot be read ({reason})"),
    QT_TRANSLATE_NOOP("CoreMessages", "a stored version is damaged"),
)

# The place in front of an export warning: a segment in one language ("points[2] (ko)"),
# a header field ("metadata (담당부서)", "metadata (document type)").
LANGUAGE_PLACES = {
    "ko": QT_TRANSLATE_NOOP("CoreMessages", "{path}, Korean"),
    "en": QT_TRANSLATE_NOOP("CoreMessages", "{path}, English"),
}
HEADER_PLACE = QT_TRANSLATE_NOOP("CoreMessages", "header field {field}")
