"""What the learned title clue (tests/ingest/title_clue.py) would add to the text ingest.

Run: python -m tests.bench.title_clue_bench [RUNS]. Prints figures; asserts nothing.

On the ingest bench's 40-page generated edition: the ingest with the clue put in
(title_clue_train.clued: both decisions, the written weights) and the ingest as shipped,
alternating run by run in the same process so both meet the same load; the least and the
median of each, and the clue's share of the ingest. The issue's budget is 30 %.
"""

from __future__ import annotations

import sys

from reader.ingest import ingest_text
from tests.bench.ingest_bench import edition_text
from tests.bench.start_clue_bench import _ms, print_cost
from tests.ingest import title_clue
from tests.ingest.title_clue_train import clued

RUNS = 9


def main(args: list[str] | None = None) -> int:
    args = sys.argv[1:] if args is None else args
    runs = int(args[0]) if args else RUNS
    name, text = edition_text()
    clue = {"weights": title_clue.shipped_weights(), "names": title_clue.shipped_names()}
    on: list[float] = []
    off: list[float] = []
    for _ in range(runs):
        with clued(clue, title_clue.SURE):
            on.append(_ms(lambda: ingest_text(text)))
        off.append(_ms(lambda: ingest_text(text)))
    print_cost(name, on, off)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
