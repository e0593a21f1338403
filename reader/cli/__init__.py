"""The `broadsheet` command: one module per subcommand, each with register() and run()."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from reader.cli import edition_cmds, search
from reader.cli import open as open_cmd
from reader.store import BroadsheetError

# Each module: register(subparsers) adds its parser and sets func=run(args) -> int.
COMMANDS = [edition_cmds, search, open_cmd]

SUBCOMMANDS = {"ingest", "show", "validate", "search", "index", "open"}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broadsheet",
        description="Read printed newspapers in the terminal.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `broadsheet` and `broadsheet PATH` open the reader.
    if not args_list or (args_list[0] not in SUBCOMMANDS and not args_list[0].startswith("-")):
        args_list = ["open", *args_list]
    parser = build_parser()
    args = parser.parse_args(args_list)
    try:
        return int(args.func(args) or 0)
    except BroadsheetError as e:
        print(f"broadsheet: {e}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
