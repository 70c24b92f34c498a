# PyInstaller runtime hook: programs the application starts (xdg-open on an
# exported file, a browser, LibreOffice) must run with the user's environment.
#
# On Linux the bootloader starts the application with LD_LIBRARY_PATH pointing
# into the bundle (saving any earlier value in LD_LIBRARY_PATH_ORIG); inherited,
# it would make those programs load the bundle's older libz, libzstd or
# libcrypto instead of their own. The dynamic linker reads LD_LIBRARY_PATH
# once, at process start, so restoring it here changes nothing for this
# process and everything for its children.
import os
import sys

if getattr(sys, "frozen", False) and sys.platform.startswith("linux"):
    _original = os.environ.pop("LD_LIBRARY_PATH_ORIG", None)
    if _original is not None:
        os.environ["LD_LIBRARY_PATH"] = _original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
