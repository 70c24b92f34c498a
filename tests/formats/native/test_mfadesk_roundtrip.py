"""save -> load is the identity on random releases (hypothesis)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mfa_desk.constants import TIMINGS
from mfa_desk.formats.native.mfadesk_file import (
    dumps_release,
    load_release,
    loads_release,
    save_release,
)
from mfa_desk.formats.untrusted_text import clean
from mfa_desk.model.release import (
    Attachment,
    BiText,
    Contact,
    Dismissal,
    Metadata,
    Photo,
    Release,
    Segment,
    TranslationStatus,
)

# Hangul, Latin, emoji, quotes and JSON-special characters, plus anything else
# printable (no lone surrogates: they are not text and cannot be UTF-8).
_SPECIAL = st.sampled_from(list(
    "한국어 외교부 □ㅇ※°º◦ \"'“”‘’«» \\ / \n\t\r 😀🇰🇷👍🏽 é ß ñ 漢字 \u200b\ufeff"))
# Controls, bidi overrides and non-characters are cleaned out when a file is read
# (issue #12, formats/untrusted_text.py): a release never holds them.
_ANY = st.characters(blacklist_categories=("Cs",)).filter(lambda c: clean(c)[0] == c)
TEXT = st.one_of(
    st.text(st.one_of(_SPECIAL, _ANY), max_size=40),
    # long texts (thousands of characters), cheap to generate: a phrase repeated
    st.tuples(st.text(st.one_of(_SPECIAL, _ANY), min_size=1, max_size=8),
              st.integers(300, 1000)).map(lambda t: t[0] * t[1]),
)
SHORT = st.text(st.one_of(_SPECIAL, _ANY), max_size=20)


@st.composite
def bitexts(draw: st.DrawFn) -> BiText:
    return BiText(draw(TEXT), draw(TEXT))


@st.composite
def segments(draw: st.DrawFn, depth: int) -> Segment:
    seg = Segment(text=draw(bitexts()))
    status = draw(st.sampled_from(list(TranslationStatus)))
    if status is not TranslationStatus.DRAFT:
        seg.set_status(status)
    if draw(st.booleans()):
        seg.source_fingerprint = draw(st.text("0123456789abcdef", max_size=16))
    if depth > 1:
        seg.children = draw(st.lists(segments(depth - 1), max_size=3))
    return seg


@st.composite
def photos(draw: st.DrawFn) -> Photo:
    return Photo(data=draw(st.binary(max_size=300)),
                 media_type=draw(st.sampled_from(["image/png", "image/jpeg"])),
                 caption=draw(bitexts()))


@st.composite
def releases(draw: st.DrawFn) -> Release:
    r = Release()
    r.metadata = Metadata(
        category=draw(SHORT), document_type=draw(SHORT),
        date=draw(st.none() | st.dates(dt.date(1948, 1, 1), dt.date(2100, 12, 31))),
        timing=draw(st.sampled_from(TIMINGS)), timing_text=draw(SHORT),
        issued_at=draw(st.none() | st.datetimes(dt.datetime(1948, 1, 1),
                                                dt.datetime(2100, 1, 1)).map(
            lambda d: d.replace(second=0, microsecond=0))),
        department=draw(SHORT), release_number=draw(SHORT),
        contacts=draw(st.lists(st.builds(Contact, SHORT, SHORT, SHORT, SHORT, SHORT),
                               max_size=3)),
    )
    r.headline = Segment(text=draw(bitexts()))
    r.subheadlines = draw(st.lists(segments(1), max_size=2))
    r.points = draw(st.lists(segments(3), max_size=5))
    r.notes = draw(st.lists(segments(1), max_size=3))
    r.attachments = draw(st.lists(st.builds(Attachment, bitexts(), st.none() | photos()),
                                  max_size=3))
    r.unofficial_translation = draw(st.booleans())
    r.languages = draw(st.sampled_from([["ko", "en"], ["ko"], ["en"]]))
    r.korean_numbering = draw(st.sampled_from(["box", "number"]))
    r.english_variant = draw(st.sampled_from(["en_US", "en_GB"]))
    r.spelling_ignore = draw(st.lists(SHORT, max_size=3))
    r.dismissals = draw(st.lists(st.builds(Dismissal, SHORT, SHORT, SHORT, SHORT), max_size=2))
    return r


@settings(max_examples=120, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(releases())
def test_dumps_loads_is_identity(release: Release) -> None:
    assert loads_release(dumps_release(release)) == release


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                 HealthCheck.function_scoped_fixture])
@given(release=releases())
def test_save_load_is_identity_through_the_disk(tmp_path: Path, release: Release) -> None:
    path = tmp_path / "r.mfadesk"
    save_release(release, path)
    assert load_release(path) == release
    # Stable output: saving what was loaded gives the same bytes.
    first = path.read_bytes()
    save_release(load_release(path), path)
    assert path.read_bytes() == first
