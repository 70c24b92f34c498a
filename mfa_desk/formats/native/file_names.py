"""A file name to offer for an unsaved release: its date and headline.

"release.mfadesk" for every new release means the second one overwrites the
first in a shared folder; officers name files by date and subject anyway.
"""

from __future__ import annotations

import re
import unicodedata

from mfa_desk.model.release import Release

MAX_STEM = 60
# Characters that Windows, macOS or Linux file systems refuse or that shells mangle.
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f\u2028\u2029]+')


def suggested_stem(release: Release, fallback: str = "release") -> str:
    """`2026-11-04 Korea-Canada Strategic Dialogue`: date, then English or Korean headline."""
    headline = release.headline.text.en.strip() or release.headline.text.ko.strip()
    headline = unicodedata.normalize("NFC", headline)
    headline = re.sub(r"\s*\(\s*[\d.\s]+\)\s*$", "", headline)  # "(11.4.)": the date leads anyway
    headline = " ".join(_UNSAFE.sub(" ", headline).split()).strip(" .")
    if len(headline) > MAX_STEM:
        headline = headline[:MAX_STEM].rsplit(" ", 1)[0].rstrip(" .,-")
    date = release.metadata.date.isoformat() if release.metadata.date else ""
    stem = " ".join(part for part in (date, headline) if part)
    return stem or fallback
