"""What the day's-edition join (reader/day_editions.py) takes among the real-engine PDF
fixtures (tests/pdfreal/fixtures), with and without the page-size check: each date-only
page against each front of its day that names a paper, joined when it prints none of
the front's page numbers. docs/representation.md ("A page's printed number") reads it.

    python -m tests.bench.day_join_sizes
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

from reader.adding_pages import new_numbers
from reader.day_editions import dated_alone, sized_apart
from reader.model import Edition
from reader.pdf import ingest_pdf

FIXTURES = Path(__file__).resolve().parents[1] / "pdfreal" / "fixtures"


def _size(edition: Edition) -> str:
    sizes = sorted({(round(p.size[0]), round(p.size[1])) for p in edition.pages if p.size})
    return ",".join(f"{w}x{h}" for w, h in sizes)


def main() -> int:
    editions = {
        pdf.stem: ingest_pdf(pdf, pictures=False).edition
        for pdf in sorted(FIXTURES.glob("*.pdf"))
        if pdf.with_suffix(".json").exists()  # a page of the corpus, not a placed ad
    }
    fronts: dict[str, list[str]] = defaultdict(list)
    loose: dict[str, list[str]] = defaultdict(list)
    for name, edition in editions.items():
        m = edition.masthead
        if m is not None and m.date and m.paper:
            fronts[m.date].append(name)
        elif (date := dated_alone(edition)) is not None:
            loose[date].append(name)
    joined = kept = 0
    for date in sorted(fronts):
        for page in loose[date]:
            for front in fronts[date]:
                old, new = editions[front], editions[page]
                if not new_numbers(old, new):
                    continue
                joined += 1
                apart = sized_apart(old, new)
                kept += not apart
                said = "written apart" if apart else "joins"
                print(f"{date}  {front} ({_size(old)}) <- {page} ({_size(new)}): {said}")
    print(f"pairs the join took without the size check: {joined}; with it: {kept}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
