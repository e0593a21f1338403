"""Two ingests of one edition at once: the second waits for the first's lock on the
target, says so, then meets the first one's edition under the replace rule, as it would
one run after the other. The test holds the lock as the first ingest would, writes that
ingest's edition, then lets go; the ingest under test runs in a process of its own."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from reader import edition_lock, store
from reader.sources import ingest

ROOT = Path(__file__).resolve().parents[2]
NAME = "광남일보-2026-02-04.json"


def ingest_while_locked(
    source: Path, first: Path, out: Path, name: str = NAME
) -> subprocess.CompletedProcess:
    """`broadsheet ingest source -o out` while another ingest holds the target (`name` in
    `out`): once it says it waits, that one writes the edition of `first` and lets go."""
    target = out / name
    with edition_lock.held(target):
        run = subprocess.Popen(
            [sys.executable, "-m", "reader", "ingest", str(source), "-o", str(out)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert run.stderr is not None
        waits = run.stderr.readline()  # (returns at the end of the output if it never waits)
        assert waits == (
            f"broadsheet: {target}: another ingest is writing this edition; waiting for it\n"
        )
        assert not target.exists()  # it waited before its check: it did not write
        store.save(ingest(first), out)
    said, rest = run.communicate(timeout=300)
    return subprocess.CompletedProcess(run.args, run.returncode, said, waits + rest)


def test_an_ingest_of_fewer_pages_waits_then_is_refused(tmp_path, pages):
    two, one = pages
    out = tmp_path / "out"
    out.mkdir()
    run = ingest_while_locked(one, two, out)
    assert run.returncode == 2
    assert run.stderr.endswith(
        f"broadsheet: {out / NAME}: holds this edition with 2 pages, the source gives 1 page: "
        "to replace it, ingest again with --replace\n"
    )
    assert run.stdout == ""
    assert len(store.load(out / NAME).pages) == 2
    assert sorted(os.listdir(out)) == [NAME]  # no lock file left


def test_an_ingest_of_as_many_pages_waits_then_replaces(tmp_path, pages):
    two, one = pages
    out = tmp_path / "out"
    run = ingest_while_locked(two, one, out)  # (the folder made by the lock)
    assert run.returncode == 0, run.stderr
    assert run.stdout.startswith(f"replaced {out / NAME} (it had 1 page): 2 pages,")
    assert len(store.load(out / NAME).pages) == 2
    assert sorted(os.listdir(out)) == [NAME]
