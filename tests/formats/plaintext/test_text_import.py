"""Plain-text import: the sample releases, wrapping, defects, encodings, language."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.importing import import_file
from mfa_desk.formats.plaintext.text_import import (
    detect_language,
    import_lines,
    import_text,
    import_text_file,
)
from tests.formats.release_outline import DEFECTS, PAIRS, RELEASES, all_texts, points, shape


def test_there_are_eight_bilingual_samples() -> None:
    assert len(PAIRS) >= 8
    for name in PAIRS:
        assert (RELEASES / f"{name}.ko.txt").exists() and (RELEASES / f"{name}.en.txt").exists()


@pytest.mark.parametrize("name", PAIRS)
@pytest.mark.parametrize("lang", ["ko", "en"])
def test_clean_samples_import_without_warnings(name: str, lang: str) -> None:
    result = import_text_file(RELEASES / f"{name}.{lang}.txt")
    assert result.warnings == []
    release = result.release
    assert release.languages == [lang]
    assert release.headline.text.get(lang)
    assert len(release.points) >= 3
    other = "en" if lang == "ko" else "ko"
    assert all_texts(release, other) == []  # the other side stays empty


@pytest.mark.parametrize("name", PAIRS)
def test_every_source_line_is_kept(name: str) -> None:
    """No text lost: every word of every content line is somewhere in the release."""
    for lang in ("ko", "en"):
        path = RELEASES / f"{name}.{lang}.txt"
        release = import_text_file(path).release
        kept = " ".join(all_texts(release, lang))
        m = release.metadata
        kept += " " + " ".join([m.category, m.document_type, m.timing_text, m.department]
                               + [f"{c.rank} {c.name} {c.phone}" for c in m.contacts])
        if m.issued_at is not None:  # 배포일시 is kept as a date-time, not as text
            kept += " " + m.issued_at.strftime("%H:%M") + " " + "월화수목금토일"[
                m.issued_at.weekday()]
        dropped = {"KOR", "본문", "바로가기", "Date", "unofficial", "translation", "끝.",
                   "보도일시", "보도시점", "배포일시", "담당부서", "책임자", "담당자", "붙임",
                   "Attachments:", "제목:", "□", "ㅇ", "○", "°", "º", "◦", "o", "-", "*", "※",
                   "가.", "나."}
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("hit "):  # the view counter is dropped on purpose
                continue
            for word in line.replace("(", " ").replace(")", " ").split():
                if word in dropped or word.rstrip(".").isdigit() or word.startswith(("2026",)):
                    continue
                assert word.strip("()") in kept, f"{path.name}: {word!r} lost"


def test_english_web_page_form() -> None:
    r = import_text_file(RELEASES / "01-ministerial-talks.en.txt").release
    assert r.metadata.category == "Press Releases"
    assert r.metadata.date == dt.date(2026, 3, 18)
    assert r.unofficial_translation is True
    assert r.headline.text.en == ("Foreign Minister Holds Talks with Portuguese Foreign "
                                  "Minister (3.18.)")  # the date suffix is kept
    assert [s.text.en for s in r.subheadlines] == [
        "Two ministers agree to expand cooperation in clean energy and shipbuilding"]
    outline = points(r, "en")
    assert len(outline) == 3
    assert outline[1][0].startswith("The two ministers agreed")
    assert [c[:14] for c in outline[1][1]] == ["Minister Kim n", "Minister Ribei"]
    assert r.notes == []


def test_korean_header_fields() -> None:
    r = import_text_file(RELEASES / "04-economic-security-dialogue.ko.txt").release
    m = r.metadata
    assert m.document_type == "보도자료"
    assert m.timing == "set_time" and m.timing_text == "2026. 6. 2.(화) 11:00"
    assert m.date == dt.date(2026, 6, 2)
    assert m.issued_at == dt.datetime(2026, 6, 2, 10, 0)
    assert m.department == "경제안보외교센터"
    assert [(c.role, c.rank, c.name, c.phone) for c in m.contacts] == [
        ("responsible", "센터장", "오민서", "02-2100-8110"),
        ("contact", "서기관", "강지호", "02-2100-8114"),
        ("contact", "사무관", "임채원", "02-2100-8117"),
    ]
    assert all(c.department == "경제안보외교센터" for c in m.contacts)
    # level 3 under level 2, and the trailing end mark removed from the last point
    assert points(r, "ko")[1][1][0] == ("양측은 다음 분야에서 공동 사업을 추진하기로 하였다.",
                                        ["리튬 및 니켈 공동 비축", "핵심광물 가공 기술 연구"])
    assert points(r, "ko")[2] == "제4차 대화는 2027년 상반기 서울에서 개최될 예정이다."


def test_embargo_title_prefix_and_note() -> None:
    r = import_text_file(RELEASES / "02-supply-chain-fund.ko.txt").release
    assert r.metadata.document_type == "보도참고자료"
    assert r.metadata.timing == "embargo"
    assert r.metadata.date == dt.date(2026, 4, 8)
    assert r.metadata.issued_at == dt.datetime(2026, 4, 7, 14, 0)
    assert r.headline.text.ko == "아세안 공급망 협력기금 출범"
    assert [n.text.ko for n in r.notes] == ["2025년 한-아세안 교역액: 2,080억 달러"]


def test_on_issue_without_date_takes_the_issue_date() -> None:
    m = import_text_file(RELEASES / "05-travel-safety.ko.txt").release.metadata
    assert m.timing == "on_issue" and m.timing_text == "즉시 보도"
    assert m.date == dt.date(2026, 6, 3)


def test_korean_numbered_points_with_ga_na_children() -> None:
    r = import_text_file(RELEASES / "06-scholarship-results.ko.txt").release
    assert r.korean_numbering == "number"
    assert len(r.points) == 3 and len(r.points[0].children) == 2
    box = import_text_file(RELEASES / "03-anniversary-ceremony.ko.txt").release
    assert box.korean_numbering == "box"


def test_attachments_korean_and_english() -> None:
    ko = import_text_file(RELEASES / "07-drought-relief.ko.txt").release
    assert [a.title.ko for a in ko.attachments] == ["지원 내역 1부.", "현지 사진 2부."]
    en = import_text_file(RELEASES / "07-drought-relief.en.txt").release
    assert [a.title.en for a in en.attachments] == ["Details of the assistance (1 copy)",
                                                    "Photos from the region (2 copies)"]
    assert en.unofficial_translation  # the flag after the list ends the list
    single = import_text_file(RELEASES / "01-ministerial-talks.ko.txt").release
    assert [a.title.ko for a in single.attachments] == ["회담 사진 1부."]


def test_level2_markers_all_recognised() -> None:
    for name, glyph in (("03-anniversary-ceremony", "º"), ("04-economic-security-dialogue", "◦"),
                        ("05-travel-safety", "o")):
        r = import_text_file(RELEASES / f"{name}.en.txt").release
        assert r.points[0].children, glyph


def test_wrapped_lines_and_blank_lines_are_not_structure() -> None:
    for lang in ("en", "ko"):
        wrapped = import_text_file(DEFECTS / f"91-wrapped.{lang}.txt")
        clean = import_text_file(RELEASES / f"01-ministerial-talks.{lang}.txt")
        assert wrapped.warnings == []
        assert shape(wrapped.release) == shape(clean.release)


def test_point_number_used_twice_is_renumbered_with_a_warning() -> None:
    result = import_text_file(DEFECTS / "90-duplicate-number.en.txt")
    clean = import_text_file(RELEASES / "06-scholarship-results.en.txt").release
    assert points(result.release, "en") == points(clean, "en")
    assert len(result.warnings) == 1
    assert result.warnings[0].endswith(
        "90-duplicate-number.en.txt:6: point number 2. is used twice; renumbered 3.")


def test_structure_defects_keep_every_paragraph() -> None:
    result = import_text_file(DEFECTS / "95-structure-defects.en.txt")
    assert points(result.release, "en") == [
        "Experts from 12 countries attended the workshop.",
        "The Ministry of Foreign Affairs hosted a workshop on maritime safety in Incheon on "
        "November 4.",
        ("The participants shared their experience of search and rescue operations.",
         ["The workshop ended with a joint summary."]),
    ]
    lines = [w.split(":")[1] for w in result.warnings]
    assert lines == ["4", "5", "6", "7"]
    assert "no point above it" in result.warnings[0]
    assert "no space after '1.'" in result.warnings[1]
    assert "point numbered 3. where 2. was due" in result.warnings[2]
    assert "no level-2 item above it" in result.warnings[3]


@pytest.mark.parametrize(("defect", "clean"), [
    ("92-cp949.ko.txt", "02-supply-chain-fund.ko.txt"),
    ("93-utf16.ko.txt", "03-anniversary-ceremony.ko.txt"),
    ("93-utf16.en.txt", "03-anniversary-ceremony.en.txt"),
    ("94-utf8-bom.ko.txt", "04-economic-security-dialogue.ko.txt"),
])
def test_encodings_give_the_same_release(defect: str, clean: str) -> None:
    assert shape(import_text_file(DEFECTS / defect).release) == \
        shape(import_text_file(RELEASES / clean).release)


def test_binary_file_refused_naming_it(tmp_path: Path) -> None:
    # Bytes of no known kind (a PNG says it is an image: tests/formats/test_file_kind.py).
    data = tmp_path / "data.txt"
    data.write_bytes(b"\x00\x01\x02\x03IHDR" + bytes(range(256)))
    with pytest.raises(InputError) as err:
        import_file(data)
    assert str(err.value).startswith(f"{data}: a binary file")


def test_empty_file_refused(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("\n  \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty"):
        import_text_file(empty)


def test_unreadable_file_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        import_file(tmp_path / "missing.txt")


def test_language_detected_by_script() -> None:
    assert detect_language((RELEASES / "01-ministerial-talks.en.txt").read_text("utf-8")) == "en"
    assert detect_language((RELEASES / "01-ministerial-talks.ko.txt").read_text("utf-8")) == "ko"
    assert detect_language("한국은 ASEAN, UN, WFP, UNICEF와 협력한다.") == "ko"
    assert detect_language("The Korea-UN forum (한-유엔 포럼) opens.") == "en"


def test_language_override_fills_the_asked_side_and_warns() -> None:
    text = (RELEASES / "03-anniversary-ceremony.ko.txt").read_text("utf-8")
    result = import_text(text, "en", "x.txt")
    assert result.release.languages == ["en"]
    assert result.release.headline.text.en == "중미 5개국과의 수교 65주년 기념 행사 개최"
    assert result.release.headline.text.ko == ""
    assert result.warnings == ["x.txt: the text looks Korean; imported as English as asked"]


def test_unmarked_paragraphs_become_points() -> None:
    text = "A Headline\n\nFirst paragraph, wrapped\nover two lines.\n\nSecond paragraph.\n"
    result = import_text(text, source="mail.txt")
    assert points(result.release, "en") == ["First paragraph, wrapped over two lines.",
                                            "Second paragraph."]
    assert result.warnings == ["mail.txt:3: no numbered or □ points in the text; each "
                               "paragraph kept as a level-1 point"]


def test_paragraph_lines_from_docx_or_html() -> None:
    lines = ["A Headline", "1. First point.", "A paragraph after it.", "° A child."]
    result = import_lines(lines, "en", "doc.docx", paragraphs=True)
    assert points(result.release, "en") == ["First point.", ("A paragraph after it.",
                                                             ["A child."])]
    assert result.warnings == ["doc.docx:3: a paragraph without a marker; kept as a level-1 point"]


def test_text_after_end_mark_is_kept_as_a_note() -> None:
    text = "제목\n□ 내용이다.  끝.\n문의처는 대변인실이다.\n"
    result = import_text(text, source="k.txt")
    assert [n.text.ko for n in result.release.notes] == ["문의처는 대변인실이다."]
    assert result.warnings == ["k.txt:3: text after the end mark 끝.; kept as a note"]


def test_header_weekday_mismatch_is_reported() -> None:
    text = "보도일시  2026. 3. 18.(목) 즉시\n제목\n□ 내용이다.\n"
    result = import_text(text, source="k.txt")
    assert result.release.metadata.date == dt.date(2026, 3, 18)
    assert result.warnings == ["k.txt:1: 2026. 3. 18. is a Wednesday (수), not (목)"]


def test_impossible_date_line_kept_as_text() -> None:
    result = import_text("Date 2026-02-30\nHeadline\n1. Point.\n", source="e.txt")
    assert result.release.metadata.date is None
    assert result.release.headline.text.en == "Date 2026-02-30 Headline"
    assert result.warnings[0] == "e.txt:1: 'Date 2026-02-30' is not a real date; kept as text"


def test_level2_numbered_korean_children_and_level3_parenthesis() -> None:
    text = "제목\n1. 첫째 항목이다.\n  가. 세부 항목이다.\n    1) 더 세부 항목이다.\n"
    r = import_text(text).release
    assert points(r, "ko") == [("첫째 항목이다.", [("세부 항목이다.", ["더 세부 항목이다."])])]


def test_header_table_row_with_several_fields_on_one_line() -> None:
    text = ("보도 일시 | 2026. 3. 19.(목) 06:00 이후 보도 | 배포 일시 | 2026. 3. 18.(수) 10:00\n"
            "담당 부서 | 유럽국 서유럽과 | 책임자 | 과  장 김민준 (02-2100-7401)\n"
            "담당자 | 서기관 박서연 (02-2100-7405)\n제목\n□ 내용.\n")
    result = import_text(text)
    m = result.release.metadata
    assert result.warnings == []
    assert (m.timing, m.timing_text) == ("embargo", "2026. 3. 19.(목) 06:00 이후 보도")
    assert m.date == dt.date(2026, 3, 19)
    assert m.issued_at == dt.datetime(2026, 3, 18, 10, 0)
    assert [(c.role, c.rank, c.name, c.phone, c.department) for c in m.contacts] == [
        ("responsible", "과장", "김민준", "02-2100-7401", "유럽국 서유럽과"),
        ("contact", "서기관", "박서연", "02-2100-7405", "유럽국 서유럽과"),
    ]
    assert result.release.headline.text.ko == "제목"


def test_unreadable_or_repeated_header_field_kept_as_a_note() -> None:
    text = ("보도일시 2026. 3. 18.(수) 즉시\n배포일시 추후 통보\n보도일시 2026. 3. 20.(금) 즉시\n"
            "제목\n□ 내용.\n")
    result = import_text(text, source="h.txt")
    assert result.release.metadata.date == dt.date(2026, 3, 18)
    assert [n.text.ko for n in result.release.notes] == ["배포일시 추후 통보",
                                                        "보도일시 2026. 3. 20.(금) 즉시"]
    assert result.warnings == ["h.txt:2: 배포일시 holds no date; kept as a note",
                               "h.txt:3: 보도일시 is given a second time; kept as a note"]


def test_web_page_with_date_after_the_headline_and_footer_chrome() -> None:
    text = ("KOR\nPress Releases\nTalks Held\nDate 2026-03-18\nhit 9\n1. They met.\n"
            "* unofficial translation\nList\n")
    result = import_text(text)
    r = result.release
    assert result.warnings == []
    assert (r.headline.text.en, r.metadata.date) == ("Talks Held", dt.date(2026, 3, 18))
    assert points(r, "en") == ["They met."] and r.notes == []


def test_only_navigation_lines_refused() -> None:
    with pytest.raises(InputError, match="only web-page navigation lines"):
        import_text("KOR\n본문 바로가기\nhit 3\n", source="nav.txt")


def test_second_category_line_reported_first_kept() -> None:
    result = import_text("Press Releases\nPress Briefings\nTitle\n1. Point.\n", source="c.txt")
    assert result.release.metadata.category == "Press Releases"
    assert result.warnings == ["c.txt:2: a second category line 'Press Briefings'; kept "
                               "'Press Releases'"]
