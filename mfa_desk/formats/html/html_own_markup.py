"""A page MFA Desk published (HTML without the embedded copy) read back by its own markup.

A published page carries no round-trip data (contacts' phones, statuses, sign-offs), so it
is read as any page is, by its text, for its header fields. Its body, though, still says
what each element is: `h1.headline`, `div.subheadline`, `ol.points > li.seg.lvl-N`
(sub-points in a nested list), `aside.notes > div.seg.note`, each language's cell marked
`lang` with its marker and its text in separate spans, the 붙임 list and the photos (their
images embedded) after it. Read by the text alone, a release
whose headline was empty, whose first point reads like a section heading ("모두 발언") or
starts with a tag ("[the300]") came back with another structure (7 of 321 real releases
exported and imported back). `own_structure` reads the structure from the markup, and
`apply_own_structure` puts it in the release the text reading made.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field
from typing import Any

from mfa_desk.constants import LANGS, Lang
from mfa_desk.formats.html.html_export import GENERATOR
from mfa_desk.model.release import Attachment, BiText, Photo, Release, Segment

MAX_LEVEL = 3
PHOTO_TYPES = ("image/png", "image/jpeg")  # what a release's photos may be


@dataclass
class OwnStructure:
    """What the markup says, per language (a language the page lacks is absent)."""

    langs: list[Lang]
    headline: dict[Lang, str]
    subheadlines: list[dict[Lang, str]] = field(default_factory=list)
    points: list[tuple[int, dict[Lang, str]]] = field(default_factory=list)  # (level, texts)
    notes: list[dict[Lang, str]] = field(default_factory=list)
    # The 붙임 list, each title with its photo when it has one (None: the page's
    # attachments could not all be read, and the text reading's are kept).
    attachments: list[tuple[dict[Lang, str], OwnPhoto | None]] | None = field(
        default_factory=list)


@dataclass
class OwnPhoto:
    data: bytes
    media_type: str
    caption: dict[Lang, str]


def _has_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _texts(row: Any) -> dict[Lang, str]:
    out: dict[Lang, str] = {}
    for cell in row.xpath("./*[@lang]"):
        lang = cell.get("lang")
        if lang in LANGS:
            spans = cell.xpath(f"./span[{_has_class('text')}]")
            out[lang] = " ".join("".join(spans[0].itertext()).split()) if spans else ""
    return out


def own_structure(root: Any) -> OwnStructure | None:
    """The structure of a page MFA Desk made, or None for any other page."""
    if GENERATOR not in root.xpath("//head/meta[@name='generator']/@content"):
        return None
    articles = root.xpath(f"//body/article[{_has_class('release')}]")
    if len(articles) != 1:
        return None
    article = articles[0]
    headlines = article.xpath(f"./h1[{_has_class('headline')}]")
    if len(headlines) != 1:
        return None
    headline = _texts(headlines[0])
    langs = [lang for lang in LANGS if lang in headline]
    if not langs:
        return None
    found = OwnStructure(langs, headline)
    found.subheadlines = [_texts(row) for row in
                          article.xpath(f"./div[{_has_class('subheadline')}]")]
    body = article.xpath(f"./div[{_has_class('body')}]")
    if body:
        for points in body[0].xpath(f"./ol[{_has_class('points')}]"):
            _walk_points(points, 1, found.points)
        found.notes = [_texts(row) for row in body[0].xpath(
            f"./aside[{_has_class('notes')}]/div[{_has_class('note')}]")]
        found.attachments = _attachments(body[0])
    return found


def _attachments(body: Any) -> list[tuple[dict[Lang, str], OwnPhoto | None]] | None:
    """The titles of the 붙임 list and the photos that follow it, paired by their id."""
    photos: dict[str, OwnPhoto] = {}
    for figure in body.xpath(f"./figure[{_has_class('photo')}]"):
        sources = figure.xpath("./img/@src")
        image = data_uri(sources[0]) if len(sources) == 1 else None
        if image is None or image[1] is None or image[0] not in PHOTO_TYPES:
            return None  # damaged: the text reading keeps what it can of it
        caption = figure.xpath("./figcaption/*[1]")
        photos[figure.get("data-id", "")] = OwnPhoto(
            image[1], image[0], _texts(caption[0]) if caption else {})
    rows = body.xpath(f"./div[{_has_class('attachments')}]/div[{_has_class('attachment')}]")
    if len(photos) > len(rows):
        return None
    return [(_texts(row), photos.get(row.get("data-id", ""))) for row in rows]


def data_uri(uri: str) -> tuple[str, bytes | None] | None:
    """The media type and bytes of a base64 data: URI as the exports embed images; None
    if it is no such URI, bytes None if its data is damaged."""
    head, _, payload = uri.partition(",")
    if not head.startswith("data:") or not head.endswith(";base64"):
        return None
    media_type = head.removeprefix("data:").removesuffix(";base64")
    try:
        return media_type, base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        return media_type, None


def _walk_points(items: Any, level: int, out: list[tuple[int, dict[Lang, str]]]) -> None:
    for item in items.xpath(f"./li[{_has_class('seg')}]"):
        rows = item.xpath(f"./div[{_has_class('row')}]")
        out.append((level, _texts(rows[0]) if rows else {}))
        if level < MAX_LEVEL:
            for nested in item.xpath(f"./ul[{_has_class('points')}]"):
                _walk_points(nested, level + 1, out)


def apply_own_structure(release: Release, found: OwnStructure, lang: Lang | None = None
                        ) -> None:
    """The headline, sub-headlines, points, notes, attachments and photos as the markup has
    them (in `lang` only, if given); the header fields stay as the text reading found them."""
    langs = [lang] if lang is not None else list(found.langs)

    def bitext(texts: dict[Lang, str]) -> BiText:
        return BiText(*(texts.get(lg, "") if lg in langs else "" for lg in ("ko", "en")))

    def segment(texts: dict[Lang, str]) -> Segment:
        return Segment(text=bitext(texts))

    release.languages = [str(lg) for lg in langs]
    release.headline.text = bitext(found.headline)
    release.subheadlines = [segment(texts) for texts in found.subheadlines]
    release.points = []
    parents: list[Segment] = []  # parents[k]: the latest point at level k + 1
    for level, texts in found.points:
        point = segment(texts)
        depth = min(level - 1, len(parents))  # a level skipped in the page: one deeper
        if depth == 0:
            release.points.append(point)
        else:
            parents[depth - 1].children.append(point)
        del parents[depth:]
        parents.append(point)
    release.notes = [segment(texts) for texts in found.notes]
    if found.attachments is not None:
        release.attachments = [
            Attachment(title=bitext(texts), photo=None if photo is None else Photo(
                photo.data, photo.media_type, bitext(photo.caption)))
            for texts, photo in found.attachments]
