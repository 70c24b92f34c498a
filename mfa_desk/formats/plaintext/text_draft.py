"""The release the text importer is building, shared by its parts (the header
reader, the body builder, the notes and attachments readers): the release and
its warnings, and where a continuation line goes.

Each part owns its own few fields; what they all write to lives here, so no part
reaches into another's state.
"""

from __future__ import annotations

from mfa_desk.constants import Lang
from mfa_desk.formats.plaintext.text_lines import Line
from mfa_desk.model.release import BiText, Release, Segment


class Draft:
    def __init__(self, lang: Lang, source: str, paragraphs: bool) -> None:
        self.lang: Lang = lang
        self.source = source
        # Each line is a whole paragraph (from DOCX or HTML): an unmarked line starts
        # a new paragraph instead of continuing one.
        self.paragraphs = paragraphs
        self.release = Release(languages=[lang])
        self.warnings: list[str] = []
        self.target: BiText | None = None  # where a continuation line goes
        self.blank_since_target = False

    def warn(self, line: Line, message: str) -> None:
        self.warnings.append(f"{self.source}:{line.lineno}: {message}")

    def append(self, target: BiText, text: str) -> None:
        current = target.get(self.lang)
        target.set(self.lang, f"{current} {text}" if current and text else current or text)

    def start(self, target: BiText, text: str) -> None:
        target.set(self.lang, text)
        self.target = target
        self.blank_since_target = False

    def segment(self, text: str) -> Segment:
        seg = Segment()
        self.start(seg.text, text)
        return seg

    def add_note(self, text: str) -> None:
        self.release.notes.append(self.segment(text))

    @property
    def in_head(self) -> bool:
        return not self.release.points and not self.release.subheadlines
