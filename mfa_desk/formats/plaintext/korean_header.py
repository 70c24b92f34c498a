"""The header fields of a Korean 보도자료: 보도일시/보도시점, 배포일시, 담당부서,
책임자/담당자 (rank, name, phone).

Values are parsed into the model's metadata; anything that does not parse is
kept as written (timing_text, a contact's name) and reported, never dropped.
"""

from __future__ import annotations

import datetime as dt
import re

from mfa_desk.constants import TIMING_EMBARGO, TIMING_ON_ISSUE, TIMING_SET_TIME
from mfa_desk.formats.plaintext.text_lines import EMAIL, EXTENSION, PHONE
from mfa_desk.model.release import Contact, Metadata
from mfa_desk.text import labels
from mfa_desk.text.dates import WrittenDate, parse_korean_date, written_weekday_problem

_EMBARGO_WORDS = ("조간", "석간", "엠바고", "온라인", "이후", "해제")
RANKS = labels.RANKS
ROLE_OF_FIELD = labels.CONTACT_FIELDS
# The shared date reader under the names the header code uses.
HeaderDate = WrittenDate
parse_header_date = parse_korean_date
weekday_problem = written_weekday_problem


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


# In a contact's value a Seoul number may come without its area code ("2100-7337").
_LOCAL_PHONE = r"(?<![\d.-])\d{3,4}-\d{4}(?![\d-])"
_DETAIL = re.compile(f"{PHONE.pattern}|{EXTENSION.pattern}|{EMAIL.pattern}|{_LOCAL_PHONE}", re.I)
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
