"""The user's account as MFA Desk needs it: their folders (preferences, state, data,
cache) and their login name.

On Linux by the XDG base directory rule itself, as platformdirs applies it there: an
absolute `$XDG_CONFIG_HOME` (STATE, DATA, CACHE), else the default under the home
folder (a relative `$HOME` counts as unset), then `mfa-desk`. Elsewhere platformdirs
decides. Why not platformdirs everywhere: its import is eight modules, ~2.5 ms of every
editor start (issue 16), for four string joins on the system the ministry uses.
`tests/test_user_account.py` compares both answers under each kind of environment.

Imports the standard library only: the editor's start-up reads it before anything else.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Literal

APP_FOLDER = "mfa-desk"  # constants.ORG_NAME; kept here so this module needs nothing
Kind = Literal["config", "state", "data", "cache"]
# The XDG variable and its default under the home folder, for each kind.
XDG_RULES: dict[str, tuple[str, str]] = {
    "config": ("XDG_CONFIG_HOME", ".config"),
    "state": ("XDG_STATE_HOME", ".local/state"),
    "data": ("XDG_DATA_HOME", ".local/share"),
    "cache": ("XDG_CACHE_HOME", ".cache"),
}


def home_folder() -> str:
    """$HOME when it is absolute, else the account's home folder."""
    home = os.environ.get("HOME", "")
    if os.path.isabs(home):
        return home
    import pwd

    return pwd.getpwuid(os.getuid()).pw_dir


def user_folder(kind: Kind) -> Path:
    """The user's `kind` folder for MFA Desk (not created)."""
    if sys.platform.startswith("linux"):
        variable, default = XDG_RULES[kind]
        base = os.environ.get(variable, "")
        if not os.path.isabs(base):
            base = os.path.join(home_folder(), default)
        return Path(base) / APP_FOLDER
    import platformdirs

    finder = {"config": platformdirs.user_config_dir, "state": platformdirs.user_state_dir,
              "data": platformdirs.user_data_dir, "cache": platformdirs.user_cache_dir}[kind]
    return Path(finder(APP_FOLDER, appauthor=False))


LOGIN_VARIABLES = ("LOGNAME", "USER", "LNAME", "USERNAME")  # getpass.getuser()'s order


def login_name() -> str:
    """The login name as `getpass.getuser()` finds it (these variables, then the account
    database), without getpass's import of termios at every start; "" where neither
    knows the user (some containers)."""
    for variable in LOGIN_VARIABLES:
        name = os.environ.get(variable)
        if name:
            return name
    if not hasattr(os, "getuid"):
        return ""
    try:
        import pwd

        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError):
        return ""
