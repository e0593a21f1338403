"""Is the PDF at a path still the file the ingest checked? PDFium reads a document
lazily and the ingest opens it again every few pages: a file replaced or rewritten
meanwhile would make one edition of two papers. A file only touched (its time moved,
its bytes the same: a backup tool, `touch`) is the same file."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

# What identifies each file the ingest checked: (device, inode, size, mtime) and the
# digest of its bytes; a forked page worker inherits it.
_seen: dict[str, tuple[tuple[int, int, int, int], bytes]] = {}


def _identity(mode: os.stat_result) -> tuple[int, int, int, int]:
    return mode.st_dev, mode.st_ino, mode.st_size, mode.st_mtime_ns


def _digest(path: Path) -> bytes:
    with path.open("rb") as f:
        return hashlib.file_digest(f, "blake2b").digest()


def remember(path: Path, mode: os.stat_result) -> None:
    """Take the file at `path` (stat `mode`) as the one the ingest reads."""
    _seen[str(path)] = (_identity(mode), _digest(path))


def same_file(path: Path) -> bool:
    """Is the file at `path` the one remembered (or none was)? Another file (device,
    inode) or size is another; a moved time, the same bytes."""
    known = _seen.get(str(path))
    if known is None:
        return True
    try:
        now = _identity(path.stat())
        if now == known[0]:
            return True
        if now[:3] != known[0][:3]:
            return False
        same = _digest(path) == known[1]
    except OSError:
        return False
    if same:  # the next look needs no digest
        _seen[str(path)] = (now, known[1])
    return same
