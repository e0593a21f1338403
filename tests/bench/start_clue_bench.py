"""What the learned item-start clue (reader/ingest/start_clue.py) adds to the text ingest.

Run: python -m tests.bench.start_clue_bench [RUNS]. Prints figures; asserts nothing.

On the ingest bench's 40-page generated edition: the ingest as shipped (the clue on) and
the same ingest with the clue's hook off (the rules' groups as they come), alternating
run by run in the same process so both meet the same load; the least and the median of
each, and the clue's share of the ingest. The issue's budget is 30 %.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from typing import Any
from unittest import mock

import reader.ingest.page_items
from reader.ingest import ingest_text
from tests.bench.ingest_bench import edition_text

RUNS = 9


def _ms(work: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    work()
    return (time.perf_counter() - t0) * 1000


def print_cost(name: str, on: list[float], off: list[float]) -> None:
    """The alternating runs' least and median, with the clue and without, and its cost."""
    print(f"{name}: {len(on)} runs each, alternating")
    for label, ts in (("ingest, clue off", off), ("ingest, clue on", on)):
        print(f"  {label:<18} least {min(ts):8.1f} ms   median {statistics.median(ts):8.1f} ms")
    least = min(on) / min(off) - 1
    median = statistics.median(on) / statistics.median(off) - 1
    print(f"  the clue's cost    least {least:+8.1%}      median {median:+8.1%}")


def _unsplit(groups: list[Any], *_: Any) -> list[Any]:
    return groups


def main(args: list[str] | None = None) -> int:
    args = sys.argv[1:] if args is None else args
    runs = int(args[0]) if args else RUNS
    name, text = edition_text()
    ingest_text(text)  # warm: the weights file is read once
    on: list[float] = []
    off: list[float] = []
    for _ in range(runs):
        on.append(_ms(lambda: ingest_text(text)))
        with mock.patch.object(reader.ingest.page_items, "clue_splits", _unsplit):
            off.append(_ms(lambda: ingest_text(text)))
    print_cost(name, on, off)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
