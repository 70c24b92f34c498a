"""The ordered marks of a release's lower levels: their families and places.

The Korean order below level 2 (after "1." and "가.") is `1)` → `가)` → `(1)` →
`(가)` → `①` → `㉮`; the dash and the middle dot of □ ㅇ - ㆍ releases come first.
"""

from __future__ import annotations

from mfa_desk.formats.text_lines import KO_SYLLABLES

# The Korean order of marks below level 2 (after "1." and "가."), shallow to deep;
# the dash and the middle dot of □ ㅇ - ㆍ releases first.
DEEPER = ("-", "ㆍ", "1)", "가)", "(1)", "(가)", "①", "㉮")


def mark_family(marker: str) -> str:
    """The family of a level-3 mark: "2)" -> "1)", "(나)" -> "(가)", "②" -> "①"."""
    if marker in "ㆍ·∙‧":
        return "ㆍ"
    if "\u2460" <= marker <= "\u2473":
        return "①"
    if "\u326e" <= marker <= "\u327b":
        return "㉮"
    if marker.endswith(")"):
        digit = any(c.isdigit() for c in marker)
        if marker.startswith("("):
            return "(1)" if digit else "(가)"
        return "1)" if digit else "가)"
    return "-"


_CIRCLED_DIGITS, _CIRCLED_LETTERS = 0x2460, 0x326E  # ① ..., ㉮ ...


def ordinal(marker: str) -> int | None:
    """The place of an ordered mark in its list: "3)" -> 3, "나." -> 2, "②" -> 2;
    None for an unordered mark (ㅇ, -, °)."""
    core = marker.strip("().")
    if core.isdecimal():  # not isdigit(): "①" is a digit to it, and no decimal
        return int(core)
    if len(core) == 1 and core in KO_SYLLABLES:
        return KO_SYLLABLES.index(core) + 1
    if len(core) == 1 and 0 <= ord(core) - _CIRCLED_DIGITS < 20:
        return ord(core) - _CIRCLED_DIGITS + 1
    if len(core) == 1 and 0 <= ord(core) - _CIRCLED_LETTERS < 14:
        return ord(core) - _CIRCLED_LETTERS + 1
    return None


def mark_at(marker: str, place: int) -> str:
    """The mark of `marker`'s family at `place`: ("가.", 2) -> "나.", ("1)", 3) -> "3)"."""
    core = marker.strip("().")
    if core.isdecimal():
        new = str(place)
    elif core in KO_SYLLABLES:
        new = KO_SYLLABLES[min(place, len(KO_SYLLABLES)) - 1]
    else:
        new = chr(ord(core) - (ordinal(marker) or 1) + place)
    return marker.replace(core, new, 1)


