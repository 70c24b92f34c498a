"""A review copy reviewed in LibreOffice through its UNO API comes back right.

LibreOffice reads our tracked changes and comments; in it one change is
accepted and one rejected (its own commands), one new tracked edit and one new
comment are made (tests/review/lo_review_edit.py under the system Python with
python3-uno); the saved files are imported back onto the release.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from mfa_desk.review.review_copy import apply_review
from tests.review.review_samples import release
from tests.review.test_review_copy import review_copy

SYSTEM_PYTHON = "/usr/bin/python3"
SCRIPT = Path(__file__).with_name("lo_review_edit.py")


@pytest.fixture(scope="module")
def reviewed(tmp_path_factory) -> dict:
    if shutil.which("soffice") is None:
        pytest.fail("LibreOffice (soffice) is not installed: `make test` installs "
                    "libreoffice-writer-nogui")
    probe = subprocess.run([SYSTEM_PYTHON, "-c", "import uno"], capture_output=True)
    if probe.returncode != 0:
        pytest.fail("the system Python cannot import uno: `make test` installs python3-uno")
    folder = tmp_path_factory.mktemp("lo-review")
    view_in = review_copy(folder / "plain.docx", with_comments=False)
    model_in = review_copy(folder / "commented.docx")
    done = subprocess.run([SYSTEM_PYTHON, str(SCRIPT), str(folder / "profile"), str(view_in),
                           str(folder / "view-out.docx"), str(model_in),
                           str(folder / "model-out.docx")],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    return {"report": json.loads(done.stdout), "view": folder / "view-out.docx",
            "model": folder / "model-out.docx"}


def test_libreoffice_reads_our_changes_and_comments(reviewed: dict) -> None:
    read = reviewed["report"]["model"]["read"]
    assert [c["type"] for c in read["changes"]] == ["Insert", "Delete", "Delete", "Insert"]
    assert {c["author"] for c in read["changes"]} == {"Drafter"}
    # Our comment, its reply (LibreOffice 7.4 shows replies apart) and a resolved one.
    assert sorted(map(str, read["comments"])) == sorted(map(str, [
        {"author": "김 주무관", "text": "날짜 확인 부탁", "resolved": False},
        {"author": "Translator", "text": "확인했습니다", "resolved": False},
        {"author": "박 과장", "text": "용어 통일", "resolved": True}]))


def test_accepted_applied_rejected_gone_pending_and_new_edit_suggested(reviewed: dict) -> None:
    after = reviewed["report"]["view"]["after"]["changes"]
    assert len(after) == 4  # two of ours handled, one of ours left, one new (two marks)
    back, warnings = apply_review(release(2), reviewed["view"])
    assert warnings == []
    a, b, c = back.points
    assert a.text.en == "The two foreign ministers met in Seoul." and not a.suggestions
    assert b.text.ko == "양국은 경제 협력을 강화하기로 하였다." and not b.suggestions
    assert c.text.en == "The talks were held on Tuesday."
    assert [(s.lang, s.text, s.author) for s in c.suggestions] == [
        ("en", "The talks were held on Wednesday.", "Drafter")]
    assert back.headline.text.en == "Korea-Virtualia Foreign Ministers' Meeting"
    assert [(s.lang, s.text, s.author) for s in back.headline.suggestions] == [
        ("en", "Korea-Virtualia Foreign Ministers' Talks", "LO Reviewer")]


def test_new_comment_attached_and_ours_not_doubled(reviewed: dict) -> None:
    back, warnings = apply_review(release(2), reviewed["model"])
    assert warnings == []
    comments = [(c.author, c.text, [r.text for r in c.replies], c.resolved)
                for c in back.points[1].comments]
    assert comments == [("김 주무관", "날짜 확인 부탁", ["확인했습니다"], False),
                        ("박 과장", "용어 통일", [], True),
                        ("LO Reviewer", "Check the date", [], False)]
    (edit,) = back.points[0].suggestions
    assert (edit.text, edit.author) == ("The two foreign ministers met in Busan.",
                                       "LO Reviewer")
