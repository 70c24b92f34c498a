"""A point one side has alone whose facts the neighbouring pair's other side states is a merge
or a split to note, not a point with no translation (batch 17: the Pakistan copy's WFP and
UNICEF sentence, told in the English point before it); a point whose facts no neighbour
states, or that shares only one term or the minister's name with one, is still reported."""

from __future__ import annotations

import datetime as dt

from mfa_desk.checks.translation import check_translation
from mfa_desk.model.release import Release, Segment


def _release(points: list[tuple[str, str]]) -> Release:
    release = Release()
    release.metadata.date = dt.date(2022, 10, 6)
    release.headline = Segment.of("정부, 홍수 피해국에 200만 달러 지원",
                                   "Korea to Offer $2 Million to Flood-hit Country")
    release.points = [Segment.of(ko, en) for ko, en in points]
    return release


def _structure(release: Release) -> list[tuple[str, str]]:
    return [(f.segment, f.message.split(":")[0].split(" (")[0])
            for f in check_translation(release) if f.check == "structure"]


FIRST = ("정부는 홍수 피해국에 170만 달러를 추가로 지원하기로 했다.",
         "The government will provide an additional US$1.7 million to the flood-hit country.")
HOPE = ("정부는 이번 지원이 피해 복구에 도움이 되기를 바란다.",
        "The government hopes the aid will help the recovery.")


def test_a_korean_sentence_the_english_before_tells_is_a_merge() -> None:
    release = _release([
        ("정부가 지난 8월 30만 달러를 지원한 데 이어, 170만 달러를 추가로 지원하기로 했다.",
         "The relief funds will be delivered through the World Food Programme and UNICEF, in "
         "addition to the initial $300,000 of assistance."),
        ("추가 지원금은 세계식량계획과 유엔아동기금을 통해 전달될 예정이다.", ""),
        HOPE])
    assert _structure(release) == [("points[1]", "Merged")]


def test_a_korean_sentence_no_english_tells_has_no_translation() -> None:
    release = _release([
        ("정부가 지난 8월 30만 달러를 지원한 데 이어, 170만 달러를 추가로 지원하기로 했다.",
         "The government will provide an additional US$1.7 million, in addition to the "
         "initial $300,000 of assistance."),
        ("추가 지원금은 세계식량계획과 유엔아동기금을 통해 전달될 예정이다.", ""),
        HOPE])
    assert _structure(release) == [
        ("points[1]", "This Korean point has no English translation")]


def test_an_english_point_with_a_figure_its_neighbours_korean_gives_is_a_split() -> None:
    release = _release([
        ("정부는 규모 7.8의 지진 피해국에 500만 달러를 지원하기로 했다.",
         "The government will provide US$5 million to the quake-hit country."),
        ("", "The country was hit by a 7.8 magnitude earthquake the previous day."),
        HOPE])
    assert _structure(release) == [("points[1]", "Split")]


def test_an_english_point_sharing_only_the_ministers_name_is_no_split() -> None:
    release = _release([
        ("윤 장관은 양국 관계를 평가하였다.", "Minister Yun appreciated the relations."),
        ("", "Minister Yun also explained the government's efforts for peace."),
        HOPE])
    assert _structure(release) == [
        ("points[1]", "This English point has no Korean source")]


# --- a point the English tells earlier, tied by a person's name (batch 17, Dai Bing) -----------
def _told_earlier(en_told: str) -> Release:
    return _release([
        ("김 차관은 다이 빙 대사를 접견하였다.", "Vice Minister Kim met Ambassador Dai Bing."),
        ("", en_told),
        ("다이 대사는 환영에 사의를 표하였다.", "Dai thanked the government for the welcome."),
        ("김 차관은 여객기 사고 관련 시진핑 국가주석의 위로전에 감사를 전달하였다.", "")])


def test_a_point_the_english_tells_earlier_pairs_by_the_name() -> None:
    release = _told_earlier("Kim thanked China for the condolence message from President Xi "
                            "Jinping over the plane crash.")
    assert _structure(release) == []


def test_without_the_name_the_two_points_stay_alone() -> None:
    release = _told_earlier("Kim thanked China for the condolence message over the plane "
                            "crash.")
    assert _structure(release) == [
        ("points[1]", "This English point has no Korean source"),
        ("points[3]", "This Korean point has no English translation")]
