"""The archive query language: filters come off the query, bad ones are named."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from reader.search import parse_query
from reader.search.archive import parse_archive_query, split_filters


def test_filters_come_off_the_query():
    q = parse_archive_query("광주 paper:한빛일보 SECTION:경제 from:2025-03 to:2025 실증")
    assert q.query == parse_query("광주 실증")
    assert (q.papers, q.sections) == (("한빛일보",), ("경제",))
    assert (q.start, q.end) == (dt.date(2025, 3, 1), dt.date(2025, 12, 31))
    assert q.problems == ()


def test_filter_values_are_normalized_and_may_be_quoted():
    q = parse_archive_query('section:"지역 경제" paper:Ｈanbit 광주')
    assert (q.sections, q.papers) == (("지역경제",), ("hanbit",))
    assert q.query == parse_query("광주")


def test_dates_in_several_forms():
    assert parse_archive_query("from:2024.2.1 to:2024/02").start == dt.date(2024, 2, 1)
    assert parse_archive_query("to:2024-02").end == dt.date(2024, 2, 29)
    assert parse_archive_query("to:２０２６").end == dt.date(2026, 12, 31)


def test_a_filter_inside_quotes_or_words_is_text():
    text, filters = split_filters('"from:2025 광주" -paper:x a:b xpaper:y')
    assert filters == []
    assert text == '"from:2025 광주" -paper:x a:b xpaper:y'


def test_unusable_filters_are_dropped_and_named():
    q = parse_archive_query('광주 from:어제 to:2025-13-01 paper: section:""')
    assert q.query == parse_query("광주")
    assert (q.start, q.end, q.papers, q.sections) == (None, None, (), ())
    assert q.problems == (
        "from:어제 is not a date (like 2026-01-31); ignored",
        "to:2025-13-01 is not a date (like 2026-01-31); ignored",
        "paper: needs a name; ignored",
        "section: needs a name; ignored",
    )


@given(st.text())
def test_any_query_parses(s):
    q = parse_archive_query(s)
    assert all("\n" not in p for p in q.problems)
