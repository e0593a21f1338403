"""Entries of a listing, each on a small made-up example (issue 14, third round).

Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest.listing import entries_in
from tests.ingest.test_conventions import items


def test_several_timed_entries_on_one_line_are_cut_at_each_time() -> None:
    text = (
        "NTV\n06:00 아침 뉴스\n09:00 생생 정보\n\nKTV\n05:30 새벽 기도 07:00 누리 뉴스 9:10 영화\n"
    )
    first, second = items(text)
    assert first["headline"] == "NTV" and second["headline"] == "KTV"
    assert second["body"] == [
        ("bullet", "05:30 새벽 기도"),
        ("bullet", "07:00 누리 뉴스"),
        ("bullet", "9:10 영화"),
    ]


def test_a_time_inside_a_sentence_is_no_entry() -> None:
    assert entries_in("회의는 오후 14:00 시작해 두 시간 동안 이어졌다.") == 0
