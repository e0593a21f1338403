"""A long run of spaces in a line (a scanned form's gap, a column padded out) is one
separator: the patterns that read such lines try it from its first space only. From every
space, a run of 10,000 took seconds, quadratic; the masthead's phone, cubic, took 32 s on
1,500 (growth_bench: "a paragraph's line of spaces")."""

from __future__ import annotations

from reader.ingest.en_rows import _LEADER_ROW, leader_row
from reader.ingest.lines import Line
from reader.ingest.listing import _INLINE, _cut
from reader.ingest.masthead import ISSUE, PHONE

GAP = " " * 40


def test_entries_set_apart_by_a_run_of_spaces_are_cut_there_and_only_from_its_start():
    line = "▲국장 홍길동" + GAP + "▲과장 김철수" + GAP + "06:00 뉴스광장"
    pieces = [p.text for p in _cut(Line(line, 0))]
    assert pieces == ["▲국장 홍길동", "▲과장 김철수", "06:00 뉴스광장"]
    inside = line.index(" ", 8) + 1  # a space of the first run, not its first
    found = _INLINE.search(line, inside)  # the next separator: the next run's
    assert found is not None and found.start() == line.rindex(GAP)


def test_a_phone_after_a_run_of_spaces_begins_at_its_number_or_its_label():
    m = PHONE.search("누리일보" + GAP + "02-410-2234")
    assert m is not None and m.group("label") == "누리일보" and m.group("num") == "02-410-2234"
    m = PHONE.search(GAP + "02-410-2234")
    assert m is not None and m.group() == "02-410-2234"
    m = PHONE.search("Tel  :  062) 410-2234")
    assert m is not None and (m["label"], m["num"]) == ("Tel", "062) 410-2234")


def test_an_issue_after_a_run_of_spaces_begins_at_its_word():
    """Round forty-two's masthead reads the line under the nameplate whole ('누리화학 사보
    통권 제214호 …'): tried from each space of a run before the issue, a run of 10,000 took
    5 s, quadratic."""
    m = ISSUE.search("누리신문" + GAP + "통권 제214호")
    assert m is not None and m.group() == "통권 제214호"
    m = ISSUE.search("누리신문" + GAP + "주간 제3127호")
    assert m is not None and (m.group(), m["kind"], m["n"]) == ("주간 제3127호", "주간", "3127")


def test_a_leader_row_is_found_from_its_label_never_from_inside_its_dots():
    """A run of dots is tried from its first only: a rule set in dots, read for a leader
    row under a box's note (round forty-two's box_notes), cost n² from each dot."""
    row = "Wheat, No. 2 red" + "." * 20 + " 68@70"
    assert leader_row(row)
    inside = row.index(".....") + 3  # a dot of the run, not its first
    assert _LEADER_ROW.search(row, inside) is None
    assert not leader_row("." * 40)
