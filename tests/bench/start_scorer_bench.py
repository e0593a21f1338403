"""What the learned item starts (tests/ingest/start_scorer.py) add to an ingest.

Run: python -m tests.bench.start_scorer_bench. Prints figures; asserts nothing.

On the ingest bench's 40-page generated edition: the ingest alone; the scorer's step (the
rules' line roles and starts from the edition, each line's features, the flat scorer's sum);
and the whole ingest with the scorer's starts (a second ingest only when it moves a start).
The scorer is trained once on every hand-made set (training is the experiment's cost).
"""

from __future__ import annotations

import sys

from reader.ingest import ingest_text
from tests.bench.ingest_bench import edition_text
from tests.bench.line_roles_bench import RUNS, median_ms
from tests.ingest.line_features import line_features
from tests.ingest.line_gold import rules_roles, source_lines
from tests.ingest.line_roles import FIRST_SIGHT, load_set
from tests.ingest.start_scorer import ALL_SETS, Moves, fit, generated_pages, ingest_with_starts


def main(args: list[str] | None = None) -> int:
    args = sys.argv[1:] if args is None else args
    name, text = edition_text()
    extra = generated_pages() if "--with-generated" in args else []
    scorer = fit([p for s in ALL_SETS for p in load_set(s, FIRST_SIGHT)] + extra)
    edition = ingest_text(text)
    lines = source_lines(text)
    rules = rules_roles(edition, text)
    feats = [f for f in line_features(lines, rules) if f]
    moves = Moves()
    ingest_with_starts(text, name, scorer, moves)
    ingest_ms = median_ms(lambda: ingest_text(text))
    roles_ms = median_ms(lambda: rules_roles(edition, text))
    feats_ms = median_ms(lambda: line_features(lines, rules))
    score_ms = median_ms(lambda: [scorer.probability(f) for f in feats])
    whole_ms = median_ms(lambda: ingest_with_starts(text, name, scorer, Moves()))
    print(f"{name}: {len(feats)} printed lines, medians of {RUNS} runs; moved {len(moves.applied)}")
    print(f"  ingest                 {ingest_ms:8.1f} ms")
    print(f"  rules' roles, starts   {roles_ms:8.1f} ms")
    print(f"  line features          {feats_ms:8.1f} ms")
    print(f"  flat scorer            {score_ms:8.1f} ms")
    print(f"  ingest with starts     {whole_ms:8.1f} ms ({whole_ms / ingest_ms - 1:+.0%})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
