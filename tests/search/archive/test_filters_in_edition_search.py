"""The archive's filters typed in a search of one edition (reader.search.session): left out
of the search, never searched as text, and kept for the status to name.

Here, not beside the session's other tests: every string of tests/search/*.py is an
edition-search query the archive must agree with (test_exact), and a filter is where the
two differ by design."""

from __future__ import annotations

from reader.search.session import SearchSession
from tests.search.test_search_session import indexed, searched


def test_filters_are_left_out_of_an_edition_search_and_kept_to_be_named():
    session = SearchSession()
    indexed(session)
    searched(session, "오상진")
    plain = session.results
    searched(session, "오상진 from:2016-01-05 section:경제")
    results = session.results
    assert results.query == "오상진 from:2016-01-05 section:경제" and results.text == "오상진"
    assert results.filters == ("from:2016-01-05", "section:경제")
    assert results.hits == plain.hits and results.hits  # the filters are not searched as text
    searched(session, "to:2026")  # filters alone search nothing
    assert session.results.hits == [] and session.results.filters == ("to:2026",)
