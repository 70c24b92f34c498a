"""The command line: `mfa-desk import|inspect|export|check`, and --version.

Each command lives in its own module with `add_parser(subparsers)` and
`run(args) -> int`. Exit codes: 0 success, 1 findings (check), 2 bad input,
usage or an environment problem (a file that cannot be read or written, no
memory), 3 an internal error (a bug: report it); every failure is one line on
stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from types import ModuleType
from typing import NoReturn

from mfa_desk.errors import MfaDeskError

COMMANDS = ("import", "inspect", "export", "check", "diff", "archive")
EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT, EXIT_INTERNAL = 0, 1, 2, 3
REPORT_HINT = "this is a bug in MFA Desk; please report it with the command and the file"


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        # One line, exit 2, as for every other bad input.
        self.exit(EXIT_BAD_INPUT, f"mfa-desk: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from mfa_desk import __version__

    parser = _Parser(prog="mfa-desk", description="Bilingual press release editor.")
    parser.add_argument("--version", action="version", version=f"mfa-desk {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMANDS:
        _command_module(name).add_parser(sub)
    return parser


def _command_module(name: str) -> ModuleType:
    """mfa_desk.cli.cmd_<name>: its add_parser(Subparsers) and run(Namespace) -> int."""
    return importlib.import_module(f"mfa_desk.cli.cmd_{name}")


def is_cli(argv: list[str]) -> bool:
    return bool(argv) and (argv[0] in COMMANDS or argv[0].startswith("-")
                           and argv[0] not in ("-style", "-platform"))


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_usage(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        return int(_command_module(args.command).run(args))
    except MfaDeskError as exc:
        print(f"mfa-desk: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"mfa-desk: {where}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except MemoryError:
        print("mfa-desk: not enough memory for this input", file=sys.stderr)
        return EXIT_BAD_INPUT
    except RecursionError:
        print("mfa-desk: the input is nested too deeply to read", file=sys.stderr)
        return EXIT_BAD_INPUT
    except Exception as exc:  # noqa: BLE001 - the last line of defence: one line, never a traceback
        detail = str(exc).splitlines()[0][:200] if str(exc) else ""
        print(f"mfa-desk: internal error ({type(exc).__name__}{': ' + detail if detail else ''})"
              f"; {REPORT_HINT}", file=sys.stderr)
        return EXIT_INTERNAL
