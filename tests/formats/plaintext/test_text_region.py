"""Finding the release on a pasted page (issue 10): each failure class of real pages,
on an invented text of the same shape, and its wrong twin (a real part of the release
that looks like chrome is kept)."""

from __future__ import annotations

import html
from pathlib import Path

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.model.release import Release


def points(r: Release, lang: str) -> list[object]:
    out: list[object] = []
    for p in r.points:
        text = p.text.get(lang)
        out.append((text, [c.text.get(lang) for c in p.children]) if p.children else text)
    return out


def left_out_warnings(warnings: list[str]) -> list[str]:
    return [w for w in warnings if "left out" in w]


# ---------------------------------------------------------------- 1. skip links, KOR

ENGLISH_PAGE = """바로가기 메뉴
본문 바로가기
검색창 열기
KOR

Press Releases

Korea and Peru Sign Youth Exchange Arrangement

1. Korea and Peru signed an arrangement on youth exchanges in Lima on June 3.

2. Some 200 young people will visit each other's country every year.

* unofficial translation
"""


def test_korean_skip_links_on_an_english_page_are_left_out() -> None:
    result = import_text(ENGLISH_PAGE, source="e.txt")
    r = result.release
    assert r.headline.text.en == "Korea and Peru Sign Youth Exchange Arrangement"
    assert r.metadata.category == "Press Releases"
    assert len(r.points) == 2 and r.unofficial_translation
    assert left_out_warnings(result.warnings) == [
        "e.txt:1: left out 4 lines of the page around the release: '바로가기 메뉴', "
        "'본문 바로가기', '검색창 열기', …"]
    assert result.left_out == ["바로가기 메뉴", "본문 바로가기", "검색창 열기", "KOR"]


def test_twin_korean_words_inside_an_english_release_are_kept() -> None:
    text = ENGLISH_PAGE.replace("Some 200 young", "The forum (한-페루 청년 포럼) brings 200 young")
    result = import_text(text)
    assert "한-페루 청년 포럼" in result.release.points[1].text.en


# ---------------------------------------------------------------- 2. menus as numbered lines

EMBASSY_PAGE = """Embassy of the Republic of Korea in Ruritania

  1. Embassy of Korea facebook
  2. Embassy of Korea instagram
  3. Embassy of Korea youtube
SCREEN SIZE
KOR

Press Releases

Korea Provides Flood Relief to Ruritania

1. The Korean government will provide US$200,000 in humanitarian assistance to Ruritania.

2. The assistance will be delivered through the Red Cross.
"""


def test_embassy_menu_lines_are_not_points() -> None:
    result = import_text(EMBASSY_PAGE, source="e.txt")
    r = result.release
    assert points(r, "en") == [
        "The Korean government will provide US$200,000 in humanitarian assistance to Ruritania.",
        "The assistance will be delivered through the Red Cross."]
    assert not any("renumbered" in w for w in result.warnings)
    assert r.headline.text.en == "Korea Provides Flood Relief to Ruritania"


def test_twin_a_short_point_below_the_headline_is_kept() -> None:
    text = EMBASSY_PAGE + "\n3. Details to follow\n"
    assert points(import_text(text).release, "en")[2] == "Details to follow"


# ---------------------------------------------------------------- 3. Korean board rows

BOARD_PAGE = """본문 바로가기
  1. 국가상징
  2. ENGLISH

외교부

보도자료

한-루리타니아 외교장관 통화

부서명
외교부 > 유럽국 > 서유럽과
작성일
2026-06-10 20:00:00
수정일
2026-06-11 09:12:40
조회수
381

1234%20%uD55C%uBBF8%20%uC678%uAD50

1. 김 장관은 6.10.(수) 루리타니아 외교장관과 통화하고 양국 협력 방안을 논의하였다.

2. 양 장관은 긴밀한 소통을 이어 나가기로 하였다.
"""


def test_board_rows_are_read_into_the_metadata() -> None:
    result = import_text(BOARD_PAGE, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "한-루리타니아 외교장관 통화"
    assert r.metadata.department == "외교부 > 유럽국 > 서유럽과"
    assert str(r.metadata.date) == "2026-06-10"
    assert points(r, "ko")[0].startswith("김 장관은")
    assert "2026-06-11 09:12:40" in result.left_out  # the modified date is not the date
    assert "1234%20%uD55C%uBBF8%20%uC678%uAD50" in result.left_out


def test_twin_a_point_naming_a_department_is_kept() -> None:
    text = BOARD_PAGE + "\n3. 작성일 기준 서유럽과는 관련 자료를 배포하였다.\n"
    got = points(import_text(text).release, "ko")
    assert got[2] == "작성일 기준 서유럽과는 관련 자료를 배포하였다."


# ---------------------------------------------------------------- 4. portal and news copies

NEWS_COPY = """2026.09.01 (화)
  • 맑음서울 24.0℃
  • 흐림부산 25.1℃
기상청 제공
국제
이 기사를 공유합니다
[외교부]외교부, 루리타니아 홍수 피해 지원
[외교부]외교부, 루리타니아 홍수 피해 지원
입력 2026.08.31 10:05
자동요약 기사 제목과 주요 문장을 기반으로 자동요약한 결과입니다.
서울--(가상뉴스와이어)--정부는 홍수 피해를 입은 루리타니아에 20만 불 규모의 지원을 하기로 하였다.

이번 지원은 국제적십자사를 통해 신속히 이루어질 예정이다.

연락처
외교부 개발협력국 인도지원과
사무관 홍길동
02-2100-0000

댓글 0
많이 본 뉴스
"""


def test_portal_copy_chrome_is_left_out_and_its_contact_block_read() -> None:
    result = import_text(NEWS_COPY, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "외교부, 루리타니아 홍수 피해 지원"
    assert str(r.metadata.date) == "2026-08-31"  # not the weather widget's date
    assert points(r, "ko") == [
        "정부는 홍수 피해를 입은 루리타니아에 20만 불 규모의 지원을 하기로 하였다.",
        "이번 지원은 국제적십자사를 통해 신속히 이루어질 예정이다."]
    assert r.metadata.department == "외교부 개발협력국 인도지원과"
    assert [(c.rank, c.name, c.phone) for c in r.metadata.contacts] == [
        ("사무관", "홍길동", "02-2100-0000")]
    assert "• 맑음서울 24.0℃" in result.left_out and "댓글 0" in result.left_out


def test_twin_real_bullets_under_a_point_are_kept() -> None:
    text = ("루리타니아 홍수 피해 지원\n□ 정부는 루리타니아에 인도적 지원을 제공하기로 하였다.\n"
            "  • 지원 규모는 20만 불이다.\n")
    assert points(import_text(text).release, "ko") == [
        ("정부는 루리타니아에 인도적 지원을 제공하기로 하였다.", ["지원 규모는 20만 불이다."])]


# ---------------------------------------------------------------- 5. markers lost

WIRE_COPY = """Korea Supports Cyclone Recovery in Ruritania

The government will provide 200,000 USD in humanitarian assistance to Ruritania.

° The cyclone left some 12,000 people displaced.

The assistance is expected to help the affected people recover.

※ The government gave 100,000 USD to Ruritania last year.

Korea will continue to help countries hit by natural disasters.
"""


def test_paragraphs_are_points_and_a_paragraph_after_an_item_or_note_is_not_swallowed() -> None:
    r = import_text(WIRE_COPY).release
    assert points(r, "en") == [
        ("The government will provide 200,000 USD in humanitarian assistance to Ruritania.",
         ["The cyclone left some 12,000 people displaced."]),
        "The assistance is expected to help the affected people recover.",
        "Korea will continue to help countries hit by natural disasters."]
    assert [n.text.en for n in r.notes] == [
        "The government gave 100,000 USD to Ruritania last year."]


def test_dash_lines_under_the_headline_are_subheadlines_and_under_a_point_items() -> None:
    text = ("Korea Supports Cyclone Recovery\n- Assistance of 200,000 USD\n"
            "- Through the Red Cross\n"
            "1. The government will provide assistance.\n- It will arrive next week.\n")
    r = import_text(text).release
    assert [s.text.en for s in r.subheadlines] == ["Assistance of 200,000 USD",
                                                   "Through the Red Cross"]
    assert points(r, "en") == [("The government will provide assistance.",
                                ["It will arrive next week."])]


# ---------------------------------------------------------------- 6. one line

ONE_LINE = ("[외교부]한-루리타니아 국장급 화상 협의 정책 0 12 0 2026.03.02 13:44 "
            "https://www.example.go.kr/news/view.do?id=1 + 3 "
            "□ 김 국장은 3.2.(월) 루리타니아 외교부 국장과 화상 협의를 갖고 양국 간 현안에 대해 "
            "협의하였다. ㅇ 양측은 상반기 중 대면 협의를 개최하기로 하였다. □ 양측은 앞으로도 "
            "긴밀히 소통해 나가기로 하였다. ※ 이번 협의는 2024년 이래 정례적으로 개최돼 왔다. 끝. "
            "[자료제공 :(www.example.go.kr)] 0")


def test_a_release_on_one_line_is_split_at_its_markers() -> None:
    result = import_text(ONE_LINE, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "한-루리타니아 국장급 화상 협의"
    assert str(r.metadata.date) == "2026-03-02"
    assert points(r, "ko") == [
        ("김 국장은 3.2.(월) 루리타니아 외교부 국장과 화상 협의를 갖고 양국 간 현안에 대해 "
         "협의하였다.", ["양측은 상반기 중 대면 협의를 개최하기로 하였다."]),
        "양측은 앞으로도 긴밀히 소통해 나가기로 하였다."]
    assert [n.text.ko for n in r.notes] == ["이번 협의는 2024년 이래 정례적으로 개최돼 왔다."]
    assert result.warnings[0].startswith("k.txt:1: the whole release is on one line; split")


def test_twin_a_long_paragraph_with_one_marker_inside_is_not_split() -> None:
    text = "제목\n□ " + "양측은 협력을 논의하였다 " * 20 + "ㅇ 표시가 한 번 나온다.\n"
    result = import_text(text)
    assert len(result.release.points) == 1 and not result.release.points[0].children


# ---------------------------------------------------------------- 7. sign-off

SIGNED = """Korea Welcomes the Ceasefire in Ruritania

1. The government welcomes the ceasefire agreed on May 2.

2. The government hopes for lasting peace in the region.

Spokesperson and Deputy Minister for Public Relations of the Ministry of Foreign Affairs
"""


def test_a_sign_off_is_not_joined_to_the_last_point() -> None:
    result = import_text(SIGNED, source="e.txt")
    assert points(result.release, "en")[-1] == \
        "The government hopes for lasting peace in the region."
    assert result.left_out == ["Spokesperson and Deputy Minister for Public Relations of the "
                               "Ministry of Foreign Affairs"]


def test_twin_a_point_quoting_the_spokesperson_is_kept() -> None:
    text = SIGNED.replace("Spokesperson and Deputy", "3. The Spokesperson and Deputy") \
        .rstrip() + " said the talks were useful.\n"
    assert points(import_text(text).release, "en")[-1].startswith("The Spokesperson and Deputy")


# ---------------------------------------------------------------- 8. a wrong code page

def test_question_mark_lines_are_reported_and_not_joined() -> None:
    text = "제목\n□ 한?루리타니아 회담을 개최하였다.\n??\n□ 양측은 합의하였다.\n"
    result = import_text(text, source="k.txt")
    assert points(result.release, "ko") == ["한?루리타니아 회담을 개최하였다.",
                                            "양측은 합의하였다."]
    assert result.warnings == [
        "k.txt:2: '?' between Hangul letters: a character (such as '·') lost to a wrong code "
        "page; kept as written",
        "k.txt:3: a line of '?' only (characters a wrong code page could not carry); left out"]


def test_twin_a_real_question_is_kept_without_a_warning() -> None:
    result = import_text("Headline Here\n1. What comes next? The ministers will meet again.\n")
    assert result.warnings == []
    assert points(result.release, "en") == ["What comes next? The ministers will meet again."]


# ---------------------------------------------------------------- a wire service's page

WIRE_PAGE = """루리타니아 외교장관 방한
루리타니아 외교장관은 방한 기간 중 외교부 장관과 회담을 갖고 양국 관계 발전 방안을 논의할 예정이다.
또한, 루리타니아 외교장관은 9.3.(목) 서울에서 열리는 한-루리타니아 경제협력 포럼에 참석할 예정이다.
외교부 개요
외교부는 대외 관계와 재외국민 보호를 맡는 부처로, 통신사가 기사마다 붙이는 소개 문단이다.
웹사이트: https://www.example.go.kr
연락처
외교부
유럽국
서유럽과
홍길동
02-2100-0000
"""


def test_a_wire_page_with_a_paragraph_per_line_and_its_contact_rows() -> None:
    result = import_text(WIRE_PAGE, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "루리타니아 외교장관 방한"
    assert [p.text.ko[:14] for p in r.points] == ["루리타니아 외교장관은 방한",
                                                  "또한, 루리타니아 외교장관"]
    assert r.metadata.department == "외교부 유럽국 서유럽과"
    assert [(c.name, c.phone) for c in r.metadata.contacts] == [("홍길동", "02-2100-0000")]
    assert result.left_out[:2] == ["외교부 개요", WIRE_PAGE.splitlines()[4]]


def test_twin_a_release_with_blank_lines_keeps_its_wrapped_paragraphs() -> None:
    text = ("Korea Hosts Forum\n\nThe Ministry hosted a forum on maritime cooperation in Seoul\n"
            "on May 2, with experts from nine countries.\n\nThe next forum will be in 2027.\n")
    assert [p.text.en for p in import_text(text).release.points] == [
        "The Ministry hosted a forum on maritime cooperation in Seoul on May 2, with experts "
        "from nine countries.", "The next forum will be in 2027."]


# ---------------------------------------------------------------- HTML and DOCX copies

PAGE_PARAGRAPHS = ["바로가기 메뉴", "본문 바로가기", "검색창 열기", "KOR", "Press Releases",
                   "Korea and Peru Sign Youth Exchange Arrangement",
                   "1. Korea and Peru signed an arrangement on youth exchanges in Lima on June 3.",
                   "2. Some 200 young people will visit each other's country every year.",
                   "* unofficial translation", "Sitemap", "Copyright Ministry of Foreign Affairs"]


def _check_page_import(result: object) -> None:
    r = result.release  # type: ignore[attr-defined]
    assert r.headline.text.en == "Korea and Peru Sign Youth Exchange Arrangement"
    assert r.metadata.category == "Press Releases"
    assert len(r.points) == 2 and r.notes == [] and r.unofficial_translation
    assert result.left_out[:3] == ["바로가기 메뉴", "본문 바로가기", "검색창 열기"]  # type: ignore[attr-defined]


def test_a_saved_web_page_goes_through_the_same_region_finder(tmp_path: Path) -> None:
    from mfa_desk.formats.html.html_import import import_html

    body = "".join(f"<p>{html.escape(p)}</p>" for p in PAGE_PARAGRAPHS)
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><div>{body}</div></body></html>", encoding="utf-8")
    _check_page_import(import_html(path))


def test_a_word_copy_of_a_page_goes_through_the_same_region_finder(tmp_path: Path) -> None:
    import docx

    from mfa_desk.formats.docx.docx_import import import_docx

    document = docx.Document()
    for paragraph in PAGE_PARAGRAPHS:
        document.add_paragraph(paragraph)
    path = tmp_path / "page.docx"
    document.save(str(path))
    _check_page_import(import_docx(path))


# ---------------------------------------------------------------- a relief site; a wire's profile

RELIEF_PAGE = """Relief aid for flood victims in Ruritania

News and Press Release
Originally published
1. The Government of the Republic of Korea will provide US$100,000 in relief aid to Ruritania.

2. The government hopes that the victims can soon return to their everyday lives.

Spokesperson of the Ministry

*unofficial translation
"""


def test_a_relief_site_label_and_an_empty_date_label_are_left_out() -> None:
    result = import_text(RELIEF_PAGE, source="e.txt")
    r = result.release
    assert r.headline.text.en == "Relief aid for flood victims in Ruritania"
    assert len(r.points) == 2 and r.unofficial_translation
    assert result.left_out == ["News and Press Release", "Originally published",
                               "Spokesperson of the Ministry"]


WIRE_PROFILE = """루리타니아 피난민에 임시 거처용 텐트 제공
정부는 루리타니아 피난민의 임시 거처로 쓰일 텐트 500동을 이번 주 중 긴급 수송할 예정이다.
외교부 개요
외교부는 대외 관계, 국제기구 외교, 재외국민 보호 등을 맡는 정부 부처로,
통신사가 이 부처의 보도자료마다 덧붙이는 긴 소개 문단이 여기에 온다고 가정한다.
연락처
외교부
개발협력국
인도지원과
02-2100-0000
"""


def test_a_wire_profile_longer_than_the_release_is_not_taken_for_its_body() -> None:
    result = import_text(WIRE_PROFILE, source="k.txt")
    r = result.release
    assert r.headline.text.ko == "루리타니아 피난민에 임시 거처용 텐트 제공"
    assert [p.text.ko[:10] for p in r.points] == ["정부는 루리타니아 "]
    assert r.metadata.department == "외교부 개발협력국 인도지원과"
    assert result.left_out[0] == "외교부 개요"


def test_twin_a_marked_point_named_like_a_profile_heading_is_kept() -> None:
    r = import_text("제목\n□ 행사 개요\n ㅇ 일시: 3.18.(수)\n□ 둘째 사항이다.\n").release
    assert [p.text.ko for p in r.points] == ["행사 개요", "둘째 사항이다."]
