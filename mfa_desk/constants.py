"""Constants shared by every layer: languages, levels, marker glyphs, file format names."""

from __future__ import annotations

from typing import Final, Literal

Lang = Literal["ko", "en"]
LANGS: Final[tuple[Lang, Lang]] = ("ko", "en")


def lang_of(name: str) -> Lang | None:
    """`name` as a Lang when it is "ko" or "en" (a language read from a file, a signal or
    a setting), else None."""
    return "ko" if name == "ko" else "en" if name == "en" else None

APP_NAME: Final = "MFA Desk"
ORG_NAME: Final = "mfa-desk"

FILE_FORMAT_NAME: Final = "mfa-desk-release"
FILE_FORMAT_VERSION: Final = 1
FILE_SUFFIX: Final = ".mfadesk"
MIME_TYPE: Final = "application/x-mfa-desk-release"

MAX_LEVEL: Final = 3  # published releases never go deeper than level 3

# Marker glyphs per language, as published. Level 1 in English is a number ("1.");
# in Korean it is "□" or, when the release numbers its points, "1.".
LEVEL2_MARKER: Final[dict[str, str]] = {"en": "°", "ko": "ㅇ"}
LEVEL3_MARKER: Final[dict[str, str]] = {"en": "-", "ko": "-"}
KO_LEVEL1_BOX: Final = "□"
NOTE_MARKER: Final[dict[str, str]] = {"en": "*", "ko": "※"}
SUBHEADLINE_MARKER: Final = "-"
KO_END_MARK: Final = "끝."
UNOFFICIAL_TRANSLATION_LINE: Final = "* unofficial translation"

# Korean level-1 numbering styles a release can use.
KO_NUMBERING_BOX: Final = "box"
KO_NUMBERING_NUMBER: Final = "number"

# Release timing kinds (보도시점).
TIMING_ON_ISSUE: Final = "on_issue"  # 즉시
TIMING_EMBARGO: Final = "embargo"  # 엠바고: 조간/석간, an online time
TIMING_SET_TIME: Final = "set_time"  # 시각지정
TIMINGS: Final = (TIMING_ON_ISSUE, TIMING_EMBARGO, TIMING_SET_TIME)

ENGLISH_VARIANTS: Final = ("en_US", "en_GB")
