"""Python's cyclic garbage collector, paused from the start of an editor session until its
first window has painted.

Starting allocates tens of thousands of objects that live as long as the editor (Qt
wrappers, the release's segments, menus) and almost no cyclic garbage; the collector
ran 60-70 times before the first paint, scanning them again each time (10 ms at
1,003 segments). Reference counting still frees everything that is not in a cycle
while it is paused; what is in a cycle waits for the first collection after the paint.
"""

from __future__ import annotations

import gc

# The paint that ends the pause normally comes within a second; start_session ends it
# after this whatever happens (a window closed before it painted).
LONGEST_PAUSE_MS = 5000

_paused_here = False


def pause_collection() -> None:
    """Pause the collector unless it is already off (by the user's code or a test). No Qt
    here: `mfa-desk` pauses it before importing Qt, whose import is a third of the start."""
    global _paused_here
    if gc.isenabled():
        gc.disable()
        _paused_here = True


def resume_collection() -> None:
    """End the pause (idempotent); a collector turned off by someone else stays off."""
    global _paused_here
    if _paused_here:
        _paused_here = False
        gc.enable()
