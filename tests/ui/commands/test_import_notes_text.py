"""The importer's notes as the window shows them: a bullet each, the file without its
folder, and a count of those left out."""

from __future__ import annotations

from mfa_desk.ui.commands.import_notes import MAX_NOTES_SHOWN, readable_notes


def test_a_note_names_the_file_not_its_folder() -> None:
    notes = readable_notes([
        "/home/kim/Downloads/press/page-ko.txt:27: no numbered or □ points in the text",
        "C:\\Users\\kim\\page-en.html: no title found",
        "relative/dir/page.txt:3: left out 2 lines: 'Menu', 'Home'",
        "notes: the Korean has 0, the English 1; notes[0] kept with no Korean",
        "page.txt:5: one line",
    ])
    assert notes == [
        "• page-ko.txt:27: no numbered or □ points in the text",
        "• page-en.html: no title found",
        "• page.txt:3: left out 2 lines: 'Menu', 'Home'",
        "• notes: the Korean has 0, the English 1; notes[0] kept with no Korean",
        "• page.txt:5: one line",
    ]


def test_a_colon_or_slash_inside_the_message_is_left_alone() -> None:
    # Only a path at the start, before its first colon, is shortened.
    assert readable_notes(["page.txt:9: kept 'a/b: c' as written"]) == [
        "• page.txt:9: kept 'a/b: c' as written"]


def test_beyond_the_limit_the_rest_is_counted(qapp) -> None:  # noqa: ANN001 - the app translates
    notes = readable_notes([f"p.txt:{n}: x" for n in range(MAX_NOTES_SHOWN + 4)])
    assert len(notes) == MAX_NOTES_SHOWN + 1
    assert notes[-1] == "… and 4 more"
