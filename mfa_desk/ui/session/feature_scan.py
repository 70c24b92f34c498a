"""PySide6's scan of every module imported after its QtCore, answered from the module's
name instead of its source.

PySide6 replaces Python's `__import__` and, for each module imported after QtCore, reads
the module's whole source (`inspect.getsource`) to see whether it says "PySide6". A
module that does is switched to its own feature set whenever it touches a Qt class; one
that does not is left alone. The switching exists for `from __feature__ import
snake_case, true_property`, which MFA Desk never uses: with no feature selected, every
module sees Qt's default names whichever answer it gets. The read costs ~0.1 ms a module:
the editor imports ~120 modules after QtCore before its first paint (12-17 ms of its
start) and more each time a dialog first opens.
"""

from __future__ import annotations

import sys
from types import ModuleType

# Modules that touch Qt classes: ours and Qt's own (and a script run as __main__).
USES_QT = ("mfa_desk", "PySide6", "__main__")
FEATURE_MODULE = "shibokensupport.feature"


def uses_qt_by_name(module: ModuleType) -> bool:
    """PySide's question "does this module use PySide6?", answered by its name."""
    name = getattr(module, "__name__", "")
    return isinstance(name, str) and name.split(".")[0] in USES_QT


def skip_feature_scan() -> bool:
    """Answer PySide's per-import question by name from now on. Call it right after the
    first import of PySide6. Returns False and changes nothing when this PySide has no
    such scan, or when a module has selected a feature (then the answers matter)."""
    feature = sys.modules.get(FEATURE_MODULE)
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    selected = getattr(feature, "pyside_feature_dict", {})
    if any(isinstance(flags, int) and flags > 0 for flags in selected.values()):
        return False
    feature._mod_uses_pyside = uses_qt_by_name  # type: ignore[attr-defined]
    return True
