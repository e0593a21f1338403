"""edition_lock: one holder at a time, the others wait and are told so; a dead holder's
lock is the OS's to release; the lock file goes with its last holder."""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest

from reader import edition_lock

ROOT = Path(__file__).resolve().parents[2]
WAIT = 60  # seconds: only so that a broken lock fails the test instead of hanging it


@pytest.fixture
def target(tmp_path) -> Path:
    return tmp_path / "papers" / "광남일보-2026-02-04.json"


def test_a_free_lock_is_taken_without_waiting_and_leaves_no_file(target):
    told: list[str] = []
    with edition_lock.held(target, lambda: told.append("waits")):
        assert edition_lock.lock_path(target).exists()
        assert not target.exists()
    assert told == []
    assert list(target.parent.iterdir()) == []


def test_the_second_holder_waits_for_the_first_and_a_third_for_the_second(target):
    """The third comes after the first removed the lock file the second waited on: it
    must wait for the second all the same."""
    second_waits, second_holds, second_done = (threading.Event() for _ in range(3))
    order: list[str] = []

    def second() -> None:
        with edition_lock.held(target, second_waits.set):
            order.append("second")
            second_holds.set()
            assert second_done.wait(WAIT)

    with edition_lock.held(target):
        thread = threading.Thread(target=second)
        thread.start()
        assert second_waits.wait(WAIT)
        order.append("first")
    assert second_holds.wait(WAIT)
    told: list[str] = []

    def third_waits() -> None:
        told.append("third waits")
        second_done.set()

    try:
        with edition_lock.held(target, third_waits):
            order.append("third")
    finally:
        second_done.set()
        thread.join(WAIT)
    assert told == ["third waits"]
    assert order == ["first", "second", "third"]
    assert list(target.parent.iterdir()) == []


def test_the_lock_of_a_killed_holder_is_free(target):
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from reader import edition_lock\n"
        "with edition_lock.held(Path(sys.argv[1])):\n"
        "    print('held', flush=True)\n"
        "    sys.stdin.read()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code, str(target)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert holder.stdout is not None
    assert holder.stdout.readline() == "held\n"
    told: list[str] = []
    holder.kill()
    holder.wait(WAIT)
    with edition_lock.held(target, lambda: told.append("waits")):
        pass
    assert told == []
    assert list(target.parent.iterdir()) == []  # the dead one's lock file, gone with ours


def test_a_waiter_whose_telling_fails_gets_that_error_not_a_lock_error(target):
    """Telling the user it waits writes to stderr; stderr closed (a pipe whose reader
    left) is that write's failure, not "cannot lock (Broken pipe)"."""

    def tell() -> None:
        raise BrokenPipeError(32, "Broken pipe")

    with edition_lock.held(target):
        with pytest.raises(BrokenPipeError):
            with edition_lock.held(target, tell):
                pass
    # The failed waiter let go of what it opened: the lock is free.
    told: list[str] = []
    with edition_lock.held(target, lambda: told.append("waits")):
        pass
    assert told == []
