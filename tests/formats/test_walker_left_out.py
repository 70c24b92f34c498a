"""A note or sub-headline with no text in the exported language is left out (and said),
never printed as a bare "※" or "-"; a point keeps its place, empty (its number)."""

from __future__ import annotations

from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.release_walker import walk_release
from mfa_desk.model.release import BiText, Release, Segment


def _release() -> Release:
    release = Release()
    release.headline = Segment.of("해양 협력 회의 개최", "Ocean Cooperation Meeting Held")
    release.subheadlines = [Segment.of("", "")]  # typed nowhere yet
    release.points = [Segment.of("양측은 공동 조사 계획을 논의하였다.",
                                 "The sides discussed a survey."),
                      Segment.of("", "They agreed to meet again.")]
    release.notes = [Segment.of("", "UNHCR estimates four million refugees."),
                     Segment.of("자세한 내용은 별첨 참조", "See the attachment")]
    return release


def test_the_korean_export_leaves_out_an_english_only_note() -> None:
    walked = walk_release(_release(), "ko")
    notes = [b for b in walked.blocks if b.kind == "note"]
    assert [b.texts["ko"] for b in notes] == ["자세한 내용은 별첨 참조"]
    assert [b.path for b in notes] == ["notes[1]"]
    assert "notes[0]: no Korean text; left out" in walked.warnings
    assert not [b for b in walked.blocks if b.kind == "subheadline"]
    assert "subheadlines[0]: no Korean text; left out" in walked.warnings
    # The point keeps its place and its number: "2." stays "2." in every language.
    points = [b for b in walked.blocks if b.kind == "point"]
    assert [b.number for b in points] == [1, 2] and points[1].texts["ko"] == ""
    assert "points[1]: no Korean text; exported empty" in walked.warnings


def test_side_by_side_keeps_a_note_one_language_has() -> None:
    walked = walk_release(_release(), "both")
    notes = [b for b in walked.blocks if b.kind == "note"]
    assert [b.texts["en"] for b in notes] == ["UNHCR estimates four million refugees.",
                                              "See the attachment"]
    assert notes[0].texts["ko"] == ""  # the row shows the Korean lacks it
    assert "subheadlines[0]: no Korean or English text; left out" in walked.warnings


def test_no_bare_note_marker_in_the_korean_page() -> None:
    release = _release()
    release.notes = [Segment(text=BiText("", "Only in English."))]
    html = export_html(release, "ko").decode("utf-8")
    assert "※" not in html
    assert "※" in export_html(_release(), "ko").decode("utf-8")  # a real note keeps it
