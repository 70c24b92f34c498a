"""Ids of the things a release holds (segments, comments): short, random, saved in the file."""

from __future__ import annotations

import os


def new_id() -> str:
    """A short random id, stable for the life of a segment (saved in the file)."""
    # The first 12 hex digits of a uuid4 are 6 random bytes; importing uuid (and
    # platform with it) would cost every start a few milliseconds.
    return os.urandom(6).hex()
