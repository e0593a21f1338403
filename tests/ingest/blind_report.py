"""Field accuracy of the ingest on the blind hand-made pages (tests/ingest/blind/).

`python -m tests.ingest.blind_report` prints each page's share of right fields and
whether it lost a character, then the table per field over the whole set, then the
same overall figure with `lead` and `paragraph` taken as one kind (the set calls only
an interview's introduction a lead: see docs/ingest-blind-set.md). The test floor in
tests/ingest/test_blind.py is the first overall figure.
"""

from __future__ import annotations

import msgspec

from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from reader.model import Article, Edition
from tests import gen
from tests.ingest.accuracy import Score, score
from tests.ingest.handmade_set import BLIND, HandmadePage, handmade_pages, truth


def blind_pages() -> list[HandmadePage]:
    return handmade_pages(BLIND)


def overall(s: Score) -> float:
    total = sum(s.total.values())
    return sum(s.right.values()) / total if total else 1.0


def _lead_as_paragraph(edition: Edition) -> Edition:
    def article(a: Article) -> Article:
        body = [
            msgspec.structs.replace(b, kind="paragraph") if b.kind == "lead" else b for b in a.body
        ]
        return msgspec.structs.replace(a, body=body)

    pages = [
        msgspec.structs.replace(
            p, items=[article(it) if isinstance(it, Article) else it for it in p.items]
        )
        for p in edition.pages
    ]
    return msgspec.structs.replace(edition, pages=pages)


def _truth_lead_as_paragraph(t: gen.Edition) -> gen.Edition:
    for page in t.pages:
        for item in page.items:
            if isinstance(item, gen.Article):
                for b in item.body:
                    if b.kind == "lead":
                        b.kind = "paragraph"
    return t


def main() -> None:
    total, merged = Score(), Score()
    for page in blind_pages():
        edition = ingest_text(page.text, name=page.name)
        lost = len(coverage_problems(edition, page.text))
        s = score(edition, truth(page))
        total.add(s)
        merged.add(score(_lead_as_paragraph(edition), _truth_lead_as_paragraph(truth(page))))
        right, n = sum(s.right.values()), sum(s.total.values())
        print(f"{page.name:<26} {right:>4}/{n:<4} {right / n:6.1%}  lost characters: {lost}")
    print()
    print(total.table())
    print(f"\noverall {overall(total):.1%}; lead and paragraph as one kind: {overall(merged):.1%}")


if __name__ == "__main__":
    main()
