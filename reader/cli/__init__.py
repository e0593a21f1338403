"""The `broadsheet` command: a module per subcommand, or per kin of them (edition_cmds:
ingest, show and validate), each with register() giving each parser its func."""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from pathlib import Path

from reader.cli import output
from reader.errors import BroadsheetError, path_trouble
from reader.i18n import _, ngettext
from reader.printable import visible
from reader.settings import configure

# argparse words its own messages (usage, option groups, errors) through gettext's
# global domain, which holds no catalog of ours; it looks `_` and `ngettext` up each
# time it speaks, so it is handed ours (reader/cli/argparse_words.py lists its messages).
argparse._ = _  # type: ignore[attr-defined]
argparse.ngettext = ngettext  # type: ignore[attr-defined]

# Subcommand -> module in reader.cli; each module's register(subparsers) adds its
# parsers, each with its func(args) -> int. Only the module of the command given is
# imported, so opening the reader does not pay for the other commands' imports.
COMMANDS = {
    "open": "open",
    "ingest": "edition_cmds",
    "show": "edition_cmds",
    "validate": "edition_cmds",
    "remove": "remove",
    "search": "search",
    "index": "index",
}
SUBCOMMANDS = set(COMMANDS)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="broadsheet",
        description=_("Read printed newspapers in the terminal."),
        # The epilog's lines are kept as written: it holds commands to copy.
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=_(
            "broadsheet [PATH] opens the reader: PATH is an edition file, a folder of "
            "editions, a PDF or page text;\nwithout it, ./editions (else the sample shipped "
            "with broadsheet): the newest edition\nthat arrived since the last reading, else "
            "the edition read last.\n--fresh starts at the first "
            "article, not where reading stopped.\n\nYour own paper:\n"
            "  broadsheet ingest PAPER.pdf    saves it in ./editions\n"
            "  broadsheet                     reads it (? lists the keys)"
        ),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # After the subparsers are made: they take their prog from the usage there is then.
    parser.usage = _("%(prog)s [PATH] [--fresh] | %(prog)s COMMAND ...")
    names = [COMMANDS[command]] if command in COMMANDS else list(dict.fromkeys(COMMANDS.values()))
    for name in names:
        importlib.import_module(f"reader.cli.{name}").register(sub)
    return parser


def _a_command_mistyped(word: str) -> bool:
    """A bare word that names no file: a command misspelt (`shwo`) or one that is not
    (`export`), rather than a PATH for the reader."""
    if not (word.isascii() and word.isalpha() and word.islower()):
        return False
    try:
        return not Path(word).exists()
    except OSError:  # a name too long to be a file's
        return True


def main(argv: Sequence[str] | None = None) -> int:
    # First the settings: they say which language everything below speaks.
    settings, problem = configure()
    args_list = list(sys.argv[1:] if argv is None else argv)
    # `broadsheet`, `broadsheet PATH` and `broadsheet --fresh` open the reader.
    if not args_list or args_list[0] not in (*SUBCOMMANDS, "-h", "--help"):
        if args_list and _a_command_mistyped(args_list[0]):
            commands = ", ".join(COMMANDS)
            reason = _("no such command, file or folder (commands: {commands})")
            print(
                f"broadsheet: {visible(args_list[0])}: {reason.format(commands=commands)}",
                file=sys.stderr,
            )
            return 2
        args_list = ["open", *args_list]
    parser = build_parser(args_list[0])
    args = parser.parse_args(args_list)
    args.settings, args.settings_problem = settings, problem
    try:
        if args.command == "open":  # the reader's screen is the terminal's, not stdout's
            return int(args.func(args) or 0)
        with output.guarded():
            code = int(args.func(args) or 0)
            sys.stdout.flush()  # the output's last bytes: writing them can fail too
        return code
    except BroadsheetError as e:
        print(f"broadsheet: {visible(str(e))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except output.PipeClosed:
        output.drop()  # what the buffer still holds would fail again at exit
        return 0
    except output.OutputError as e:
        output.drop()
        reason = _("cannot write the output ({reason})").format(reason=e.strerror)
        print(f"broadsheet: {reason}", file=sys.stderr)
        return 2
    except OSError as e:
        if (trouble := path_trouble(e)) is None:
            raise
        print(f"broadsheet: {visible(str(trouble))}", file=sys.stderr)
        return 2
