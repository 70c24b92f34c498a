# PyInstaller runtime hook: runs inside the bundle before any application code.
#
# Spell checking uses the system's Enchant library and its Hunspell provider
# (Debian's libenchant-2 looks for providers only at the path it was built
# with, so a copied libenchant could not load a copied provider), and the
# Korean and English Hunspell dictionaries carried in the bundle under
# share/hunspell. Enchant's Hunspell provider searches <dir>/hunspell for every
# dir in XDG_DATA_DIRS, so putting the bundle's share/ first makes the bundled
# dictionaries win over whatever the machine has (or lacks), and the
# application spells the same everywhere.
import os
import sys

_bundle = getattr(sys, "_MEIPASS", "")
_share = os.path.join(_bundle, "share")
if _bundle and os.path.isdir(os.path.join(_share, "hunspell")):
    # An unset XDG_DATA_DIRS means this default (XDG Base Directory spec);
    # keep it so the system's own data stays visible after ours.
    _system = os.environ.get("XDG_DATA_DIRS") or "/usr/local/share:/usr/share"
    if _share not in _system.split(os.pathsep):
        os.environ["XDG_DATA_DIRS"] = os.pathsep.join([_share, _system])
    os.environ.setdefault("MFA_DESK_BUNDLED_DICTIONARIES", os.path.join(_share, "hunspell"))
