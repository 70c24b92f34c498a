"""Translation checks over a whole release: the English must state what the Korean states.

`check_translation(release)` is what the `check` command and the editor call;
`check_pair(ko, en)` checks one pair of texts (the unit the tests drive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from mfa_desk.checks.aligned_findings import aligned_findings, one_side
from mfa_desk.checks.currencies import currency_of, mark_conversions, mark_korean_conversions
from mfa_desk.checks.dates import (
    DateMention,
    bare_month_days,
    english_dates,
    english_days_without_month,
    english_weekdays_alone,
    korean_dates,
    named_by_weekday,
    relative_year_offsets,
    same_date,
    weekday_problem,
)
from mfa_desk.checks.dismissals import active_findings
from mfa_desk.checks.findings import ERROR, WARNING, QaFinding, Where
from mfa_desk.checks.gap_cover import fold_notes
from mfa_desk.checks.glossary_check import default_glossary, glossary_issues
from mfa_desk.checks.hygiene import hygiene_issues
from mfa_desk.checks.named_days import named_event
from mfa_desk.checks.numbers import (
    MONTH,
    NUMBER,
    PHONE,
    TIME,
    Quantity,
    english_country_counts,
    extract_quantities,
    quantities_match,
)
from mfa_desk.checks.person_names import name_findings
from mfa_desk.checks.ranges import join_ranges
from mfa_desk.checks.scripts import glossary_aliases, hangul_in_english, latin_missing_in_english
from mfa_desk.checks.sentences import LeftOut, left_out_sentences, without
from mfa_desk.checks.structure import number_in_lone_note
from mfa_desk.glossary import Glossary
from mfa_desk.model.release import Release


@dataclass
class CheckContext:
    """What the checks need beyond the two texts."""

    release_year: int | None = None
    release_month: int | None = None
    glossary: Glossary = field(default_factory=Glossary)
    latin_aliases: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.latin_aliases:
            self.latin_aliases = glossary_aliases(self.glossary.pairs)

    @classmethod
    def for_release(cls, release: Release, glossary: Glossary | None = None) -> CheckContext:
        m = release.metadata
        when = m.date or (m.issued_at.date() if m.issued_at else None)
        return cls(when.year if when else None, when.month if when else None,
                   default_glossary() if glossary is None else glossary)


_Where = Where


# --- dates ----------------------------------------------------------------------------------
def _date_findings(ko_dates: list[DateMention], en_dates: list[DateMention], ctx: CheckContext,
                   where: _Where, en_days: set[int] | None = None,
                   en_weekdays: set[int] | None = None) -> list[QaFinding]:
    out = []
    # "on the 18th" renders a Korean date of the release month; "on Sunday" one whose
    # weekday that is.
    ko_dates_named = [d for d in ko_dates if not (d.implied or d.said) and not (
        en_days and d.day in en_days and d.month == ctx.release_month
        and d.year in (None, ctx.release_year))
        and not named_by_weekday(d, en_weekdays or set(), ctx.release_year)]
    for d in ko_dates + en_dates:
        problem = weekday_problem(d, ctx.release_year, ctx.release_month)
        if problem:
            ko_text, en_text = (d.text, "") if d in ko_dates else ("", d.text)
            out.append(where.finding("date", ERROR, ko_text, en_text,
                                     f"The weekday does not match the calendar: {problem}"))
    ko_missing = _unique([d for d in ko_dates_named
                          if not any(same_date(d, e) for e in en_dates)])
    ko_missing = _weekdays_unknown_calendar(ko_missing, en_weekdays or set(), ctx)
    en_missing = _unique([e for e in en_dates if not any(same_date(d, e) for d in ko_dates)])
    if len(ko_missing) == 1 and len(en_missing) == 1:
        k, e = ko_missing[0], en_missing[0]
        return out + [where.finding("date", ERROR, k.text, e.text,
                                    f"The Korean says {k.shown()} but the English says "
                                    f"{e.shown()}")]
    for k in ko_missing:
        out.append(where.finding("date", ERROR, k.text, "", f"The Korean date {k.shown()} "
                                 f"is not in the English"))
    for e in en_missing:
        out.append(where.finding("date", ERROR, "", e.text, f"The English date {e.shown()} "
                                 f"is not in the Korean"))
    return out


def _weekdays_unknown_calendar(missing: list[DateMention], en_weekdays: set[int],
                               ctx: CheckContext) -> list[DateMention]:
    """`missing` without the Korean days the English names by a weekday when no calendar
    can say which weekday they were (a news copy without its date: "28일" = "on Friday",
    "12월 30일" = "on Monday"); each weekday stands for one day, in order. With a year and
    month known, `named_by_weekday` compares them instead (batch 17)."""
    left = len(en_weekdays)
    out = []
    for d in missing:
        unknown = not d.month or not (d.year or ctx.release_year)
        if unknown and left and not d.weekday:
            left -= 1
            continue
        out.append(d)
    return out


def _unique(dates: list[DateMention]) -> list[DateMention]:
    seen: set[tuple[int, int, int | None]] = set()
    out = []
    for d in dates:
        if (d.month, d.day, d.year) not in seen:
            seen.add((d.month, d.day, d.year))
            out.append(d)
    return out


# --- numbers --------------------------------------------------------------------------------
def _date_evidence(dates: list[DateMention], start: int) -> list[Quantity]:
    """Parts of dates as numbers: a year, month or day written elsewhere may stand for them."""
    out = []
    for d in dates:
        for v in (d.year, d.month, d.day):
            if v is not None:
                out.append(Quantity(NUMBER, Decimal(v), start, start, d.text, claim=False))
    return out


def _this_year(ko: str, en_q: list[Quantity], ctx: CheckContext) -> list[Quantity]:
    """A year named from the release's (올해, 지난해, 내년) stands for the English year it
    means, or for any English year when the release's year is not known."""
    offsets = relative_year_offsets(ko)
    if not offsets:
        return []
    return [Quantity(NUMBER, q.value, len(ko), len(ko), "올해", claim=False) for q in en_q
            if _is_year(q) and (ctx.release_year is None
                                or int(q.value) - ctx.release_year in offsets)]


def _shown(q: Quantity) -> str:
    """The text as written, with its value when that differs ("142억 (14,200,000,000)")."""
    label = q.label()
    return q.text if label == q.text.strip() or label in q.text else f"{q.text} ({label})"


def _is_year(q: Quantity) -> bool:
    return isinstance(q.value, Decimal) and q.value == q.value.to_integral() \
        and 1900 <= q.value <= 2100


def _severity(q: Quantity) -> str:
    # A year or a "1" is often implied or idiomatic ("올해", "세계 1위" = "the largest").
    if q.kind == NUMBER and (_is_year(q) or q.value in (Decimal(0), Decimal(1))):
        return WARNING
    return ERROR


_KIND_WORD = {NUMBER: "number", TIME: "time", PHONE: "phone number", MONTH: "month"}


def _country_count_findings(ko_q: list[Quantity], en_q: list[Quantity],
                            en_counts: list[Quantity], where: _Where
                            ) -> tuple[list[QaFinding], list[Quantity]]:
    """A Korean count of countries (3국, 5개국) needs no number opposite, but an English
    count of countries of another value contradicts it ("four countries"). Returns the
    findings and the English quantities they account for."""
    out: list[QaFinding] = []
    used: list[Quantity] = []
    for k in ko_q:
        matched = [c for c in en_counts if k.country_count and quantities_match(k, c)]
        used += matched  # "Yemen and 8 countries" for 9개국: its 8 is accounted for
        if not k.country_count or matched or any(quantities_match(k, e) for e in en_q):
            continue
        other = next((c for c in en_counts if c not in used
                      and not any(quantities_match(c, q) for q in ko_q)), None)
        if other is not None:
            used.append(other)
            out.append(where.finding("number", ERROR, k.text, other.text,
                                     f"The Korean count {k.text} does not match the English "
                                     f"{other.text!r}"))
    return out, used


def _number_findings(ko_q: list[Quantity], en_q: list[Quantity], where: _Where,
                     en_counts: list[Quantity] | None = None,
                     texts: tuple[str, str] = ("", ""), headline: bool = False
                     ) -> list[QaFinding]:
    def missing(claims: list[Quantity], other: list[Quantity]) -> list[Quantity]:
        out: list[Quantity] = []
        for q in claims:
            if q.claim and not any(quantities_match(q, o) for o in other) \
                    and not any(quantities_match(q, o) for o in out):
                out.append(q)
        return out

    out, used = _country_count_findings(ko_q, en_q, en_counts or [], where)
    ko_missing = join_ranges(missing(ko_q, en_q))
    # An English count already reported against a Korean count is not reported again.
    en_missing = join_ranges([e for e in missing(en_q, ko_q)
                                   if not any(u.start <= e.start < u.end for u in used)])
    bounded = _bounds_met(ko_missing, en_missing, texts[0])
    ko_missing = [k for k in ko_missing if k not in bounded]
    en_missing = [e for e in en_missing if e not in bounded.values()]
    if headline and len(ko_missing) == 1 and len(en_missing) == 1 \
            and _won_for_dollars(ko_missing[0], en_missing[0], texts):
        return out
    if len(ko_missing) == 1 and len(en_missing) == 1 \
            and ko_missing[0].kind == en_missing[0].kind \
            and _comparable(ko_missing[0], en_missing[0], texts):
        k, e = ko_missing[0], en_missing[0]
        word = _KIND_WORD[k.kind]
        return out + [where.finding("number", ERROR, k.text, e.text,
                                    f"The Korean {word} {_shown(k)} does not match the "
                                    f"English {_shown(e)}")]
    for k in ko_missing:
        out.append(where.finding("number", _severity(k), k.text, "",
                                 f"The Korean {_KIND_WORD[k.kind]} {_shown(k)} "
                                 f"is not in the English"))
    for e in en_missing:
        out.append(where.finding("number", _severity(e), "", e.text,
                                 f"The English {_KIND_WORD[e.kind]} {_shown(e)} "
                                 f"is not in the Korean"))
    return out


# "규모 7 이상" (7 or more): the news English gives the figure itself, "7.4-magnitude".
_LOWER_BOUND = re.compile(r"\s*(?:이상|넘는|넘게|넘어|초과)")


def _bounds_met(ko_missing: list[Quantity], en_missing: list[Quantity], ko: str
                ) -> dict[Quantity, Quantity]:
    """Korean whole numbers given as a lower bound ("7 이상") that an English number left
    over states within the unit above it (7.4): {Korean: English}."""
    out: dict[Quantity, Quantity] = {}
    for k in ko_missing:
        if k.kind != NUMBER or not isinstance(k.value, Decimal) \
                or k.value != k.value.to_integral() or not _LOWER_BOUND.match(ko, k.end):
            continue
        e = next((e for e in en_missing if e.kind == NUMBER and isinstance(e.value, Decimal)
                  and e not in out.values() and k.value < e.value < k.value + 1), None)
        if e is not None:
            out[k] = e
    return out


def _comparable(k: Quantity, e: Quantity, texts: tuple[str, str]) -> bool:
    """Whether one number can be the other mistranslated. An amount of money and a bare
    number a hundred times apart are two facts ('70만 달러' beside 'Category 4'), each missing
    on its side; so are a day and an amount, and two bare counts of other digits more than
    ten times apart."""
    if k.kind != NUMBER or not isinstance(k.value, Decimal) or not isinstance(e.value, Decimal):
        return True
    money = (bool(currency_of(texts[0], k, True)), bool(currency_of(texts[1], e, False)))
    if money[0] and money[1] or not k.value or not e.value:
        return True
    ratio = k.value / e.value
    if money[0] != money[1]:
        return Decimal("0.01") <= ratio <= 100
    # Two bare counts: a slip keeps the digits or the order of magnitude ("1만" for 1,000,
    # 3,000 for 300); "1만 명을 넘을 수도" beside "30 remained missing" are two facts
    # (batch 17, the Myanmar copy).
    return Decimal("0.1") <= ratio <= 10 or _digits(k.value) == _digits(e.value)


def _digits(value: Decimal) -> str:
    """The significant digits: 15 for 1.5, 15,000 and 0.015."""
    return str(value.normalize()).split("E")[0].replace(".", "").replace("-", "").strip("0")


# What a dollar has cost in won since 2000 (about 1,000 to 1,450): a news copy's headline
# gives the aid in won ("5억 6000만원 지원") where the English gives the dollars. Only in a
# headline: in the body a won amount alone against dollars is reported (a release gives
# the dollars; the won are a conversion written beside them, `mark_korean_conversions`).
_WON_PER_DOLLAR = (Decimal(900), Decimal(1600))


def _won_for_dollars(k: Quantity, e: Quantity, texts: tuple[str, str]) -> bool:
    """The one Korean amount left is in won, the one English amount left in dollars, at a
    rate a dollar has cost: the same amount, converted."""
    if not (isinstance(k.value, Decimal) and isinstance(e.value, Decimal) and e.value):
        return False
    if currency_of(texts[0], k, True) != "KRW" or currency_of(texts[1], e, False) != "USD":
        return False
    return _WON_PER_DOLLAR[0] <= k.value / e.value <= _WON_PER_DOLLAR[1]


def _currency_findings(ko: str, en: str, ko_q: list[Quantity], en_q: list[Quantity],
                       where: _Where) -> list[QaFinding]:
    """An amount of the same value in another currency: 142억 달러 rendered as 14.2 billion won."""
    out = []
    for k in ko_q:
        ko_cur = currency_of(ko, k, True)
        if not ko_cur:
            continue
        same_value = [e for e in en_q if quantities_match(k, e)]
        currencies = {currency_of(en, e, False) for e in same_value} - {""}
        if currencies and ko_cur not in currencies:
            e = next(e for e in same_value if currency_of(en, e, False))
            out.append(where.finding(
                "number", ERROR, k.text, e.text,
                f"The Korean amount {_shown(k)} is in {ko_cur} but the English "
                f"{e.text} is in {currency_of(en, e, False)}"))
    return out


# --- one pair -------------------------------------------------------------------------------
def _bare_month_days(ko: str, ko_dates: list[DateMention], en: str,
                     en_dates: list[DateMention]) -> list[DateMention]:
    """"8.3" is August 3 unless the English has the number 8.3: read once, as a date or as
    a number, never as both."""
    taken = [(d.start, d.end) for d in ko_dates]
    bare = bare_month_days(ko, taken)
    if not bare:
        return []
    en_numbers = {q.value for q in extract_quantities(en, False, [(d.start, d.end)
                                                                 for d in en_dates])}
    return [d for d in bare
            if Decimal(f"{d.month}.{d.day}") not in en_numbers
            and Decimal(d.text) not in en_numbers]


def _qualifies(ko: str, missing: list[str], term: str) -> bool:
    """The term stands right after a fact reported missing and only qualifies it."""
    return any(re.search(re.escape(m) + r"\s*\(?\s*" + re.escape(term), ko) for m in missing) \
        and len(re.findall(re.escape(term), ko)) == 1


def _left_out_finding(g: LeftOut, where: _Where) -> QaFinding:
    side, other = ("Korean", "English") if g.lang == "ko" else ("English", "Korean")
    return where.finding("structure", ERROR, g.sentence[:60] if g.lang == "ko" else "",
                         g.sentence[:60] if g.lang == "en" else "",
                         f"None of the facts of this {side} sentence is in the {other} "
                         f"({', '.join(g.facts)}): a sentence left out or added?")


# A news copy's source tag or byline at the start, "[한국4차산업신문]", "[KNS뉴스통신=정혜민
# 기자]": the outlet's, not the release's; masked (offsets kept) before any check reads it.
_BYLINE = re.compile(r"^\s*\[[^\[\]\n]{0,30}(?:신문|뉴스|일보|통신|방송|미디어|기자|=)"
                     r"[^\[\]\n]{0,20}\]")


def check_pair(ko: str, en: str, ctx: CheckContext | None = None, path: str = "",
               segment_id: str = "", is_point: bool = True,
               headline: bool = False) -> list[QaFinding]:
    """Every check that compares one Korean text with its English translation.

    `headline`: English headlines name the actor by country ("Korea to Provide ..."
    for 외교부/정부)."""
    ctx = ctx or CheckContext(glossary=default_glossary())
    where = _Where(path, segment_id)
    out: list[QaFinding] = []
    written = (ko, en)  # hygiene reads the texts as written
    ko = _BYLINE.sub(lambda m: " " * len(m.group(0)), ko)
    if ko.strip() and en.strip():
        ko_dates = korean_dates(ko, ctx.release_year, ctx.release_month)
        en_dates = english_dates(en)
        ko_dates += _bare_month_days(ko, ko_dates, en, en_dates)
        en_raw = extract_quantities(en, False, [(d.start, d.end) for d in en_dates])
        en_q = mark_conversions(en, en_raw)
        ko_q = extract_quantities(ko, True, [(d.start, d.end) for d in ko_dates])
        ko_dates = [d for d in ko_dates if not named_event(ko, d, en)]  # masked, not a fact
        if not any(currency_of(en, e, False) == "KRW" for e in en_raw):
            ko_q = mark_korean_conversions(ko, ko_q)  # compared when the English converts too
        gone = left_out_sentences({"ko": ko, "en": en},
                                  {"ko": (ko_dates, ko_q), "en": (en_dates, en_q)})
        out += [_left_out_finding(g, where) for g in gone if g.sentence]
        ko, (ko_dates, ko_q) = without(ko, (ko_dates, ko_q), gone, "ko")
        en, (en_dates, en_q) = without(en, (en_dates, en_q), gone, "en")
    for run in hangul_in_english(en):
        out.append(where.finding("hangul", ERROR, "", run,
                                 f"Korean text left in the English: {run}"))
    if ko.strip() and en.strip():
        for word in latin_missing_in_english(ko, en, ctx.latin_aliases):
            out.append(where.finding("latin", WARNING, word, "",
                                     f"{word} is in the Korean but not in the English"))
        out += _date_findings(ko_dates, en_dates, ctx, where, english_days_without_month(en),
                              english_weekdays_alone(en))
        ko_q += _this_year(ko, en_q, ctx)
        out += _number_findings(ko_q + _date_evidence(ko_dates, len(ko)),
                                en_q + _date_evidence(en_dates, len(en)), where,
                                english_country_counts(en), (ko, en), headline)
        out += _currency_findings(ko, en, ko_q, en_q, where)
        missing_times = [q.text for q in ko_q if q.kind == TIME and q.claim
                         and not any(quantities_match(q, e) for e in en_q)]
        for issue in glossary_issues(ko, en, ctx.glossary, headline):
            if not issue.forbidden_used and _qualifies(ko, missing_times, issue.pair.ko):
                continue  # "23:00-02:00(한국시간)": the time's finding says it
            out.append(where.finding("glossary", ERROR if issue.forbidden_used else WARNING,
                                     issue.pair.ko, issue.forbidden_used or issue.pair.en,
                                     issue.message))
    for h in hygiene_issues(*written, is_point):
        out.append(where.finding("hygiene", WARNING, h.snippet if h.lang == "ko" else "",
                                 h.snippet if h.lang == "en" else "",
                                 f"{'Korean' if h.lang == 'ko' else 'English'}: {h.message}"))
    return out


# --- the release ----------------------------------------------------------------------------
def _attachment_gaps(release: Release) -> list[QaFinding]:
    """An attachment title written in one language only, when the other language lists
    attachments too. Published English versions often carry no attachments at all (the
    held-out pairs do): a Korean-only attachment list is no fault, and the export leaves
    it out of the English."""
    out: list[QaFinding] = []
    for lang in ("ko", "en"):
        if not any(att.title.get(lang).strip() for att in release.attachments):
            return out
    for i, att in enumerate(release.attachments):
        ko, en = att.title.ko.strip(), att.title.en.strip()
        where = _Where(f"attachments[{i}]", att.id)
        if ko and not en:
            out.append(where.finding("structure", ERROR, ko[:60], "",
                                     "The attachment has no English translation"))
        elif en and not ko:
            out.append(where.finding("structure", ERROR, "", en[:60],
                                     "The English attachment has no Korean source"))
    return out


def check_translation(release: Release, glossary: Glossary | None = None,
                      include_dismissed: bool = False) -> list[QaFinding]:
    """All translation findings of a release, in document order; dismissed ones left out
    unless `include_dismissed`."""
    if not (release.has_language("ko") and release.has_language("en")):
        return []  # a one-language release has nothing to compare
    ctx = CheckContext.for_release(release, glossary)
    refs = list(release.iter_segments())
    out: list[QaFinding] = []
    body_dates: list[DateMention] = []  # read when the headline needs them
    body_en: list[DateMention] = []
    for ref in refs:
        if ref.kind in ("point", "note"):
            continue
        gap = one_side(ref, ref.kind)
        if gap:
            out.append(gap)
        else:
            found = check_pair(ref.segment.text.ko, ref.segment.text.en, ctx, ref.path,
                               ref.segment.id, is_point=False, headline=ref.kind == "headline")
            if ref.kind == "headline" and any(f.check == "date" for f in found):
                body_dates = body_dates or [
                    d for r in refs if r.kind != "headline"
                    for d in korean_dates(r.segment.text.ko, ctx.release_year,
                                          ctx.release_month)]
                body_en = body_en or [d for r in refs if r.kind != "headline"
                                      for d in english_dates(r.segment.text.en)]
                found = [f for f in found if not _date_in_body(f, body_dates, body_en, ctx)]
            out += found
    # Points, then notes, are aligned by content: a point or note one side lacks, or two
    # the other side merges, shifts nothing else.
    for kind in ("point", "note"):
        out += aligned_findings([r for r in refs if r.kind == kind], ctx.glossary,
                                lambda ko, en, path, sid, is_point: check_pair(
                                    ko, en, ctx, path, sid, is_point=is_point))
    out = fold_notes(out, refs, ctx.glossary, lambda ko, en: check_pair(ko, en, ctx))
    out += _attachment_gaps(release) + name_findings(refs)
    lone_notes = [r.segment.text.en for r in refs if r.kind == "note" and not r.segment.text.ko]
    out = [f for f in out if not number_in_lone_note(f.check, f.ko, f.en, lone_notes)]
    order = {r.path: n for n, r in enumerate(refs)}
    out.sort(key=lambda f: order.get(f.segment, len(order)))
    return out if include_dismissed else active_findings(release, out)


def _date_in_body(finding: QaFinding, body_dates: list[DateMention],
                  body_en: list[DateMention], ctx: CheckContext) -> bool:
    """An English headline date ("(11.4.)", "(December 10)") that the Korean headline
    leaves out but the Korean body states, or a Korean headline date ("(8.19) 기념") the
    English headline leaves out and the English body states: as published, no fault."""
    if finding.check != "date" or bool(finding.ko) == bool(finding.en):
        return False
    if finding.en:
        dates, body = english_dates(finding.en), body_dates
    else:
        dates = korean_dates(finding.ko, ctx.release_year, ctx.release_month) \
            or bare_month_days(finding.ko, [])
        body = body_en
    return bool(dates) and all(any(same_date(b, e) for b in body) for e in dates)
