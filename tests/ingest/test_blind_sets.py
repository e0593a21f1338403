"""The blind sets (tests/ingest/blind*/): hand-made pages written without reading the rules.

Each set's pages and expected structure were committed before the ingest ever ran on them,
by an author who read none of the ingest's rules, the earlier sets or the generator's
conventions (docs/representation.md aside). Its first run is the honest measure of the
rules of its day; the next round of rules read its misses, so it has been a development
set since (docs/ingest-blind-set.md has both figures, per field and per page). Every page
must lose nothing and never crash; each set's field accuracy, strict and aligned
(tests/ingest/accuracy.py), must not fall below its floors. Raise a floor when the ingest
gets better; never lower one to let a change through.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import ingest_text
from tests.ingest.accuracy import Score
from tests.ingest.blind_floors import FLOORS
from tests.ingest.blind_report import blind_pages, overall, page_scores, totals
from tests.ingest.handmade_set import HandmadePage
from tests.ingest.test_properties import assert_sound

PAGES = [(folder, page) for folder in FLOORS for page in blind_pages(folder)]


@pytest.mark.parametrize("folder", FLOORS, ids=[f.name for f in FLOORS])
def test_the_set_is_large_enough_and_has_both_languages(folder: Path) -> None:
    pages = blind_pages(folder)
    assert len(pages) >= 12
    english = [p for p in pages if "english" in p.conventions]
    assert english and len(english) < len(pages)


@pytest.mark.parametrize(
    "page", [p for _, p in PAGES], ids=[f"{f.name}/{p.name}" for f, p in PAGES]
)
def test_blind_page_loses_nothing(page: HandmadePage) -> None:
    edition = ingest_text(page.text, name=page.name)
    assert_sound(edition, page.text)


def _report(name: str, s: Score) -> str:
    return f"{name} {overall(s):.1%}\n{s.table()}\n" + "\n".join(s.misses[:10])


@pytest.mark.parametrize("folder", FLOORS, ids=[f.name for f in FLOORS])
def test_accuracy_does_not_fall_below_the_floors(folder: Path) -> None:
    strict_floor, aligned_floor = FLOORS[folder]
    strict, aligned = totals(page_scores(blind_pages(folder)))
    assert overall(strict) >= strict_floor, _report(f"{folder.name} strict", strict)
    assert overall(aligned) >= aligned_floor, _report(f"{folder.name} aligned", aligned)


def test_the_page_mean_weighs_every_page_alike() -> None:
    from collections import Counter

    from tests.ingest.blind_report import PageScore, page_mean

    def page(right: int, total: int) -> PageScore:
        s = Score(Counter(fields=right), Counter(fields=total))
        return PageScore("p", s, s, 0)

    # A page of 273 fields all right beside one of 21 with 7 right: 94.8 % over the
    # fields, the mean of 100 % and 33.3 % over the pages.
    scores = [page(273, 273), page(7, 21)]
    assert overall(totals(scores)[1]) == pytest.approx(280 / 294)
    assert page_mean(scores, "aligned") == pytest.approx((1 + 1 / 3) / 2)
