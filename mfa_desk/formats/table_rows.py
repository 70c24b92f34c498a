"""Side-by-side tables: a Korean cell and its English cell in one row (issue #11).

The table's rows are the author's own pairing. The two columns are imported apart (each
with the plain-text rules) and their points paired by the one aligner of
`mfa_desk.text.align`, with each point's table row as its place: points of one row pair,
a row with one cell empty is a point on one side only, and a row whose English plainly
belongs to another row's Korean (shared dates, numbers, names) pairs by content. So an
extra or a missing row on one side shifts nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mfa_desk.constants import Lang
from mfa_desk.model.release import Segment
from mfa_desk.text import script

# What sharing a table row is worth to the aligner: enough that a row whose facts differ
# (a wrong number is a fault to report, not a shift) stays one pair, less than the content
# of a row shifted by one (a pair sharing its facts scores about 0.6 more).
TABLE_ROW_BONUS = 0.5
_HEAD = 24  # characters of a point's text that find its line
_LETTER = re.compile("[A-Za-z\uac00-\ud7a3]")


class TableColumns(dict[str, list[str]]):
    """The "ko" and "en" columns of a side-by-side document, and for each language the
    (table row, line) of every line read from the table's rows."""

    def __init__(self, ko: list[str], en: list[str],
                 rows: dict[str, list[tuple[int, str]]]) -> None:
        super().__init__(ko=ko, en=en)
        self.rows = rows

    def places(self, lang: Lang, segments: Sequence[Segment]) -> list[str]:
        """The table row of each of a language's points, in document order ("row 3"; ""
        outside the table). A point is found by its first words in the lines after the
        last point's; an empty point ("4." alone) by the next line without letters."""
        lines = [(row, _plain(line)) for row, line in self.rows.get(lang, ())]
        out: list[str] = []
        at = 0
        for segment in segments:
            head = _plain(segment.text.get(lang))[:_HEAD]
            found = next((i for i in range(at, len(lines))
                          if (head in lines[i][1] if head else not _LETTER.search(lines[i][1]))),
                         None)
            out.append("" if found is None else f"row {lines[found][0]}")
            at = at if found is None else found + 1
        return out


def _plain(text: str) -> str:
    return " ".join(text.split())


def _script(text: str) -> str:
    return script.script_of(text, "en")


def side_by_side_cells(rows: Sequence[Sequence[list[str]]]
                       ) -> list[tuple[int, str, list[str]]] | None:
    """The cells (lines of each) of a table whose rows (most of them, at least 3) hold
    Korean left and English right, as (row, language, lines); None for another table."""
    pairs = sum(1 for r in rows if len(r) == 2 and r[0] and r[1]
                and _script("".join(r[0])) == "ko" and _script("".join(r[1])) == "en")
    if pairs < 3 or pairs * 2 < len(rows):
        return None
    return [(n, ("ko", "en")[i] if len(cells) == 2 else _script("".join(lines)), lines)
            for n, cells in enumerate(rows) for i, lines in enumerate(cells) if lines]


def add_table_row(number: int, cells: Sequence[list[str]], columns: dict[str, list[str]],
                  rows: dict[str, list[tuple[int, str]]]) -> None:
    """The lines of a side-by-side table's row `number` (the lines of each cell) into the
    two columns, each with its row (TableColumns.rows): the left cell of a two-cell row is
    Korean, the right English; in another row each line goes by its own script."""
    for i, lines in enumerate(cells):
        for line in lines:
            lang = ("ko", "en")[i] if len(cells) == 2 else _script(line)
            columns[lang].append(line)
            rows[lang].append((number, line))


def by_language(line: str) -> list[tuple[str, str]]:
    """A line outside the table: "보도자료 / Press Release" gives each column its half;
    a line without letters (a date) goes to both."""
    if not _LETTER.search(line):
        return [("ko", line), ("en", line)]
    halves = [h.strip() for h in re.split(r"\s+[/|]\s+", line, maxsplit=1)]
    if len(halves) == 2 and {_script(halves[0]), _script(halves[1])} == {"ko", "en"}:
        return [(_script(h), h) for h in halves]
    return [(_script(line), line)]


def table_columns(lines: Sequence[tuple[str | None, str]],
                  rows: dict[str, list[tuple[int, str]]]) -> TableColumns:
    """Lines of a page with a side-by-side table in two columns: a line of no stated
    language by `by_language`."""
    columns: dict[str, list[str]] = {"ko": [], "en": []}
    for lang, line in lines:
        for side, part in [(lang, line)] if lang in columns else by_language(line):
            columns[side].append(part)
    return TableColumns(columns["ko"], columns["en"], rows)
