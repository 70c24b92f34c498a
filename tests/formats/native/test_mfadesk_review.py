"""The review keys of a segment in the .mfadesk file: source_ko, comments, suggestions."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.native.mfadesk_file import dumps_release, loads_release
from mfa_desk.model.operations import SetStatus
from mfa_desk.model.release import DisplayStatus, Release, Segment, TranslationStatus
from mfa_desk.model.review import Comment, Reply, SetReviewItems, Suggestion, open_comment_count

T = dt.datetime(2026, 3, 18, 9, 30, tzinfo=dt.UTC)


def reviewed() -> Release:
    r = Release()
    r.headline = Segment.of("제목", "Headline")
    r.points = [Segment.of("정부는 회의를 개최하였다", "The government held a meeting")]
    r.points[0].set_status(TranslationStatus.TRANSLATED)
    r.points[0].comments = [Comment("김 주무관", T, "날짜 확인", replies=[
        Reply("Translator", T, "Checked")])]
    r.points[0].suggestions = [Suggestion("en", "The Government held a meeting", "Reviewer", T)]
    return r


def test_translating_keeps_the_korean_text_and_outdated_shows_it() -> None:
    r = reviewed()
    seg = r.points[0]
    assert seg.source_ko == "정부는 회의를 개최하였다"
    seg.text.ko = "정부가 회의를 개최하였다"
    assert seg.display_status() is DisplayStatus.OUTDATED
    assert seg.source_ko == "정부는 회의를 개최하였다"


def test_set_status_undo_restores_the_source_text() -> None:
    r = reviewed()
    r.points[0].text.ko = "바뀐 문장"
    op = SetStatus(r.points[0].id, TranslationStatus.REVIEWED)
    op.apply(r)
    assert r.points[0].source_ko == "바뀐 문장"
    op.revert(r)
    assert r.points[0].source_ko == "정부는 회의를 개최하였다"


def test_review_keys_round_trip() -> None:
    r = reviewed()
    text = dumps_release(r)
    back = loads_release(text)
    assert back.points[0].comments == r.points[0].comments
    assert back.points[0].suggestions == r.points[0].suggestions
    assert back.points[0].source_ko == r.points[0].source_ko
    assert dumps_release(back) == text
    seg = json.loads(text)["points"][0]
    assert seg["comments"][0]["time"] == "2026-03-18T09:30:00Z"


def test_a_release_without_review_data_saves_as_before() -> None:
    r = Release()
    r.headline = Segment.of("제목", "Headline")
    assert not {"source_ko", "comments", "suggestions"} & set(json.loads(
        dumps_release(r))["headline"])


def test_an_old_file_without_the_keys_loads() -> None:
    data = json.loads(dumps_release(reviewed()))
    for key in ("source_ko", "comments", "suggestions"):
        del data["points"][0][key]
    seg = loads_release(json.dumps(data)).points[0]
    assert (seg.source_ko, seg.comments, seg.suggestions) == ("", [], [])
    assert seg.display_status() is DisplayStatus.TRANSLATED


@pytest.mark.parametrize(("edit", "message"), [
    (lambda s: s["comments"][0].update(time="yesterday"),
     "points[0].comments[0].time: expected a time as YYYY-MM-DDTHH:MM:SSZ"),
    (lambda s: s["suggestions"][0].update(lang="fr"), "points[0].suggestions[0].lang: "
     "expected ko or en"),
    (lambda s: s["comments"][0]["replies"][0].update(text=3),
     "points[0].comments[0].replies[0].text: expected a string"),
    (lambda s: s.update(source_ko=None), "points[0].source_ko: expected a string"),
])
def test_bad_review_keys_name_their_path(edit, message: str) -> None:
    data = json.loads(dumps_release(reviewed()))
    edit(data["points"][0])
    with pytest.raises(InputError) as err:
        loads_release(json.dumps(data), "r.mfadesk")
    assert str(err.value) == f"r.mfadesk: {message}"


def test_comment_edits_are_one_reversible_operation() -> None:
    r = reviewed()
    seg_id = r.points[0].id
    resolved = [Comment(c.author, c.time, c.text, True, c.replies, c.id)
                for c in r.points[0].comments]
    op = SetReviewItems(seg_id, "comments", resolved)
    op.apply(r)
    assert open_comment_count(r) == (0, 1)
    op.revert(r)
    assert open_comment_count(r) == (1, 0)
