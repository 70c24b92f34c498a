"""Kept for modules written against it (the embargo stamp): dates in either language
are read by the shared `mfa_desk.text.dates`."""

from __future__ import annotations

from mfa_desk.text.dates import WrittenDate, parse_any_date

HeaderDate = WrittenDate

__all__ = ["HeaderDate", "parse_any_date"]
