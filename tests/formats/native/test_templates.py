"""Templates and the contacts directory (no Qt)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.native.contacts_directory import (
    departments,
    for_department,
    load_directory,
    save_directory,
)
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.formats.native.templates import (
    builtin_templates,
    release_from_template,
    save_template,
    user_templates,
)
from mfa_desk.model.release import Contact
from mfa_desk.model.workflow import SignOff, WorkflowState
from tests.formats.export_cases import SAMPLE_FILE

TODAY = dt.date(2026, 12, 1)


def test_the_three_kinds_fill_type_category_and_timing() -> None:
    kinds = {t.name: t.release.metadata for t in builtin_templates()}
    assert list(kinds) == ["보도자료", "보도참고자료", "보도설명자료"]
    assert kinds["보도참고자료"].category == "Press Briefings"
    assert kinds["보도참고자료"].timing == "embargo"
    explanation = builtin_templates()[2].release
    assert explanation.points[0].text.ko.endswith("다음과 같이 설명드립니다.")


def test_a_release_from_a_template_is_new_and_has_the_departments_contacts() -> None:
    directory = [Contact("책임자", "과장", "한도윤", "02-2100-0001", "북미2과"),
                 Contact("담당자", "서기관", "오서연", "02-2100-0002", "북미2과"),
                 Contact("담당자", "사무관", "김민지", "02-2100-0003", "해양협력과")]
    template = builtin_templates()[0]
    release = release_from_template(template, TODAY, "북미2과",
                                    for_department(directory, "북미2과"))
    assert release.metadata.date == TODAY and release.metadata.department == "북미2과"
    assert [c.name for c in release.metadata.contacts] == ["한도윤", "오서연"]
    assert release.metadata.document_type == "보도자료"
    assert release.points[0].id != template.release.points[0].id
    assert departments(directory) == ["북미2과", "해양협력과"]


def test_a_saved_template_comes_back_without_history(tmp_path: Path) -> None:
    release = load_release(SAMPLE_FILE)
    release.workflow = WorkflowState.ISSUED
    release.signoffs = [SignOff(WorkflowState.ISSUED, "a", "b", dt.datetime(2026, 1, 1))]
    path = save_template(release, "우리 과 보도자료/2026", tmp_path)
    assert path.name == "우리 과 보도자료 2026.mfadesk"
    (tmp_path / "broken.mfadesk").write_text("{", encoding="utf-8")
    (found,) = user_templates(tmp_path)  # the broken file is left out
    assert found.release.workflow is WorkflowState.DRAFT and found.release.signoffs == []
    assert found.release.metadata.date is None
    made = release_from_template(found, TODAY)
    assert made.headline.text.ko == release.headline.text.ko
    assert made.metadata.department == release.metadata.department


def test_directory_round_trip_and_bad_files(tmp_path: Path) -> None:
    path = tmp_path / "contacts.json"
    assert load_directory(path) == []
    contacts = [Contact("책임자", "과장", "한도윤", "02-2100-0001", "북미2과")]
    save_directory(path, contacts)
    assert load_directory(path) == contacts
    path.write_text('{"format": "mfa-desk-contacts", "contacts": [{"name": 3}]}',
                    encoding="utf-8")
    with pytest.raises(InputError, match=r"contacts\[0\]"):
        load_directory(path)
    path.write_text("not json", encoding="utf-8")
    with pytest.raises(InputError, match="not valid JSON"):
        load_directory(path)
