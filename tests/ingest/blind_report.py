"""Field accuracy of the ingest on the blind hand-made pages (tests/ingest/blind/).

`python -m tests.ingest.blind_report [blind2 | pdftext | pdftext-holdout]` prints each page's
share of right fields, strict and aligned (tests/ingest/accuracy.py), and whether it lost a
character, then the table per field over the whole set, both ways, and the overall figures
(over all fields, and as the mean of the pages' figures); `--misses` adds each page's first
misses.
The floors in tests/ingest/blind_floors.py (checked by test_blind_sets.py) are the overall figures;
docs/ingest-blind-set.md keeps them.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from tests.ingest.accuracy import Score, score
from tests.ingest.handmade_set import BLIND, HandmadePage, handmade_pages, truth


def blind_pages(folder: Path = BLIND) -> list[HandmadePage]:
    return handmade_pages(folder)


def pages_named(name: str) -> list[HandmadePage]:
    """A blind set's folder name, or `pdftext` / `pdftext-holdout` (pdf_text_set.py)."""
    if name.startswith("pdftext"):
        from tests.ingest.pdf_text_set import text_pages

        return text_pages(holdout=name == "pdftext-holdout")
    return blind_pages(BLIND.with_name(name))


def overall(s: Score) -> float:
    total = sum(s.total.values())
    return sum(s.right.values()) / total if total else 1.0


def page_mean(scores: list[PageScore], way: str) -> float:
    """Each page's share averaged over the pages: a page of thirty one-line articles,
    whose fields outnumber a few other pages', weighs no more than any other page."""
    return sum(overall(getattr(ps, way)) for ps in scores) / len(scores) if scores else 1.0


@dataclass
class PageScore:
    name: str
    strict: Score
    aligned: Score
    lost: int  # characters of the page in no leaf


def page_scores(pages: list[HandmadePage]) -> list[PageScore]:
    out = []
    for page in pages:
        edition = ingest_text(page.text, name=page.name)
        t = truth(page)
        lost = len(coverage_problems(edition, page.text))
        out.append(PageScore(page.name, score(edition, t), score(edition, t, aligned=True), lost))
    return out


def totals(scores: list[PageScore]) -> tuple[Score, Score]:
    strict, aligned = Score(), Score()
    for ps in scores:
        strict.add(ps.strict)
        aligned.add(ps.aligned)
    return strict, aligned


def _share(s: Score) -> str:
    right, n = sum(s.right.values()), sum(s.total.values())
    return f"{right:>4}/{n:<4} {right / n:6.1%}" if n else "-"


def main(args: list[str]) -> None:
    names = [a for a in args if not a.startswith("--")]
    scores = page_scores(pages_named(names[0] if names else BLIND.name))
    print(f"{'page':<26} {'strict':<16} {'aligned':<16}")
    for ps in scores:
        print(
            f"{ps.name:<26} {_share(ps.strict)}  {_share(ps.aligned)}  lost characters: {ps.lost}"
        )
    strict, aligned = totals(scores)
    print(f"\n{'field':<14} {'strict':<20} aligned")
    for what in sorted(aligned.total):
        row = [
            f"{s.right[what]:>4}/{s.total[what]:<4} {s.rate(what):6.1%}" for s in (strict, aligned)
        ]
        print(f"{what:<14} {row[0]:<20} {row[1]}")
    print(
        f"\noverall: strict {overall(strict):.1%}, aligned {overall(aligned):.1%}"
        f" (page mean: strict {page_mean(scores, 'strict'):.1%},"
        f" aligned {page_mean(scores, 'aligned'):.1%})"
    )
    if "--misses" in args:
        for ps in scores:
            print(f"\n{ps.name}")
            for miss in ps.aligned.misses:
                print(f"  {miss}")


if __name__ == "__main__":
    main(sys.argv[1:])
