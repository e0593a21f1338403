"""The `broadsheet` command: one module per subcommand, each with register() and run()."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from reader.errors import BroadsheetError
from reader.printable import visible

# Subcommand -> module in reader.cli; each module's register(subparsers) adds its
# parsers with func=run(args) -> int. Only the module of the command given is
# imported, so opening the reader does not pay for the other commands' imports.
COMMANDS = {
    "open": "open",
    "ingest": "edition_cmds",
    "show": "edition_cmds",
    "validate": "edition_cmds",
    "search": "search",
    "index": "index",
}
SUBCOMMANDS = set(COMMANDS)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broadsheet",
        description="Read printed newspapers in the terminal.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in names:
        importlib.import_module(f"reader.cli.{name}").register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `broadsheet`, `broadsheet PATH` and `broadsheet --fresh` open the reader.
    if not args_list or args_list[0] not in (*SUBCOMMANDS, "-h", "--help"):
        args_list = ["open", *args_list]
    parser = build_parser(args_list[0])
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args) or 0)
    except BroadsheetError as e:
        print(f"broadsheet: {visible(str(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
