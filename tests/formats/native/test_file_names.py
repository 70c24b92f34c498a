from __future__ import annotations

import datetime as dt

from mfa_desk.formats.native.file_names import MAX_STEM, suggested_stem
from mfa_desk.model import Release, Segment


def release(ko: str = "", en: str = "", date: dt.date | None = None) -> Release:
    r = Release()
    r.headline = Segment.of(ko, en)
    r.metadata.date = date
    return r


def test_date_and_english_headline_without_its_date_suffix() -> None:
    r = release("제5차 한-캐나다 전략대화 개최(11.4.)", "Korea-Canada Strategic Dialogue (11.4.)",
                dt.date(2026, 11, 4))
    assert suggested_stem(r) == "2026-11-04 Korea-Canada Strategic Dialogue"


def test_korean_headline_when_there_is_no_english() -> None:
    assert suggested_stem(release("아세안 공급망 협력기금 출범")) == "아세안 공급망 협력기금 출범"


def test_characters_file_systems_refuse_are_removed_and_length_capped() -> None:
    stem = suggested_stem(release(en='Q&A: "Visa" waiver / 2027? <draft>|' + " word" * 40))
    assert not any(c in stem for c in '\\/:*?"<>|')
    assert stem.startswith("Q&A Visa waiver 2027 draft")
    assert len(stem) <= MAX_STEM


def test_empty_release_gets_the_fallback() -> None:
    assert suggested_stem(Release(), "release") == "release"
