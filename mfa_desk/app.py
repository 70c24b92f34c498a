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
        from mfa_desk.cli import COMMANDS
        from mfa_desk.cli import main as cli_main

        if argv[0] not in COMMANDS:  # --version, --help: no release, no dataclasses
            return cli_main(argv)
        from mfa_desk.dataclass_code import save_dataclass_code, use_dataclass_code

        use_dataclass_code()  # the model's dataclasses: ~9 ms of an export's start, kept
        try:
            return cli_main(argv)
        finally:
            save_dataclass_code()
    problem = editor_argument_problem(argv)
    if problem:
        print(f"mfa-desk: {problem}", file=sys.stderr)
        return 2
    from mfa_desk.ui.session.launch import run_editor

    return run_editor(argv)


def editor_argument_problem(argv: list[str]) -> str | None:
    """Why these arguments cannot open the editor, or None. A missing file is fine only
    when its name ends in .mfadesk: a new release to be saved there. Two files are the
    Korean and the English of one release to import."""
    from mfa_desk.cli import COMMANDS
    from mfa_desk.ui.session.launch import editor_files  # no Qt at import

    files = editor_files(argv)
    if len(files) > 2:
        return (f"{len(files)} files given: give one release, or the Korean and the "
                "English file of one release")
    if len(files) == 2:
        for arg in files:
            if Path(arg).suffix.lower() == RELEASE_SUFFIX:
                return (f"{arg}: a release file opens alone; two files are the Korean "
                        "and the English text of one release to import")
    for arg in files:
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
