"""Entry point of `mfa-desk`: a subcommand runs the CLI, a file (or nothing) opens the
editor, and anything else is refused with one line and exit 2 before Qt is imported
(an unknown word must never start a window that, with no display, never returns)."""

from __future__ import annotations

import sys
from pathlib import Path

RELEASE_SUFFIX = ".mfadesk"


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from mfa_desk.cli import is_cli

    if is_cli(argv):
        from mfa_desk.cli import main as cli_main

        return cli_main(argv)
    problem = editor_argument_problem(argv)
    if problem:
        print(f"mfa-desk: {problem}", file=sys.stderr)
        return 2
    from mfa_desk.ui.session.launch import run_editor

    return run_editor(argv)


def editor_argument_problem(argv: list[str]) -> str | None:
    """Why these arguments cannot open the editor, or None. A missing file is fine only
    when its name ends in .mfadesk: a new release to be saved there."""
    from mfa_desk.cli import COMMANDS
    from mfa_desk.ui.session.launch import editor_files  # no Qt at import

    for arg in editor_files(argv):
        path = Path(arg)
        if path.exists():
            if path.is_dir():
                return f"{arg}: is a folder, not a release"
            continue
        if path.suffix.lower() == RELEASE_SUFFIX:
            continue
        if path.suffix == "" and len(path.parts) == 1:
            return (f"{arg}: unknown command (commands: {', '.join(COMMANDS)}; "
                    f"or give a file to open)")
        return f"{arg}: no such file"
    return None
