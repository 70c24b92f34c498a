"""Write a small release with one seeded misspelling per language, for
`make package-test` (checks that the bundle spell-checks both languages).

Usage: python packaging/make-seeded-release.py OUT.mfadesk
The misspellings are printed as `lang<TAB>word`, one a line, for the caller.
"""

from __future__ import annotations

import sys

from mfa_desk.formats.native.mfadesk_file import save_release
from mfa_desk.model.release import Release, Segment

# Invented text. 발표햇다 (for 발표했다) and "recieved" (for "received") are
# the seeded errors; everything else is spelled correctly in both dictionaries.
SEEDED = {"ko": "발표햇다", "en": "recieved"}


def seeded_release() -> Release:
    release = Release()
    release.headline = Segment.of(ko="외교부, 기후 협력 회의 개최",
                                  en="Ministry hosts a meeting on climate cooperation")
    release.points = [
        Segment.of(ko=f"외교부는 오늘 회의 결과를 {SEEDED['ko']}.",
                   en=f"The ministry {SEEDED['en']} the delegations today."),
    ]
    return release


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    save_release(seeded_release(), argv[0])
    for lang, word in SEEDED.items():
        print(f"{lang}\t{word}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
