"""Whatever the lines, import keeps every word and fails only with InputError."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfa_desk.errors import InputError
from mfa_desk.formats.plaintext.text_import import import_lines
from mfa_desk.model.release import Release
from tests.formats.release_outline import all_texts

MARKERS = ["", "", "", "1. ", "2. ", "2.", "□ ", "° ", "º", "◦ ", "o ", "ㅇ ", "○ ", "가. ",
           "- ", "-", "1) ", "* ", "※ ", "붙임 ", "별첨: ", "Attachments: ", "제목: ",
           "보도일시 ", "보도시점 ", "배포일시 ", "담당부서 ", "책임자 ", "담당자 ", "  ", "KOR ",
           "Press Releases ", "Date ", "hit ", "3. 18.(수) ",
           # variants: other glyphs, deeper Korean marks, labels, indented continuations
           "● ", "• ", "ㆍ", "– ", "(1) ", "① ", "가) ", "□", "ㅇ", "제목 ", "부제: ", "\t",
           "엠바고 : ", "문의 ", "첨부파일 ", "- ", "○ ", "<참고> ", "| ", "> "]
ENDINGS = ["", "", "", "  끝.", " 끝.", ". 끝."]


@st.composite
def lines(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    tokens: list[str] = []
    out: list[str] = []
    for i in range(draw(st.integers(0, 25))):
        if draw(st.integers(0, 5)) == 0:
            out.append(draw(st.sampled_from(["", "  ", "KOR", "본문 바로가기", "hit 12",
                                             "Date 2026-03-18", "끝.", "Press Releases",
                                             "* unofficial translation", "보도자료", "Date",
                                             "hit", "57", "2026. 11. 4.(수)", "제목", "외교부",
                                             "담당부서 담당자 연락처", "<담당자 연락처>",
                                             "담당부서", "담당자"])))
            continue
        words = [f"w{i}x{j}" for j in range(draw(st.integers(1, 3)))]
        tokens += words
        line = draw(st.sampled_from(MARKERS)) + " ".join(words) + draw(st.sampled_from(ENDINGS))
        out.append(line)
    return out, tokens


def kept_text(release: Release, lang: str) -> str:
    m = release.metadata
    parts = all_texts(release, lang) + [m.category, m.document_type, m.timing_text,
                                        m.department]
    parts += [f"{c.rank} {c.name} {c.phone}" for c in m.contacts]
    return " ".join(parts)


@settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(lines(), st.sampled_from([None, "ko", "en"]), st.booleans())
def test_no_word_is_ever_dropped(case: tuple[list[str], list[str]], lang: str | None,
                                 paragraphs: bool) -> None:
    raw, tokens = case
    try:
        result = import_lines(raw, lang, "fuzz.txt", paragraphs=paragraphs)  # type: ignore[arg-type]
    except InputError as exc:
        assert not tokens, exc  # only a text with no words at all is refused
        return
    side = result.release.languages[0]
    # A line the region finder left out as page chrome is handed back (and named in
    # a warning), not dropped.
    kept = set(re.findall(r"w\d+x\d+", " ".join([kept_text(result.release, side),
                                                  *result.left_out])))
    for token in tokens:
        assert token in kept, (token, raw)
    assert all(w.startswith("fuzz.txt") for w in result.warnings)
