"""Seed one known fault into a copy of a clean release; return the copy and the fault's path.

Each seeder yields every place it can seed in a release, so a test can check that the
fault is reported in that segment whichever segment it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from mfa_desk.checks.dates import english_dates
from mfa_desk.checks.glossary_check import default_glossary, terms_in_korean
from mfa_desk.checks.numbers import NUMBER, extract_quantities
from mfa_desk.model.release import Release

Seeded = tuple[Release, str]  # the faulty copy, the path where the fault is


def _texts(release: Release) -> list[tuple[str, int]]:
    return [(ref.path, i) for i, ref in enumerate(release.iter_segments())]


def _ref(release: Release, index: int):  # noqa: ANN202 - a SegmentRef
    return list(release.iter_segments())[index]


def changed_date(release: Release) -> Iterator[Seeded]:
    for path, i in _texts(release):
        en = _ref(release, i).segment.text.en
        dates = english_dates(en)
        if not dates:
            continue
        d = dates[0]
        new_day = d.day + 1 if d.day < 28 else d.day - 1
        changed = d.text.replace(str(d.day), str(new_day), 1)
        copy = release.copy()
        seg = _ref(copy, i).segment
        seg.text.en = en[:d.start] + changed + en[d.end:]
        yield copy, path


def changed_amount(release: Release) -> Iterator[Seeded]:
    for path, i in _texts(release):
        en = _ref(release, i).segment.text.en
        dates = english_dates(en)
        nums = [q for q in extract_quantities(en, False, [(d.start, d.end) for d in dates])
                if q.kind == NUMBER and q.claim and q.value > 1 and not 1900 <= q.value <= 2100]
        if not nums:
            continue
        q = nums[0]
        m = re.search(r"\d(?=\D*$)", en[q.start:q.end])  # the last digit of the number
        assert m is not None
        pos = q.start + m.start()
        digit = str((int(en[pos]) + 3) % 10)
        copy = release.copy()
        _ref(copy, i).segment.text.en = en[:pos] + digit + en[pos + 1:]
        yield copy, path


def dropped_point(release: Release) -> Iterator[Seeded]:
    """Drop the English of one point; later English moves up one place, as a positional
    import of a translation that lost a point would leave it."""
    points = [ref for ref in release.iter_segments() if ref.kind == "point"]
    for k in range(len(points)):
        copy = release.copy()
        refs = [ref for ref in copy.iter_segments() if ref.kind == "point"]
        english = [r.segment.text.en for r in refs]
        del english[k]
        english.append("")
        for r, en in zip(refs, english, strict=True):
            r.segment.text.en = en
        yield copy, points[k].path


def hangul_left(release: Release) -> Iterator[Seeded]:
    for path, i in _texts(release):
        copy = release.copy()
        seg = _ref(copy, i).segment
        words = seg.text.en.split(" ")
        words.insert(len(words) // 2, "협력")
        seg.text.en = " ".join(words)
        yield copy, path


def wrong_glossary(release: Release) -> Iterator[Seeded]:
    glossary = default_glossary()
    for path, i in _texts(release):
        text = _ref(release, i).segment.text
        for pair in terms_in_korean(text.ko, glossary):
            if pair.forbidden and pair.en in text.en:
                copy = release.copy()
                _ref(copy, i).segment.text.en = text.en.replace(pair.en, pair.forbidden[0])
                yield copy, path
                break


SEEDERS: dict[str, tuple[str, Callable[[Release], Iterator[Seeded]]]] = {
    "changed date": ("date", changed_date),
    "changed amount": ("number", changed_amount),
    "dropped point": ("structure", dropped_point),
    "Hangul left in English": ("hangul", hangul_left),
    "wrong glossary rendering": ("glossary", wrong_glossary),
}
