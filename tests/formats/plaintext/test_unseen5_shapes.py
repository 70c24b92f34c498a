"""Batch 5 of real pages nobody here had seen (expected.json written by hand first)
showed three page shapes the importer misread. Each is tried here on a text of our
own, with its twin: a line that looks the same but is the release's, and stays."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.model.release import Segment


def texts(segments: list[Segment], lang: str = "ko") -> list[str]:
    return [getattr(s.text, lang) for s in segments]


# ------------------------------- a news copy's date and reporter's byline on one line

# the news site's empty paragraphs copy as lines of one space
NEWS_BYLINE = ("정부, 홍수 피해 지역에 긴급 구호품 지원키로\n\n2030-04-02     홍길동 기자\n\n \n\n"
               "정부는 집중호우로 큰 피해를 입은 지역 주민들을 돕기 위해 구호품을 지원하기로 했다고"
               " 밝혔다.\n\n"
               "정부 관계자는 “이번 지원이 주민들의 빠른 일상 회복에 도움이 되기를"
               " 바란다”고 말했다.\n")


def test_a_date_with_the_reporters_byline_is_the_date_not_a_point() -> None:
    r = import_text(NEWS_BYLINE, source="k.txt").release
    assert r.headline.text.ko == "정부, 홍수 피해 지역에 긴급 구호품 지원키로"
    assert r.metadata.date == dt.date(2030, 4, 2)
    assert [p[:12] for p in texts(r.points)] == ["정부는 집중호우로 큰 ", "정부 관계자는 “이번 "]


def test_the_byline_may_carry_the_reporters_email() -> None:
    text = NEWS_BYLINE.replace("홍길동 기자", "홍길동 기자 gildong@news.example")
    r = import_text(text, source="k.txt").release
    assert r.metadata.date == dt.date(2030, 4, 2)
    assert len(r.points) == 2


def test_twin_a_paragraph_opening_with_a_date_and_a_press_conference_stays_a_point() -> None:
    text = NEWS_BYLINE.replace(
        "2030-04-02     홍길동 기자",
        "2030-04-02 기자회견에서 장관은 피해 지역에 대한 지원 방안을 설명하였다.")
    r = import_text(text, source="k.txt").release
    assert r.metadata.date is None
    assert texts(r.points)[0].startswith("2030-04-02 기자회견에서 장관은")
    assert len(r.points) == 3


# ------------------------------- a blog's "Share." button and "Comments are closed."

# no space after "했다." as the site printed it
BLOG_COPY = """정부가 지난달 지진 피해국에 20만불 규모의 지원을 하기로 했다.외교부가 밝혔다.

Share.

Comments are closed.
"""


def test_a_share_button_and_closed_comments_are_the_blogs() -> None:
    result = import_text(BLOG_COPY, source="k.txt")
    assert [p[:10] for p in texts(result.release.points)] == ["정부가 지난달 지진"]
    assert result.left_out == ["Share.", "Comments are closed."]


def test_twin_sentences_on_sharing_and_on_comments_are_the_releases() -> None:
    text = BLOG_COPY.replace("Share.", "양국은 관련 정보를 공유하기로 하였다.").replace(
        "Comments are closed.",
        "Comments are closed to the public after the consultation period ends in June.")
    r = import_text(text, source="k.txt").release
    assert len(r.points) == 3
    assert texts(r.points)[1] == "양국은 관련 정보를 공유하기로 하였다."


# ------------------------------- a wire's source line over a copy without a headline

WIRE_SOURCE = """Ministry of Foreign Affairs of the Republic of Korea


The government of the Republic of Korea has decided to provide humanitarian aid to the
flood-hit country.

The floods reportedly displaced thousands of people as of May 3.

The government hopes that its aid would help the affected residents return to their daily lives.
"""


def test_the_ministrys_full_name_over_the_first_paragraph_is_a_source_line() -> None:
    r = import_text(WIRE_SOURCE, source="e.txt").release
    assert r.headline.text.en == ""
    assert [p[:20] for p in texts(r.points, "en")] == [
        "The government of th", "The floods reportedl", "The government hopes"]


def test_twin_a_sentence_opening_with_the_ministrys_name_stays_a_point() -> None:
    text = WIRE_SOURCE.replace(
        "Ministry of Foreign Affairs of the Republic of Korea\n",
        "Ministry of Foreign Affairs of the Republic of Korea said on Monday that it will"
        " send a relief team to the region.\n")
    r = import_text(text, source="e.txt").release
    assert "Ministry of Foreign Affairs of the Republic of Korea said" in (
        r.headline.text.en + " ".join(texts(r.points, "en")))
    assert len(r.points) + bool(r.headline.text.en) == 4


# ------------------------------- the same pages copied without a single blank line

RELIEF_SITE = """Relief aid for flood victims in the region
News and Press Release
Originally published
1. The Government of the Republic of Korea will provide aid to the flood-hit region.
2. The Government hopes the aid helps the residents.
"""


def test_without_blank_lines_the_sites_label_under_the_title_is_still_left_out() -> None:
    result = import_text(RELIEF_SITE, source="e.txt")
    r = result.release
    assert r.headline.text.en == "Relief aid for flood victims in the region"
    assert r.metadata.category == ""
    assert result.left_out == ["News and Press Release", "Originally published"]
    assert len(r.points) == 2


def test_twin_a_breadcrumb_over_the_category_is_no_title() -> None:
    text = RELIEF_SITE.replace("Relief aid for flood victims in the region\nNews and Press Release"
                               "\nOriginally published", "Ministry News\nPress Releases")
    r = import_text(text, source="e.txt").release
    assert r.metadata.category == "Press Releases"
    assert r.headline.text.en != "Ministry News"
    assert len(r.points) == 2


PORTAL_REPOST = """최근소식
홍수 피해 관련 대변인 논평
출처
외교부
작성일
2030.05.02
원본URL
http://www.mofa.go.kr/
 홍수 피해 관련 대변인 논평
정부는 이번 홍수로 큰 피해를 입은 주민들에게 깊은 위로의 뜻을 표한다.
"""


def test_without_blank_lines_the_title_again_under_the_url_row_is_one_headline() -> None:
    r = import_text(PORTAL_REPOST, source="k.txt").release
    assert r.headline.text.ko == "홍수 피해 관련 대변인 논평"
    assert r.metadata.date == dt.date(2030, 5, 2)
    assert texts(r.points)[0].startswith("정부는 이번 홍수로")


def test_twin_an_indented_line_under_a_header_row_is_still_its_value() -> None:
    text = PORTAL_REPOST.replace("원본URL\nhttp://www.mofa.go.kr/\n",
                                 "담당부서 유엔과\n  인권사회과\n")
    r = import_text(text, source="k.txt").release
    assert "인권사회과" in r.metadata.department
    assert r.headline.text.ko == "홍수 피해 관련 대변인 논평"


def test_without_blank_lines_share_and_closed_comments_are_no_wrapped_paragraph() -> None:
    result = import_text(BLOG_COPY.replace("\n\n", "\n"), source="k.txt")
    assert texts(result.release.points) == [BLOG_COPY.split("\n")[0]]
    assert result.left_out == ["Share.", "Comments are closed."]


def test_twin_a_wrapped_line_opening_with_a_tool_word_stays_in_its_paragraph() -> None:
    text = ("정부, 피해 지역에 구호품 지원\n\n"
            "정부는 집중호우로 피해를 입은 지역 주민들을 돕기 위해\n"
            "공유 창고의 구호품을 지원하기로 하였다.\n")
    result = import_text(text, source="k.txt")
    assert texts(result.release.points) == [
        "정부는 집중호우로 피해를 입은 지역 주민들을 돕기 위해 공유 창고의 구호품을"
        " 지원하기로 하였다."]
    assert result.left_out == []


# ------------------------------- a news story's title over its deck, under a section label

NEWS_DECK = """  • 맑음서울 20.1℃
  • 흐림부산 18.0℃
  • 맑음대전 19.4℃
날씨 제공

사회

정부, “피해 복구에 끝까지 함께할 것”

홍수 피해 관련 외교부 대변인 논평

정부는 이번 홍수로 큰 피해를 입은 주민들에게 깊은 위로의 뜻을 표한다고 밝혔다.

정부는 피해 복구를 위한 국제사회의 노력에 적극 동참할 것이라고 전했다.
"""


def test_a_news_title_over_its_deck_is_the_headline_and_the_deck_a_subheadline() -> None:
    r = import_text(NEWS_DECK, source="k.txt").release
    assert r.headline.text.ko == "정부, “피해 복구에 끝까지 함께할 것”"
    assert texts(r.subheadlines) == ["홍수 피해 관련 외교부 대변인 논평"]
    assert [p[:9] for p in texts(r.points)] == ["정부는 이번 홍수", "정부는 피해 복구"]


def test_twin_a_link_over_the_title_is_no_headline() -> None:
    text = NEWS_DECK.replace("정부, “피해 복구에 끝까지 함께할 것”", "@관련 기사 바로가기")
    r = import_text(text, source="k.txt").release
    assert r.headline.text.ko == "홍수 피해 관련 외교부 대변인 논평"
    assert texts(r.subheadlines) == []


def test_twin_without_the_page_around_it_two_titles_are_read_as_before() -> None:
    r = import_text(NEWS_DECK.split("사회\n\n")[1], source="k.txt").release
    assert r.headline.text.ko == "정부, “피해 복구에 끝까지 함께할 것”"
    assert texts(r.subheadlines) == []
    assert len(r.points) == 3
