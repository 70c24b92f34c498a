"""Translation-memory matches for one Korean segment, scored at the character level.

Score = 100 x (1 - Levenshtein distance / length of the longer text), over the Korean
with white space normalised (OmegaT's formula, on characters instead of words: a
particle change 중요성을 -> 중요함을 costs one character, not a whole word). 100 means
identical; a 100% match whose previous segment also matches ours is a context match,
101, and ranks first (memoQ's "101%"). A fuzzy match that differs only in numbers
and dates carries English adapted to our values (adapt.py), marked `adapted`.
"""

from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from mfa_desk.archive.adapt import adapt_english
from mfa_desk.archive.grams import normalize
from mfa_desk.archive.search import candidates, check_query, exact_segments
from mfa_desk.archive.store import Archive, ArchiveSegment, ko_key

CONTEXT_SCORE = 101
DEFAULT_MIN_SCORE = 50
DEFAULT_LIMIT = 5

EQUAL, DELETE, INSERT = "equal", "delete", "insert"


@dataclass(frozen=True)
class Match:
    segment: ArchiveSegment
    score: int  # 0-100; 101 for a context match
    en: str  # the English to insert: the archive's, or adapted to our numbers
    adapted: bool
    diff: tuple[tuple[str, str], ...]  # (EQUAL|DELETE|INSERT, text): archive Korean -> ours

    @property
    def context(self) -> bool:
        return self.score == CONTEXT_SCORE


def score(archived: str, ours: str) -> int:
    a, b = normalize(archived), normalize(ours)
    if a == b:
        return 100
    # Floor, and never 100 for texts that differ.
    return min(99, int(Levenshtein.normalized_similarity(a, b) * 100))


def korean_diff(archived: str, ours: str) -> tuple[tuple[str, str], ...]:
    """Runs that turn the archive's Korean into ours: kept, only theirs, only ours."""
    a, b = normalize(archived), normalize(ours)
    runs: list[tuple[str, str]] = []
    for op in Levenshtein.opcodes(a, b):
        if op.tag == "equal":
            runs.append((EQUAL, a[op.src_start:op.src_end]))
            continue
        if op.src_end > op.src_start:
            runs.append((DELETE, a[op.src_start:op.src_end]))
        if op.dest_end > op.dest_start:
            runs.append((INSERT, b[op.dest_start:op.dest_end]))
    return tuple(runs)


def find_matches(archive: Archive, ko: str, previous_ko: str = "",
                 limit: int = DEFAULT_LIMIT,
                 min_score: int = DEFAULT_MIN_SCORE) -> list[Match]:
    """The best archive matches for `ko`, context matches first, then by score and date.

    The same English under the same Korean is shown once (the newest release's)."""
    query = check_query(ko)
    if not query:
        return []
    prev = ko_key(normalize(previous_ko)) if previous_ko.strip() else ""
    exact = exact_segments(archive, query, prev, limit * 4)
    seen = {seg.id for seg in exact}
    pool = {seg_id: text for seg_id, text in candidates(archive, query) if seg_id not in seen}
    # Scored in one rapidfuzz call (the stored Korean is already normalised); full rows
    # only for the best few (duplicates of one pair are dropped below).
    best = process.extract(query, pool, scorer=Levenshtein.normalized_similarity,
                           limit=limit * 4, score_cutoff=min_score / 100)
    best_ids = [seg_id for _text, _value, seg_id in best]
    scored: list[tuple[int, ArchiveSegment]] = []
    for seg in exact + archive.segments_by_id(best_ids):
        value = score(seg.ko, query)
        if value < min_score:
            continue
        if value == 100 and prev and seg.prev_key == prev:
            value = CONTEXT_SCORE
        scored.append((value, seg))
    scored.sort(key=lambda m: (m[0], m[1].date, m[1].id), reverse=True)
    # Differences and adaptation only for what is shown: they cost more than a score.
    out: list[Match] = []
    shown: set[tuple[str, str]] = set()
    for value, seg in scored:
        adapted = adapt_english(seg.ko, query, seg.en) if value < 100 else None
        match = Match(seg, value, adapted or seg.en, adapted is not None,
                      korean_diff(seg.ko, query))
        if (seg.ko, match.en) not in shown:
            shown.add((seg.ko, match.en))
            out.append(match)
        if len(out) >= limit:
            break
    return out
