"""Fill a release's empty language column from the other language's release pasted whole:
the translator has the Korean in the editor and pastes the published English page (or the
reverse). The pasted page is imported and aligned point by point with the release
(`align.merge_languages`, as a KO/EN pair import is), then becomes one undo step: the
aligned texts set into the existing segments (their ids, statuses and comments kept), a
pasted point with no partner inserted where the aligner put it.

Nothing is lost: the operation is tried on a copy first, and unless the copy then holds
every pasted text, in order, no operation is offered and the paste stays plain text.
"""

from __future__ import annotations

from dataclasses import dataclass

from mfa_desk.constants import Lang
from mfa_desk.errors import MfaDeskError
from mfa_desk.model.operations import Composite, InsertSegment, Operation, SetField, SetText
from mfa_desk.model.release import Release, Segment

_OTHER: dict[Lang, Lang] = {"ko": "en", "en": "ko"}


@dataclass
class ColumnFill:
    lang: Lang  # the column filled
    operation: Composite
    warnings: list[str]


def column_to_fill(release: Release, text: str) -> Lang | None:
    """The language whose column `text` would fill: the release has text in the other
    language only, and the pasted text is in this one."""
    from mfa_desk.formats.plaintext.text_import import detect_language

    lang = detect_language(text)
    if release.has_language(lang) or not release.has_language(_OTHER[lang]):
        return None
    return lang


def column_fill(release: Release, text: str, lang: Lang) -> ColumnFill | None:
    """The operation that fills `lang` from the pasted release `text`, or None when the
    text does not import or the result would not hold all of it."""
    from mfa_desk.formats.align import merge_languages
    from mfa_desk.formats.plaintext.text_import import import_text

    try:
        pasted = import_text(text, lang, "pasted text")
    except MfaDeskError:
        return None
    merged = merge_languages(release, pasted.release)
    ops: list[Operation] = []
    known = {ref.segment.id for ref in release.iter_segments()}
    _fill(ops, merged.release.headline, lang, known)
    for name in ("subheadlines", "points", "notes"):
        _fill_list(ops, name, None, getattr(merged.release, name), lang, known)
    if lang not in release.languages:  # a Korean-only release becomes bilingual
        ops.append(SetField("languages", [x for x in ("ko", "en")
                                          if x == lang or x in release.languages]))
    operation = Composite(ops, "Fill column from pasted release")
    trial = release.copy()
    try:
        operation.apply(trial)
    except (MfaDeskError, ValueError):  # OperationError: a place the aligner made is refused
        return None
    if _texts(trial, lang) != _texts(pasted.release, lang) or \
            _texts(trial, _OTHER[lang]) != _texts(release, _OTHER[lang]):
        return None
    return ColumnFill(lang, operation, pasted.warnings + merged.warnings)


def _fill(ops: list[Operation], seg: Segment, lang: Lang, known: set[str]) -> None:
    if seg.id in known and seg.text.get(lang):
        ops.append(SetText(seg.id, lang, seg.text.get(lang)))


def _fill_list(ops: list[Operation], container: str, parent_id: str | None,
               merged: list[Segment], lang: Lang, known: set[str]) -> None:
    """In document order: inserting at each merged index rebuilds the merged order, since
    the release's own segments keep their order in it."""
    for index, seg in enumerate(merged):
        if seg.id in known:
            _fill(ops, seg, lang, known)
            _fill_list(ops, container, seg.id, seg.children, lang, known)
        else:
            ops.append(InsertSegment(container, index, seg, parent_id))


def _texts(release: Release, lang: Lang) -> list[str]:
    return [t for ref in release.iter_segments() if (t := ref.segment.text.get(lang))]
