"""Writes killed (kill -9) in the middle leave the old file or the new one, never a partial
file, and nothing the next run trips over.

Each child stops at a chosen point inside its write, says so on stdout and waits; the test
checks that the write is under way there, kills the child, and checks what is left.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import msgspec

from reader.ingest import ingest_text
from reader.state import State
from reader.store import to_json
from tests.gen import generate_edition

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _stop_and_kill(argv: list[str], env: dict[str, str], said: str) -> subprocess.Popen[str]:
    """Start the child and wait until it says ``said`` (it then waits on its stdin).

    Returns the child, still alive, for the caller to look at what it left and kill it.
    """
    proc = subprocess.Popen(
        argv,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stderr is not None
    line = proc.stdout.readline().strip()
    if line != said:  # it finished or failed before the point: say why
        proc.kill()
        _, err = proc.communicate()
        raise AssertionError(f"child said {line!r}, not {said!r}: {err}")
    return proc


def _kill(proc: subprocess.Popen[str]) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.communicate()
    assert proc.returncode == -signal.SIGKILL


# --- edition files ---------------------------------------------------------------

# `broadsheet ingest`, stopped at one point of store.atomic_write: after the temporary file
# is made, after half of the bytes are written to it, just before the rename over the
# edition file, or just after it.
INGEST_CHILD = """
import os, sys
from reader import store
from reader.cli import main

point, argv = sys.argv[1], sys.argv[2:]


def stop():
    print(point, flush=True)
    sys.stdin.read()  # until killed


create_temp, fdopen, replace = store._create_temp, os.fdopen, os.replace


def created(target):
    made = create_temp(target)
    stop()
    return made


class HalfWritten:
    def __init__(self, f):
        self.f = f

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.f.close()

    def write(self, data):
        self.f.write(data[: len(data) // 2])
        self.f.flush()
        stop()


def replaced(src, dst):
    if point == "before rename":
        stop()
    replace(src, dst)
    stop()


if point == "temp file made":
    store._create_temp = created
elif point == "half written":
    os.fdopen = lambda fd, mode: HalfWritten(fdopen(fd, mode))
else:
    os.replace = replaced
sys.exit(main(argv))
"""


def _temps(folder: Path) -> list[Path]:
    # (not the ingest's lock file beside the target, left by the killed holder)
    return [p for p in folder.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp")]


def test_ingest_killed_inside_its_write_leaves_old_or_new(tmp_path):
    gen = generate_edition(7, pages=6)
    source = tmp_path / "paper.txt"
    source.write_text(gen.text, encoding="utf-8")
    edition = ingest_text(gen.text, name=source.name)
    new = to_json(edition)
    old = to_json(msgspec.structs.replace(edition, warnings=["old copy"]))
    assert old != new
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"{edition.id}.json"
    ingest = ["ingest", str(source), "-o", str(out)]
    for point in ("temp file made", "half written", "before rename", "after rename"):
        target.write_bytes(old)
        proc = _stop_and_kill([sys.executable, "-c", INGEST_CHILD, point, *ingest], ENV, point)
        (temp,) = _temps(out) or [None]  # the write under way: its temporary file, as far as it got
        if point == "after rename":
            assert temp is None and target.read_bytes() == new
        else:
            assert temp is not None and target.read_bytes() == old
            written = {"temp file made": b"", "half written": new[: len(new) // 2]}
            assert temp.read_bytes() == written.get(point, new)
        _kill(proc)
        assert target.read_bytes() == (new if point == "after rename" else old), point
        assert [p.name for p in out.iterdir() if not p.name.startswith(".")] == [target.name]
    done = subprocess.run([sys.executable, "-m", "reader", *ingest], env=ENV, capture_output=True)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == new
    assert [p.name for p in out.iterdir()] == [target.name]  # dead writers' temp files swept


# --- reading state -----------------------------------------------------------------

# Marks items read from argv[1] on, each its own transaction, and stops at mark argv[2]:
# "begun" once its transaction holds the write lock, "inserted" once its row is written but
# not committed, "committed" once it is committed and before the next mark begins.
STATE_CHILD = """
import sqlite3, sys
from reader.state import State

start, last, point = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
opened = []
connect = sqlite3.connect


def tracked(*args, **kwargs):
    conn = connect(*args, **kwargs)
    opened.append(conn)
    return conn


sqlite3.connect = tracked
state = State.open()
assert state.warning is None, state.warning
(conn,) = opened
current = start


def before(sql):  # SQLite calls this as each statement starts
    if (
        (point == "begun" and current == last and sql.startswith("INSERT"))
        or (point == "inserted" and current == last and sql == "COMMIT")
        or (point == "committed" and current == last + 1 and sql.startswith("BEGIN"))
    ):
        print(point, flush=True)
        sys.stdin.read()  # until killed


conn.set_trace_callback(before)
for current in range(start, last + 2):
    state.mark_read("ed", f"item{current:07d}")
"""


def _write_lock_held(path: Path) -> bool:
    conn = sqlite3.connect(path, timeout=0, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError:
        return True
    finally:
        conn.close()  # rolls back the transaction, if it began
    return False


def test_state_writes_killed_inside_a_transaction_keep_a_sound_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BROADSHEET_HOME", str(tmp_path))
    env = {**ENV, "BROADSHEET_HOME": str(tmp_path)}
    path = tmp_path / "state.sqlite3"
    rng = random.Random(11)
    done = 0
    for point in ("begun", "inserted", "committed") * 3:
        last = done + rng.randrange(40)
        argv = [sys.executable, "-c", STATE_CHILD, str(done), str(last), point]
        proc = _stop_and_kill(argv, env, point)
        assert _write_lock_held(path) == (point != "committed")
        _kill(proc)
        conn = sqlite3.connect(path)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        # Each mark is its own transaction: exactly the committed ones are there.
        kept = last + 1 if point == "committed" else last
        with State.open() as state:
            assert state.warning is None
            assert sorted(state.read_ids("ed")) == [f"item{i:07d}" for i in range(kept)]
            state.mark_read("other", "after the kill")  # the dead writer's lock is gone
            assert state.persistent and state.read_ids("other") == {"after the kill"}
        done = kept
    assert done > 0
