"""The ordered marks of a release's lower levels: their families and places.

The Korean order below level 2 (after "1." and "가.") is `1)` → `가)` → `(1)` →
`(가)` → `①` → `㉮`; the dash and the middle dot of □ ㅇ - ㆍ releases come first.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mfa_desk.formats.plaintext.text_lines import KO_SYLLABLES

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




def check_order(marker: str, last: int | None) -> tuple[int | None, str | None]:
    """The place an ordered mark now has in its list (None for an unordered mark), and
    a message when it was used twice or out of order ("가." after "가."): the item
    keeps its place and is renumbered (marks are rendered)."""
    place = ordinal(marker)
    if place is None:
        return None, None
    due = 1 if last is None else last + 1
    if place == due:
        return due, None
    mark = mark_at(marker, due)
    again = "is used twice" if place == last else f"where {mark} was due"
    return due, f"item {marker} {again}; renumbered {mark}"


@dataclass
class OpenLists:
    """The lists open under the current point: the state of levels 2 and 3, kept
    apart from the importer so that each level's rules read on their own."""

    level3_mark: str | None = None  # the mark family of the open level-3 list
    level3_as_level2: str | None = None  # a "-" list kept as level 2 (no "ㅇ" above)
    # The place of the last ordered mark ("가." / "1)") in the open level-2 and
    # level-3 lists, to report a mark used twice or skipped (the text is kept).
    level2_place: int | None = None
    level3_places: dict[str, int] = field(default_factory=dict)  # by family: "1)", "가)"

    def new_point(self) -> None:
        self.level3_mark = self.level3_as_level2 = None
        self.level2_place = None
        self.level3_places = {}

    def new_level2(self, marker: str) -> str | None:
        """A level-2 item: the level-3 lists close. Returns a numbering problem."""
        self.level3_mark = self.level3_as_level2 = None
        self.level3_places = {}
        self.level2_place, problem = check_order(marker, self.level2_place)
        return problem

    def new_level3(self, marker: str, has_level2: bool,
                   text: str = "") -> tuple[bool, list[str]]:
        """A level-3 item (or a deeper mark). Returns whether it is kept as a level-2
        item (a "-" list right under a point) and the problems to report. An item without
        a mark (a deck read as a "-" line) is named by its first words in a report."""
        family = mark_family(marker)
        if not has_level2 or self.level3_as_level2 == family:
            # A "-" list right under a point: kept as its level-2 items, all of them
            # (one warning per list), not the first as level 2 and the rest under it.
            self.level3_as_level2 = family
            return True, [] if has_level2 else [
                f"level-3 item {marker or first_words(text)!r} with no level-2 item above it; "
                "kept as level 2"]
        problems = []
        open_family = self.level3_mark
        if open_family is not None and DEEPER.index(family) > DEEPER.index(open_family):
            # "가)" under "1)" (or "(1)", "①" ...) is level 4 or deeper: releases never go
            # below level 3, so it stays a level-3 item, in order.
            problems.append(f"item {marker!r} is below level 3 (under {open_family!r} "
                            "items); kept as level 3")
        else:
            self.level3_mark = family
        # A list of a deeper family ("가)" under "1)") ends when its parent's family
        # comes back, and starts again at its first mark under the next parent item.
        self.level3_places = {f: n for f, n in self.level3_places.items()
                              if DEEPER.index(f) <= DEEPER.index(family)}
        place, problem = check_order(marker, self.level3_places.get(family))
        if problem:
            problems.append(problem)
        if place is not None:
            self.level3_places[family] = place
        return False, problems


_NAMED_WORDS = 5


def first_words(text: str) -> str:
    """The first words of an item, to name it in a report: "제5차 협의회, 평화유지 협력 논의 …"."""
    words = text.split()
    return " ".join(words[:_NAMED_WORDS]) + (" …" if len(words) > _NAMED_WORDS else "")
