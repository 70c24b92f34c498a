"""MFA Desk: a desktop editor for bilingual ministry press releases."""

from __future__ import annotations

# Read from _version.py, not importlib.metadata: the metadata machinery costs
# ~20 ms of start-up (it imports email parsing), and a test keeps _version.py
# equal to pyproject.toml's version.
from mfa_desk._version import VERSION as __version__

__all__ = ["__version__"]
