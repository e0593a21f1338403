"""Field accuracy per convention, on generated editions and on the hand-made pages.

`python -m tests.ingest.measure [SEEDS] [PAGES]` prints, for each convention of
tests.gen.CONVENTIONS (and for none: the seed's own habits), the share of truth fields
the parser got exactly right over SEEDS generated editions of PAGES pages, then the same
for the hand-made pages grouped by the conventions they show. docs/ingest-conventions.md
keeps the figures.
"""

from __future__ import annotations

import sys
from collections import Counter

from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from tests import gen
from tests.ingest.accuracy import Score, score
from tests.ingest.handmade_set import handmade_pages, truth


def generated(convention: str | None, seeds: int, pages: int) -> tuple[Score, int]:
    """The score over generated editions, and how many lost a character."""
    total, lost = Score(), 0
    for seed in range(seeds):
        conventions = (convention,) if convention else ()
        g = gen.generate_edition(seed, pages=pages, conventions=conventions)
        edition = ingest_text(g.text)
        lost += bool(coverage_problems(edition, g.text, limit=1))
        total.add(score(edition, g.truth))
    return total, lost


def handmade() -> dict[str, tuple[Score, int]]:
    """The score of the hand-made pages, per convention they show."""
    out: dict[str, tuple[Score, int]] = {}
    for page in handmade_pages():
        edition = ingest_text(page.text, name=page.name)
        lost = bool(coverage_problems(edition, page.text, limit=1))
        s = score(edition, truth(page))
        for convention in page.conventions:
            total, n = out.setdefault(convention, (Score(), 0))
            total.add(s)
            out[convention] = (total, n + lost)
    return out


def _overall(s: Score) -> str:
    right, total = sum(s.right.values()), sum(s.total.values())
    return f"{right}/{total} = {right / total:.1%}" if total else "-"


def _worst(s: Score) -> str:
    fields = Counter({what: s.rate(what) for what in s.total})
    low = [f"{what} {rate:.1%}" for what, rate in sorted(fields.items(), key=lambda x: x[1])[:2]]
    return ", ".join(low) if low and fields[min(fields, key=fields.__getitem__)] < 1 else "all 100%"


def main(seeds: int = 10, pages: int = 12) -> None:
    print(f"generated: {seeds} editions of {pages} pages per convention")
    for convention in (None, *gen.CONVENTIONS):
        s, lost = generated(convention, seeds, pages)
        name = convention or "(seed's habits)"
        print(f"  {name:<16} {_overall(s):<24} lowest: {_worst(s)}; lost: {lost}")
    print("hand-made pages, by convention")
    for convention, (s, lost) in sorted(handmade().items()):
        print(f"  {convention:<16} {_overall(s):<24} lowest: {_worst(s)}; lost: {lost}")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
