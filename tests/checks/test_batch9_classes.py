"""False-finding class of the translation checks found on the batch-9 held-out pairs (three
real KO/EN aid releases against news copies of their Korean, and a weak briefing pair,
judged by hand before any change, docs/checks.md), one invented pair per row, each beside
its wrong twin: a real discrepancy of the same shape that must still be reported.

Classes: a glossary term inside the name of an organisation that the Korean follows with its
acronym ("유엔개발계획(UNDP)", "유엔난민기구(UNHCR)") is rendered when the English names the
organisation by that acronym; countries named before an English count join it ("Yemen and 8
countries" for "예멘, ... 지역 9개국"; a fresh pair found after the first fixes, tuned on).
"""

from __future__ import annotations

import pytest

from mfa_desk.checks.findings import ERROR, WARNING
from mfa_desk.checks.glossary_check import default_glossary
from mfa_desk.checks.translation import CheckContext

from .exact_findings import assert_exact_findings

E = ERROR
W = WARNING

ROWS: list[tuple[str, str, list[tuple[str, str]]]] = [
    ("정부는 유엔난민기구(UNHCR)를 통해 난민에게 식량을 지원한다.",
     "The government will provide food to the refugees through UNHCR.", []),
    ("유엔개발계획(UNDP)에 따르면 인구의 절반이 빈곤선 이하로 생활할 것으로 우려된다.",
     "Half of the population is expected to live below the poverty line (UNDP).", []),
    # The English leaves the organisation out: the acronym and the term are reported.
    ("정부는 유엔난민기구(UNHCR)를 통해 난민에게 식량을 지원한다.",
     "The government will provide food to the refugees through an agency.",
     [("latin", W), ("glossary", W)]),
    # The term is the whole name: its own rendering is wanted, acronym or not.
    ("정부는 유엔(UN)을 통해 식량을 지원한다.",
     "The government will provide food through the world body.",
     [("latin", W), ("glossary", W)]),
    # Another organisation's acronym in the English does not render this one.
    ("정부는 유엔인구기금(UNFPA)을 통해 지원한다.",
     "The government will provide support through UNICEF.",
     [("latin", W), ("glossary", W)]),
    # --- countries named before a count -------------------------------------------------
    ("정부는 예멘, 동아프리카 지역 9개국과 서아프리카 5개국에 지원한다.",
     "The government will support Yemen and 8 countries in East Africa, and 5 countries in "
     "West Africa.", []),
    ("일본, 중국 등 5개국이 회의에 참석했다.", "Japan, China and three other countries attended.",
     []),
    # The total differs: still reported, against the count as the English writes it.
    ("정부는 예멘 등 10개국에 지원한다.", "The government will support Yemen and 8 countries.",
     [("number", E)]),
    ("일본, 중국 등 4개국이 회의에 참석했다.", "Japan, China and three other countries attended.",
     [("number", E)]),
]


@pytest.mark.parametrize("row", ROWS, ids=[f"row{i:02d}" for i in range(len(ROWS))])
def test_each_row_raises_exactly_its_findings(
        row: tuple[str, str, list[tuple[str, str]]]) -> None:
    ko, en, expected = row
    assert_exact_findings(ko, en, CheckContext(2024, 3, default_glossary()), expected)
