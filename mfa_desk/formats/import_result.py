"""What every importer returns: the release, the warnings, the lines left out.

A module of its own so the importers (docx, html, hwpx, text, align, ...) and the
dispatcher that calls them (`importing`) do not import each other (issue 17).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from mfa_desk.model.release import Release


@dataclass
class ImportResult:
    release: Release
    warnings: list[str] = field(default_factory=list)
    # Lines of the page around the release that were left out (navigation, counters,
    # footers), in order; one warning names the first three and their count.
    left_out: list[str] = field(default_factory=list)
