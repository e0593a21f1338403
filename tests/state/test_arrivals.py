"""Which editions arrived since reading stopped (reader.reading.arrivals): by date within
a paper read before, whatever the file's time; by file time when undated or of a paper
never opened."""

from __future__ import annotations

from datetime import UTC, datetime

from reader.library import Entry, Library
from reader.start import arrivals
from reader.state import Position

STOPPED = datetime(2026, 2, 12, 6, 10, tzinfo=UTC)  # reading stopped at 06:10
BEFORE = datetime(2026, 2, 12, 6, 0, tzinfo=UTC).timestamp()  # ingested at 06:00
AFTER = datetime(2026, 2, 13, 5, 30, tzinfo=UTC).timestamp()
LEFT = Position(edition_id="광남일보-2026-02-11", item_id="p2-1", updated_at=STOPPED)


def entry(paper: str, date: str | None, written: float) -> Entry:
    edition_id = f"{paper}-{date or '호외'}"
    return Entry(f"{edition_id}.json", id=edition_id, paper=paper, date=date, written=written)


def arrived(*entries: Entry, opened: tuple[str, ...] = ("광남일보-2026-02-11",)) -> list[str]:
    shelf = Library([entry("광남일보", "2026-02-11", BEFORE), *entries])
    return [shelf.entries[i].id or "" for i in arrivals(shelf, LEFT, frozenset(opened))]


def test_an_edition_ingested_while_reading_and_never_opened_arrived():
    assert arrived(entry("광남일보", "2026-02-12", BEFORE)) == ["광남일보-2026-02-12"]


def test_a_copy_that_kept_an_older_file_time_arrived_by_its_date():
    old = datetime(2026, 2, 1, tzinfo=UTC).timestamp()  # cp -p, rsync -a
    assert arrived(entry("광남일보", "2026-02-13", old)) == ["광남일보-2026-02-13"]


def test_a_back_issue_filed_late_or_an_opened_edition_did_not_arrive():
    back = entry("광남일보", "2026-02-09", AFTER)
    assert arrived(back) == []
    read = entry("광남일보", "2026-02-13", AFTER)
    assert arrived(read, opened=("광남일보-2026-02-11", "광남일보-2026-02-13")) == []


def test_undated_or_of_a_paper_never_opened_arrived_by_file_time():
    undated_new, undated_old = entry("광남일보", None, AFTER), entry("부록", None, BEFORE)
    assert arrived(undated_new, undated_old) == ["광남일보-호외"]
    shelved = entry("한빛일보", "2026-02-12", BEFORE)  # on the shelf before, never opened
    assert arrived(shelved, entry("한빛일보", "2026-02-13", AFTER)) == ["한빛일보-2026-02-13"]


def test_editions_that_name_no_paper_are_not_one_paper():
    """Two pages ingested alone, their mastheads giving the date but no paper: reading one
    dated later made the other, ingested after reading stopped, a back issue of it."""
    read = Entry("a3.json", id="a3", paper=None, date="2026-02-20", written=BEFORE)
    new = Entry("sports.json", id="sports", paper=None, date="2026-02-12", written=AFTER)
    old = Entry("b5.json", id="b5", paper=None, date="2026-02-12", written=BEFORE)
    assert arrived(read, new, old, opened=("광남일보-2026-02-11", "a3")) == ["sports"]
