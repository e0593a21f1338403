"""A PDF ingest ended by a signal takes its page workers with it: none lives on holding
the caller's pipes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.pdfgen import generate_pdf_edition

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
BOUND = 30.0  # seconds: generous; each wait below ends at its event, long before


def _children(pid: int) -> set[int]:
    """Live (not zombie) processes whose parent is `pid`, read from /proc."""
    out = set()
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        state, ppid = stat.rsplit(")", 1)[1].split()[:2]
        if int(ppid) == pid and state != "Z":
            out.add(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


def _poll(until, what: str) -> None:
    end = time.monotonic() + BOUND
    while not until():
        if time.monotonic() > end:
            raise AssertionError(f"not within {BOUND} s: {what}")
        time.sleep(0.01)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
@pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: pages are read in-process")
@pytest.mark.parametrize(
    "sig", [signal.SIGTERM, signal.SIGHUP, signal.SIGKILL, signal.SIGINT], ids=str
)
def test_workers_end_with_the_ingest(tmp_path, sig):
    pdf = tmp_path / "g.pdf"
    generate_pdf_edition(pdf, 3, 24)
    proc = subprocess.Popen(
        [sys.executable, "-m", "reader", "ingest", str(pdf), "-o", str(tmp_path / "out")],
        env=ENV,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    workers: set[int] = set()

    def started() -> bool:
        workers.update(_children(proc.pid))
        return len(workers) >= 2 or proc.poll() is not None

    _poll(started, "the ingest's workers start")
    assert proc.poll() is None, "the ingest ended before its workers could be seen"
    proc.send_signal(sig)
    proc.communicate(timeout=BOUND)  # the pipes close: no worker holds them
    # Ctrl-C is the one the ingest catches: it stops the workers and exits 130.
    assert proc.returncode == (130 if sig == signal.SIGINT else -sig)
    _poll(lambda: not any(_alive(w) for w in workers), "the workers end")
