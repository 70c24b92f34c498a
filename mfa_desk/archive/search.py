"""Finding segments: candidates for fuzzy matching and concordance hits.

Both read the term index (grams.py) rarest term first, using `term_counts`: a
segment that matches a query well shares most of its terms, so it holds some of the
rarest ones too, and reading only those keeps a lookup to a few thousand index rows
however large the archive grows. Candidates are then scored exactly (matching.py);
concordance hits are confirmed by a substring test in the database.
"""

from __future__ import annotations

from dataclasses import dataclass

from mfa_desk.archive.grams import (
    english_terms,
    has_hangul,
    korean_terms,
    normalize,
    squeeze,
)
from mfa_desk.archive.store import Archive, ArchiveSegment, ko_key

# How many index rows a match lookup may read, and how many candidates it scores.
POSTINGS_BUDGET = 8_000
MAX_CANDIDATES = 100
MIN_QUERY_TERMS = 4  # read at least this many terms, even past the budget
CONCORDANCE_LIMIT = 100


@dataclass(frozen=True)
class ConcordanceFilter:
    date_from: str = ""  # ISO dates, inclusive; "" = open
    date_to: str = ""
    department: str = ""  # a part of the department's name


def _rarest_first(archive: Archive, terms: set[int]) -> list[tuple[int, int]]:
    if not terms:
        return []
    ordered = sorted(terms)
    marks = ", ".join("?" for _ in ordered)
    counts = dict(archive.db.execute(
        f"SELECT term, n FROM term_counts WHERE term IN ({marks}) AND n > 0", ordered))
    return sorted(((int(n), t) for t, n in counts.items()))


def exact_segments(archive: Archive, ko: str) -> list[ArchiveSegment]:
    key = ko_key(normalize(ko))
    return archive.select("WHERE s.ko_key = ? AND s.en <> ''", (key,)) if key else []


def candidates(archive: Archive, ko: str) -> list[ArchiveSegment]:
    """Segments sharing the most of the query's rarest bigrams, best first."""
    chosen: list[int] = []
    read = 0
    for n, term in _rarest_first(archive, korean_terms(ko)):
        if read + n > POSTINGS_BUDGET and len(chosen) >= MIN_QUERY_TERMS:
            break
        chosen.append(term)
        read += n
    if not chosen:
        return []
    marks = ", ".join("?" for _ in chosen)
    rows = archive.db.execute(
        f"SELECT segment_id FROM terms WHERE term IN ({marks}) GROUP BY segment_id "
        f"ORDER BY COUNT(*) DESC, segment_id DESC LIMIT {MAX_CANDIDATES}", chosen)
    found = archive.segments_by_id(int(r[0]) for r in rows)
    return [s for s in found if s.en.strip() and s.ko.strip()]


def concordance(archive: Archive, text: str, lang: str | None = None,
                filters: ConcordanceFilter | None = None,
                limit: int = CONCORDANCE_LIMIT) -> list[ArchiveSegment]:
    """Segments whose `lang` side contains `text` (Korean when it has Hangul), newest
    release first. One-character Korean queries scan instead of using the index."""
    query = normalize(text)
    if not query:
        return []
    lang = lang or ("ko" if has_hangul(query) else "en")
    column = "s.ko" if lang == "ko" else "lower(s.en)"
    needle = query if lang == "ko" else query.lower()
    terms = korean_terms(query) if lang == "ko" else english_terms(query)
    where = [archive.db.contains(column)]
    params: list[object] = [needle]
    f = filters or ConcordanceFilter()
    if f.date_from:
        where.append("r.release_date >= ?")
        params.append(f.date_from)
    if f.date_to:
        where.append("r.release_date <> '' AND r.release_date <= ?")
        params.append(f.date_to)
    if f.department.strip():
        where.append(archive.db.contains("lower(r.department)"))
        params.append(normalize(f.department).lower())
    rarest = _rarest_first(archive, terms)
    if terms and not rarest:
        return []  # a term no segment has: nothing can contain the query
    if rarest and (lang == "en" or len(squeeze(query)) >= 2):
        where.append("s.id IN (SELECT segment_id FROM terms WHERE term = ?)")
        params.append(rarest[0][1])
    hits = archive.select("WHERE " + " AND ".join(where)
                          + f" ORDER BY s.id DESC LIMIT {int(limit)}", params)
    return sorted(hits, key=lambda s: (s.date, s.id), reverse=True)
