"""What the learned line-role scorer (tests/ingest/line_roles.py) would add to an ingest.

Run: python -m tests.bench.line_roles_bench. Prints figures; asserts nothing.

On the ingest bench's 40-page generated edition: the ingest alone, then the steps the
scorer would add to it (each line's features, the two models' scores), with the models
trained once on every hand-made set (training is the experiment's cost, not the ingest's).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable

from reader.ingest import ingest_text
from tests.bench.ingest_bench import edition_text
from tests.ingest.line_features import line_features
from tests.ingest.line_gold import rules_roles, source_lines
from tests.ingest.line_roles import SETS, fit, load_set

RUNS = 5


def median_ms(work: Callable[[], object]) -> float:
    times = []
    for _ in range(RUNS):
        t0 = time.perf_counter()
        work()
        times.append(time.perf_counter() - t0)
    return statistics.median(times) * 1000


def main() -> int:
    name, text = edition_text()
    t0 = time.perf_counter()
    role_model, start_model = fit([p for s in SETS for p in load_set(s)])
    print(f"training on {len(SETS)} sets: {time.perf_counter() - t0:.1f} s (once)")
    edition = ingest_text(text)
    lines = source_lines(text)
    rules = rules_roles(edition, text)
    feats = line_features(lines, rules)
    printed = [f for f in feats if f]

    def score() -> None:
        for f in printed:
            role_model.predict(f)
            start_model.predict(f)

    ingest_ms = median_ms(lambda: ingest_text(text))
    roles_ms = median_ms(lambda: rules_roles(edition, text))
    feats_ms = median_ms(lambda: line_features(lines, rules))
    score_ms = median_ms(score)
    added = feats_ms + score_ms
    print(f"{name}: {len(printed)} printed lines, medians of {RUNS} runs")
    print(f"  ingest              {ingest_ms:8.1f} ms")
    print(f"  rules' line roles   {roles_ms:8.1f} ms (the experiment's; an ingest has them)")
    print(f"  line features       {feats_ms:8.1f} ms")
    print(f"  scoring both models {score_ms:8.1f} ms")
    print(f"  added to the ingest {added:8.1f} ms ({added / ingest_ms:.0%} of it)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
