"""Error types every layer shares. A user sees `str(error)`: one clear line."""

from __future__ import annotations


class MfaDeskError(Exception):
    """Base class: an error whose message is fit to show a user as it is."""


class InputError(MfaDeskError):
    """Bad input: a file or text that cannot be read as a release.

    `where` names the place (a file and line, or a JSON path) and is put in
    front of the message, so the one line says what and where.
    """

    def __init__(self, message: str, where: str | None = None) -> None:
        self.message = message
        self.where = where
        super().__init__(f"{where}: {message}" if where else message)


class SaveError(MfaDeskError):
    """A release could not be written; the previous file is intact."""
