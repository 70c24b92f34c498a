"""Whole releases: zero errors on clean ones, every seeded fault found in its segment."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.checks.findings import ERROR
from mfa_desk.checks.translation import check_translation
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.model.release import Release, Segment
from mfa_desk.resources import sample_release_path

from .releases import CLEAN_RELEASES
from .seeding import SEEDERS

CASES = [(name, fault) for name in CLEAN_RELEASES for fault in SEEDERS]
FIXTURES = Path(__file__).parent.parent / "fixtures" / "releases"
SAMPLE_PAIRS = sorted(p.name.removesuffix(".ko.txt") for p in FIXTURES.glob("*.ko.txt"))


def _sample(name: str):  # noqa: ANN202 - a Release
    from mfa_desk.formats.importing import import_pair

    return import_pair(FIXTURES / f"{name}.ko.txt", FIXTURES / f"{name}.en.txt").release


def test_there_are_sample_pairs() -> None:
    assert len(SAMPLE_PAIRS) >= 8


@pytest.mark.parametrize("name", SAMPLE_PAIRS)
def test_clean_sample_pair_has_no_errors(name: str) -> None:
    findings = check_translation(_sample(name))
    assert [f for f in findings if f.severity == ERROR] == []


def _seedable() -> list[tuple[str, str]]:
    """(sample, fault) for each fault the sample has room for (07 names no date, and
    not every sample has a glossary term with a forbidden variant)."""
    return [(n, f) for n in SAMPLE_PAIRS for f, (_, seeder) in SEEDERS.items()
            if next(iter(seeder(_sample(n))), None) is not None]


def test_most_faults_can_be_seeded_in_the_samples() -> None:
    seedable = _seedable()
    assert len(seedable) >= 4 * len(SAMPLE_PAIRS)
    assert {f for _, f in seedable} == set(SEEDERS)


def _assert_each_fault_found(release: Release, fault: str) -> None:
    check, seeder = SEEDERS[fault]
    seeded = list(seeder(release))
    assert seeded, f"{fault} could not be seeded"
    for copy, path in seeded:
        findings = check_translation(copy)
        assert any(f.check == check and f.segment == path and f.severity == ERROR
                   for f in findings), (path, [(f.check, f.segment) for f in findings])
        # The fault is reported at its place only: no error anywhere else.
        assert {f.segment for f in findings if f.severity == ERROR} == {path}, \
            [(f.check, f.segment, f.message) for f in findings]


@pytest.mark.parametrize(("name", "fault"), _seedable())
def test_seeded_fault_in_sample_pair_is_found(name: str, fault: str) -> None:
    _assert_each_fault_found(_sample(name), fault)


@pytest.mark.parametrize("name", sorted(CLEAN_RELEASES))
def test_clean_release_has_no_findings(name: str) -> None:
    assert check_translation(CLEAN_RELEASES[name]()) == []


@pytest.mark.parametrize(("name", "fault"), CASES)
def test_seeded_fault_is_found_in_its_segment(name: str, fault: str) -> None:
    _assert_each_fault_found(CLEAN_RELEASES[name](), fault)


def test_dropped_point_reported_once_and_later_points_compared_with_counterparts() -> None:
    release = CLEAN_RELEASES["trade_talks"]()
    # Drop the English of points[1] and shift the rest up, as a positional import would.
    refs = [r for r in release.iter_segments() if r.kind == "point"]
    english = [r.segment.text.en for r in refs]
    del english[1]
    for r, en in zip(refs, [*english, ""], strict=True):
        r.segment.text.en = en
    findings = check_translation(release)
    assert [(f.check, f.segment) for f in findings] == [("structure", "points[1]")]
    assert "no English translation" in findings[0].message
    assert "level 1: Korean 4, English 3" in findings[0].message


def test_merged_points_reported_once() -> None:
    release = CLEAN_RELEASES["budget_briefing"]()
    refs = [r for r in release.iter_segments() if r.kind == "point"]
    english = [r.segment.text.en for r in refs]
    # The translator merged points 1 and 2 into one English point; the rest moved up.
    english[0:2] = [english[0] + " " + english[1]]
    for r, en in zip(refs, [*english, ""], strict=True):
        r.segment.text.en = en
    findings = check_translation(release)
    assert [(f.check, f.segment) for f in findings] == [("structure", "points[1]")], \
        [f.message for f in findings]
    assert "in the English of points[0]" in findings[0].message


def test_untranslated_and_sourceless_segments() -> None:
    release = CLEAN_RELEASES["aid_package"]()
    release.notes.append(Segment.of("", "An English note without Korean."))
    release.points[1].children[1].text.en = ""
    findings = check_translation(release)
    got = {(f.check, f.segment, f.severity) for f in findings}
    assert got == {("structure", "points[1].children[1]", ERROR),
                   ("structure", "notes[0]", ERROR)}


def test_one_language_release_has_nothing_to_compare() -> None:
    release = CLEAN_RELEASES["aid_package"]()
    for ref in release.iter_segments():
        ref.segment.text.en = ""
    assert check_translation(release) == []


def test_shipped_sample_only_error_is_its_untranslated_point() -> None:
    findings = check_translation(load_release(sample_release_path()))
    errors = [(f.check, f.segment) for f in findings if f.severity == ERROR]
    assert errors == [("structure", "points[3]")]


def test_extra_english_point_reported_at_its_place() -> None:
    release = CLEAN_RELEASES["budget_briefing"]()
    refs = [r for r in release.iter_segments() if r.kind == "point"]
    english = [r.segment.text.en for r in refs]
    english.insert(2, "The Ministry will also hold a briefing for the press.")
    release.points.append(Segment.of("", ""))  # room for the last English text
    refs = [r for r in release.iter_segments() if r.kind == "point"]
    for r, en in zip(refs, english, strict=True):
        r.segment.text.en = en
    findings = check_translation(release)
    assert [(f.check, f.segment, f.severity) for f in findings] == \
        [("structure", "points[2]", ERROR)], [f.message for f in findings]
    assert "no Korean source" in findings[0].message
