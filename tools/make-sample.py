#!/usr/bin/env python3
"""Build the bundled sample release through the model and save it.

    .venv/bin/python tools/make-sample.py [OUT]   (default resources/samples/sample-release.mfadesk)

The text is invented. Segment ids are fixed so that running this again gives
a byte-identical file (diffable in review). The photo is a small PNG drawn
here, so the sample carries no third-party image.
"""

from __future__ import annotations

import datetime as dt
import struct
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from mfa_desk.formats.native.mfadesk_file import save_release  # noqa: E402
from mfa_desk.model.release import (  # noqa: E402
    Attachment,
    BiText,
    Contact,
    Metadata,
    Photo,
    Release,
    Segment,
    TranslationStatus,
)


def png_bytes(width: int = 160, height: int = 100) -> bytes:
    """A small picture (sky, two flags on poles, a table) as an RGB PNG."""

    def pixel(x: int, y: int) -> tuple[int, int, int]:
        if 70 <= y < 78 and 20 <= x < 140:
            return (120, 80, 40)  # table top
        if 78 <= y < 100 and (24 <= x < 28 or 132 <= x < 136):
            return (120, 80, 40)  # table legs
        if 10 <= x < 12 and 10 <= y < 70 or 148 <= x < 150 and 10 <= y < 70:
            return (90, 90, 90)  # flag poles
        if 12 <= x < 40 and 10 <= y < 28:
            if (x - 26) ** 2 + (y - 19) ** 2 > 25:
                return (255, 255, 255)
            return (200, 30, 50) if y < 19 else (20, 60, 160)  # a red-over-blue circle
        if 120 <= x < 148 and 10 <= y < 28:
            return (200, 30, 40) if x < 127 or x >= 141 else (255, 255, 255)
        return (225, 235, 245) if y < 70 else (200, 200, 190)

    raw = b"".join(
        b"\x00" + bytes(c for x in range(width) for c in pixel(x, y)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def seg(seg_id: str, ko: str, en: str, children: list[Segment] | None = None,
        status: TranslationStatus | None = None) -> Segment:
    s = Segment(text=BiText(ko, en), children=list(children or []), id=seg_id)
    if status is not None:
        s.set_status(status)
    return s


def build_sample() -> Release:
    translated, reviewed = TranslationStatus.TRANSLATED, TranslationStatus.REVIEWED
    release = Release()
    release.metadata = Metadata(
        category="Press Releases",
        document_type="보도자료",
        date=dt.date(2026, 11, 4),
        timing="on_issue",
        timing_text="2026. 11. 4.(수) 즉시",
        issued_at=dt.datetime(2026, 11, 4, 9, 0),
        department="북미국 북미2과",
        contacts=[
            Contact(role="responsible", rank="과장", name="한도윤", phone="02-2100-7430",
                    department="북미국 북미2과"),
            Contact(role="contact", rank="서기관", name="오서연", phone="02-2100-7433",
                    department="북미국 북미2과"),
        ],
    )
    release.headline = seg(
        "headline",
        "제5차 한-캐나다 외교차관 전략대화 개최(11.4.)",
        "The 5th Korea-Canada Vice Foreign Ministerial Strategic Dialogue (11.4.)",
        status=reviewed)
    release.subheadlines = [
        seg("sub-1", "청정에너지·핵심광물 및 북극 연구 분야 협력 확대 합의",
            "Two sides agree to expand cooperation in clean energy, critical minerals and "
            "Arctic research", status=reviewed),
        seg("sub-2", "양국 간 교역액 2030년까지 200억 달러 목표",
            "Bilateral trade target of 20 billion dollars by 2030", status=translated),
    ]
    release.points = [
        seg("p1",
            "박지훈 외교부 제1차관은 11.4.(수) 오타와에서 에밀리 트랑블레 캐나다 외교차관과 "
            "제5차 한-캐나다 외교차관 전략대화를 개최하였다.",
            "First Vice Foreign Minister Park Ji-hoon held the 5th Korea-Canada Vice Foreign "
            "Ministerial Strategic Dialogue with Deputy Minister of Foreign Affairs Emily "
            "Tremblay of Canada in Ottawa on November 4.",
            status=reviewed),
        seg("p2",
            "양측은 청정에너지와 핵심광물 분야 협력을 확대하기로 하였다.",
            "The two sides agreed to expand cooperation in clean energy and critical minerals.",
            status=translated,
            children=[
                seg("p2-1",
                    "박 차관은 작년 양국 간 교역액이 142억 달러를 기록하였다고 하면서, "
                    "2030년까지 200억 달러 달성을 위해 함께 노력하자고 하였다.",
                    "Vice Minister Park noted that bilateral trade reached 14.2 billion dollars "
                    "last year, and proposed working together to reach 20 billion dollars by "
                    "2030.",
                    status=translated),
                seg("p2-2",
                    "양측은 핵심광물 공급망 협력을 위해 다음 사항에 합의하였다.",
                    "The two sides agreed on the following for cooperation on critical mineral "
                    "supply chains.",
                    children=[
                        seg("p2-2-1",
                            "2027년 상반기까지 공동 연구 사업 3건 착수",
                            "Launch of three joint research projects by the first half of 2027"),
                    ]),
            ]),
        seg("p3",
            "양측은 북극 연구와 기후변화 대응 분야에서도 협력을 강화해 나가기로 하였다.",
            "The two sides also agreed to strengthen cooperation in Arctic research and in "
            "responding to climate change.",
            children=[
                seg("p3-1",
                    "양측은 북극 분야 청년 연구자 교류 사업에 매년 1억 원을 지원하기로 하였다.",
                    "The two sides agreed to provide 100 million won a year for an exchange "
                    "program for young researchers in the Arctic field."),
            ]),
        seg("p4",
            "제6차 전략대화는 2027년 하반기 서울에서 개최될 예정이다.",
            ""),
    ]
    release.notes = [
        seg("note-1",
            "한-캐나다 외교차관 전략대화는 2019년 출범하였으며, 이번이 제5차 회의이다.",
            "The Korea-Canada Vice Foreign Ministerial Strategic Dialogue was launched in "
            "2019, and this was its 5th meeting.",
            status=translated),
    ]
    release.attachments = [
        Attachment(
            title=BiText("전략대화 사진", "Photo of the strategic dialogue"),
            photo=Photo(
                data=png_bytes(), media_type="image/png",
                caption=BiText("박지훈 제1차관과 에밀리 트랑블레 캐나다 외교차관(11.4., 오타와)",
                               "First Vice Foreign Minister Park Ji-hoon and Deputy Minister "
                               "Emily Tremblay of Canada (November 4, Ottawa)")),
            id="att-photo"),
        Attachment(title=BiText("참석자 명단", "List of participants"), id="att-list"),
    ]
    release.unofficial_translation = True
    return release


def main(argv: list[str]) -> int:
    default = ROOT / "resources" / "samples" / "sample-release.mfadesk"
    out = Path(argv[1]) if len(argv) > 1 else default
    out.parent.mkdir(parents=True, exist_ok=True)
    save_release(build_sample(), out)
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
