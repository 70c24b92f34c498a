"""English words written with a hyphen.

A hyphenated word passes when every part is a word ("Indo-Pacific", "co-host"). Some parts
are no words alone but combining forms, and British and African papers write with a hyphen
what the US dictionary writes solid: "socio-economic" (socioeconomic; batch 19, a Ghanaian
paper on an embassy's donation), "geo-political", "bio-diversity". Such a word passes when
its first part is a combining form ending in o and the solid word is in the dictionary, so a
slip in either part ("socio-ecomonic") or a stray hyphen inside a word ("informa-tion") is
still flagged.
"""

from __future__ import annotations

from collections.abc import Callable


def hyphenated_known(word: str, known: Callable[[str], bool]) -> bool:
    """Whether the hyphenated `word` is known: each part, or a combining form (two letters or
    more, ending in o) joined to the rest as one dictionary word."""
    parts = word.split("-")
    if len(parts) < 2:
        return False
    if all(part and known(part) for part in parts):
        return True
    head, rest = parts[0], "".join(parts[1:])
    return (len(parts) == 2 and len(head) >= 3 and head.isalpha() and head.endswith("o")
            and rest.isalpha() and rest.islower() and known(head + rest))
