"""A Korean person's name the English spells with another given name.

A news English may misspell a minister's given name ("Cho Tae-yong" for 조태열, whose
name is Cho Tae-yul: batch 19, a Yonhap story reposted). The Korean names the person in
full before a title ("조태열 외교부 장관"); the English writes surname and given name
("Foreign Minister Cho Tae-yong"). When an English name has the Korean surname (in any of
its romanisations, `text.translit`) but no English name of that surname spells the
given name - compared by the classes of its consonants, which every romanisation keeps
(`text.align.names`: 태열 and "Tae-yul" are T L, "Tae-yong" T N) - the English misspells it.
A name the English leaves out is no finding here. Names are compared over the whole
release (a news lead may name the minister in a point the checks pair with another), and
each misspelling is reported once, at the first Korean text naming the person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from mfa_desk.checks.findings import WARNING, QaFinding, Where
from mfa_desk.model.release import SegmentRef
from mfa_desk.text.align.names import hangul_key, latin_keys
from mfa_desk.text.translit import romanizes_surname

# The common one-syllable Korean surnames: a word of three syllables before a title that
# starts with another syllable ("외교부 장관") is no person's name.
_SURNAMES = ("김이박최정강조윤장임한오서신권황안송류전홍고문양손배백허유남심노하곽성차주우구민진"
             "나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉")
_TITLES = "장관|차관|대사|대변인|국장|실장|차관보|본부장|대통령|총리"
# A Korean name of three syllables before a title; a ministry's name may stand between
# ("조태열 외교부 장관", "신원식 국방부장관"), no other word ("이밖에 러시아 장관").
_KO_NAME = re.compile(r"(?<![가-힣])(?!" + _TITLES + r")([" + _SURNAMES + r"])([가-힣]{2})"
                      r"(?=\s(?:[가-힣]{1,6}부\s)?[가-힣]{0,6}(?:" + _TITLES + r")"
                      r"(?:[은는이가과와의을를도\s,.]|$))")
# A Korean name in English: surname, then the given name: "Tae-yul", "Suk Yeol", "Jaemin".
# Read at every word (a lookahead): "Climate Change Choi Seo-jin" holds "Choi Seo-jin".
_EN_NAME = re.compile(r"\b(?=(([A-Z][a-z]{1,5}) ([A-Z][a-z]{0,6})"
                      r"(?:-([A-Za-z][a-z]{0,5})| ([A-Z][a-z]{1,6}))?)\b)")


def misspelt_names(ko: str, en: str) -> list[tuple[str, str]]:
    """(Korean name, English name) for each Korean name whose surname an English name
    has but whose given name no English name of that surname spells, that English name
    spelling no other Korean name either (정세균 and 정의용 beside "Chung Eui-yong": two
    people of one surname, the English naming one)."""
    out: list[tuple[str, str]] = []
    english = [(m.group(1), m.group(2), m.group(3) + (m.group(4) or m.group(5) or ""))
               for m in _EN_NAME.finditer(en)]
    korean = [(m.group(1), hangul_key(m.group(2)), m.group(0)) for m in _KO_NAME.finditer(ko)]
    for surname, key, name in korean:
        same = [(written, g) for written, s, g in english if romanizes_surname(surname, s)]
        if not same or len(key) < 2 or any(key in latin_keys(g) for _, g in same):
            continue
        unclaimed = [written for written, g in same if not any(
            s == surname and k in latin_keys(g) for s, k, _ in korean)]
        if unclaimed and (name, unclaimed[0]) not in out:
            out.append((name, unclaimed[0]))
    return out


def name_findings(refs: Sequence[SegmentRef]) -> list[QaFinding]:
    """A warning for each Korean name of the release the English misspells."""
    en = "\n".join(r.segment.text.en for r in refs)
    out = []
    for ko_name, en_name in misspelt_names("\n".join(r.segment.text.ko for r in refs), en):
        ref = next(r for r in refs if ko_name in r.segment.text.ko)
        out.append(Where(ref.path, ref.segment.id).finding(
            "latin", WARNING, ko_name, en_name,
            f"{ko_name} is written {en_name!r} in the English: another given name"))
    return out
