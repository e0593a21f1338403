"""The hand-made pages (tests/ingest/handmade/): every field as a reader sees it.

These pages were written by hand, apart from the generator, in the conventions of
papers unlike the seed: a national daily, a legal weekly's columns, an online outlet,
listings (personnel, obituaries, fortunes, a TV schedule), text with no blank lines,
and English front pages of 1911-1916 with OCR noise.
"""

from __future__ import annotations

import pytest

from reader.ingest import ingest_text
from tests.ingest.accuracy import score
from tests.ingest.handmade_set import handmade_pages, truth
from tests.ingest.test_properties import assert_sound

PAGES = handmade_pages()


def test_the_set_is_large_enough_and_has_both_languages() -> None:
    assert len(PAGES) >= 12
    english = [p for p in PAGES if "english" in p.conventions]
    assert english and len(english) < len(PAGES)


@pytest.mark.parametrize("page", PAGES, ids=[p.name for p in PAGES])
def test_handmade_page(page) -> None:
    edition = ingest_text(page.text, name=page.name)
    assert_sound(edition, page.text)
    s = score(edition, truth(page))
    wrong = {what: f"{s.rate(what):.0%}" for what in s.total if s.right[what] < s.total[what]}
    assert not wrong, (wrong, s.misses[:6])
