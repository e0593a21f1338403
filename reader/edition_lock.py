"""The lock an ingest holds on its edition file's target, from the replace check to the
end of the save: two ingests of one edition at once then meet the replace rule as two
run one after the other would (neither writes over the other's edition unchecked).

An OS advisory lock (flock) on a hidden file beside the target, `.<name>.lock`: the OS
lets go of it when the process dies, so a killed ingest never leaves its target locked.
The holder removes the lock file before letting go; a waiter that then holds the lock of
a removed file locks the one now there instead.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from reader import store
from reader.errors import BroadsheetError
from reader.i18n import _


def lock_path(target: Path) -> Path:
    return target.with_name(f".{target.name}.lock")


@contextmanager
def held(target: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the lock on `target` (making its folder). When another process holds it,
    `waiting()` is called once, then this one waits for it."""
    path = lock_path(target)
    store.make_folder(path.parent)
    told = False
    while True:
        try:
            # Never through a symlink: it would make a file wherever the link points.
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_NOFOLLOW, 0o666)
        except OSError as e:
            raise _cannot_lock(path, e) from None
        try:
            if not _take(fd, path, wait=False):
                # Outside the lock's errors: a closed stderr (BrokenPipeError) is not one.
                if waiting is not None and not told:
                    waiting()
                    told = True
                _take(fd, path, wait=True)
            there = _is_there(fd, path)
        except BaseException:
            os.close(fd)
            raise
        if there:
            break
        os.close(fd)  # the holder removed it as it let go: lock the file now there
    try:
        yield
    finally:
        try:
            os.unlink(path)  # before letting go, so no one else holds a removed file
        except OSError:
            pass
        os.close(fd)


def _take(fd: int, path: Path, *, wait: bool) -> bool:
    """Whether the lock was taken: False when another holds it and `wait` is False."""
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | (0 if wait else fcntl.LOCK_NB))
    except BlockingIOError:
        return False
    except OSError as e:
        raise _cannot_lock(path, e) from None
    return True


def _is_there(fd: int, path: Path) -> bool:
    try:
        st = os.lstat(path)  # (a symlink put there is not the file locked)
        mine = os.fstat(fd)
    except FileNotFoundError:
        return False
    except OSError as e:
        raise _cannot_lock(path, e) from None
    return (st.st_dev, st.st_ino) == (mine.st_dev, mine.st_ino)


def _cannot_lock(path: Path, e: OSError) -> BroadsheetError:
    if e.errno == errno.ELOOP and path.is_symlink():
        return BroadsheetError(path, _("is a symlink, not a lock file; remove it"))
    if e.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        # The lock file is the first thing written: the folder is what cannot be.
        reason = _("cannot write in this folder ({reason})").format(reason=e.strerror)
        return BroadsheetError(path.parent, reason)
    return BroadsheetError(path, _("cannot lock ({reason})").format(reason=e.strerror))
