"""Version history: every save of a release kept, storing only what changed.

Until the archive database lands, versions live in the user data folder:
`<user data>/mfa-desk/versions/<key>/`, one folder per release file (`key` is
a digest of its absolute path). Each save that changed something adds one JSON
file holding either the whole release (every KEYFRAME_EVERY-th version, so a
restore never replays more than that many patches) or a patch against the
version before it: the changed line ranges of the canonical .mfadesk text
(sorted keys, one value per line, so a one-word edit stores one line and a
photo's base64 line is stored only when the photo changes). `index.json` lists
number, time, author and digest of each version; it is rewritten atomically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any, TypedDict

from mfa_desk.errors import InputError
from mfa_desk.fileio import atomic_write_bytes
from mfa_desk.formats.native.mfadesk_file import dumps_release, loads_release
from mfa_desk.model.release import Release
from mfa_desk.model.review import now_utc

KEYFRAME_EVERY = 20
INDEX_NAME = "index.json"
STORE_FORMAT = "mfa-desk-versions"
# A hand-edited or damaged index larger than this is not read (bounded memory).
MAX_INDEX_BYTES = 8 * 1024 * 1024
MAX_VERSION_BYTES = 64 * 1024 * 1024


def default_versions_root() -> Path:
    from mfa_desk.user_account import user_folder

    return user_folder("data") / "versions"


class VersionJson(TypedDict):
    """A version as the versions index stores it."""

    number: int
    time: str  # UTC, "2026-03-18T01:00:00Z"
    author: str
    digest: str
    size: int


@dataclass(frozen=True)
class VersionInfo:
    number: int  # 1, 2, ... in saving order
    time: dt.datetime
    author: str
    digest: str  # of the saved text: an unchanged save adds no version
    size: int  # bytes this version takes in the store

    def to_json(self) -> VersionJson:
        return {"number": self.number, "time": self.time.strftime("%Y-%m-%dT%H:%M:%SZ"),
                "author": self.author, "digest": self.digest, "size": self.size}


class VersionStore:
    """The versions of one release file."""

    def __init__(self, release_path: Path, root: Path | None = None) -> None:
        self.release_path = Path(release_path).absolute()
        key = hashlib.sha256(str(self.release_path).encode("utf-8")).hexdigest()[:16]
        self.folder = (root or default_versions_root()) / key

    # ------------------------------------------------------------ reading
    def versions(self) -> list[VersionInfo]:
        index = self.folder / INDEX_NAME
        try:
            if index.stat().st_size > MAX_INDEX_BYTES:
                raise InputError("the version index is too large to read", str(index))
            data = json.loads(index.read_text(encoding="utf-8"))
            return [_info(v) for v in data["versions"]]
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InputError(f"the version index is damaged ({exc})", str(index)) from None

    def text_of(self, number: int) -> str:
        """The saved .mfadesk text of version `number`."""
        known = {v.number for v in self.versions()}
        if number not in known:
            raise InputError(f"there is no version {number}", str(self.release_path))
        start = number - (number - 1) % KEYFRAME_EVERY
        lines: list[str] = []
        for n in range(start, number + 1):
            record = self._read(n)
            if "full" in record:
                lines = record["full"].splitlines(keepends=True)
            else:
                lines = apply_patch(lines, record["patch"])
        return "".join(lines)

    def load(self, number: int) -> Release:
        return loads_release(self.text_of(number), f"version {number} of "
                             f"{self.release_path.name}")

    def _read(self, number: int) -> dict[str, Any]:
        path = self.folder / f"{number:06d}.json"
        try:
            if path.stat().st_size > MAX_VERSION_BYTES:
                raise InputError("a stored version is too large to read", str(path))
            record = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise InputError(f"a stored version cannot be read ({exc})", str(path)) from None
        if not isinstance(record, dict) or not ("full" in record or "patch" in record):
            raise InputError("a stored version is damaged", str(path))
        return record

    # ------------------------------------------------------------ writing
    def record(self, release: Release, author: str, when: dt.datetime | None = None
               ) -> VersionInfo | None:
        """Keep `release` as the next version; None when it equals the last one."""
        text = dumps_release(release)
        digest = hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]
        versions = self.versions()
        if versions and versions[-1].digest == digest:
            return None
        number = versions[-1].number + 1 if versions else 1
        if (number - 1) % KEYFRAME_EVERY == 0:
            record: dict[str, Any] = {"full": text}
        else:
            before = self.text_of(versions[-1].number).splitlines(keepends=True)
            record = {"patch": make_patch(before, text.splitlines(keepends=True))}
        blob = json.dumps(record, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        self.folder.mkdir(parents=True, exist_ok=True)
        atomic_write_bytes(self.folder / f"{number:06d}.json", blob)
        info = VersionInfo(number, (when or now_utc()).astimezone(dt.UTC), author, digest,
                           len(blob))
        index = {"format": STORE_FORMAT, "release": str(self.release_path),
                 "versions": [v.to_json() for v in [*versions, info]]}
        atomic_write_bytes(self.folder / INDEX_NAME,
                           json.dumps(index, ensure_ascii=False, indent=1).encode("utf-8"))
        return info

    def total_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.folder.glob("*.json")) \
            if self.folder.is_dir() else 0


def _info(v: dict[str, Any]) -> VersionInfo:
    moment = dt.datetime.fromisoformat(str(v["time"]).replace("Z", "+00:00"))
    return VersionInfo(int(v["number"]), moment, str(v["author"]), str(v["digest"]),
                       int(v.get("size", 0)))


def make_patch(old: list[str], new: list[str]) -> list[list[Any]]:
    """[start, end, lines]: replace old[start:end] by lines; in increasing order."""
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    return [[i1, i2, new[j1:j2]] for tag, i1, i2, j1, j2 in matcher.get_opcodes()
            if tag != "equal"]


def apply_patch(old: list[str], patch: list[list[Any]]) -> list[str]:
    out = list(old)
    for start, end, lines in reversed(patch):
        out[start:end] = lines
    return out


def author_name(preferred: str) -> str:
    """The user's name from the preferences, else the login name."""
    if preferred.strip():
        return preferred.strip()
    from mfa_desk.user_account import login_name

    return login_name() or "unknown"
