"""Characters no release text should carry, cleaned where text comes in and where it
goes out.

- Control characters (C0 except tab, line feed and carriage return; DEL; C1):
  invisible, and XML cannot hold most of them, so a DOCX or HTML export failed or
  lxml raised on them (a control character after a <nav> in a page).
- Lone surrogates and U+FFFE/U+FFFF: not characters at all; a `"\\ud800"` in a
  .mfadesk file loaded and then failed as UTF-8 on every output.
- Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the
  invisible direction marks (U+200E, U+200F, U+061C): they reorder what a reader
  sees ("Trojan Source"); a Korean or English release never needs them.

`clean(text, keep="")` returns the text without them and how many of each kind
went; `describe(counts)` says so in words for a warning. `keep` lets plain text
files keep the page and line breaks they legitimately hold.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from mfa_desk.errors import InputError

# A release is tens of lines (the real ones here: 18-50; a side-by-side DOCX a few
# hundred). The line analysis costs ~0.2 ms a line, so a 16 MB text (300,000 lines)
# took minutes; a file far beyond any release is refused at the door instead.
MAX_RELEASE_LINES = 1000
MAX_PAGE_TEXTS = 3000  # text pieces of an HTML page or DOCX body (menus and chrome too)
# The longest line of 100 real pages (a whole release pasted on one line among them) is
# 2,849 characters. A 12 MB one-line text imported in 4 s and then took the editor 23 s
# to open (a 100,000-character paragraph: 2 s), so one line is bounded too, far above
# any release.
MAX_LINE_CHARS = 30_000

CONTROLS = "\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f"
NON_CHARACTERS = "\ud800-\udfff\ufffe\uffff"
BIDI_CONTROLS = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"


@dataclass
class Cleaned:
    controls: int = 0
    non_characters: int = 0
    bidi: int = 0

    def __bool__(self) -> bool:
        return bool(self.controls or self.non_characters or self.bidi)

    def add(self, other: Cleaned) -> None:
        self.controls += other.controls
        self.non_characters += other.non_characters
        self.bidi += other.bidi


_PATTERNS: dict[str, re.Pattern[str]] = {}


def _unsafe(keep: str) -> re.Pattern[str]:
    pattern = _PATTERNS.get(keep)
    if pattern is None:
        # The ranges as they are when nothing is kept: compiled in half the time (every
        # release the editor opens asks for this one first).
        controls = CONTROLS if not keep else re.escape(
            "".join(c for c in _expand(CONTROLS) if c not in keep))
        pattern = re.compile(f"[{controls}{NON_CHARACTERS}{BIDI_CONTROLS}]")
        _PATTERNS[keep] = pattern
    return pattern


@cache
def _kinds() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Bidi controls and non-characters: only for counting what was cleaned."""
    return re.compile(f"[{BIDI_CONTROLS}]"), re.compile(f"[{NON_CHARACTERS}]")


def _expand(ranges: str) -> str:
    out: list[str] = []
    i = 0
    while i < len(ranges):
        if i + 2 < len(ranges) and ranges[i + 1] == "-":
            out.extend(chr(c) for c in range(ord(ranges[i]), ord(ranges[i + 2]) + 1))
            i += 3
        else:
            out.append(ranges[i])
            i += 1
    return "".join(out)


def clean(text: str, keep: str = "") -> tuple[str, Cleaned]:
    """`text` without the characters above (except those in `keep`); one regex pass
    when there is nothing to clean, which is almost always."""
    pattern = _unsafe(keep)
    if pattern.search(text) is None:
        return text, Cleaned()
    removed = "".join(pattern.findall(text))
    bidi_pattern, non_character_pattern = _kinds()
    bidi = len(bidi_pattern.findall(removed))
    non_characters = len(non_character_pattern.findall(removed))
    counts = Cleaned(len(removed) - bidi - non_characters, non_characters, bidi)
    return pattern.sub("", text), counts


def may_need_cleaning(text: str, keep: str = "") -> bool:
    """Whether `clean(text, keep)` would remove anything (one regex pass)."""
    return _unsafe(keep).search(text) is not None


def describe(counts: Cleaned) -> str:
    """E.g. "removed 2 bidi override character(s) that reorder the text shown"."""
    parts = []
    if counts.bidi:
        parts.append(f"{counts.bidi} bidi control character(s) that reorder the text shown")
    if counts.controls:
        parts.append(f"{counts.controls} invisible control character(s)")
    if counts.non_characters:
        parts.append(f"{counts.non_characters} invalid character(s) (lone surrogates)")
    return "removed " + " and ".join(parts)


def warn_if_cleaned(counts: Cleaned, where: str, warnings: list[str]) -> None:
    if counts:
        warnings.append(f"{where}: {describe(counts)}")


def refuse_oversized(count: int, limit: int, what: str, where: str) -> None:
    if count > limit:
        raise InputError(f"too long for a release: {count:,} {what} (at most {limit:,} "
                         "are read)", where)


def refuse_overlong_line(lines: list[str], where: str, numbered: bool = True) -> None:
    """A line (or a document's paragraph) far longer than a release holds is refused:
    with its line number when the lines are the file's own."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            what = "on one line" if numbered else "in one paragraph"
            raise InputError(f"too long for a release: {len(line):,} characters {what} "
                             f"(at most {MAX_LINE_CHARS:,} are read)",
                             f"{where}:{number}" if numbered else where)


def clean_columns(columns: list[str] | dict[str, list[str]], where: str,
                  warnings: list[str]) -> list[str] | dict[str, list[str]]:
    """Lines read from a document (or its two language columns), cleaned, one warning."""
    total = Cleaned()

    def lines(raw: list[str]) -> list[str]:
        out = []
        for line in raw:
            text, counts = clean(line)
            total.add(counts)
            out.append(text)
        return out

    if isinstance(columns, dict):
        # In place: a side-by-side table's columns (formats.table_rows.TableColumns)
        # keep their type and the table rows the aligner pairs points by.
        for lang, raw in columns.items():
            columns[lang] = lines(raw)
        result: list[str] | dict[str, list[str]] = columns
    else:
        result = lines(columns)
    warn_if_cleaned(total, where, warnings)
    return result
