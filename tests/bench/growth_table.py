"""The growth benches' table: each shape timed alone on n and 4n, best of a few runs of CPU
time, and the ratio (about 4 where the work is linear)."""

from __future__ import annotations

import math
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

Shape = Callable[[int], Callable[[], object]]


def least(run: Callable[[], object], runs: int, before: Callable[[], object] | None) -> float:
    best = math.inf
    for _ in range(runs):
        if before is not None:
            before()
        t0 = time.process_time()
        run()
        best = min(best, time.process_time() - t0)
    return best


def print_growth(
    shapes: dict[str, tuple[Shape, int]], runs: int, before: Callable[[], object] | None = None
) -> int:
    width = max(len(name) for name in shapes)
    print(f"{'shape':{width}} {'n':>6} {'time n':>9} {'time 4n':>9} {'ratio':>6}")
    for name, (make, n) in shapes.items():
        small, large = least(make(n), runs, before), least(make(4 * n), runs, before)
        ratio = large / small if small > 0 else math.inf
        print(f"{name:{width}} {n:6} {small:8.3f}s {large:8.3f}s {ratio:6.1f}", flush=True)
    return 0


def from_file(data: bytes, name: str, use: Callable[[Path], object]) -> Callable[[], object]:
    """`use` of `data` written under `name` in a folder of its own (a PDF is read from a file)."""
    folder = tempfile.TemporaryDirectory()  # removed with the closure that holds it
    path = Path(folder.name) / name
    path.write_bytes(data)

    def run() -> object:
        assert folder.name  # the closure keeps the folder until the shape is timed
        return use(path)

    return run
