"""Spell-check a whole release: every segment, both panes, attachment texts.

`segment` in a finding is the path in `inspect` shape ("headline",
"points[0].children[1]", "notes[0]"); attachment titles are "attachments[i]"
and photo captions "attachments[i].photo" (the objects holding those texts).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace

from mfa_desk.constants import LANGS
from mfa_desk.model.release import BiText, Release
from mfa_desk.spelling.checker import UNKNOWN_NAME, SpellChecker
from mfa_desk.spelling.context import KO_PLACE_SUFFIXES, name_stems
from mfa_desk.spelling.culture_names import title_run_together
from mfa_desk.spelling.findings import SpellFinding
from mfa_desk.spelling.korean import noun_candidates
from mfa_desk.spelling.names import people_named
from mfa_desk.spelling.short_forms import defined_short_forms
from mfa_desk.spelling.suggestions import spaced
from mfa_desk.spelling.tokens import strip_possessive

_default: SpellChecker | None = None
_default_lock = threading.Lock()


def default_checker(load: bool = True) -> SpellChecker:
    """The process-wide checker (shipped + user glossary, personal dictionary).

    `load=False` returns it without loading, for the GUI to load it off its
    thread (SpellingService.start()).
    """
    global _default
    with _default_lock:
        if _default is None:
            _default = SpellChecker()
    if load:
        _default.load()
    return _default


@dataclass(frozen=True)
class ReleaseText:
    path: str  # inspect-shape path of the object holding the text
    item_id: str  # segment or attachment id
    text: BiText


def release_texts(release: Release) -> Iterator[ReleaseText]:
    """Every text of a release a reader sees, in document order."""
    for ref in release.iter_segments():
        yield ReleaseText(ref.path, ref.segment.id, ref.segment.text)
    for i, attachment in enumerate(release.attachments):
        yield ReleaseText(f"attachments[{i}]", attachment.id, attachment.title)
        if attachment.photo is not None:
            yield ReleaseText(f"attachments[{i}].photo", attachment.id, attachment.photo.caption)


def spell_check_release(release: Release, with_suggestions: bool = True,
                        checker: SpellChecker | None = None,
                        languages: Iterable[str] = LANGS,
                        extra_ignore: Iterable[str] = (),
                        unknown_names: bool = False) -> list[SpellFinding]:
    """Misspelled words of both panes of every text; suggestions cached per word.

    Words in the release's ignore list (and `extra_ignore`) are accepted. Each pane is
    checked with the other pane of its segment beside it (a Hangul name passes when the
    English carries it, and the reverse). With `unknown_names`, unknown words in name
    position come too, with kind "unknown name"; they are not misspellings.
    """
    checker = checker if checker is not None else default_checker()
    checker.load()
    wanted = tuple(languages)
    variant = release.english_variant
    ignore = frozenset(release.spelling_ignore) | frozenset(extra_ignore)
    suggestions: dict[tuple[str, str], list[str]] = {}
    findings: list[SpellFinding] = []
    texts = list(release_texts(release))
    names = release_names(texts)
    known = frozenset(names)
    flagged = [(item, pane, m) for item in texts for pane in LANGS
               for m in checker.misspellings(
                   item.text.get(pane), variant, ignore, wanted,
                   other_text=item.text.get("en" if pane == "ko" else "ko"), names=True,
                   known_names=known)]
    # A word the release writes as a name somewhere ("Minister Cai responded") is the
    # same name where no title stands by it ("Ministers Yun and Cai"): one spelling, one
    # verdict. A misspelt name differs from its other mentions and is still flagged. So is
    # its possessive ("Lee Seungchul's" at a sentence's start: batch 19).
    named = {(m.lang, m.word) for _, _, m in flagged if m.kind == UNKNOWN_NAME}
    # And with particles or a place word apart (batch 16): "세한총연(…)" names the body, so
    # "세한총연은" does too; "찌라덴찌스역" names the place of "찌라덴찌스".
    named_stems = {(lang, stem) for lang, word in named if lang == "ko"
                   and not title_run_together(word)
                   for stem in name_stems(word, KO_PLACE_SUFFIXES) if len(stem) >= 3}
    # And a short form the release defines ("해외문화홍보원(이하 해문홍)": batch 18), and a person
    # a title or role names somewhere ("소설가 김영하(…)와" makes "김영하가" a name elsewhere),
    # but not two words run together that read as a name (방문시 before "박 장관은").
    korean = [item.text.get("ko") for item in texts]
    short = defined_short_forms(korean) | frozenset(
        p for p in people_named(korean) if spaced(checker, "ko", p) is None)
    for item, pane, m in flagged:
        if (m.lang, m.word) in named or (m.lang, strip_possessive(m.word)) in named \
                or (m.lang == "ko" and (any(
                (m.lang, stem) in named_stems for stem in name_stems(m.word))
                or any(stem in short for stem in noun_candidates(m.word)))):
            m = replace(m, kind=UNKNOWN_NAME)
        if m.kind == UNKNOWN_NAME and not unknown_names:
            continue
        found: list[str] = []
        if with_suggestions:
            key = (m.lang, m.word)
            if key not in suggestions:
                suggestions[key] = checker.suggest(m.word, m.lang, variant,
                                                   names=names)
            found = suggestions[key]
        findings.append(SpellFinding(item.path, m.lang, m.word, m.start, list(found),
                                     pane, item.item_id, m.kind))
    return findings


_CAPITALISED = re.compile(r"(?<![A-Za-z\u00c0-\u024f'’-])[A-Z][A-Za-z\u00c0-\u024f]*"
                          r"(?:['’-][A-Za-z\u00c0-\u024f]+)*")


def release_names(texts: Iterable[ReleaseText]) -> list[str]:
    """Capitalised Latin words of the release, most frequent first: its own names, which
    suggestions for a capitalised word may offer (a regular expression, not the
    tokenizer: this runs over the whole release on every check)."""
    counts: Counter[str] = Counter()
    for item in texts:
        for pane in LANGS:
            counts.update(_CAPITALISED.findall(item.text.get(pane)))
    return [w for w, _ in counts.most_common()]


def spelling_messages(checker: SpellChecker | None = None) -> list[str]:
    """Why some or all spell checking is off (one line each); empty when all is well."""
    checker = checker if checker is not None else default_checker()
    return checker.messages()
