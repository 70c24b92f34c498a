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
