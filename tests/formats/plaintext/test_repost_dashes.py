"""A repost that turned the points' numbers and the "*" into list dashes (ReliefWeb's
copies of the ministry's English releases; invented texts in their shape)."""

from __future__ import annotations

from mfa_desk.formats.plaintext.text_import import import_text

HEADLINE = "ROK Government to Provide US$200,000 in Humanitarian Aid to Flood-hit Oceania"
FIRST = ("The government of the Republic of Korea will provide US$200,000 in humanitarian "
         "aid to Oceania, where floods that struck its southern islands last week left "
         "thousands of people without shelter.")
SECOND = ("The aid is expected to help residents in the affected areas recover from the "
          "damage and bring stability back to their daily lives.")


def test_a_dashed_paragraph_under_the_headline_is_a_point_not_a_subheadline() -> None:
    text = f"{HEADLINE}\n\n- {FIRST}\n\n{SECOND}\n\n- unofficial translation\n"
    release = import_text(text).release
    assert release.subheadlines == []
    assert [p.text.en for p in release.points] == [FIRST, SECOND]
    assert release.unofficial_translation  # "- unofficial translation" is the flag


def test_a_short_dashed_line_under_the_headline_stays_a_subheadline() -> None:
    # The twins: a sub-headline is a phrase; a dash before other words is no flag.
    text = (f"{HEADLINE}\n- Aid to be delivered through the Oceania Red Cross\n\n"
            f"1. {FIRST}\n2. {SECOND}\n- unofficial visit by the envoy next month\n")
    release = import_text(text).release
    assert [s.text.en for s in release.subheadlines] == [
        "Aid to be delivered through the Oceania Red Cross"]
    assert not release.unofficial_translation
    assert release.points[1].children[0].text.en == "unofficial visit by the envoy next month"
