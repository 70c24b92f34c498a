"""A page MFA Desk published (no embedded copy) comes back with its structure, read from its
own markup; any other page is still read by its text."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.errors import InputError
from mfa_desk.formats.html.html_export import export_html
from mfa_desk.formats.html.html_import import import_html
from mfa_desk.model.release import Release, Segment


def _briefing() -> Release:
    """What a briefing page copied from the web imports as: no headline, a first point that
    reads like a section heading, a tag in brackets, sub-points and a note."""
    release = Release()
    release.headline = Segment.of("", "")
    release.subheadlines = [Segment.of("[정례브리핑] 모두 발언", "[Briefing] Remarks")]
    release.points = [
        Segment.of("모두 발언", "Opening remarks"),
        Segment.of("안녕하십니까? 정례브리핑을 시작하겠습니다.", "Good afternoon.", [
            Segment.of("외교장관회의 참석", "The foreign ministers' meeting", [
                Segment.of("일정: 3월 2일", "Dates: 2 March")]),
            Segment.of("[the300] 국감 현장", "[the300] At the audit")]),
        Segment.of("질의 및 응답", "Questions and answers"),
    ]
    release.notes = [Segment.of("이상입니다.", "That is all.")]
    return release


def _outline(release: Release, lang: str) -> list[tuple[int, str]]:
    out = [(0, release.headline.text.get(lang))]
    out += [(-1, s.text.get(lang)) for s in release.subheadlines]

    def walk(points: list[Segment], level: int) -> None:
        for point in points:
            out.append((level, point.text.get(lang)))
            walk(point.children, level + 1)

    walk(release.points, 1)
    out += [(9, n.text.get(lang)) for n in release.notes]
    return out


def test_a_published_page_reads_back_with_its_structure(tmp_path: Path) -> None:
    release = _briefing()
    for variant, langs in (("ko", ["ko"]), ("en", ["en"]), ("both", ["ko", "en"])):
        page = tmp_path / f"{variant}.html"
        page.write_bytes(export_html(release, variant, publish=True))  # type: ignore[arg-type]
        back = import_html(page)
        assert back.release.languages == langs
        for lang in langs:
            assert _outline(back.release, lang) == _outline(release, lang), (variant, lang)
        assert not any("headline" in note for note in back.warnings)


def test_one_language_asked_of_a_bilingual_page(tmp_path: Path) -> None:
    page = tmp_path / "both.html"
    page.write_bytes(export_html(_briefing(), "both", publish=True))
    back = import_html(page, "en")
    assert back.release.languages == ["en"]
    assert _outline(back.release, "en") == _outline(_briefing(), "en")
    assert all(not s.text.ko for s in back.release.points)


def test_a_page_not_made_by_mfa_desk_is_read_by_its_text(tmp_path: Path) -> None:
    # The wrong twin: the same markup under another generator is someone else's page,
    # and its empty headline is filled from the text as any page's would be.
    page = tmp_path / "other.html"
    html = export_html(_briefing(), "ko", publish=True).decode("utf-8")
    page.write_text(html.replace('content="MFA Desk"', 'content="Other CMS"'), "utf-8")
    back = import_html(page)
    assert _outline(back.release, "ko") != _outline(_briefing(), "ko")


def _with_photo() -> Release:
    from mfa_desk.model.release import Attachment, BiText, Photo
    from tests.formats.samples import png_bytes

    release = _briefing()
    release.attachments = [
        Attachment(title=BiText("참석자 명단", "List of participants")),
        Attachment(title=BiText("회의 사진", "Photo of the meeting"), photo=Photo(
            png_bytes(), "image/png", BiText("양측 대표단(3.2., 서울)", "The delegations")))]
    return release


def test_a_published_page_brings_back_its_attachments_and_photos(tmp_path: Path) -> None:
    from tests.formats.samples import png_bytes

    page = tmp_path / "photo.html"
    page.write_bytes(export_html(_with_photo(), "both", publish=True))
    back = import_html(page).release
    assert [a.title for a in back.attachments] == [a.title for a in _with_photo().attachments]
    photo = back.attachments[1].photo
    assert photo is not None and photo.data == png_bytes()
    assert photo.caption.ko == "양측 대표단(3.2., 서울)" and photo.media_type == "image/png"


def test_a_damaged_photo_leaves_the_attachments_to_the_text_reading(tmp_path: Path) -> None:
    page = tmp_path / "damaged.html"
    html = export_html(_with_photo(), "ko", publish=True).decode("utf-8")
    page.write_text(html.replace(";base64,", ";base64,@@", 1), "utf-8")
    back = import_html(page).release  # no error: the structure still comes from the markup
    assert _outline(back, "ko") == _outline(_with_photo(), "ko")
    assert all(a.photo is None for a in back.attachments)


@pytest.mark.parametrize(("change", "said"), [
    ("data:image/png;base64,", "a photo of the page is not an embedded image"),
    (";base64,", "a photo of the page holds damaged image data"),
])
def test_an_export_whose_embedded_photo_is_broken_says_which_way(
        tmp_path: Path, change: str, said: str) -> None:
    # The round-trip copy (not published): its photos must come back whole or not at all.
    page = tmp_path / "copy.html"
    html = export_html(_with_photo(), "both").decode("utf-8")
    broken = "file:///photo.png?" if change.startswith("data:") else ";base64,@@"
    page.write_text(html.replace(change, broken, 1), "utf-8")
    with pytest.raises(InputError, match=said):
        import_html(page)
