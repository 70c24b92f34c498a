"""Korean particles: a listed noun is also accepted with particles appended.

Hunspell's Korean dictionary inflects its own words but knows nothing of the
words we add (glossary, personal list, release ignore list), so "공급망" in
the glossary must also let "공급망을", "공급망에서는" and "공급망과의" through.
"""

from __future__ import annotations

from collections.abc import Iterator

# Case particles, auxiliary particles and the copula forms that follow a noun
# in press-release prose. Up to two are stripped ("에서" + "는", "과" + "의").
PARTICLES: frozenset[str] = frozenset({
    "은", "는", "이", "가", "을", "를", "의", "에", "에서", "에게", "께", "께서", "한테",
    "과", "와", "로", "으로", "로서", "으로서", "로써", "으로써", "도", "만", "까지", "부터",
    "보다", "처럼", "마다", "조차", "뿐", "밖에", "이나", "나", "이든", "든", "이며", "며",
    "이고", "고", "이다", "다", "이라", "라", "이란", "란", "이라는", "라는", "인", "임",
    "이었다", "였다", "입니다", "이자", "자", "들", "에게서", "에로", "이랑", "랑", "하고",
    "께서는", "에선", "엔", "에의", "같이", "대로", "과의", "와의",
})
_LENGTHS = sorted({len(p) for p in PARTICLES}, reverse=True)
MAX_PARTICLES = 2


def noun_candidates(word: str) -> Iterator[str]:
    """`word` itself, then every stem left after stripping one or two particles.

    "공급망에서는" gives itself, "공급망에서" and "공급망" (and the stems of other
    splits that happen to end in a particle, which a word list rarely holds).
    """
    yield word
    seen = {word}
    frontier = [word]
    for _ in range(MAX_PARTICLES):
        next_frontier: list[str] = []
        for stem in frontier:
            for n in _LENGTHS:
                if len(stem) > n and stem[-n:] in PARTICLES:
                    shorter = stem[:-n]
                    if shorter not in seen:
                        seen.add(shorter)
                        next_frontier.append(shorter)
                        yield shorter
        frontier = next_frontier


def is_particle_chain(word: str) -> bool:
    """True for one or two particles on their own ("를", "에서는", "과의")."""
    if word in PARTICLES:
        return True
    return any(len(word) > n and word[-n:] in PARTICLES and word[:-n] in PARTICLES
               for n in _LENGTHS)
