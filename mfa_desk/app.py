"""Entry point of `mfa-desk`: a subcommand runs the CLI, otherwise the editor opens."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    from mfa_desk.cli import is_cli

    if is_cli(argv):
        from mfa_desk.cli import main as cli_main

        return cli_main(argv)
    from mfa_desk.ui.launch import run_editor

    return run_editor(argv)
