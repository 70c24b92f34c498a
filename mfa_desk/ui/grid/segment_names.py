"""Segment paths as an officer reads them: "points[1].children[0]" -> "Point 2.1".

The spelling and checks modules name segments by their inspect-shape path (stable,
good for tools); the panels show these names instead.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QObject

_STEP = re.compile(r"^([a-z_]+)(?:\[(\d+)\])?$")


class SegmentNames(QObject):
    def describe(self, path: str) -> str:
        """A readable name for `path`; an unknown shape is shown as it is."""
        steps = []
        for part in path.split("."):
            match = _STEP.match(part)
            if match is None:
                return path
            steps.append((match.group(1), match.group(2)))
        if not steps:
            return path
        head, index = steps[0]
        rest = steps[1:]
        if head == "headline" and index is None and not rest:
            return self.tr("Headline")
        if index is None:
            return path
        number = str(int(index) + 1)
        if head == "points" and all(n == "children" and i is not None for n, i in rest):
            numbers = [number] + [str(int(i) + 1) for _n, i in rest if i is not None]
            return self.tr("Point %1").replace("%1", ".".join(numbers))
        if rest == [("photo", None)] and head == "attachments":
            return self.tr("Photo caption %1").replace("%1", number)
        if rest:
            return path
        names = {"subheadlines": self.tr("Sub-headline %1"), "notes": self.tr("Note %1"),
                 "attachments": self.tr("Attachment %1")}
        return names[head].replace("%1", number) if head in names else path
