"""Invented releases for the export tests (no published text is copied)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from mfa_desk.constants import KO_NUMBERING_BOX, TIMING_EMBARGO
from mfa_desk.formats.native.mfadesk_file import load_release
from mfa_desk.model.release import (
    Attachment,
    BiText,
    Contact,
    Metadata,
    Photo,
    Release,
    Segment,
    TranslationStatus,
)

SAMPLE_FILE = (Path(__file__).resolve().parents[2] / "resources" / "samples"
               / "sample-release.mfadesk")


def png_bytes() -> bytes:
    """The small invented picture of the bundled sample release."""
    sample = load_release(SAMPLE_FILE)
    photo = next(a.photo for a in sample.attachments if a.photo is not None)
    return photo.data


def _seg(seg_id: str, ko: str, en: str, *children: Segment) -> Segment:
    seg = Segment(text=BiText(ko, en), children=list(children), id=seg_id)
    seg.set_status(TranslationStatus.TRANSLATED)
    return seg


def sample_release(numbering: str = KO_NUMBERING_BOX) -> Release:
    """A bilingual release with every part: contacts, three levels, notes, a photo."""
    r = Release(
        metadata=Metadata(
            category="Press Releases", document_type="보도자료",
            date=dt.date(2026, 3, 18), timing=TIMING_EMBARGO,
            timing_text="2026. 3. 18.(수) 조간",
            issued_at=dt.datetime(2026, 3, 17, 10, 0), department="가상협력국 해양협력과",
            contacts=[Contact("responsible", "과장", "한결", "02-2100-0001"),
                      Contact("contact", "사무관", "윤슬", "02-2100-0002")],
        ),
        headline=_seg("h0", "한-가상국 해양협력 대화 개최 (3.17.)",
                      "Korea and Virtualia Hold Maritime Cooperation Dialogue (March 17)"),
        subheadlines=[_seg("s0", "항만 안전과 해양 쓰레기 대응 협력 확대에 합의",
                           "Both sides agree to widen cooperation on port safety and "
                           "marine litter")],
        points=[
            _seg("p0", "가상협력국장은 3.17.(화) 서울에서 가상국 해양청 차장과 제2차 해양협력 "
                 "대화를 개최하였다.",
                 "The Director-General for Virtual Cooperation held the 2nd Maritime "
                 "Cooperation Dialogue with the Deputy Head of the Virtualia Ocean Agency "
                 "in Seoul on March 17.",
                 _seg("p0a", "양측은 2027년 상반기까지 공동 연구를 마무리하기로 하였다.",
                      "The two sides agreed to complete a joint study by the first half "
                      "of 2027."),
                 _seg("p0b", "아울러 항만 안전 교육 과정을 5개국으로 넓히기로 하였다.",
                      "They also agreed to extend the port safety training course to five "
                      "countries.",
                      _seg("p0b1", "교육은 매년 두 차례 열린다.",
                           "The course will be held twice a year."))),
            _seg("p1", "양측은 해양 쓰레기 감축을 위해 142억 원 규모의 협력 사업을 추진하기로 "
                 "하였다.",
                 "The two sides decided to pursue cooperation projects worth 14.2 billion "
                 "won to reduce marine litter."),
            _seg("p2", "외교부는 앞으로도 가상국과의 해양 협력을 강화해 나갈 예정이다.",
                 "The Ministry will continue to strengthen maritime cooperation with "
                 "Virtualia."),
        ],
        notes=[_seg("n0", "제1차 대화는 2024년 부산에서 개최", "The 1st Dialogue was held in "
                    "Busan in 2024.")],
        attachments=[Attachment(
            title=BiText("대화 사진 1부.", "Photo of the dialogue"),
            photo=Photo(png_bytes(), "image/png",
                        BiText("제2차 해양협력 대화 모습",
                               "The 2nd Maritime Cooperation Dialogue")),
            id="a0")],
        unofficial_translation=True,
        korean_numbering=numbering,
    )
    return r
