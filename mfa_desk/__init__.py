"""MFA Desk: a desktop editor for bilingual ministry press releases."""

from __future__ import annotations

from importlib import metadata as _metadata


def _version() -> str:
    try:
        return _metadata.version("mfa-desk")
    except _metadata.PackageNotFoundError:  # running from a source tree or a bundle
        from mfa_desk._version import VERSION

        return VERSION


__version__ = _version()
