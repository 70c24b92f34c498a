"""Batch 17, fourteen more real pages (expected.json written by hand first): a small paper's
AMP page with a deck between its title and its date row and a "▲" caption closed by the
agency after a slash; and the classes below. Each shape is tried here on a text of our own,
with its twin: a line that looks the same but is the release's, and stays so."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.captions import photo_caption, photo_credit
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from mfa_desk.formats.plaintext.text_page import WIRE_DATELINE
from tests.formats.plaintext.story_checks import check_story, texts

# ------------------- a deck between the title and the date row

DECK_OVER_ROW = "\n".join([
    "31일 누리-소리 외교장관 대화…기후 문제 논의", "",
    "소리 외교장관 첫 공식 방한…오찬 일정 예정", "",
    "2031-05-28     홍길동 기자",
    "▲ 김누리 외교부 장관은 26일 소리 외교장관과 첫 통화를 갖고 의견을 교환했다. /누리통신",
    "",
    "누리와 소리 외교장관이 오는 31일 서울에서 만나 협력 방안을 논의한다.", "",
    "이나리 외교부 대변인은 28일 정례 브리핑에서 이같은 계획을 발표했다.", "",
    "양 장관은 대화 이후 공식 오찬을 할 예정이다."])


def test_a_deck_between_the_title_and_the_date_row_is_a_sub_headline() -> None:
    result = import_text(DECK_OVER_ROW, source="d.txt", lang="ko")
    check_story(result, "ko", "31일 누리-소리 외교장관 대화…기후 문제 논의", dt.date(2031, 5, 28),
                ["누리와 소리 외교장관이", "이나리 외교부 대변인은", "양 장관은 대화 이후"])
    assert texts(result.release.subheadlines) == ["소리 외교장관 첫 공식 방한…오찬 일정 예정"]


def test_a_short_first_point_under_the_title_with_no_date_row_stays_a_point() -> None:
    text = DECK_OVER_ROW.replace("2031-05-28     홍길동 기자\n", "")
    result = import_text(text, source="d.txt", lang="ko")
    assert result.release.subheadlines == []
    assert texts(result.release.points)[0] == "소리 외교장관 첫 공식 방한…오찬 일정 예정"


def test_a_marked_caption_closed_by_the_agency_after_a_slash_is_a_caption() -> None:
    assert photo_caption("▲ 김누리 장관은 26일 소리 외교장관과 통화하고 있다. /누리통신")
    assert photo_caption("▲ 회담 모습을 담았다. / 누리부 제공")


def test_a_marked_item_with_a_slash_in_it_is_the_releases() -> None:
    assert not photo_caption("▲ 누리·소리 협력 강화 / 기후 대응 논의")
    assert not photo_caption("▲ 교역 분야 협력 방안을 논의했다. 1/2분기에 다시 만난다.")


# ------------------- a Korean title closed by a verb without its full stop

VERB_TITLE = "\n".join([
    "누리와 더 가까워진다! 외교장관회담으로 실질적 혜택 늘린다", "",
    "누리와 소리의 관계가 더욱 깊어진다. 지난 9월 23일 두 장관이 만나 협력을 논의했다.",
    "",
    "이번 회담은 두 나라가 협력 관계를 발전시키기 위한 중요한 발판이 되었다."])


def test_a_korean_title_without_the_full_stop_its_paragraphs_have_is_the_title() -> None:
    check_story(import_text(VERB_TITLE, source="t.txt", lang="ko"), "ko",
                "누리와 더 가까워진다! 외교장관회담으로 실질적 혜택 늘린다", None,
                ["누리와 소리의 관계가", "이번 회담은 두 나라가"])


def test_a_copy_that_puts_no_full_stops_keeps_its_first_paragraph() -> None:
    text = "\n".join(["누리와 소리 외교장관이 만나 협력 방안을 논의했다", "",
                      "두 장관은 기후 협력을 늘리기로 했다", "",
                      "다음 회담은 내년에 열린다"])
    result = import_text(text, source="t.txt", lang="ko")
    assert texts(result.release.points)[0] == "누리와 소리 외교장관이 만나 협력 방안을 논의했다"


# ------------------- a paragraph broken by a stray line end, one paragraph a line

BROKEN_LINE = "\n".join([
    "Nuria on Saturday denounced Soria's test-launch of a long-range missile, saying it violated "
    "UN Security Council resolutions.",
    "Nuria's foreign ministry said in a statement that the launch posed a serious threat to peace "
    "in the region",
    "and the world.",
    "The ministry urged Soria to respond to its offer of dialogue."])


def test_a_lower_case_line_goes_on_the_paragraph_above() -> None:
    points = texts(import_text(BROKEN_LINE, source="b.txt", lang="en").release.points, "en")
    assert len(points) == 3
    assert points[1].endswith("in the region and the world.")


def test_a_lower_case_line_under_a_finished_sentence_is_a_paragraph() -> None:
    text = BROKEN_LINE.replace("in the region\nand the world.",
                               "in the region.\niPhone users were warned by text message.")
    points = texts(import_text(text, source="b.txt", lang="en").release.points, "en")
    assert [p[:6] for p in points] == ["Nuria ", "Nuria'", "iPhone", "The mi"]


# ------------------- a syndicated wire's datelines: "Seoul: …", "SEOUL (Nuri) -…"

COLON_DATELINE = "\n".join([
    "Seoul: Nuria's Foreign Minister Hong Gil-dong met his Sorian counterpart on Monday and "
    "discussed ways to bolster cooperation, the ministry said.",
    "The two sides agreed to meet again in the autumn, the ministry said in a press release.",
    "(NANS)"])


def test_a_place_and_a_colon_before_a_wires_first_sentence_is_its_dateline() -> None:
    points = texts(import_text(COLON_DATELINE, source="c.txt", lang="en").release.points, "en")
    assert points[0].startswith("Nuria's Foreign Minister")
    assert WIRE_DATELINE.match("SEOUL (Nuri) -Nuria's foreign minister told")
    assert WIRE_DATELINE.match("NEW YORK (Nuri) - A")


def test_a_label_and_a_colon_are_the_paragraphs_own() -> None:
    text = COLON_DATELINE.replace("Seoul: ", "Note: ")
    points = texts(import_text(text, source="c.txt", lang="en").release.points, "en")
    assert points[0].startswith("Note: Nuria's Foreign Minister")
    assert not WIRE_DATELINE.match("UN (United Nations) - a body")


# ------------------- a portal's copy: a picture's caption with no credit, a pull quote

PULL_QUOTE = "\n".join([
    "Talks_0104_01.jpg", "",
    "Foreign Minister Hong Gil-dong (second from left) poses for a commemorative photo with a "
    "delegation from the Nuri Times on Jan. 4 in Seoul.", "",
    "“Nuria and Soria should coordinate more closely to deter provocations.”", "",
    "Foreign Minister Hong Gil-dong met with a delegation from the Nuri Times on Jan. 4 to "
    "share his views on relations with Soria.", "",
    "In response, the newspaper expressed its confidence in advances in the two countries' ties."])


def test_a_place_marked_posed_caption_and_a_pull_quote_are_not_points() -> None:
    result = import_text(PULL_QUOTE, source="q.txt", lang="en")
    assert texts(result.release.points, "en")[0].startswith("Foreign Minister Hong Gil-dong met")
    assert len(result.release.points) == 2
    assert texts(result.release.subheadlines, "en") == [
        "“Nuria and Soria should coordinate more closely to deter provocations.”"]
    assert photo_caption("Minister Hong (left) poses for a group photo with the delegates.")


def test_a_paragraph_that_quotes_someone_and_a_story_told_in_the_past_stay() -> None:
    text = PULL_QUOTE.replace("”\n", ",” the minister said.\n")
    points = texts(import_text(text, source="q.txt", lang="en").release.points, "en")
    assert points[0].startswith("“Nuria and Soria should coordinate")
    assert not photo_caption("Minister Hong (left) and the delegates posed for photos after the "
                             "talks, the ministry said.")


# ------------------- a market site's copy of a wire: breadcrumb list, a menu glued into one
# line, a US stamp, a caption cut before its credit, the wire's credits

MARKET_COPY = "\n".join([
    "  1. Homepage", "  2. News", "News",
    "All NewsCompaniesIndexesCurrency / ForexCommoditiesInterest RatesEconomyThemesSectors", "",
    "Nuria urges Soria to support dialogue - ministry", "",
    "12/12/2031 | 05:55am EST",
    "Secretary Hong holds a press conference with Foreign Minister Kim Nuri, in Nuri City", "",
    "NURI CITY (Nuri) -Nuria's foreign minister told his Sorian counterpart on Monday that the "
    "country expects Soria to support dialogue, the ministry said.", "",
    "The Sorian minister said his country would play a constructive role, a statement said.", "",
    "(Reporting by Hong Gil-dong, Editing by Kim Nuri)", "", "", "© Nuri 2031"])


def test_a_market_sites_wire_copy_keeps_only_the_story() -> None:
    result = import_text(MARKET_COPY, source="m.txt", lang="en")
    check_story(result, "en", "Nuria urges Soria to support dialogue - ministry",
                dt.date(2031, 12, 12),
                ["Nuria's foreign minister told", "The Sorian minister said"],
                left_out=("(Reporting by Hong Gil-dong, Editing by Kim Nuri)",))
    assert result.release.subheadlines == []
    assert photo_caption("Minister Hong speaks at a forum on Nuria's economy, at Nuri University")


def test_twins_of_the_market_copy_are_read_as_before() -> None:
    assert classify_line("12/03/2031 | 05:55", 1).kind is LineKind.TEXT  # no zone: whose order?
    assert classify_line("The YouTube, LinkedIn and iPhone apps carry it.", 1).kind \
        is LineKind.TEXT
    assert classify_line("(Reported by the ministry in 2031)", 1).kind is LineKind.TEXT
    assert not photo_caption("Minister Hong met her Sorian counterpart on Monday, in Nuri City")
    assert not photo_caption("Nuria holds talks with Soria, in Nuri City.")


# ------------------- batch 17b (found after the fixes above): captions and links inside a story

def test_captions_of_more_shapes_are_captions() -> None:
    for line in ("태극기, 오성홍기./누리1 |", "회담 모습. / 누리부 제공",
                 "Archive image of the flood in Soria. – Nuri Press/Contacto/Hong Gildong",
                 "This picture shows damaged buildings in Nuri City on January 7, 2031.",
                 "홍길동 차관보 (오른쪽) 가 김누리 사무총장을 만나고 있다",
                 "김누리 대사(왼쪽에서 두 번째)와 대표단"):
        assert photo_caption(line), line


def test_sentences_like_those_captions_are_the_storys() -> None:
    for line in ("문 대변인은 양국이 협력하기로 했다고 소개했다./누리",
                 "Exports rose 3 percent. – The ministry expects more in 2031/2032.",
                 "The photo showed the minister at the border, the ministry said.",
                 "양국은 오른쪽 차로를 쓰기로 합의했다."):
        assert not photo_caption(line), line


def test_a_link_an_image_button_and_a_photo_slug_are_the_pages() -> None:
    for line in ("Read Also: Soria's leader inspects factories", "관련기사: 누리 외교장관 방한",
                 "이미지 확대보기홍길동 누리일보 기자 hong@nuri.example", "NURIA-QUAKE"):
        assert classify_line(line, 1).kind is LineKind.CHROME, line
    for line in ("Read also the ministry's statement of May 2.", "UN", "ROK-US 협력 강화"):
        assert classify_line(line, 1).kind is not LineKind.CHROME, line


AID_TITLE = "Nuria to provide 5 million euros in humanitarian aid to Soria following earthquakes"
TITLE_OVER_CAPTION = "\n".join([
    AID_TITLE, "",
    "Archive image of the earthquake in Soria. – Nuri Press/Contacto/Hong Gildong", "",
    "Nuria's authorities said Tuesday that they will allocate $5 million in humanitarian aid.", "",
    "The ministry's spokesman explained the plan during a press conference."])


def test_a_title_over_a_caption_over_the_story_is_the_title() -> None:
    check_story(import_text(TITLE_OVER_CAPTION, source="t.txt", lang="en"), "en", AID_TITLE,
                None, ["Nuria's authorities said", "The ministry's spokesman"])


def test_a_first_paragraph_over_a_caption_stays_a_paragraph() -> None:
    text = TITLE_OVER_CAPTION.replace("following earthquakes", "following earthquakes, it said.")
    points = texts(import_text(text, source="t.txt", lang="en").release.points, "en")
    assert points[0].startswith("Nuria to provide 5 million euros")


PHOTO_BLOCK = "\n".join([
    "On Thursday, Nuria's foreign ministry confirmed that it would provide $3 million worth of aid "
    "to Soria as the death toll in the earthquake reached 206.", "",
    "The magnitude 7.6 quake on New Year's Day forced more than 26,000 people from their homes.",
    "",
    "Nuria to Provide $3 Million Aid to Quake-Hit Soria", "",
    "SORIA-QUAKE", "(Photo : HONG GILDONG/Nuri)",
    "This picture shows damaged buildings in Nuri City on January 7, 2031.", "",
    "Nuria has offered assistance to help the region cope with the earthquake's aftermath."])


def test_the_storys_title_over_a_photo_block_inside_it_is_the_pages() -> None:
    points = texts(import_text(PHOTO_BLOCK, source="p.txt", lang="en").release.points, "en")
    assert [p[:14] for p in points] == ["On Thursday, N", "The magnitude ", "Nuria has offe"]


def test_a_sentence_over_a_photo_block_stays_a_paragraph() -> None:
    text = PHOTO_BLOCK.replace("Nuria to Provide $3 Million Aid to Quake-Hit Soria",
                               "Nuria will provide the aid through the Red Cross.")
    points = texts(import_text(text, source="p.txt", lang="en").release.points, "en")
    assert "Nuria will provide the aid through the Red Cross." in points


# ------------------- batch 17c (found after the 17b fixes): a weekly's head, an agency's dateline

WEEKLY_HEAD = "\n".join([
    "외교부, 소리 외무대신 발언에 강력 비난", "홍길동", "| 2031-10-15 17:17:48",
    "관계개선 정반대로", "외교부",
    "[누리투데이 홍길동 기자] 정부가 소리 외무상의 주장에 대해 “개탄한다”며 항의했다.",
    "외교부는 이날 대변인 논평에서 소리 정부가 공언과 정반대로 주장을 재차 폈다고 비판했다.",
    "[ⓒ 누리투데이. 무단전재-재배포 금지]"])


def test_a_name_a_row_a_deck_and_a_tag_under_the_title_are_the_pages() -> None:
    result = import_text(WEEKLY_HEAD, source="w.txt", lang="ko")
    check_story(result, "ko", "외교부, 소리 외무대신 발언에 강력 비난", dt.date(2031, 10, 15),
                ["정부가 소리 외무상의 주장에", "외교부는 이날 대변인 논평에서"])
    assert texts(result.release.subheadlines) == ["관계개선 정반대로"]


def test_the_ministrys_name_over_a_paragraph_without_a_byline_is_read_as_before() -> None:
    text = WEEKLY_HEAD.replace("[누리투데이 홍길동 기자] ", "")
    result = import_text(text, source="w.txt", lang="ko")
    assert result.release.subheadlines == []


def test_an_agencys_capitals_dateline_with_the_day_is_its_dateline() -> None:
    assert WIRE_DATELINE.match("NURI CITY, FEBRUARY 3, NURIPRESS. The Foreign Ministry said")
    assert not WIRE_DATELINE.match("NURIA, SORIA, THE UN. The three agreed")


def test_a_wires_editors_note_under_its_date_row_is_no_deck() -> None:
    text = "\n".join([
        "(LEAD) Nuria and Soria agree to cooperate", "", "All News 15:22 June 21, 2031", "",
        "(ATTN: RECASTS headline, UPDATES throughout)", "",
        "NURI CITY, June 21 (Nuri) -- Nuria's foreign minister and her Sorian counterpart agreed "
        "on Wednesday to cooperate closely, the ministry said.", "",
        "The agreement was made during their first phone conversation, the ministry said."])
    result = import_text(text, source="y.txt", lang="en")
    assert result.release.subheadlines == []
    assert photo_credit("누리1 제공") and not photo_credit("누리1 제공 사진은 모두 공개한다")


def test_an_empty_comment_lists_note_is_the_pages() -> None:
    for line in ("등록된 댓글이 없습니다.", "No comments yet»"):
        assert classify_line(line, 1).kind is LineKind.CHROME, line
    assert classify_line("등록된 댓글이 없습니다는 안내를 바꿨다.", 1).kind is LineKind.TEXT


# ------------------- two paragraphs set one under the other in a copy that parts the rest

FIRST_PARAGRAPH = ("홍길동 외교부 장관은 23일 유엔총회를 계기로 김누리 소리 신임 외교장관 "
                   "내정자와 회담하고, 양국 관계 발전 방안과 한반도 문제 등을 논의했다고 "
                   "누리 외교부가 9월 25일 밝혔다.")
SECOND_PARAGRAPH = ("홍 장관은 앞으로 누리-소리 포괄적 전략 동반자 관계를 더욱 발전시키기 위해 "
                    "긴밀히 협력하길 희망한다고 말하며, 지난 8월 정상회담의 후속 조치가 충실히 "
                    "이행되기를 기대한다고 전했다.")
THIRD_PARAGRAPH = ("김 내정자는 소리 정부가 누리와의 협력을 매우 중시한다면서, 정상회담 후속 "
                   "조치가 착실히 이행되어 양국 국민과 기업에 실질적인 도움을 줄 수 있도록 적극 "
                   "노력하겠다고 분명히 밝혔다.")


def test_two_long_korean_paragraphs_set_together_in_a_parted_copy_are_two() -> None:
    text = "\n".join([FIRST_PARAGRAPH, SECOND_PARAGRAPH, "", THIRD_PARAGRAPH, "댓글 작성"])
    points = texts(import_text(text, source="m.txt", lang="ko").release.points)
    assert [p[:6] for p in points] == ["홍길동 외교", "홍 장관은 ", "김 내정자는"]


def test_a_long_sentence_wrapped_under_another_in_one_paragraph_stays_whole() -> None:
    upper = FIRST_PARAGRAPH.replace("밝혔다.", "밝혔으며")  # the sentence goes on below
    text = "\n".join([upper, SECOND_PARAGRAPH, "", THIRD_PARAGRAPH])
    points = texts(import_text(text, source="m.txt", lang="ko").release.points)
    assert len(points) == 2 and points[0].startswith("홍길동 외교")


# ------------------- batch 17e (found after the 17d fix): two copies of one wire

WIRE_COPY = "\n".join([
    "Nuria evacuates 97 from Soria in military aircraft", "", "",
    "Nurian nationals disembark from a military transport aircraft at Nuri Air Base on Saturday "
    "(Oct 5). - Photo: Nuri", "",
    "NURI CITY: A Nurian military transport aircraft returned 97 citizens from Soria on Saturday, "
    "the foreign ministry said.", "",
    "The government will take further actions to ensure the safety of its citizens, the ministry "
    "said. - Nuri", "",
    "Follow us on our official WhatsApp channel for breaking news alerts and key updates!", "",
    "Next In Nuria News", "Soria's trade up 12 per cent in 2031", "(With inputs from agencies.)"])


def test_a_wire_copys_caps_dateline_caption_and_follow_prompt_are_the_pages() -> None:
    result = import_text(WIRE_COPY, source="w.txt", lang="en")
    check_story(result, "en", "Nuria evacuates 97 from Soria in military aircraft", None,
                ["A Nurian military transport aircraft", "The government will take"],
                left_out=("Follow us on our official WhatsApp channel for breaking news alerts and "
                          "key updates!",))
    assert classify_line("(With inputs from agencies.)", 1).kind is LineKind.CHROME


def test_capital_labels_and_photo_words_in_a_sentence_are_the_storys() -> None:
    assert not WIRE_DATELINE.match("NOTE: The figures are provisional.")
    assert not WIRE_DATELINE.match("UN: The body met on Monday.")
    assert not photo_caption("The ministry published the photo - Photo archives are open to all.")
    assert classify_line("Follow the ministry's advice on travel to Soria.", 1).kind \
        is LineKind.TEXT


# ------------------- batch 17f (found after the 17e fixes): a regional paper's row and tool bar

REGIONAL_PAGE = "\n".join([
    "뉴스 > 사회/경제", "", "+크기 | -작게 | 이메일 | 프린트", "",
    "누리도와 외교부 상호협력위한 양해각서 체결", "", "2031년 07월 18일 [누리제일신문]", "",
    "홍길동 누리도지사와 김누리 외교부 장관은 18일 외교부 장관실에서 상호협력에 관한 양해각서에 "
    "서명했다.", "",
    "누리도와 외교부는 양해각서를 통해 국제행사의 성공적인 개최를 위하여 긴밀히 협력하기로 했다."])


def test_a_date_row_with_the_papers_name_and_a_barred_tool_bar_are_the_pages() -> None:
    result = import_text(REGIONAL_PAGE, source="r.txt", lang="ko")
    check_story(result, "ko", "누리도와 외교부 상호협력위한 양해각서 체결", dt.date(2031, 7, 18),
                ["홍길동 누리도지사와", "누리도와 외교부는"])


def test_a_date_with_more_after_it_and_bars_between_words_are_the_storys() -> None:
    assert classify_line("2031년 07월 18일 [누리제일신문] 보도에 따르면 협약이 체결됐다.", 1).kind \
        is LineKind.TEXT
    assert classify_line("수출 | 수입 | 투자", 1).kind is not LineKind.CHROME
