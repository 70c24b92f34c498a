"""The contacts directory: who answers for a release, per department, kept in the user
data folder (`contacts.json`) so that a new release fills its contacts from it.

Reading never raises past one clear InputError naming the file and the entry;
writing is atomic.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from pathlib import Path

from mfa_desk.errors import InputError
from mfa_desk.fileio import FileTooLarge, read_input_file
from mfa_desk.model.release import Contact

DIRECTORY_FORMAT = "mfa-desk-contacts"
DIRECTORY_VERSION = 1
FIELDS = ("department", "role", "rank", "name", "phone")
MAX_BYTES = 2 * 1024 * 1024  # thousands of contacts; a bigger file is not ours


def directory_path(data_dir: Path) -> Path:
    return data_dir / "contacts.json"


def load_directory(path: Path) -> list[Contact]:
    """The contacts in `path`; a missing file is an empty directory."""
    try:
        raw = read_input_file(path, MAX_BYTES)
    except FileTooLarge:
        raise InputError("the contacts directory is too big to be ours", str(path)) from None
    except FileNotFoundError:
        return []
    except OSError as exc:
        raise InputError(f"cannot read the contacts directory: {exc.strerror or exc}",
                         str(path)) from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise InputError("the contacts directory is not valid JSON text", str(path)) from None
    if not isinstance(data, dict) or data.get("format") != DIRECTORY_FORMAT:
        raise InputError("not an MFA Desk contacts directory", str(path))
    entries = data.get("contacts")
    if not isinstance(entries, list):
        raise InputError("contacts: expected a list", str(path))
    contacts = []
    for i, entry in enumerate(entries):
        if not isinstance(entry, dict) or not all(isinstance(entry.get(f, ""), str)
                                                  for f in FIELDS):
            raise InputError(f"contacts[{i}]: expected texts for {', '.join(FIELDS)}",
                             str(path))
        contacts.append(Contact(**{f: entry.get(f, "") for f in FIELDS}))
    return contacts


def save_directory(path: Path, contacts: list[Contact]) -> None:
    from mfa_desk.fileio import atomic_write_bytes

    path.parent.mkdir(parents=True, exist_ok=True)
    data = {"format": DIRECTORY_FORMAT, "version": DIRECTORY_VERSION,
            "contacts": [{f: asdict(c)[f] for f in FIELDS} for c in contacts]}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    atomic_write_bytes(path, text.encode("utf-8"))


def departments(contacts: list[Contact]) -> list[str]:
    """Each department once, in the order first listed."""
    return list(dict.fromkeys(c.department for c in contacts if c.department))


def for_department(contacts: list[Contact], department: str) -> list[Contact]:
    return [Contact(c.role, c.rank, c.name, c.phone, c.department) for c in contacts
            if c.department == department]
