"""Bulk add through the importers, pre-translation, and the TMX 1.4b round trip."""

from __future__ import annotations

import shutil
from collections import Counter
from pathlib import Path

import pytest
from lxml import etree

from mfa_desk.archive import Archive, open_archive
from mfa_desk.archive.bulk import add_paths, collect, importable_suffixes
from mfa_desk.archive.pretranslate import pretranslate
from mfa_desk.archive.search import concordance
from mfa_desk.archive.tmx import export_tmx, import_tmx, read_tmx
from mfa_desk.errors import InputError
from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.model.release import Release, Segment, TranslationStatus
from tests.archive.samples import TALKS_POINTS, release

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "releases"
DTD = Path(__file__).resolve().parent / "tmx14b.dtd"


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "releases"
    (folder / "older").mkdir(parents=True)
    for name in ("01-ministerial-talks.ko.txt", "01-ministerial-talks.en.txt",
                 "02-supply-chain-fund.ko.txt"):
        shutil.copy(FIXTURES / name, folder / name)
    save_release(release(), folder / "older" / "talks.mfadesk")
    (folder / "older" / "broken.docx").write_bytes(b"PK\x03\x04 not really a zip")
    (folder / "notes.bin").write_bytes(b"\x00\x01")  # not a release kind: not collected
    return folder


def test_folders_are_collected_by_the_importers_kinds_with_language_pairs(
        tmp_path: Path) -> None:
    assert {".mfadesk", ".txt", ".docx", ".html"} <= importable_suffixes()
    groups, missing = collect([_folder(tmp_path), tmp_path / "nowhere"])
    names = [[p.name for p in g] for g in groups]
    assert ["01-ministerial-talks.ko.txt", "01-ministerial-talks.en.txt"] in names
    assert ["02-supply-chain-fund.ko.txt"] in names
    assert not any("notes.bin" in n for g in names for n in g)
    assert missing == [f"{tmp_path / 'nowhere'}: no such file or folder"]


def test_bulk_add_goes_on_past_unreadable_files(archive: Archive, tmp_path: Path) -> None:
    seen: list[tuple[int, int]] = []
    folder = _folder(tmp_path)
    result = add_paths(archive, [folder], lambda d, t, p: seen.append((d, t)))
    assert result.added == 3
    assert len(result.failures) == 1 and "broken.docx" in result.failures[0]
    assert "\n" not in result.failures[0]
    assert seen[-1] == (5, 5) and [d for d, _ in seen] == sorted(d for d, _ in seen)
    # The paired release is bilingual: a Korean hit shows its English side.
    assert all(h.en for h in concordance(archive, "외교") if h.kind == "point")
    again = add_paths(archive, [folder])
    assert again.added == 3 and archive.stats()["releases"] == 3  # updated, not duplicated


def test_pretranslate_fills_empty_english_from_exact_matches_as_draft(
        archive: Archive) -> None:
    archive.add_release(release())
    new = Release()
    new.headline = Segment.of("새 보도자료 제목")
    new.points = [Segment.of(TALKS_POINTS[0][0]), Segment.of(TALKS_POINTS[1][0]),
                  Segment.of("양측은 양국 관계의 중요함을 재확인하였다."),
                  Segment.of(TALKS_POINTS[2][0], "Already translated.")]
    proposals = pretranslate(archive, new)
    assert [(p.segment_id, p.en) for p in proposals] == [
        (new.points[0].id, TALKS_POINTS[0][1]), (new.points[1].id, TALKS_POINTS[1][1])]
    assert proposals[1].score == 101  # its previous segment matches too: context
    assert proposals[0].release == "한-캐나다 외교장관 회담 개최"
    assert proposals[0].date == "2026-03-18"
    assert all(p.status is TranslationStatus.DRAFT for p in new.points)


def _validate(path: Path) -> None:
    dtd = etree.DTD(str(DTD))
    doc = etree.parse(str(path))
    assert dtd.validate(doc), dtd.error_log.filter_from_errors()


def _pairs(archive: Archive) -> Counter[tuple[str, ...]]:
    return Counter((s.ko, s.en, s.kind, str(s.level), s.status, s.release, s.date)
                   for s in archive.iter_segments())


def test_tmx_round_trip_into_an_empty_archive(archive: Archive, tmp_path: Path) -> None:
    archive.add_release(release())
    archive.add_release(release(headline_ko="한-일 외교장관 회담", date=None,
                                points=[("영어 없는 문장", ""), ("", "English only")]))
    out = tmp_path / "memory.tmx"
    assert export_tmx(archive, out) == 7
    _validate(out)
    root = etree.parse(str(out)).getroot()
    assert root.find("header").get("srclang") == "ko"
    first = root.find("body/tu")
    assert first.get("tuid") and first.get("creationdate") == "20260318T000000Z"
    assert {p.get("type"): p.text for p in first.findall("prop")}["x-release"] == \
        "한-캐나다 외교장관 회담 개최"
    with open_archive(tmp_path / "empty.sqlite3") as empty:
        assert import_tmx(empty, out) == 7
        assert _pairs(empty) == _pairs(archive)
        assert empty.stats()["releases"] == 2


def test_foreign_memories_are_read_with_inline_codes_dropped(archive: Archive,
                                                           tmp_path: Path) -> None:
    memo = tmp_path / "trados.tmx"
    memo.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header '
        'creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x" '
        'adminlang="en-US" srclang="ko-KR" datatype="rtf"/><body>'
        '<tu><tuv xml:lang="ko-KR"><seg>양측은 <bpt i="1">{\\b </bpt>협력<ept i="1">}</ept>'
        '을 강화하기로 하였다.</seg></tuv><tuv xml:lang="EN-US"><seg>The two sides agreed '
        'to <hi>strengthen</hi> cooperation.</seg></tuv></tu>'
        '<tu><tuv lang="KO"><seg>회담</seg></tuv><tuv lang="en-GB"><seg>Talks</seg></tuv></tu>'
        '<tu><tuv xml:lang="fr-FR"><seg>Bonjour</seg></tuv></tu>'
        '</body></tmx>', encoding="utf-8")
    assert import_tmx(archive, memo) == 2
    hit = concordance(archive, "협력을 강화")[0]
    assert hit.ko == "양측은 협력을 강화하기로 하였다."
    assert hit.en == "The two sides agreed to strengthen cooperation."
    import_tmx(archive, memo)  # the same memory again replaces its units
    assert archive.stats()["segments"] == 2


@pytest.mark.parametrize("content, message", [
    ("<tmx><body><tu>", "not well-formed XML"),
    ("<html><body/></html>", "not a TMX memory"),
    ("", "not well-formed XML"),
])
def test_bad_tmx_is_one_line_and_changes_nothing(tmp_path: Path, content: str,
                                                 message: str) -> None:
    bad = tmp_path / "bad.tmx"
    bad.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message) as caught:
        read_tmx(bad)
    assert "bad.tmx" in str(caught.value) and "\n" not in str(caught.value)


def test_a_folder_s_legacy_hangul_files_are_archived(archive: Archive, tmp_path: Path) -> None:
    # Ministries keep years of releases as HWP 5 (.hwp): a folder of them is taken in bulk
    # like .hwpx, through the same reader the editor's import uses.
    from hwpx import HwpxDocument

    from tests.formats import hwpx_samples as samples

    folder = tmp_path / "hangul"
    folder.mkdir()
    hwpx_path = samples.write("hangul_bullets", tmp_path)
    HwpxDocument.open(str(hwpx_path)).save_to_path(str(folder / "older-release.hwp"))
    assert ".hwp" in importable_suffixes()
    groups, _ = collect([folder])
    assert [[p.name for p in g] for g in groups] == [["older-release.hwp"]]
    result = add_paths(archive, [folder])
    assert (result.added, result.failures) == (1, [])
    assert [h.ko for h in concordance(archive, samples.HEADLINE[:6]) if h.kind == "headline"] == [
        samples.HEADLINE]
