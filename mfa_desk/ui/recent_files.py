"""The list of recently opened releases, kept as JSON in the user state folder."""

from __future__ import annotations

import json
from pathlib import Path

from mfa_desk.formats.mfadesk_file import atomic_write_bytes

MAX_RECENT = 10


class RecentFiles:
    def __init__(self, state_dir: Path) -> None:
        self.file = state_dir / "recent-files.json"

    def paths(self) -> list[Path]:
        try:
            data = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return []
        if not isinstance(data, list):
            return []
        return [Path(p) for p in data if isinstance(p, str)]

    def add(self, path: Path) -> None:
        path = path.resolve()
        paths = [path] + [p for p in self.paths() if p != path]
        try:
            self.file.parent.mkdir(parents=True, exist_ok=True)
            payload = json.dumps([str(p) for p in paths[:MAX_RECENT]], ensure_ascii=False)
            atomic_write_bytes(self.file, payload.encode("utf-8"))
        except Exception:  # noqa: BLE001 - a recent-files list must never stop a save
            pass
