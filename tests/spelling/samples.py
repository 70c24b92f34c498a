"""An invented bilingual release for the spelling tests, clean and with seeded misspellings."""

from __future__ import annotations

from mfa_desk.model.release import Attachment, BiText, Release, Segment

CLEAN = {
    "headline": ("제2차 한-케냐 개발협력 정책대화 개최",
                 "The 2nd Korea-Kenya Development Cooperation Policy Dialogue"),
    "points[0]": ("정혜진 외교부 개발협력국장은 6.9.(화) 나이로비에서 케냐 재무부 관계자들과 "
                  "정책대화를 열고 보건, 농업, 디지털 분야 협력 방안을 논의하였다.",
                  "Director-General for Development Cooperation Jung Hye-jin held the policy "
                  "dialogue with officials of the Kenyan Treasury in Nairobi on June 9."),
    "points[0].children[0]": ("양측은 2027년까지 농촌 지역 보건소 12곳을 새로 짓기로 합의하였다.",
                              "The two sides agreed to build twelve new rural health centers "
                              "by 2027."),
    "points[1]": ("정 국장은 공급망 협력과 핵심광물 분야에서도 케냐와의 협력을 "
                  "넓혀 나가자고 말했다.",
                  "Director-General Jung said that the two countries should widen their "
                  "cooperation on supply chains and critical minerals."),
    "notes[0]": ("문의: consular@mofa.go.kr, 02-2100-7000, www.mofa.go.kr",
                 "Contact: consular@mofa.go.kr, +82-2-2100-7000, https://www.mofa.go.kr/eng"),
}

# (path, pane, wrong word, right word, dictionary language)
SEEDED = [
    ("headline", "ko", "졍책대화", "정책대화", "ko"),
    ("points[0]", "ko", "논의하엿다", "논의하였다", "ko"),
    ("points[0]", "en", "officals", "officials", "en"),
    ("points[0].children[0]", "en", "helth", "health", "en"),
    ("points[1]", "ko", "협럭을", "협력을", "ko"),
    ("points[1]", "en", "minerls", "minerals", "en"),
]


def _release(texts: dict[str, tuple[str, str]]) -> Release:
    r = Release()
    r.headline = Segment.of(*texts["headline"])
    child = Segment.of(*texts["points[0].children[0]"])
    r.points = [Segment.of(*texts["points[0]"], children=[child]),
                Segment.of(*texts["points[1]"])]
    r.notes = [Segment.of(*texts["notes[0]"])]
    r.attachments = [Attachment(title=BiText("회의 사진", "Photo of the meeting"))]
    return r


def clean_release() -> Release:
    return _release(CLEAN)


def seeded_release() -> tuple[Release, list[tuple[str, str, str, int, str]]]:
    """The release with SEEDED wrong words, and where each is: (path, pane, word, offset, lang)."""
    texts = {k: list(v) for k, v in CLEAN.items()}
    for path, pane, wrong, right, _ in SEEDED:
        i = 0 if pane == "ko" else 1
        assert right in texts[path][i], (path, right)
        texts[path][i] = texts[path][i].replace(right, wrong, 1)
    expected = [(path, pane, wrong, texts[path][0 if pane == "ko" else 1].index(wrong), lang)
                for path, pane, wrong, _, lang in SEEDED]
    return _release({k: (v[0], v[1]) for k, v in texts.items()}), expected
