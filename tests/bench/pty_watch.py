"""Run a program in a pseudo-terminal and time what appears on its screen (for benches).

The program gets the pty as its terminal (stdin, stdout and stderr: Textual draws
on stderr's terminal), so it runs its real driver. The screen is read as it is
written: escape sequences are dropped, and a marker counts as on the screen once
the output holds it. That is what a person sees, not what the app believes it
has drawn.
"""

from __future__ import annotations

import codecs
import fcntl
import os
import pty
import re
import select
import signal
import struct
import subprocess
import termios
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

# CSI (cursor moves, colours, modes), OSC (titles, colours) and the two-byte escapes.
_ESCAPES = re.compile(
    r"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)


@dataclass(frozen=True)
class Watched:
    seconds: dict[str, float]
    """Marker -> seconds from starting the program to the output that showed it."""
    peak_rss_kb: int
    """The program's peak resident memory (VmHWM) once every marker was on the screen."""
    cpu: float
    """Seconds of CPU its threads had used by then: less at the mercy of other load."""

    @property
    def all_shown(self) -> float:
        return max(self.seconds.values())


class WatchFailed(RuntimeError):
    pass


def screen_text(output: str) -> str:
    """What the output writes, without its escape sequences."""
    return _ESCAPES.sub("", output)


def watch(
    argv: Sequence[str],
    markers: Sequence[str],
    *,
    size: tuple[int, int],
    env: Mapping[str, str],
    cwd: str | None = None,
    timeout: float = 120.0,
) -> Watched:
    """Start argv in a pty of `size` (columns, rows); stop it once every marker is shown."""
    master, slave = pty.openpty()
    cols, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        list(argv),
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=dict(env),
        cwd=cwd,
        start_new_session=True,
    )
    os.close(slave)
    decoder = codecs.getincrementaldecoder("utf-8")("replace")
    output, seen = "", {}
    try:
        while len(seen) < len(markers):
            left = timeout - (time.perf_counter() - t0)
            ready, _, _ = select.select([master], [], [], max(0.0, left))
            try:
                data = os.read(master, 1 << 16) if ready else b""
            except OSError:  # the program ended and closed the terminal
                data = b""
            if not data:
                shown = screen_text(output)[-1500:]
                raise WatchFailed(
                    f"{argv[0]}: {sorted(set(markers) - set(seen))} never shown:\n{shown}"
                )
            at = time.perf_counter() - t0
            output += decoder.decode(data)
            text = screen_text(output)
            seen.update((m, at) for m in markers if m not in seen and m in text)
        return Watched(seen, _peak_rss_kb(proc.pid), _cpu_seconds(proc.pid))
    finally:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait()
        os.close(master)


def _peak_rss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:"))


def _cpu_seconds(pid: int) -> float:
    # schedstat's first field: nanoseconds on a CPU, per thread (stat's ticks are 10 ms).
    total = 0
    for task in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{task}/schedstat", encoding="ascii") as f:
                total += int(f.read().split()[0])
        except FileNotFoundError:  # a thread that ended meanwhile
            continue
    return total / 1e9


def run_to_end(
    argv: Sequence[str], size: tuple[int, int], env: Mapping[str, str], timeout: float = 300.0
) -> str:
    """Run argv in a pty until it ends; what it showed (raises WatchFailed if it failed)."""
    master, slave = pty.openpty()
    cols, rows = size
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    proc = subprocess.Popen(
        list(argv), stdin=slave, stdout=slave, stderr=slave, env=dict(env), start_new_session=True
    )
    os.close(slave)
    chunks = []
    try:
        while select.select([master], [], [], timeout)[0]:
            try:
                data = os.read(master, 1 << 16)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        rc = proc.wait(timeout=timeout)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        os.close(master)
    shown = screen_text(b"".join(chunks).decode("utf-8", "replace"))
    if rc:
        raise WatchFailed(f"{argv[0]} failed ({rc}):\n{shown[-1500:]}")
    return shown
