"""The one Hangul test and threshold shared by import, checks and spelling."""

from __future__ import annotations

from pathlib import Path

import pytest

from mfa_desk.text.script import KOREAN_SHARE, hangul_share, has_hangul, is_hangul, script_of
from tests.shared_material import REAL_RELEASES

REAL = REAL_RELEASES


def test_hangul_letters_and_jamo_are_hangul() -> None:
    assert all(is_hangul(c) for c in "가힣ㅇㄱᄀ")
    assert not any(is_hangul(c) for c in "aZé1·□○")


def test_a_korean_release_quoting_english_names_is_korean() -> None:
    assert script_of("한국은 ASEAN, UN, WFP, UNICEF와 협력한다.") == "ko"
    assert script_of("The Korea-UN forum (한-유엔 포럼) opens.") == "en"


def test_no_letters_gives_the_default() -> None:
    assert hangul_share("2026. 3. 18.") is None
    assert script_of("2026. 3. 18.") == "ko"
    assert script_of("2026. 3. 18.", "en") == "en"
    assert not has_hangul("")


@pytest.mark.parametrize("path", sorted(REAL.glob("*.txt")), ids=lambda p: p.name[:12])
def test_the_real_releases_are_read_in_their_language(path: Path) -> None:
    share = hangul_share(path.read_text(encoding="utf-8"))
    assert share is not None
    expected = "ko" if path.name.startswith("ko") else "en"
    assert script_of(path.read_text(encoding="utf-8")) == expected
    # far from the threshold either way: English pages carry only Korean skip links
    assert abs(share - KOREAN_SHARE) > 0.25
