"""Adding releases: stored with their place, updated not duplicated, nothing half-written."""

from __future__ import annotations

import datetime as dt

import pytest

from mfa_desk.archive import Archive, open_archive
from mfa_desk.archive.search import ConcordanceFilter, concordance
from mfa_desk.archive.store import ko_key
from mfa_desk.errors import InputError
from tests.archive.samples import TALKS_POINTS, release


def test_a_release_is_stored_with_both_languages_and_its_place(archive: Archive) -> None:
    result = archive.add_release(release(), source="/tmp/talks.mfadesk")
    assert result.segments == 4 and not result.replaced
    assert archive.stats()["releases"] == 1 and archive.stats()["segments"] == 4
    rows = list(archive.iter_segments())
    assert [r.kind for r in rows] == ["headline", "point", "point", "point"]
    assert rows[1].ko == TALKS_POINTS[0][0] and rows[1].en == TALKS_POINTS[0][1]
    assert rows[1].status == "translated" and rows[1].level == 1
    assert rows[1].date == "2026-03-18" and rows[1].department == "북미국 북미1과"
    assert rows[1].release == "한-캐나다 외교장관 회담 개최"
    assert rows[1].source == "/tmp/talks.mfadesk"
    # Each segment knows the one before it (for context matches).
    assert rows[2].prev_key == ko_key(rows[1].ko) and rows[0].prev_key == ""


def test_adding_the_same_release_again_updates_it(archive: Archive) -> None:
    archive.add_release(release())
    changed = release(points=[("양측은 협력을 강화해 나가기로 하였다.",
                               "The two sides agreed to strengthen cooperation.")])
    result = archive.add_release(changed)
    assert result.replaced
    assert archive.stats() == {"releases": 1, "segments": 2, "bilingual_segments": 2}
    # The old text is gone from the index too: concordance no longer finds it.
    assert concordance(archive, "공급망") == []
    assert [h.ko for h in concordance(archive, "협력을 강화")] == [
        "양측은 협력을 강화해 나가기로 하였다."]


def test_a_saved_file_with_an_edited_headline_replaces_its_old_entry(archive: Archive) -> None:
    archive.add_release(release(), source="/data/talks.mfadesk")
    archive.add_release(release(headline_ko="한-캐나다 외교장관 회담 결과"),
                        source="/data/talks.mfadesk")
    assert archive.stats()["releases"] == 1
    archive.add_release(release(headline_ko="다른 보도자료"), source="/data/other.mfadesk")
    assert archive.stats()["releases"] == 2


def test_release_number_identifies_a_release(archive: Archive) -> None:
    archive.add_release(release(number="2026-118"))
    archive.add_release(release(number="2026-118", headline_ko="제목 수정"))
    archive.add_release(release(number="2026-119"))
    assert archive.stats()["releases"] == 2


def test_a_failed_add_leaves_the_archive_as_it_was(archive: Archive,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    archive.add_release(release())
    before = archive.stats()

    def broken(*args: object, **kwargs: object) -> None:
        raise InputError("disk full")

    monkeypatch.setattr(archive.db, "insert_many", broken)
    with pytest.raises(InputError):
        archive.add_release(release(headline_ko="새 보도자료"))
    monkeypatch.undo()
    assert archive.stats() == before
    assert len(concordance(archive, "외교")) >= 1


def test_concordance_filters_by_date_and_department(archive: Archive) -> None:
    archive.add_release(release())
    archive.add_release(release(headline_ko="한-일 외교장관 회담", date=dt.date(2025, 5, 2),
                                department="아시아태평양국"))
    assert len(concordance(archive, "외교")) == 2 + 2  # headlines and one point each
    newer = concordance(archive, "외교", filters=ConcordanceFilter(date_from="2026-01-01"))
    assert {h.date for h in newer} == {"2026-03-18"}
    asia = concordance(archive, "외교", filters=ConcordanceFilter(department="아시아"))
    assert {h.department for h in asia} == {"아시아태평양국"}
    older = concordance(archive, "외교", filters=ConcordanceFilter(date_to="2025-12-31"))
    assert {h.date for h in older} == {"2025-05-02"}


def test_concordance_finds_two_syllable_words_and_english_phrases(archive: Archive) -> None:
    archive.add_release(release())
    hits = concordance(archive, "외교")
    assert {h.en for h in hits} >= {TALKS_POINTS[2][1]}
    assert concordance(archive, "장관", lang="ko")[0].ko.count("장관") >= 1
    english = concordance(archive, "supply chain fund", lang="en")
    assert [h.ko for h in english] == [TALKS_POINTS[1][0]]
    assert concordance(archive, "Diplomatic Channels")[0].ko == TALKS_POINTS[2][0]
    assert concordance(archive, "외") != []  # one syllable: a scan, still found
    assert concordance(archive, "없는말") == []
    assert concordance(archive, "  ") == []


def test_an_archive_that_is_no_database_is_one_clear_error(tmp_path) -> None:  # noqa: ANN001
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("this is not a database\n" * 100, encoding="utf-8")
    with pytest.raises(InputError, match="notes.sqlite3"):
        open_archive(bad)
    assert bad.read_text(encoding="utf-8").startswith("this is not")
    with pytest.raises(InputError, match="postgresql://"):
        open_archive("mysql://host/db")
    with pytest.raises(InputError, match="cannot reach"):
        open_archive("postgresql://nobody@127.0.0.1:1/nothing")


def test_inside_a_batch_a_failed_release_rolls_back_alone(archive: Archive,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    real = archive.db.insert_many

    def fail_for_segments_of_the_second(table: str, *args: object, **kw: object) -> None:
        if table == "segments" and "두 번째" in str(args):
            raise InputError("disk full")
        real(table, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(archive.db, "insert_many", fail_for_segments_of_the_second)
    with archive.batch():
        archive.add_release(release(headline_ko="첫 번째"))
        with pytest.raises(InputError):
            archive.add_release(release(headline_ko="두 번째", points=[("두 번째 문장", "x")]))
        archive.add_release(release(headline_ko="세 번째"))
    assert archive.stats()["releases"] == 2
    assert {h.release for h in concordance(archive, "번째")} == {"첫 번째", "세 번째"}


def test_any_text_survives_the_round_trip(archive: Archive) -> None:
    tricky = ['그는 "중요하다"라고 말했다 \\ {괄호}, 쉼표', "NULL", "'작은따옴표'", "탭\t문자"]
    archive.add_release(release(points=[(t, t + " en") for t in tricky]))
    stored = [s.ko for s in archive.iter_segments() if s.kind == "point"]
    assert stored == [tricky[0], "NULL", "'작은따옴표'", "탭 문자"]


def _counts_agree(archive: Archive) -> bool:
    kept = dict(archive.db.execute("SELECT term, n FROM term_counts WHERE n <> 0"))
    real = dict(archive.db.execute("SELECT term, COUNT(*) FROM terms GROUP BY term"))
    return kept == real


def test_term_counts_stay_true_through_batches_replacements_and_failures(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    archive.add_release(release())
    with archive.batch():
        archive.add_release(release(headline_ko="다른 회담"))
        archive.add_release(release(points=TALKS_POINTS[:1]))  # replaces the first
    assert _counts_agree(archive)
    real = archive.db.insert_many

    def fail_on_terms(table: str, *args: object, **kw: object) -> None:
        if table == "terms":
            raise InputError("disk full")
        real(table, *args, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(archive.db, "insert_many", fail_on_terms)
    with archive.batch():
        with pytest.raises(InputError):
            archive.add_release(release(headline_ko="실패할 보도자료"))
    monkeypatch.undo()
    assert _counts_agree(archive) and archive.stats()["releases"] == 2


def test_statistics_refresh_after_a_large_load_keeps_everything(archive: Archive) -> None:
    archive.add_release(release())
    archive.db.optimize()  # VACUUM (ANALYZE) on PostgreSQL, PRAGMA optimize on SQLite
    assert archive.stats()["segments"] == 4 and concordance(archive, "외교")


def test_a_grown_sqlite_archive_gets_planner_statistics_when_opened(archive_url: str) -> None:
    with open_archive(archive_url) as archive:
        archive.add_release(release(points=[(f"문장 {i}번", f"Sentence {i}")
                                            for i in range(1_005)]))
    with open_archive(archive_url) as archive:
        marks = dict(archive.db.execute("SELECT name, value FROM archive_meta"))
        if archive.db.kind == "sqlite":
            assert int(marks["analyzed_at"]) >= 1_005
            assert archive.db.execute("SELECT COUNT(*) FROM sqlite_stat1")[0][0] > 0
        else:  # PostgreSQL's autovacuum keeps the statistics
            assert "analyzed_at" not in marks
        assert len(concordance(archive, "문장")) == 100
