"""A side-by-side (Korean | English) DOCX, HTML or HWPX table pairs its rows through the one aligner
(issue #11): a row with one cell empty is a point on one side only and shifts nothing
else, even where the points share no date, number or name to pair them by content."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest

from mfa_desk.formats.importing import import_file
from tests.formats.test_content_align import EN_POINTS as FACT_EN
from tests.formats.test_content_align import EXTRA as FACT_EXTRA
from tests.formats.test_content_align import KO_POINTS as FACT_KO

# Points with no fact at all (no date, number, name or term): only the rows pair them.
PLAIN_KO = ["양측은 교역 확대 방안을 논의하였다.", "양측은 청년 교류를 확대하기로 하였다.",
            "양 장관은 문화 협력의 중요성에 공감하였다.",
            "정부는 지역 평화를 위한 노력을 계속할 것이다.",
            "양측은 기후 변화 대응 협력을 강화하기로 하였다.",
            "양 장관은 긴밀한 소통을 이어 가기로 하였다."]
PLAIN_EN = ["The two sides discussed ways to expand trade.",
            "The two sides agreed to expand youth exchanges.",
            "The two ministers shared the importance of cultural cooperation.",
            "The government will continue its efforts for regional peace.",
            "The two sides agreed to strengthen cooperation on climate change.",
            "The two ministers agreed to keep in close communication."]
PLAIN_EXTRA = "The visit was the first of its kind in a decade."
SETS = {"plain": (PLAIN_KO, PLAIN_EN, PLAIN_EXTRA), "facts": (FACT_KO, FACT_EN, FACT_EXTRA)}


def _cells(rows: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return [("가상국 외교장관 방한 결과", "Results of the Visit")] + [
        (f"□ {ko}" if ko else "", f"{r}. {en}" if en else "")
        for r, (ko, en) in enumerate(rows, start=1)]


def _table(path: Path, rows: list[tuple[str, str]]) -> Path:
    """The rows under a headline row, as a Word, Hangul or web page's table."""
    if path.suffix == ".hwpx":
        from tests.formats.hwpx_samples import new_document, table

        hangul = new_document()
        hangul.add_paragraph("보도자료 / Press Release")
        table(hangul, _cells(rows))
        hangul.save_to_path(str(path))
        return path
    if path.suffix == ".html":
        body = "".join(f"<tr><td>{ko}</td><td>{en}</td></tr>" for ko, en in _cells(rows))
        path.write_text(f"<html><body><p>보도자료 / Press Release</p><table>{body}</table>"
                        "</body></html>", encoding="utf-8")
        return path
    document = docx.Document()
    document.add_paragraph("보도자료 / Press Release")
    cells = _cells(rows)
    table = document.add_table(rows=len(cells), cols=2)
    for r, (ko, en) in enumerate(cells):
        table.cell(r, 0).text, table.cell(r, 1).text = ko, en
    document.save(str(path))
    return path


def _pairs(path: Path) -> list[tuple[str, str]]:
    release = import_file(path).release
    assert (release.headline.text.ko, release.headline.text.en) == _cells([])[0]
    return [(p.text.ko, p.text.en) for p in release.points]


@pytest.fixture(params=["docx", "html", "hwpx"])
def table_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    return tmp_path / f"table.{request.param}"


@pytest.mark.parametrize("kind", SETS)
@pytest.mark.parametrize("at", range(7))
def test_an_extra_english_row_shifts_nothing(table_file: Path, kind: str, at: int) -> None:
    ko, en, extra = SETS[kind]
    rows = list(zip(ko, en, strict=True))
    rows.insert(at, ("", extra))
    assert _pairs(_table(table_file, rows)) == rows


@pytest.mark.parametrize("kind", SETS)
@pytest.mark.parametrize("at", range(6))
def test_a_missing_english_cell_shifts_nothing(table_file: Path, kind: str, at: int) -> None:
    ko, en, _ = SETS[kind]
    rows = [(k, "" if i == at else e) for i, (k, e) in enumerate(zip(ko, en, strict=True))]
    assert _pairs(_table(table_file, rows)) == rows


def test_a_row_with_a_wrong_number_stays_one_pair(table_file: Path) -> None:
    # The facts of a row differ (a translation fault for the checks to report): the row
    # still pairs, next to a row with its English missing.
    rows = list(zip(FACT_KO, FACT_EN, strict=True))
    rows[2] = (rows[2][0], rows[2][1].replace("3 million", "5 million"))
    rows[4] = (rows[4][0], "")
    assert _pairs(_table(table_file, rows)) == rows


def test_an_english_column_shifted_by_one_row_pairs_by_content(table_file: Path) -> None:
    # The English of rows 2-5 sits one row lower (a row was added on one side only):
    # the facts pair them with their Korean, the table's rows notwithstanding.
    ko, en = FACT_KO[:5], FACT_EN[:5]
    rows = [(ko[0], en[0]), (ko[1], ""), (ko[2], en[1]), (ko[3], en[2]), (ko[4], en[3]),
            ("", en[4])]
    assert _pairs(_table(table_file, rows)) == list(zip(ko, en, strict=True))
