"""`python -m mfa_desk` runs the same entry point as the `mfa-desk` command."""

from __future__ import annotations

import sys

from mfa_desk.app import main

sys.exit(main())
