"""Writes killed at random moments (kill -9) leave the old file or the new one, never a
partial file, and nothing the next run trips over."""

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import msgspec

from reader.ingest import ingest_text
from reader.state import State
from reader.store import to_json
from tests.gen import generate_edition

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def _run_and_kill(argv: list[str], delay: float, env: dict[str, str]) -> None:
    proc = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait()


def test_ingest_killed_anywhere_leaves_old_or_new(tmp_path):
    gen = generate_edition(7, pages=40)
    source = tmp_path / "paper.txt"
    source.write_text(gen.text, encoding="utf-8")
    edition = ingest_text(gen.text, name="paper")
    new, edition_id = to_json(edition), edition.id
    out = tmp_path / "out"
    out.mkdir()
    target = out / f"{edition_id}.json"
    old = to_json(msgspec.structs.replace(edition, warnings=["old copy"]))
    assert old != new
    target.write_bytes(old)
    rng = random.Random(5)
    argv = [sys.executable, "-m", "reader", "ingest", str(source), "-o", str(out)]
    for _ in range(12):
        _run_and_kill(argv, rng.uniform(0.2, 1.5), ENV)
        assert target.read_bytes() in (old, new)
        visible = [p.name for p in out.iterdir() if not p.name.startswith(".")]
        assert visible == [target.name]
    done = subprocess.run(argv, env=ENV, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == new
    assert [p.name for p in out.iterdir()] == [target.name]  # dead writers' temp files swept


CHILD = """
import sys
from reader.state import State
state = State.open()
assert state.warning is None, state.warning
for i in range(int(sys.argv[1]), 10**6):
    state.mark_read("ed", f"item{i:07d}")
"""


def test_state_writes_killed_anywhere_keep_a_sound_database(tmp_path, monkeypatch):
    monkeypatch.setenv("BROADSHEET_HOME", str(tmp_path))
    env = {**ENV, "BROADSHEET_HOME": str(tmp_path)}
    rng = random.Random(11)
    done = 0
    for _ in range(8):
        _run_and_kill([sys.executable, "-c", CHILD, str(done)], rng.uniform(0.3, 1.0), env)
        conn = sqlite3.connect(tmp_path / "state.sqlite3")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        conn.close()
        with State.open() as state:
            assert state.warning is None
            ids = sorted(state.read_ids("ed"))
        # Each mark is its own transaction: what landed is exactly items 0..n-1.
        assert ids == [f"item{i:07d}" for i in range(len(ids))]
        assert len(ids) >= done
        done = len(ids)
    assert done > 0
