"""Finding segments: candidates for fuzzy matching and concordance hits.

Both read the term index (grams.py) rarest term first, using `term_counts`: a
segment that matches a query well shares most of its terms, so it holds some of the
rarest ones too, and reading only those keeps a lookup to a few thousand index rows
however large the archive grows. Candidates are then scored exactly (matching.py);
concordance hits are confirmed by a substring test in the database.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from mfa_desk.archive.grams import (
    english_terms,
    korean_terms,
    match_terms,
    normalize,
)
from mfa_desk.archive.store import Archive, ArchiveSegment, ko_key
from mfa_desk.errors import InputError
from mfa_desk.text.script import has_hangul

# How many index rows a match lookup may read, and how many candidates it scores.
POSTINGS_BUDGET = 3_000
MAX_CANDIDATES = 200  # scored on their Korean alone; full rows only for the best
QUERY_TERMS = 12  # the rarest this many bigrams of a query are read
JOINED_TERMS = 3  # concordance: a hit must hold the rarest this many terms
CONCORDANCE_LIMIT = 100
MAX_QUERY_CHARS = 5_000  # a segment, not a document: keeps every lookup bounded


@dataclass(frozen=True)
class ConcordanceFilter:
    date_from: str = ""  # ISO dates, inclusive; "" = open
    date_to: str = ""
    department: str = ""  # a part of the department's name


def check_query(text: str) -> str:
    query = normalize(text)
    if len(query) > MAX_QUERY_CHARS:
        raise InputError(f"the text to look up has {len(query):,} characters; "
                         f"at most {MAX_QUERY_CHARS:,} (one segment)")
    return query


def _rarest_first(archive: Archive, terms: set[int]) -> list[tuple[int, int]]:
    if not terms:
        return []
    ordered = sorted(terms)
    marks = ", ".join("?" for _ in ordered)
    counts: dict[int, int] = dict(archive.db.execute(
        f"SELECT term, n FROM term_counts WHERE term IN ({marks}) AND n > 0", ordered))
    return sorted(((int(n), t) for t, n in counts.items()))


def exact_segments(archive: Archive, ko: str, previous_key: str,
                   limit: int) -> list[ArchiveSegment]:
    """Segments with exactly this Korean, those after the same previous segment first
    (context matches), then the newest; at most `limit` of a sentence used everywhere."""
    key = ko_key(normalize(ko))
    if not key:
        return []
    return archive.select("WHERE s.ko_key = ? AND s.en <> '' ORDER BY "
                          "CASE WHEN s.prev_key = ? THEN 0 ELSE 1 END, r.release_date DESC, "
                          f"s.id DESC LIMIT {int(limit)}", (key, previous_key))


def candidates(archive: Archive, ko: str) -> list[tuple[int, str]]:
    """(id, Korean) of the segments sharing the most weight of the query's rarest
    bigrams, best first; a term weighs ln(10^6 / its count), so sharing one rare word
    outweighs sharing several common ones.

    Reads about POSTINGS_BUDGET index rows (at most twice that): the rarest QUERY_TERMS
    terms, common ones cut to their newest postings, so a lookup costs the same on any
    archive. Exact matches do not depend on this (exact_segments finds them by key)."""
    rarest = _rarest_first(archive, match_terms(ko))[:QUERY_TERMS]
    if not rarest:
        return []
    # Rare terms are read whole while the budget lasts (they find old matches too);
    # after that each common term adds only its newest share.
    # Weights and limits are parameters: the SQL text depends only on the number of
    # terms, so PostgreSQL prepares and plans it once, not for every lookup.
    parts, params, used = [], [], 0
    for i, (n, term) in enumerate(rarest):
        limit = min(n, max(POSTINGS_BUDGET - used, POSTINGS_BUDGET // QUERY_TERMS))
        used += limit
        parts.append(f"SELECT * FROM (SELECT segment_id, {archive.db.real('?')} AS w "
                     f"FROM terms WHERE term = ? ORDER BY segment_id DESC LIMIT ?) AS p{i}")
        params += [round(math.log(1e6 / n), 4), term, limit]
    # One round trip: rank, keep the best, and read their Korean.
    return [(int(i), k) for i, k in archive.db.execute(
        f"SELECT s.id, s.ko FROM (SELECT segment_id, SUM(w) AS weight FROM "
        f"({' UNION ALL '.join(parts)}) AS postings GROUP BY segment_id "
        f"ORDER BY weight DESC, segment_id DESC LIMIT {MAX_CANDIDATES}) AS best "
        f"JOIN segments s ON s.id = best.segment_id WHERE s.en <> '' AND s.ko <> ''", params)]


def searched_side(query: str, lang: str | None) -> str:
    """The language a concordance query searches: the one asked for, else Korean when the
    query has Hangul (the concordance dock marks the hits in that side)."""
    return lang or ("ko" if has_hangul(query) else "en")


def concordance(archive: Archive, text: str, lang: str | None = None,
                filters: ConcordanceFilter | None = None,
                limit: int = CONCORDANCE_LIMIT) -> list[ArchiveSegment]:
    """Segments whose `lang` side contains `text` (Korean when it has Hangul), newest
    release first. One-character Korean queries scan instead of using the index."""
    query = check_query(text)
    if not query:
        return []
    lang = searched_side(query, lang)
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
    if len(rarest) < len(terms):
        return []  # a term no segment has: nothing can contain the query
    if not rarest:  # one syllable, or only the commonest English words: a scan
        hits = archive.select("WHERE " + " AND ".join(where)
                              + f" ORDER BY s.id DESC LIMIT {int(limit)}", params)
    else:
        # Walk the rarest term's postings newest first, keep those holding the next
        # rarest terms too (index probes), confirm the text, stop at `limit` hits.
        joined = rarest[:JOINED_TERMS]
        joins = "".join(f" JOIN terms t{i} ON t{i}.segment_id = t0.segment_id AND "
                        f"t{i}.term = ?" for i in range(1, len(joined)))
        hits = archive.select_from(
            f"terms t0{joins} JOIN segments s ON s.id = t0.segment_id "
            "JOIN releases r ON r.id = s.release_id",
            "WHERE t0.term = ? AND " + " AND ".join(where)
            + f" ORDER BY t0.segment_id DESC LIMIT {int(limit)}",
            [t for _, t in joined[1:]] + [joined[0][1]] + params)
    return sorted(hits, key=lambda s: (s.date, s.id), reverse=True)
