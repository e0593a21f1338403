"""The second blind set (tests/ingest/blind2/): blind at its first run, a development set since.

The pages and their expected structure were written and committed before the ingest ever
ran on them, without reading the ingest's rules, the first two hand-made sets or the
generator's conventions; only docs/representation.md was read. Its first run (strict
51.3 %, aligned 63.4 %) is the honest measure; the third round of rules was written from
its misses, so the figures since are development figures (docs/ingest-blind-set.md, which
also lists the corrections: the files' metadata, and four single lines under a headline
that docs/representation.md now calls deck entries). Every page must lose nothing and
never crash; the field accuracy over the set, strict and aligned
(tests/ingest/accuracy.py), must not fall below the floors.
"""

from __future__ import annotations

import pytest

from reader.ingest import ingest_text
from tests.ingest.accuracy import Score
from tests.ingest.blind_report import blind_pages, overall, page_scores, totals
from tests.ingest.handmade_set import BLIND2, HandmadePage
from tests.ingest.test_properties import assert_sound

PAGES = blind_pages(BLIND2)
STRICT_FLOOR = 0.80
"""Strict field accuracy after the third round of rules, rounded down (80.6 %, 394/489)."""
ALIGNED_FLOOR = 0.88
"""Aligned field accuracy after the third round of rules, rounded down (89.0 %, 435/489)."""


def test_the_set_is_large_enough_and_has_both_languages() -> None:
    assert len(PAGES) >= 12
    english = [p for p in PAGES if "english" in p.conventions]
    assert english and len(english) < len(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_blind2_page_loses_nothing(page: HandmadePage) -> None:
    edition = ingest_text(page.text, name=page.name)
    assert_sound(edition, page.text)


def _report(name: str, s: Score) -> str:
    return f"{name} {overall(s):.1%}\n{s.table()}\n" + "\n".join(s.misses[:10])


def test_blind2_accuracy_does_not_fall_below_the_floors() -> None:
    strict, aligned = totals(page_scores(PAGES))
    assert overall(strict) >= STRICT_FLOOR, _report("strict", strict)
    assert overall(aligned) >= ALIGNED_FLOOR, _report("aligned", aligned)
