"""Foreign releases of each published shape (invented fixtures) imported in full.

HTML pages are committed under tests/fixtures/foreign/; the DOCX files are built
by tests/fixtures/foreign/make_docx.py. Each test states the whole inspect
shape: metadata, headline, sub-headlines, the point tree, notes, attachments.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from mfa_desk.formats.importing import ImportResult, import_file
from mfa_desk.formats.native.canonical import release_to_canonical
from tests.fixtures.foreign import make_docx
from tests.formats.release_outline import points

FOREIGN = Path(__file__).resolve().parents[2] / "fixtures" / "foreign"


def _summary(result: ImportResult, lang: str) -> dict[str, Any]:
    release = result.release
    meta = release_to_canonical(release)["metadata"]
    return {
        "meta": {k: v for k, v in meta.items() if v not in ("", None, [], False, "on_issue")},
        "headline": release.headline.text.get(lang),
        "subheadlines": [s.text.get(lang) for s in release.subheadlines],
        "points": points(release, lang),
        "notes": [n.text.get(lang) for n in release.notes],
        "attachments": [a.title.get(lang) for a in release.attachments],
    }


def _docx(name: str, tmp_path: Path) -> ImportResult:
    return import_file(make_docx.build(name, tmp_path))


def test_brief_example_web_page(tmp_path: Path) -> None:
    # The page from the issue: navigation, skip link, Date/hit table row, <br> items, footer.
    page = tmp_path / "web-example.html"
    page.write_text(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>MOFA</title>'
        "<script>var x=1;</script><style>p{}</style></head><body>"
        '<div id="skip"><a href="#c">본문 바로가기</a></div>'
        '<ul class="gnb"><li><a href="/ko">KOR</a></li><li>About</li></ul>'
        '<div class="content"><h3>Press Releases</h3>'
        '<table class="board"><tr><th>Date</th><td>2026-05-25</td><th>hit</th><td>102</td>'
        '</tr></table><h4 class="title">Minister Meets Invented Envoy (5.25.)</h4>'
        '<div class="view_con"><p>1. The Minister met the envoy on May 25.</p><p>&nbsp;</p>'
        "<p>2. The two sides discussed assistance.<br>&nbsp; &nbsp;° Korea will provide "
        "aid this year.<br>&nbsp; &nbsp;° The envoy expressed thanks.</p>"
        "<p>3. They agreed to meet again.</p><p>* unofficial translation</p></div></div>"
        '<div class="footer">Copyright Ministry</div></body></html>', encoding="utf-8")
    result = import_file(page)
    assert _summary(result, "en") == {
        "meta": {"category": "Press Releases", "date": "2026-05-25",
                 "unofficial_translation": True, "languages": ["en"]},
        "headline": "Minister Meets Invented Envoy (5.25.)",
        "subheadlines": [],
        "points": ["The Minister met the envoy on May 25.",
                   ("The two sides discussed assistance.",
                    ["Korea will provide aid this year.", "The envoy expressed thanks."]),
                   "They agreed to meet again."],
        "notes": [], "attachments": [],
    }
    assert any("'Copyright Ministry'" in w for w in result.warnings)  # left out, but said


def test_english_web_page_with_chrome() -> None:
    result = import_file(FOREIGN / "en_web_page.html")
    assert _summary(result, "en") == {
        "meta": {"category": "Press Releases", "date": "2026-06-12",
                 "unofficial_translation": True, "languages": ["en"]},
        "headline": "Vice Minister Holds Talks with Counterpart of the Republic of Nordhavia "
                    "(6.12.)",
        "subheadlines": [],
        "points": [
            "First Vice Minister Han Seo-yeon held talks with Deputy Foreign Minister Lars "
            "Vendel of Nordhavia on June 12 in Seoul.",
            ("The two sides agreed to expand cooperation in three areas.", [
                ("Clean energy: a joint working group will meet twice a year.",
                 ["The first meeting will be held in Helgen in October."]),
                "Polar research: an exchange of researchers from 2027.",
                "Shipbuilding: talks between the two industries will continue through the "
                "existing forum.",
            ]),
            "Vice Minister Han asked for Nordhavia's continued support for peace on the Korean "
            "Peninsula, and Deputy Minister Vendel expressed his support.",
        ],
        "notes": ["The Korea-Nordhavia Vice Ministerial Talks were first held in 2021."],
        "attachments": [],
    }
    assert "Address: 1 Invented-ro" in " ".join(result.warnings)  # left out, and said
    for chrome in ("Minister Attends Regional Forum", "Organization", "Sitemap", "Home >"):
        assert chrome not in str(release_to_canonical(result.release))


def test_korean_web_page() -> None:
    result = import_file(FOREIGN / "ko_web_page.html")
    summary = _summary(result, "ko")
    contacts = summary["meta"].pop("contacts")
    assert summary == {
        "meta": {"document_type": "보도자료", "date": "2026-07-03", "timing": "set_time",
                 "timing_text": "2026. 7. 3.(금) 14:00", "issued_at": "2026-07-03T10:00",
                 "department": "경제안보외교과", "languages": ["ko"]},
        "headline": "제2차 가상국 공급망 협의회 개최 결과",
        "subheadlines": ["핵심광물 공동비축 방안 논의"],
        "points": [
            ("외교부는 7.2.(목) 서울에서 가상국 대외경제부와 제2차 공급망 협의회를 개최하였다.",
             ["이번 협의회에는 양국 관계부처 및 기관 관계자 30여 명이 참석하였다."]),
            ("양측은 핵심광물 공급망 안정을 위해 다음과 같이 협력하기로 하였다.",
             [("첫째, 공동비축 시범사업을 2027년 상반기까지 추진", ["비축 대상 광물 5종 선정"]),
              "둘째, 공급망 위기 시 정보를 신속히 공유"]),
            "양측은 제3차 협의회를 내년 가상국에서 개최하기로 하였다.",
        ],
        "notes": ["한-가상국 공급망 협의회는 2025년 출범"],
        "attachments": ["협의회 사진 1부."],
    }
    assert [(c["role"], c["rank"], c["name"], c["phone"]) for c in contacts] == [
        ("responsible", "과장", "오하늘", "02-2100-7001"),
        ("contact", "사무관", "윤가람", "02-2100-7002"),
        ("contact", "서기관", "민다온", "02-2100-7003")]
    assert any("이전글 가상 회의 결과" in w for w in result.warnings)


def test_korean_board_page_in_cp949() -> None:
    # EUC-KR page; the board's own table holds the title (제목), date (작성일) and views;
    # the release below starts with its banner and repeats the title.
    result = import_file(FOREIGN / "ko_board_page_cp949.html")
    assert _summary(result, "ko") == {
        "meta": {"document_type": "보도자료", "date": "2026-05-25", "languages": ["ko"]},
        "headline": "가상국 외교장관 방한 결과",
        "subheadlines": [],
        "points": [("양국 외교장관은 5.25.(월) 서울에서 회담을 갖고 협력 방안을 논의하였다.",
                    ["양측은 교역 확대에 합의하였다."]),
                   "양측은 내년에 다시 만나기로 하였다."],
        "notes": [], "attachments": [],
    }
    text = " ".join(result.warnings)
    assert "서울특별시 가상로 1 | 대표전화 02-2100-0000" in text
    assert "'이전글 가상 회의'" in text and "'첨부파일 결과.hwp'" in text


def test_html_made_of_br_lines_only() -> None:
    result = import_file(FOREIGN / "br_lines_only.html")
    assert _summary(result, "en") == {
        "meta": {"category": "Press Releases", "date": "2026-08-20",
                 "unofficial_translation": True, "languages": ["en"]},
        "headline": "Results of the Invented Consular Consultations (August 20)",
        "subheadlines": [],
        "points": [
            "Director-General Jang Bo-ra held the 4th consular consultations with the Republic "
            "of Westmark on August 20 in Westmark City.",
            ("The two sides discussed the safety of nationals travelling abroad.", [
                "They agreed to set up a hotline between the consular departments of the two "
                "ministries.",
                "Westmark said it would simplify visa procedures."]),
            "The next consultations will be held in Seoul in 2027.",
        ],
        # The caption after the attachment list is not glued to the last title.
        "notes": ["Director-General Jang Bo-ra and her counterpart (August 20, Westmark City)"],
        "attachments": ["Photo of the consultations"],
    }


def test_old_table_layout_page_without_class_names() -> None:
    # No <main>, no ids or classes: the content is the table cell holding most text;
    # link menus and the footer row around it are left out (and named in a warning).
    result = import_file(FOREIGN / "en_table_layout.html")
    assert _summary(result, "en") == {
        "meta": {"category": "Press Releases", "date": "2026-04-02",
                 "unofficial_translation": True, "languages": ["en"]},
        "headline": "Minister Opens the Invented Cultural Week in Seoul",
        "subheadlines": [],
        # Paragraphs without numbers: each one is a point (one warning says so).
        "points": [
            "The Minister of Foreign Affairs opened the Invented Cultural Week at the ministry "
            "on April 2. More than 300 guests from 40 embassies attended the opening.",
            "In her remarks the Minister said that cultural exchange builds lasting trust "
            "between peoples, and thanked the embassies for their contributions.",
            "The week runs until April 8 and includes concerts, film screenings and a food "
            "fair open to the public.",
        ],
        "notes": [], "attachments": [],
    }
    left_out = next(w for w in result.warnings if "outside the main text" in w)
    assert "'Tel. +82-2-2100-0000 | 1 Invented-ro, Seoul | Copyright Ministry'" in left_out
    assert "4 menu link line(s)" in left_out
    # A warning about a paragraph names it by its first words, not by a line number.
    assert any(w.endswith("en_table_layout.html: paragraph 'The Minister of Foreign Affairs "
                          "opened …': no numbered or □ points in the text; each paragraph "
                          "kept as a level-1 point") for w in result.warnings)


def test_korean_release_saved_as_html_by_word() -> None:
    # Word's "Save as Web Page": header table of <p> cells, list markers as text in
    # mso-list spans, <span lang="EN-US"> inside Korean sentences (not separate lines).
    result = import_file(FOREIGN / "ko_word_saved.html")
    summary = _summary(result, "ko")
    contacts = summary["meta"].pop("contacts")
    assert summary == {
        "meta": {"document_type": "보도자료", "date": "2026-11-09", "timing": "embargo",
                 "timing_text": "2026. 11. 9.(월) 석간", "issued_at": "2026-11-09T09:00",
                 "department": "가상기후외교과", "languages": ["ko"]},
        "headline": "가상국과 기후변화 대응 MOU 체결",
        "subheadlines": [],
        "points": [
            ("외교부는 11.6.(금) 가상국 환경부와 기후변화 대응 협력에 관한 양해각서(MOU)를 "
             "체결하였다.",
             ["양해각서는 재생에너지, 산림 복원, 기후 적응 등 3개 분야 협력을 담고 있다."]),
            "양측은 내년 상반기 중 첫 공동위원회를 개최하기로 하였다.",
        ],
        "notes": [],
        "attachments": ["서명식 사진 1부."],
    }
    assert [(c["role"], c["name"]) for c in contacts] == [("contact", "표나래")]
    assert result.warnings == []


def test_korean_docx_with_header_table_and_typed_markers(tmp_path: Path) -> None:
    result = _docx("korean_typed", tmp_path)
    summary = _summary(result, "ko")
    contacts = summary["meta"].pop("contacts")
    assert summary == {
        "meta": {"document_type": "보도자료", "date": "2026-09-14", "timing": "embargo",
                 "timing_text": "2026. 9. 14.(월) 조간", "issued_at": "2026-09-13T11:00",
                 "department": "가상지역협력과", "languages": ["ko"]},
        "headline": "제3차 가상국 해양협력 대화 개최",
        "subheadlines": ["해양쓰레기 공동 대응 방안 협의"],
        "points": [
            ("외교부는 9.11.(금) 부산에서 가상국 외교부와 제3차 해양협력 대화를 개최하였다.", [
                ("양측은 해양쓰레기 문제에 공동으로 대응하기로 하였다.",
                 ["2027년까지 공동 조사 3회 실시", "연안 정화 활동 공동 추진"]),
                "또한 어업 분야 정보 교류를 확대하기로 하였다."]),
            # The schedule table below a point: one item per row, under that point.
            ("이번 대화의 주요 일정은 아래와 같다.",
             ["일자 | 행사 | 장소", "9.11. | 본회의 | 부산", "9.12. | 현장 방문 | 거제"]),
            "양측은 제4차 대화를 내년 가상국에서 개최하기로 하였다.",
        ],
        "notes": ["한-가상국 해양협력 대화는 2022년 출범"],
        "attachments": ["대화 사진 1부.", "참석자 명단 1부."],
    }
    assert [(c["role"], c["name"], c["phone"]) for c in contacts] == [
        ("responsible", "서은별", "02-2100-7311"), ("contact", "노하진", "02-2100-7312"),
        ("contact", "변시우", "02-2100-7313")]
    # The banner text box is read once (its VML copy is not), and agrees with the table.
    assert not any("second document type" in w for w in result.warnings)


def test_korean_docx_with_word_list_numbering(tmp_path: Path) -> None:
    result = _docx("korean_word_numbering", tmp_path)
    assert _summary(result, "ko") == {
        "meta": {"document_type": "보도참고자료", "date": "2026-10-05", "timing_text": "즉시",
                 "issued_at": "2026-10-05T15:30", "department": "가상개발협력과",
                 "languages": ["ko"]},
        "headline": "가상국 홍수 피해 인도적 지원 제공",
        "subheadlines": [],
        "points": [
            ("정부는 가상국의 홍수 피해 복구를 위해 50만 불 상당의 인도적 지원을 "
             "제공하기로 하였다.",
             # a soft line break inside the paragraph joins, as a wrapped line does
             [("이번 지원은 국제기구를 통해 식수, 의료 물품 등을 지원하는 데 사용될 예정이다.",
               ["식수 정화 장비 200대"])]),
            ("정부는 앞으로도 피해 상황을 주시하며 추가 지원을 검토할 예정이다.",
             ["가상국 정부는 우리 정부의 신속한 지원에 사의를 표하였다."]),
        ],
        "notes": ["관련 사진은 외교부 누리집에 게재 예정"],
        "attachments": [],
    }
    assert result.warnings == []


def test_english_docx_with_word_list_numbering(tmp_path: Path) -> None:
    result = _docx("english_word_numbering", tmp_path)
    assert _summary(result, "en") == {
        "meta": {"category": "Press Briefings", "date": "2026-10-08",
                 "unofficial_translation": True, "languages": ["en"]},
        "headline": "Invented Ministry Hosts Regional Disaster Relief Workshop (October 8)",
        "subheadlines": [],
        "points": [
            ("The Ministry hosted a workshop on disaster relief with eight countries of the "
             "region on October 8 in Incheon.",
             # "o" (Courier New) is level 2; a Wingdings bullet at list level 3 is level 3
             [("Participants shared their experience of recent floods.",
               ["Early warning systems were the main topic."])]),
            "The workshop will be held every year.",
        ],
        "notes": ["Participants of the workshop (October 8, Incheon)"],
        "attachments": ["Photo of the workshop", "Programme of the workshop"],
    }
    assert any("after the attachment list" in w for w in result.warnings)


def test_bilingual_docx_table(tmp_path: Path) -> None:
    result = _docx("bilingual_table", tmp_path)
    release = result.release
    assert release.languages == ["ko", "en"]
    assert release.metadata.document_type == "보도자료"
    assert release.metadata.category == "Press Release"
    assert release.headline.text.ko == "가상국 외교장관 방한 결과"
    assert release.headline.text.en == "Results of the Visit of the Invented Foreign Minister"
    assert points(release, "ko") == [
        ("양국 외교장관은 11.2.(월) 서울에서 회담하였다.", ["양측은 교역 확대 방안을 논의하였다."]),
        "양측은 내년 수교 30주년 행사를 함께 준비하기로 하였다."]
    assert points(release, "en") == [
        ("The two Foreign Ministers held talks in Seoul on November 2.",
         ["The two sides discussed ways to expand trade."]),
        "The two sides agreed to prepare together for next year's 30th anniversary."]
    assert result.warnings == []


def test_docx_footnote_is_a_note_before_the_end_mark(tmp_path: Path) -> None:
    result = _docx("korean_footnotes", tmp_path)
    assert _summary(result, "ko") == {
        "meta": {"document_type": "보도자료", "languages": ["ko"]},
        "headline": "가상국과 문화협력 위원회 개최",
        "subheadlines": [],
        "points": ["양측은 11.20.(금) 제1차 문화협력 위원회를 개최하였다.",
                   "양측은 청년 교류를 확대하기로 하였다."],
        "notes": ["위원회는 2025년 양국 합의로 설치되었다."],
        "attachments": [],
    }
    assert result.warnings == []


@pytest.mark.parametrize(("label", "level", "expected"), [
    ("□", 0, "□"), ("1.", 0, "1."), ("3.", 0, "3."), ("ㅇ", 0, "ㅇ"), ("○", 1, "○"),
    ("°", 1, "°"), ("o", 1, "o"), ("-", 2, "-"), ("2.", 1, "°"), ("1.1.", 1, "°"),
    ("✓", 1, "°"), ("", 2, "-"), ("2-", 0, "2."),
])
def test_word_list_label_to_marker(label: str, level: int, expected: str) -> None:
    from mfa_desk.formats.plaintext.list_labels import marker_for

    assert marker_for(label, level) == expected


def test_unknown_top_level_bullet_depends_on_the_document() -> None:
    from mfa_desk.formats.plaintext.list_labels import marker_for, resolve_top_bullets

    bullet = marker_for("\uf0a7", 0)  # a Wingdings square
    assert marker_for("◆", 0) == bullet
    alone = ["제목", f"{bullet} 첫째 문단", f"{bullet} 둘째 문단"]
    assert resolve_top_bullets(alone) == ["제목", "□ 첫째 문단", "□ 둘째 문단"]
    beside = ["Title", "1. A point", f"{bullet} an item under it"]
    assert resolve_top_bullets(beside) == ["Title", "1. A point", "° an item under it"]


def _text_fixtures() -> list[Path]:
    releases = FOREIGN.parent / "releases"
    return sorted(releases.glob("*.txt")) + sorted((releases / "defects").glob("*.txt"))


@pytest.mark.parametrize("text_file", _text_fixtures(), ids=lambda p: p.name)
def test_page_of_br_lines_reads_as_the_same_text(tmp_path: Path, text_file: Path) -> None:
    """A release pasted into an e-mail and saved as HTML (<br> lines, &nbsp; indents,
    no charset declared) gives the release its plain text gives."""
    from html import escape

    from mfa_desk.formats.plaintext.text_encoding import decode_bytes

    text = decode_bytes(text_file.read_bytes(), str(text_file))
    lines = (escape(line).replace("  ", "\xa0\xa0") for line in text.splitlines())
    page = tmp_path / "mail.html"
    page.write_bytes(("<html><body><div>" + "<br>\n".join(lines) + "</div></body></html>")
                     .encode("utf-8"))
    expected = release_to_canonical(import_file(text_file).release)
    assert release_to_canonical(import_file(page).release) == expected


_TAGS = ["p", "div", "span", "a", "table", "tr", "td", "th", "ul", "ol", "li", "h1", "h3",
         "header", "footer", "nav", "main", "article", "pre", "dl", "dt", "dd", "font"]
_TEXTS = ["1. First point.", "° sub item", "- dash", "□ 박스", "ㅇ 항목", "Date 2026-05-25",
          "hit 3", "Press Releases", "보도일시 즉시", "Attachments: 1. Photo", "caption", "끝.",
          "* unofficial translation", "KOR", "Headline here", "", "2026. 5. 6.(수)"]
_ATTRS = ["", ' class="footer"', ' id="gnb"', ' lang="ko"', ' lang="en"', " hidden",
          ' class="cell"', ' value="3"', ' style="display:none"']


def _page_strategy():
    from hypothesis import strategies as st

    leaf = st.sampled_from(_TEXTS) | st.just("<br>")
    return st.recursive(
        leaf, lambda inner: st.tuples(st.sampled_from(_TAGS), st.sampled_from(_ATTRS),
                                      st.lists(inner, max_size=4)).map(
            lambda t: f"<{t[0]}{t[1]}>{''.join(t[2])}</{t[0]}>"),
        max_leaves=25)


def test_any_page_shape_imports_or_says_why(tmp_path_factory) -> None:
    """Random nestings of page elements: a release or one InputError, never a crash."""
    from hypothesis import HealthCheck, given, settings

    from mfa_desk.errors import InputError

    folder = tmp_path_factory.mktemp("pages")

    @settings(max_examples=80, deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(_page_strategy())
    def check(body: str) -> None:
        page = folder / "page.html"
        page.write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
        try:
            result = import_file(page)
        except InputError as exc:
            assert "\n" not in str(exc)
            return
        assert result.release.languages

    check()


def test_header_table_row_cells_to_lines() -> None:
    from mfa_desk.formats.plaintext.foreign_lines import row_lines

    cells = [(False, ["보 도 일 시"]), (False, ["2026. 5. 6.(수) 즉시"]),
             (False, ["배포일시"]), (False, ["2026. 5. 6.(수) 10:00"])]
    assert row_lines(cells) == ["보 도 일 시 2026. 5. 6.(수) 즉시",
                                "배포일시 2026. 5. 6.(수) 10:00"]
    # A value continued in the cell joins it; a second contact is a line of its own.
    assert row_lines([(False, ["담당부서"]), (False, ["다자외교조정관실", "유엔과"]),
                      (False, ["담당자"]), (False, ["사무관 가 (02-2100-0001)",
                                                  "주무관 나 (02-2100-0002)"])]) == [
        "담당부서 다자외교조정관실 유엔과", "담당자 사무관 가 (02-2100-0001)",
        "주무관 나 (02-2100-0002)"]
    # Header cells over value cells (a web page's <th>/<td>), and a row that is no pairs.
    assert row_lines([(True, ["Date"]), (False, ["2026-05-25"]), (True, ["hit"]),
                      (False, ["102"])]) == ["Date 2026-05-25", "hit 102"]
    assert row_lines([(False, ["일자"]), (False, ["행사"]), (False, ["장소"])]) is None


@pytest.mark.parametrize(("lines", "expected"), [
    (["Date 2026-05-25 hit 102"], ["Date 2026-05-25"]),
    (["Date : 2026.05.25 | Hit : 1,024"], ["Date 2026-05-25"]),
    (["등록일 2026.07.03 14:02", "조회수 57"], ["Date 2026-07-03"]),
    (["Date", "2026-09-26", "hit", "57"], ["Date 2026-09-26"]),
    (["제목 가상 회의 결과"], ["제목: 가상 회의 결과"]),
    (["Sept. 26, 2026", "26 September 2026"], ["Date 2026-09-26", "Date 2026-09-26"]),
    (["The talks were held on May 5, 2026."], ["The talks were held on May 5, 2026."]),
    (["- 핵심광물 협력 논의 -"], ["- 핵심광물 협력 논의"]),
    (["Prev Minister Attends Forum", "다음글 장관 면담", "첨부파일 결과.hwp (12KB)",
      "Copyright Ministry. All rights reserved.", "1. A point."], ["1. A point."]),
])
def test_board_labels_in_the_importers_words(lines: list[str], expected: list[str]) -> None:
    from mfa_desk.formats.plaintext.foreign_lines import normalize_labels

    chrome: list[str] = []
    assert normalize_labels(lines, chrome) == expected
    if "1. A point." in lines:
        assert len(chrome) == 4  # left out, and reported by the caller
