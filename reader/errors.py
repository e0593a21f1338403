"""The errors the CLI and the app report as one line, and that line for any exception.

Every error of broadsheet's own is a BroadsheetError: '<path>: <reason>', or the
reason alone when no file is to blame. The subclasses say which part gave up.
"""

from __future__ import annotations

import errno
import os

from reader.i18n import _
from reader.printable import visible_name


class BroadsheetError(Exception):
    """An error the CLI and the app report as one line: '<path>: <reason>'."""

    def __init__(self, path: str | os.PathLike[str] | None, reason: str):
        self.path = None if path is None else str(path)
        self.reason = reason
        # The path as shown: a newline in a file name must not split the one line.
        shown = None if self.path is None else visible_name(self.path)
        super().__init__(f"{shown}: {reason}" if shown else reason)

    def __reduce__(self) -> tuple[type[BroadsheetError], tuple[str | None, str]]:
        # Pickled as made (a PDF page's error comes from a worker process): the default
        # would call __init__ with the message alone.
        return type(self), (self.path, self.reason)


class EditionError(BroadsheetError):
    """An edition file that cannot be loaded."""


class DecodeError(BroadsheetError):
    """Input that is not page text."""


class SettingsError(BroadsheetError):
    """A settings file that cannot be used, as '<file>: <key>: <reason>'; `problems`
    has each bad key's line apart, for a notice that shows them one a line."""

    def __init__(
        self, path: str | os.PathLike[str] | None, reason: str, problems: list[str] | None = None
    ):
        super().__init__(path, reason)
        self.problems = problems or [reason]

    def lines(self) -> str:
        """The file, then each problem on a line of its own."""
        shown = visible_name(self.path) if self.path else ""
        return "\n".join([f"{shown}:" if shown else "", *self.problems]).lstrip("\n")


class StateWarning(BroadsheetError):
    """Why reading state is not being saved this session: '<file>: <reason>'; `cause`
    alone, without what the reader does about it, for a one-shot command's line."""

    def __init__(self, path: str | os.PathLike[str] | None, reason: str, cause: str = ""):
        super().__init__(path, reason)
        self.cause = cause or reason


def first_line(e: BaseException) -> str:
    """An exception as one line, for the one-line errors the user sees."""
    return str(e).splitlines()[0] if str(e) else type(e).__name__


def path_trouble(e: OSError) -> BroadsheetError | None:
    """An OSError that is the path's own trouble, not its file's, as our one line (a
    command's path argument is looked at in many places; each would say it raw)."""
    if e.errno == errno.ENAMETOOLONG:
        reason = _("the path is too long: a file or folder name holds at most 255 bytes")
        return BroadsheetError(e.filename, reason)
    return None
