"""A command's stdout, written whole or failing with an error main() can tell apart.

A write larger than stdout's buffer goes straight to the OS, which may take part of it
(a file size limit) while the buffered writer reports no error: the rest would be lost
silently. Handed over a piece under the buffer's size at a time, every write goes
through the buffer, whose flush writes all it holds or raises. A failed write raises
OutputError, so that main() says it in one line without taking another OSError (a bug,
a file of the command's own) for the output's. A closed pipe raises PipeClosed: Rich
would turn a BrokenPipeError into SystemExit(1), which for `search` means "not found".
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

PIECE = 1024
"""Characters (at most 4 KB of UTF-8) or bytes a write: under the 8 KB buffers, so
each goes through them."""


class OutputError(OSError):
    """A write to stdout that failed (a full disk, a file size limit)."""


class PipeClosed(Exception):
    """The reader of stdout's pipe went away (`| head`): not a failure of ours."""


class _Guarded:
    """A stream whose writes go in pieces and whose failures are OutputErrors; all else
    is the stream's own."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream

    def write(self, data: Any) -> int:
        for start in range(0, len(data), PIECE):
            self._call("write", data[start : start + PIECE])
        return len(data)

    def flush(self) -> None:
        self._call("flush")

    @property
    def buffer(self) -> _Guarded:
        return _Guarded(self._stream.buffer)

    def _call(self, name: str, *args: Any) -> Any:
        try:
            return getattr(self._stream, name)(*args)
        except BrokenPipeError:
            raise PipeClosed from None
        except OSError as e:
            raise OutputError(e.errno, e.strerror) from None

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def guarded() -> Iterator[None]:
    """sys.stdout guarded while the command runs."""
    stream = sys.stdout
    sys.stdout = _Guarded(stream)
    try:
        yield
    finally:
        sys.stdout = stream


def drop() -> None:
    """Point the process's stdout at the null device after a failed write: the bytes
    its buffer may still hold then go nowhere at exit instead of failing again."""
    if sys.stdout is not sys.__stdout__ or sys.stdout is None:
        return  # a test's stream, which nothing flushes at exit
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except OSError:
        pass
