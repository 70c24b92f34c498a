"""Templates for a new release: the ministry's three kinds, and the user's own.

A built-in template fills the document type, English category, timing and the
boilerplate each kind carries (texts invented here). A user's template is a
.mfadesk file in the templates folder of the user data folder ("Save as
Template"). A release made from either gets fresh ids, today's date, no sign-off
history, and the contacts of the chosen department from the contacts directory.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from mfa_desk.constants import FILE_SUFFIX, TIMING_EMBARGO, TIMING_ON_ISSUE
from mfa_desk.model.ids import new_id
from mfa_desk.model.release import Contact, Release, Segment
from mfa_desk.model.workflow import WorkflowState

MAX_TEMPLATES = 200  # a folder listing stays quick and the menu usable


@dataclass(frozen=True)
class Template:
    name: str
    release: Release
    path: Path | None = None  # a user's template file; None for a built-in one


def _builtin(document_type: str, category: str, timing: str, boilerplate: list[str]
             ) -> Release:
    release = Release()
    release.metadata.document_type = document_type
    release.metadata.category = category
    release.metadata.timing = timing
    release.unofficial_translation = True
    release.points = [Segment.of(text) for text in boilerplate] or [Segment()]
    return release


def builtin_templates() -> list[Template]:
    return [
        Template("보도자료", _builtin("보도자료", "Press Releases", TIMING_ON_ISSUE, [])),
        Template("보도참고자료", _builtin("보도참고자료", "Press Briefings", TIMING_EMBARGO, [])),
        Template("보도설명자료", _builtin(
            "보도설명자료", "Press Releases", TIMING_ON_ISSUE,
            ["○월 ○일자 ○○ 보도와 관련하여 다음과 같이 설명드립니다."])),
    ]


def user_templates(folder: Path) -> list[Template]:
    """The readable templates in `folder`, by name; unreadable files are left out."""
    from mfa_desk.errors import MfaDeskError
    from mfa_desk.formats.native.mfadesk_file import load_release

    try:
        paths = sorted(folder.glob(f"*{FILE_SUFFIX}"))[:MAX_TEMPLATES]
    except OSError:
        return []
    found = []
    for path in paths:
        try:
            found.append(Template(path.stem, load_release(path), path))
        except MfaDeskError:
            continue
    return found


_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


def save_template(release: Release, name: str, folder: Path) -> Path:
    """Keep `release` as a template called `name` (its sign-off and date left out)."""
    from mfa_desk.formats.native.mfadesk_file import save_release

    stem = " ".join(_UNSAFE.sub(" ", name).split()).strip(" .") or "template"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{stem}{FILE_SUFFIX}"
    template = release.copy()
    _reset(template)
    template.metadata.date = None
    template.metadata.issued_at = None
    save_release(template, path)
    return path


def release_from_template(template: Template, today: dt.date, department: str = "",
                          contacts: list[Contact] | None = None) -> Release:
    release = template.release.copy()
    _reset(release)
    release.metadata.date = today
    if department:
        release.metadata.department = department
    if contacts:
        release.metadata.contacts = [Contact(c.role, c.rank, c.name, c.phone, c.department)
                                     for c in contacts]
    return release


def _reset(release: Release) -> None:
    """A new release: fresh ids, Draft, no history, no dismissals."""
    for ref in release.iter_segments():
        ref.segment.id = new_id()
    for attachment in release.attachments:
        attachment.id = new_id()
    release.workflow = WorkflowState.DRAFT
    release.signoffs = []
    release.dismissals = []
