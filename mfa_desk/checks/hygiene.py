"""Prose hygiene per language: spacing, brackets and quotes, full stops, Korean date periods."""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_SPACE = re.compile(r"(?<=\S)[ \u3000]{2,}(?=\S)")
# "2016. 9. 23(금)" and "9.23(금)": the day of a Korean date must end with a period too.
_KO_DATE_NO_PERIOD = re.compile(r"(?<![\d.])(?:\d{4}\.\s*)?\d{1,2}\.\s?\d{1,2}"
                                r"(?=\s*\([월화수목금토일]\))")
_PAIRS = {"(": ")", "[": "]", "{": "}", "「": "」", "『": "』", "“": "”", "《": "》", "〈": "〉"}
_EN_END = re.compile(r"[.!?:;][\"'”’)\]]*$|\.\)$")
# Korean ends a sentence with a verb in 다; such a point needs its full stop. Noun-form
# endings ("…개최", "…예정") are a published style and are left alone.
_KO_SENTENCE_END = re.compile(r"(?:다|요)[\"'”’)\]]*$")


@dataclass(frozen=True)
class HygieneIssue:
    lang: str
    snippet: str
    message: str


def _brackets(text: str, lang: str) -> list[HygieneIssue]:
    issues = []
    for open_, close in _PAIRS.items():
        if text.count(open_) != text.count(close):
            issues.append(HygieneIssue(lang, open_ + close,
                                       f"unbalanced {open_}{close}: {text.count(open_)} "
                                       f"opening, {text.count(close)} closing"))
    if text.count('"') % 2:
        issues.append(HygieneIssue(lang, '"', 'an odd number of straight quotes "'))
    if lang == "ko" and text.count("‘") != text.count("’"):
        # In English ’ is also the apostrophe, so single quotes are checked in Korean only.
        issues.append(HygieneIssue(lang, "‘’", "unbalanced single quotes ‘’"))
    return issues


def hygiene_issues(ko: str, en: str, is_point: bool) -> list[HygieneIssue]:
    issues: list[HygieneIssue] = []
    for lang, text in (("ko", ko), ("en", en)):
        if not text.strip():
            continue
        for m in _DOUBLE_SPACE.finditer(text):
            snippet = text[max(0, m.start() - 12):m.end() + 12]
            issues.append(HygieneIssue(lang, snippet, "doubled space"))
        issues.extend(_brackets(text, lang))
    for m in _KO_DATE_NO_PERIOD.finditer(ko):
        issues.append(HygieneIssue("ko", m.group(0),
                                   f"Korean date {m.group(0)!r} lacks the period after the day"
                                   f" ({m.group(0)}.)"))
    if is_point:
        ko_s, en_s = ko.rstrip(), en.rstrip()
        if ko_s and _KO_SENTENCE_END.search(ko_s):
            issues.append(HygieneIssue("ko", ko_s[-15:], "the Korean sentence does not end "
                                       "with a full stop"))
        if en_s and ko_s.endswith(".") and not _EN_END.search(en_s):
            issues.append(HygieneIssue("en", en_s[-30:], "the English point does not end "
                                       "with a full stop"))
    return issues
