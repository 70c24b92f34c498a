"""The header fields of a Korean 보도자료: 보도일시/보도시점, 배포일시, 담당부서,
책임자/담당자 (rank, name, phone).

Values are parsed into the model's metadata; anything that does not parse is
kept as written (timing_text, a contact's name) and reported, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mfa_desk.constants import TIMING_EMBARGO, TIMING_ON_ISSUE, TIMING_SET_TIME
from mfa_desk.formats.text_lines import EMAIL, EXTENSION, PHONE
from mfa_desk.model.release import Contact, Metadata

WEEKDAYS_KO = "월화수목금토일"

# "2026. 3. 18.(수) 10:00", "2026.3.18(수)", "2026년 3월 18일(수) 오전 10시", "2026-03-18 10:00"
_DATE = re.compile(
    r"(\d{4})\s*(?:[.\-/]|년)\s*(\d{1,2})\s*(?:[.\-/]|월)\s*(\d{1,2})\s*(?:\.|일)?\s*"
    r"(?:\(\s*([월화수목금토일])\s*\))?"
)
_TIME = re.compile(r"(오전|오후)?\s*(\d{1,2})\s*(?::\s*(\d{2})|시(?:\s*(\d{1,2})\s*분)?)")
_EMBARGO_WORDS = ("조간", "석간", "엠바고", "온라인", "이후", "해제")

# Ranks (직급/직위) a contact line may carry; the other Hangul word is the name.
RANKS = frozenset({
    "장관", "차관", "차관보", "실장", "국장", "심의관", "부국장", "과장", "팀장", "센터장", "부장",
    "서기관", "외무서기관", "사무관", "외무사무관", "주무관", "외무영사", "연구관", "연구원",
    "전문관", "전문위원", "행정관", "대변인", "부대변인", "참사관", "공사", "공사참사관", "담당관",
})

ROLE_OF_FIELD = {"책임자": "responsible", "담당자": "contact", "문의": "contact",
                 "문의처": "contact"}


@dataclass
class HeaderDate:
    date: dt.date
    time: dt.time | None
    weekday_written: str  # "" when the value gives no weekday


def parse_header_date(value: str) -> HeaderDate | None:
    """The first date (and a time after it) in a header value, or None."""
    m = _DATE.search(value)
    if not m:
        return None
    try:
        date = dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None
    time = None
    t = _TIME.search(value, m.end())
    if t:
        hour = int(t.group(2))
        minute = int(t.group(3) or t.group(4) or 0)
        if t.group(1) == "오후" and hour < 12:
            hour += 12
        if hour < 24 and minute < 60:
            time = dt.time(hour, minute)
    return HeaderDate(date, time, m.group(4) or "")


def weekday_problem(value: str) -> str | None:
    """A message when the weekday written after a date is not that date's weekday."""
    found = parse_header_date(value)
    if found is None or not found.weekday_written:
        return None
    actual = WEEKDAYS_KO[found.date.weekday()]
    if found.weekday_written == actual:
        return None
    return (f"{found.date.year}. {found.date.month}. {found.date.day}. is a "
            f"{found.date.strftime('%A')} ({actual}), not ({found.weekday_written})")


def timing_of(value: str) -> str:
    """on_issue (즉시), embargo (조간/석간/엠바고/an online time), or set_time (a time)."""
    if "즉시" in value:
        return TIMING_ON_ISSUE
    if any(word in value for word in _EMBARGO_WORDS):
        return TIMING_EMBARGO
    found = parse_header_date(value)
    if found is not None and found.time is not None:
        return TIMING_SET_TIME
    return TIMING_ON_ISSUE


def apply_header_field(meta: Metadata, field: str, value: str) -> list[str]:
    """Put one header field into `meta`; return problems found (for warnings)."""
    problems: list[str] = []
    problem = weekday_problem(value)
    if problem:
        problems.append(problem)
    if field == "엠바고":
        # an embargo line beside (or instead of) 보도일시: "엠바고 : 3. 18.(수) 06:00 이후"
        meta.timing = TIMING_EMBARGO
        meta.timing_text = f"{meta.timing_text}; 엠바고 {value}" if meta.timing_text else value
        found = parse_header_date(value)
        if found is not None and meta.date is None:
            meta.date = found.date
    elif field in ("보도일시", "보도시점"):
        if meta.timing_text:  # an 엠바고 line came first: keep both
            meta.timing_text = f"{value}; 엠바고 {meta.timing_text}"
        else:
            meta.timing_text = value
            meta.timing = timing_of(value)
        found = parse_header_date(value)
        if found is not None:
            meta.date = found.date
    elif field == "배포일시":
        found = parse_header_date(value)
        if found is not None:  # the importer keeps an unreadable value as a note
            meta.issued_at = dt.datetime.combine(found.date, found.time or dt.time(0, 0))
            if found.time is None:
                problems.append("배포일시 has no time; 00:00 assumed")
            if meta.date is None:
                meta.date = found.date
    elif field == "담당부서":
        meta.department = value
    elif field in ROLE_OF_FIELD:
        meta.contacts.extend(parse_contacts(value, ROLE_OF_FIELD[field]))
    return problems


_DETAIL = re.compile(f"{PHONE.pattern}|{EXTENSION.pattern}|{EMAIL.pattern}", re.I)
_LABEL_WORDS = frozenset({"tel", "tel.", "e-mail", "email", "e-mail:", "email:", "tel:", "☎"})


def parse_contacts(value: str, role: str) -> list[Contact]:
    """One or more "[department] rank name (phone, 내선, e-mail)" groups.

    Words after a group's phone or e-mail start the next contact; a group with
    two ranks ("서기관 강지호, 사무관 임채원 (02-...)") is two contacts sharing
    the phone. Unparsed text is kept in `name`, never dropped."""
    groups: list[tuple[list[str], list[str]]] = []  # (words, details)
    pos = 0
    for m in [*_DETAIL.finditer(value), None]:
        words = _words(value[pos: m.start() if m else len(value)])
        if words and (not groups or groups[-1][1]):
            groups.append((words, []))
        elif words:
            groups[-1][0].extend(words)
        if m is None:
            break
        if not groups:
            groups.append(([], []))
        groups[-1][1].append(_detail(m.group(0)))
        pos = m.end()
    contacts: list[Contact] = []
    for words, details in groups or [([], [])]:
        contacts.extend(_contacts(words, ", ".join(details), role))
    return contacts


def _words(text: str) -> list[str]:
    for ch in "()[]|,/:：":
        text = text.replace(ch, " ")
    words = [w for w in text.split() if w.lower() not in _LABEL_WORDS]
    return _join_spaced_syllables(words)


def _detail(text: str) -> str:
    text = text.strip()
    if text.startswith("(") and ")" not in text:
        text = text[1:]  # the opening bracket of "(02-2100-7401)"
    return text


def _contacts(words: list[str], phone: str, role: str) -> list[Contact]:
    """Words before the first rank are the department; each rank starts a contact."""
    ranks = [i for i, w in enumerate(words) if w in RANKS]
    if not ranks:
        if len(words) >= 2:  # an unknown rank: "rank name" is the usual order
            return [Contact(role=role, rank=" ".join(words[:-1]), name=words[-1], phone=phone)]
        return [Contact(role=role, name=" ".join(words), phone=phone)]
    before = words[: ranks[0]]
    contacts: list[Contact] = []
    for n, i in enumerate(ranks):
        j = ranks[n + 1] if n + 1 < len(ranks) else len(words)
        name = words[i + 1: j]
        contacts.append(Contact(role=role, rank=words[i], name=" ".join(name), phone=phone))
    if not contacts[-1].name and not contacts[0].name and before:
        # "홍길동 사무관": the name before the rank
        contacts[0].name, before = " ".join(before), []
    for contact in contacts:
        contact.department = " ".join(before)
    return contacts


def _join_spaced_syllables(words: list[str]) -> list[str]:
    """"과  장" is written spaced out for alignment; join runs of single syllables."""
    out: list[str] = []
    run = ""
    for w in words:
        if len(w) == 1 and "가" <= w <= "힣":
            run += w
            continue
        if run:
            out.append(run)
            run = ""
        out.append(w)
    if run:
        out.append(run)
    return out
