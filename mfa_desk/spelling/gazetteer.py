"""Korean places in the official romanization, from resources/gazetteer/korean_places.tsv.

The spell checker accepts these names (alone and with their -do/-si/-gun suffix) and uses
them to keep suggestions honest: a capitalised word is never offered a different proper
noun, only a place of this list (or a name of the release) one or two edits away.
"""

from __future__ import annotations

from functools import lru_cache

from mfa_desk.resources import resource_path

GAZETTEER_FILE = ("gazetteer", "korean_places.tsv")


@lru_cache(maxsize=1)
def korean_places() -> frozenset[str]:
    """Every accepted spelling: "Gangwon", "Gangwon-do", "Pyeongchang-gun", ..."""
    names: set[str] = set()
    path = resource_path(*GAZETTEER_FILE)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError:
        return frozenset()
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split("\t")
        name = parts[0].strip()
        names.add(name)
        if len(parts) > 1 and parts[1].strip():
            names.add(f"{name}-{parts[1].strip()}")
    return frozenset(names)


def edit_distance(a: str, b: str, limit: int = 2) -> int:
    """Levenshtein distance, case-insensitive; anything above `limit` is `limit + 1`."""
    a, b = a.casefold(), b.casefold()
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1,
                               previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return min(previous[-1], limit + 1)


def near_places(word: str, limit: int = 1) -> list[str]:
    """Places of the gazetteer within `limit` edits of `word`, nearest first."""
    return list(_near_places(word, limit))


@lru_cache(maxsize=4096)  # each re-check of a block while typing asks again (~3 ms a word)
def _near_places(word: str, limit: int) -> tuple[str, ...]:
    scored = sorted((edit_distance(word, place, limit), place) for place in korean_places())
    return tuple(place for d, place in scored if 0 < d <= limit)
