"""Ranges written as one thing, reported as one thing when missing from the other text."""

from __future__ import annotations

from mfa_desk.checks.numbers import TIME, Quantity


def join_ranges(missing: list[Quantity]) -> list[Quantity]:
    """Two times of one range missing together ("23:00-02:00") are one thing missing; so
    are the two years of a range cut short ("1996-97": 1996 and 1997, one span)."""
    out: list[Quantity] = []
    for q in missing:
        last = out[-1] if out else None
        if last is not None and (q.start, q.end) == (last.start, last.end):
            continue
        if last is not None and q.kind == last.kind == TIME and 0 <= q.start - last.end <= 3:
            out[-1] = Quantity(TIME, last.value, last.start, q.end, f"{last.text}-{q.text}")
        else:
            out.append(q)
    return out
