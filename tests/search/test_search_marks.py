"""What a search highlights when one paragraph holds thousands of hits: a bounded number
of its hits, and always the one open."""

from __future__ import annotations

from reader.search.session import (
    MARKS_PER_PLACE,
    EditionSearch,
    SearchSession,
    index_edition,
    search_index,
)
from tests.search.search_editions import one_article

HITS = MARKS_PER_PLACE * 3


def test_a_paragraph_of_thousands_of_hits_highlights_a_bounded_number_of_them():
    session = SearchSession()
    session.request("광주", "edition")
    index, titles = index_edition(one_article("광주 시민들이 모였다. " * HITS))
    search = session.indexed(index, titles)
    assert isinstance(search, EditionSearch)
    results, marks = search_index(search)
    assert len(results.hits) == HITS  # every hit is still found and counted
    (paragraph,) = marks["a1"].values()
    assert len(paragraph) == MARKS_PER_PLACE
    session.found(index, results, marks)
    late = session.open_hit(HITS - 1)  # past the highlighted ones: it is added, current
    (shown,) = session.highlights["a1"].values()
    assert [m for m in shown if m.current] == [(late.start, late.end, True)]
    assert len(shown) == MARKS_PER_PLACE + 1
    session.open_hit(0)
    (shown,) = session.highlights["a1"].values()
    assert [(m.start, m.current) for m in shown if m.current] == [(0, True)]
    assert len(shown) == MARKS_PER_PLACE
