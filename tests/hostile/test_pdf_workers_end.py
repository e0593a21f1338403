"""A PDF ingest ended by a signal takes its page workers with it: none lives on holding
the caller's pipes."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import threading
from multiprocessing.connection import wait
from pathlib import Path

import pytest

from reader.pdf import document
from reader.pdf.document import POOL_PAGES, POOL_WORKERS
from tests.pdfgen import generate_pdf_edition

ROOT = Path(__file__).resolve().parents[2]
BOUND = 30.0  # seconds: generous; each wait below ends at its event, long before


def _read(fd: int, lines: int | None = None) -> list[str]:
    """Lines from a pipe: `lines` of them, or (None) all until every writer has closed
    it. A wait longer than BOUND fails the test rather than hang it."""
    data = b""
    while lines is None or data.count(b"\n") < lines:
        if not select.select([fd], [], [], BOUND)[0]:
            raise AssertionError(f"nothing within {BOUND} s; read so far: {data!r}")
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
    return data.decode().split()


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: pages are read in-process")
@pytest.mark.parametrize(
    "sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL, signal.SIGINT], ids=str
)
def test_workers_end_with_the_ingest(tmp_path, sig):
    pdf = tmp_path / "g.pdf"
    generate_pdf_edition(pdf, 3, 24)
    # The workers (tests/hostile/held_workers.py) say they have started, then wait on
    # `gate`, which this test never writes: the ingest is surely running when signalled.
    ready, ready_w = os.pipe()
    gate_r, gate = os.pipe()
    env = {**os.environ, "PYTHONPATH": str(ROOT), "HELD_WORKERS_FDS": f"{ready_w},{gate_r}"}
    argv = ["ingest", str(pdf), "-o", str(tmp_path / "out")]
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.hostile.held_workers", *argv],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        pass_fds=(ready_w, gate_r),
    )
    os.close(ready_w)
    os.close(gate_r)
    try:
        pool = min(os.cpu_count() or 1, POOL_WORKERS)  # as lay_out sizes it
        assert len(_read(ready, pool)) == pool, proc.communicate()
        proc.send_signal(sig)
        proc.communicate(timeout=BOUND)  # the pipes close: no worker holds them
        # Ctrl-C is the one the ingest catches: it stops the workers and exits 130.
        assert proc.returncode == (130 if sig == signal.SIGINT else -sig)
        # Every worker holds `ready` open while it lives: its end is theirs.
        assert _read(ready) == []
    finally:
        proc.kill()
        proc.wait()
        os.close(ready)
        os.close(gate)


@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: pages are read in-process")
def test_ctrl_c_is_held_while_the_workers_start_whichever_thread_it_hits(tmp_path, monkeypatch):
    """The kernel may hand SIGINT to any thread: one that comes to another thread while
    the pool starts its workers waits until they are all noted, then stops them."""
    pdf = tmp_path / "g.pdf"
    generate_pdf_edition(pdf, 3, POOL_PAGES)
    tasks = [(str(pdf), i, i + 1, False, i == 0) for i in range(POOL_PAGES)]
    done = threading.Event()
    other = threading.Thread(target=done.wait)  # a thread live beside the ingest's
    other.start()
    # lay_out lays out in-process beside a Python thread; a thread it cannot count (one
    # started by a library in C, say) would not stop it: this one stands in for that.
    monkeypatch.setattr(document.threading, "active_count", lambda: 1)
    workers: list = []
    started: list[bool] = []

    start = document._start

    def started_then_interrupted(*args, **kwargs):
        pipes = start(*args, **kwargs)  # the workers are forked and noted
        workers.extend(args[3])
        assert other.ident is not None
        signal.pthread_kill(other.ident, signal.SIGINT)
        # Python's C-level handler notes the signal, then writes to the wakeup fd.
        assert select.select([woken], [], [], BOUND)[0], "the signal never came"
        noted()  # a Python call: where a Ctrl-C not held breaks in
        return pipes

    def noted() -> None:
        started.append(True)

    monkeypatch.setattr(document, "_start", started_then_interrupted)
    woken, wake = os.pipe()
    os.set_blocking(wake, False)
    wakeup = signal.set_wakeup_fd(wake)
    try:
        with pytest.raises(KeyboardInterrupt):
            document.lay_out(tasks)
    finally:
        signal.set_wakeup_fd(wakeup)
        os.close(woken)
        os.close(wake)
        done.set()
        other.join()
    assert started == [True]
    assert len(workers) == min(os.cpu_count() or 1, POOL_WORKERS)
    for worker in workers:  # its sentinel is ready once it has ended, whoever reaps it
        assert wait([worker.sentinel], BOUND), f"worker {worker.pid} lives on"
