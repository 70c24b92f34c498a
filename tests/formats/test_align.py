"""Two files of one release, Korean and English, aligned point by point."""

from __future__ import annotations

import datetime as dt

import pytest
from release_outline import DEFECTS, PAIRS, RELEASES, points

from mfa_desk.errors import InputError
from mfa_desk.formats.align import merge_languages
from mfa_desk.formats.importing import import_pair
from mfa_desk.formats.native.mfadesk_file import dumps_release, loads_release
from mfa_desk.formats.plaintext.text_import import import_text, import_text_file
from mfa_desk.model.release import Attachment, BiText, Photo, Release


@pytest.mark.parametrize("name", PAIRS)
def test_every_sample_pair_aligns_without_warnings(name: str) -> None:
    result = import_pair(RELEASES / f"{name}.ko.txt", RELEASES / f"{name}.en.txt")
    r = result.release
    assert result.warnings == []
    assert r.languages == ["ko", "en"]
    for ref in r.iter_segments():
        assert ref.segment.text.ko and ref.segment.text.en, ref.path
    ko_only = import_text_file(RELEASES / f"{name}.ko.txt").release
    en_only = import_text_file(RELEASES / f"{name}.en.txt").release
    assert points(r, "ko") == points(ko_only, "ko")
    assert points(r, "en") == points(en_only, "en")


def test_order_of_the_two_files_does_not_matter() -> None:
    ko, en = (RELEASES / "08-youth-peace-forum.ko.txt", RELEASES / "08-youth-peace-forum.en.txt")
    a, b = import_pair(ko, en).release, import_pair(en, ko).release
    assert points(a, "ko") == points(b, "ko") and points(a, "en") == points(b, "en")


def test_metadata_merged() -> None:
    r = import_pair(RELEASES / "02-supply-chain-fund.ko.txt",
                    RELEASES / "02-supply-chain-fund.en.txt").release
    m = r.metadata
    assert m.document_type == "보도참고자료" and m.timing == "embargo"
    assert m.date == dt.date(2026, 4, 8)  # the English e-mail form has none: Korean kept
    assert len(m.contacts) == 2 and m.department == "경제외교국 경제협력과"
    assert r.unofficial_translation
    r1 = import_pair(RELEASES / "01-ministerial-talks.ko.txt",
                     RELEASES / "01-ministerial-talks.en.txt").release
    assert r1.metadata.category == "Press Releases"
    assert [a.title.ko for a in r1.attachments] == ["회담 사진 1부."]
    assert [a.title.en for a in r1.attachments] == [""]


def test_missing_point_kept_as_an_empty_cell_and_reported() -> None:
    result = import_pair(RELEASES / "03-anniversary-ceremony.ko.txt",
                         DEFECTS / "96-missing-point.en.txt")
    r = result.release
    assert len(r.points) == 3
    assert r.points[2].text.ko.startswith("행사는 5.12.(화)부터")
    assert r.points[2].text.en == ""
    assert result.warnings == ["points: the Korean has 3, the English 2; points[2] kept with "
                               "no English"]


def test_children_mismatch_reported_with_path() -> None:
    ko = import_text("제목\n□ 하나.\n ㅇ 가.\n ㅇ 나.\n□ 둘.\n").release
    en = import_text("Title\n1. One.\n° A.\n2. Two.\n° B.\n3. Three.\n").release
    result = merge_languages(ko, en)
    assert points(result.release, "ko") == [("하나.", ["가.", "나."]), ("둘.", [""]), ""]
    assert points(result.release, "en") == [("One.", ["A.", ""]), ("Two.", ["B."]), "Three."]
    assert result.warnings == [
        "points: the Korean has 2, the English 3; points[2] kept with no Korean",
        "points[0].children: the Korean has 2, the English 1; points[0].children[1] kept "
        "with no English",
        "points[1].children: the Korean has 0, the English 1; points[1].children[0] kept "
        "with no Korean",
    ]


def test_date_conflict_reported() -> None:
    ko = import_text("보도일시  2026. 3. 18.(수) 즉시\n제목\n□ 하나.\n").release
    en = import_text("Date 2026-03-19\nTitle\n1. One.\n").release
    result = merge_languages(ko, en)
    assert result.release.metadata.date == dt.date(2026, 3, 19)
    assert result.warnings == ["metadata.date: the Korean header says 2026-03-18, the English "
                               "page 2026-03-19; keeping 2026-03-19"]


def test_two_files_of_one_language_refused() -> None:
    ko = RELEASES / "01-ministerial-talks.ko.txt"
    with pytest.raises(InputError, match="both files are Korean"):
        import_pair(ko, ko)


def test_photo_and_caption_merged() -> None:
    ko, en = Release(languages=["ko"]), Release(languages=["en"])
    ko.headline.text.ko, en.headline.text.en = "제목", "Title"
    ko.attachments = [Attachment(BiText("사진", ""), Photo(b"\x89PNG", "image/png",
                                                           BiText("설명", "")))]
    en.attachments = [Attachment(BiText("", "Photo"), Photo(b"\x89PNG", "image/png",
                                                            BiText("", "Caption")))]
    merged = merge_languages(en, ko).release
    att = merged.attachments[0]
    assert (att.title.ko, att.title.en) == ("사진", "Photo")
    assert att.photo is not None and (att.photo.caption.ko, att.photo.caption.en) == ("설명",
                                                                                      "Caption")


@pytest.mark.parametrize("name", PAIRS)
def test_imported_pair_survives_save_and_load(name: str) -> None:
    merged = import_pair(RELEASES / f"{name}.ko.txt", RELEASES / f"{name}.en.txt").release
    assert loads_release(dumps_release(merged)) == merged
