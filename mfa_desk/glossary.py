"""The ministry glossary: approved Korean/English pairs and accepted words.

Files (UTF-8, '#' starts a comment line, documented in docs/glossary.md):
- pairs.tsv: `KOREAN<TAB>ENGLISH[<TAB>FORBIDDEN | VARIANTS[<TAB>ALSO | ACCEPTED]]`: an
  approved rendering; optionally English variants a translator must not use (the
  column may be empty) and other renderings that are also correct (an adjective,
  a short form). Both sides are accepted by the spell checker; the translation
  check enforces the pair.
- words.txt: one accepted word a line (either language); a line `re:PATTERN`
  is a regular expression a whole token may match (romanised-name patterns).
The shipped glossary is in resources/glossary; a user's copy in the user data
folder is read after it and extends it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.fileio import read_input_file

MAX_GLOSSARY_BYTES = 8 * 2**20  # term lists are a few hundred KB


@dataclass(frozen=True)
class GlossaryPair:
    ko: str
    en: str
    forbidden: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # other accepted renderings ("Korean" beside "Korea")

    def renderings(self) -> tuple[str, ...]:
        return (self.en, *self.also)


@dataclass
class Glossary:
    pairs: list[GlossaryPair] = field(default_factory=list)
    words: set[str] = field(default_factory=set)
    patterns: list[re.Pattern[str]] = field(default_factory=list)

    def accepts(self, token: str) -> bool:
        return token in self.words or any(p.fullmatch(token) for p in self.patterns)

    def extend(self, other: Glossary) -> None:
        self.pairs.extend(other.pairs)
        self.words |= other.words
        self.patterns.extend(other.patterns)


def _lines(path: Path) -> list[tuple[int, str]]:
    try:
        text = read_input_file(path, MAX_GLOSSARY_BYTES).decode("utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot read glossary: {exc.strerror or exc}", str(path)) from None
    except UnicodeDecodeError:
        raise InputError("glossary is not UTF-8 text", str(path)) from None
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        line = line.strip()
        if line and not line.startswith("#"):
            out.append((n, line))
    return out


def load_pairs(path: Path) -> Glossary:
    g = Glossary()
    for n, line in _lines(path):
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            raise InputError("expected KOREAN<TAB>ENGLISH", f"{path}, line {n}")
        forbidden = tuple(v.strip() for v in cols[2].split("|") if v.strip()) if len(cols) > 2 \
            else ()
        also = tuple(v.strip() for v in cols[3].split("|") if v.strip()) if len(cols) > 3 \
            else ()
        g.pairs.append(GlossaryPair(cols[0], cols[1], forbidden, also))
        for side in (cols[0], cols[1], *also):
            g.words.update(re.findall(r"[\w'’-]+", side))
    return g


def load_words(path: Path) -> Glossary:
    g = Glossary()
    for n, line in _lines(path):
        if line.startswith("re:"):
            try:
                g.patterns.append(re.compile(line[3:]))
            except re.error as exc:
                raise InputError(f"bad pattern: {exc}", f"{path}, line {n}") from None
        else:
            g.words.add(line)
    return g


def load_glossary(folders: list[Path]) -> Glossary:
    """Read pairs.tsv and words.txt from each folder that has them, in order."""
    g = Glossary()
    for folder in folders:
        if (folder / "pairs.tsv").is_file():
            g.extend(load_pairs(folder / "pairs.tsv"))
        if (folder / "words.txt").is_file():
            g.extend(load_words(folder / "words.txt"))
    return g


def default_glossary_folders() -> list[Path]:
    from mfa_desk.resources import resource_path
    from mfa_desk.user_account import user_folder

    return [resource_path("glossary"), user_folder("data") / "glossary"]
