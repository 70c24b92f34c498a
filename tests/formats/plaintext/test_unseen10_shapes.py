"""Batch 10, fourteen more real pages (expected.json written by hand first): news copies
whose photo captions, share buttons and story age sat among the story's lines. Each shape
is tried here on a text of our own, with its twin: a line that looks the same but is the
release's, and stays what it is."""

from __future__ import annotations

import datetime as dt

from mfa_desk.formats.plaintext.captions import photo_caption
from mfa_desk.formats.plaintext.text_import import import_text
from mfa_desk.formats.plaintext.text_lines import LineKind, classify_line
from tests.formats.plaintext.story_checks import check_story

# ------------------------------- a caption printed twice on one line, a bulleted share button

DOUBLED_CAPTION = """The Nuri Herald

Foreign minister to travel to Nuria this week

By Nuri Desk

Published : March 13, 2031 - 11:30

    • Link copied

Foreign Minister Hong will travel to Nuria this week to discuss economic cooperation, \
his ministry said Monday.

Hong will fly to Nuria on Tuesday for a three-day visit.
\x20

Foreign Minister Hong (Nuri) Foreign Minister Hong (Nuri)

In Nuria, the minister will hold talks with his counterpart."""


def test_a_caption_printed_twice_on_one_line_is_no_headline() -> None:
    result = import_text(DOUBLED_CAPTION, source="e.txt", lang="en")
    check_story(result, "en", "Foreign minister to travel to Nuria this week", dt.date(2031, 3, 13),
                ["Foreign Minister Hong will travel", "Hong will fly to Nuria",
                 "In Nuria, the minister will hold"])


def test_twin_a_sentence_said_twice_without_a_credit_is_no_caption() -> None:
    assert not photo_caption("The talks went well. The talks went well.")
    assert not photo_caption("Minister Hong (left) Minister Hong (left)")  # no credit


def test_twin_a_bulleted_item_of_the_release_is_kept() -> None:
    assert classify_line("• Link the two ports by 2032", 1).kind is LineKind.LEVEL2


# ------------------------------- a caption marking people by their place, a bare credit

PLACED_CAPTION = """Home > World
Top diplomats of Nuria and Sorea hold talks
SOREA, April 24 (Nuri) -- The foreign ministers of Nuria and Sorea held talks on Wednesday.

   Minister Hong is on a one-day visit where he met his counterpart Kim.

Foreign Minister Hong (L) shakes hands with Foreign Minister Kim before holding talks on \
April 24. (Nuri)

Later in the day, Hong was scheduled to meet the prime minister."""


def test_a_caption_naming_people_by_their_place_is_left_out() -> None:
    check_story(import_text(PLACED_CAPTION, source="e.txt", lang="en"), "en",
                "Top diplomats of Nuria and Sorea hold talks", None,
                ["The foreign ministers of Nuria", "Minister Hong is on a one-day",
                 "Later in the day, Hong"])


def test_twin_a_place_mark_without_a_credit_is_the_story() -> None:
    assert not photo_caption("Minister Hong (left) met the envoys of three countries on Monday.")


AGED_STORY = """Nuria appoints envoys to eleven nations

4 months ago 251

Acting President Hong hands a credential to Nuria's first ambassador to Sorea, Jan. 31. Nuri

Acting President Hong hands a credential to Nuria's first ambassador to Sorea, Jan. 31. Nuri

Nuria on Friday appointed new ambassadors to 11 countries, the foreign ministry said.

Kim Gil-dong, a career diplomat, will serve as the ambassador to Sorea."""


def test_a_story_age_and_a_caption_with_a_bare_credit_are_left_out() -> None:
    check_story(import_text(AGED_STORY, source="e.txt", lang="en"), "en",
                "Nuria appoints envoys to eleven nations", None,
                ["Nuria on Friday appointed", "Kim Gil-dong, a career diplomat"])


def test_twin_a_sentence_ending_on_a_date_keeps_its_full_stop() -> None:
    assert not photo_caption("The ambassador presented his credentials on Jan. 31.")
    assert classify_line("The talks ended 4 months ago.", 1).kind is LineKind.TEXT
