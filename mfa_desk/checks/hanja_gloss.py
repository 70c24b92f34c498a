"""A Korean word glossed with Hanja names the sense the writer means.

A writer adds Hanja after a word to tell a homograph apart: "국장(國葬)" is a state
funeral, not 국장 (局長) the Director-General the glossary holds (batch 19: a news copy of
the ROK-UK strategic dialogue, "국장(國葬)에 참석한 우리 대통령"). A glossary term glossed
with other Hanja than its own sense is another word, and the English owes it no approved
rendering; glossed with its own Hanja, or not glossed, it is the glossary's term.
"""

from __future__ import annotations

import re

# The Hanja of the glossary's sense of terms that have common homographs.
SENSE_HANJA = {
    "국장": "局長", "정상": "頂上", "대사": "大使", "의장": "議長", "장관": "長官",
    "차관": "次官", "공사": "公使", "영사": "領事", "수석": "首席", "부장": "部長",
}
_GLOSS = re.compile(r"\s?\(\s?([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{1,8})\s?\)")


def glossed_as_other_word(text: str, end: int, term: str) -> bool:
    """The term ending at `end` is followed by a Hanja gloss that is not its glossary
    sense's (any gloss, for a term whose sense's Hanja is not listed)."""
    m = _GLOSS.match(text, end)
    return m is not None and m.group(1) != SENSE_HANJA.get(term, "")
