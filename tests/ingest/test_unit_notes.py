"""A table's unit note in brackets over its rows ('(단위: 원)') is the table's first line in
the body, not the deck of the title above it. Every name and figure is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.unit_notes import UNIT_NOTE
from tests.ingest.test_conventions import items

ROWS = "구분\t2026년\t2027년\n바람급여\t512,000\t530,000\n햇살수당\t88,000\t91,500\n"


def test_a_unit_note_over_a_table_s_rows_is_the_body_s_not_the_deck() -> None:
    for note in ("(단위: 원, 1인 가구 기준)", "(12일 가람시장 종가, 단위: 원)"):
        text = f"가람군 복지급여 기준표\n{note}\n{ROWS}"
        [table] = items(text)
        assert table["deck"] == []
        assert table["body"][0] == ("paragraph", note)
        _, trace = explain_text(text)
        assert any(UNIT_NOTE in why for why in trace.notes.values())


def test_a_deck_over_a_table_s_rows_stays_the_deck() -> None:
    # near miss: a line under the title that says something of the story, no unit
    text = f"가람군 복지급여 기준표\n바람급여 3.5% 올라 역대 최대\n{ROWS}"
    [table] = items(text)
    assert table["deck"] == ["바람급여 3.5% 올라 역대 최대"]
    _, trace = explain_text(text)
    assert not any(UNIT_NOTE in why for why in trace.notes.values())


def test_a_unit_note_over_prose_is_left_to_the_heads() -> None:
    # near miss: the same bracketed line over a story's text, no row under it
    text = (
        "가람군 복지급여 기준표\n(단위: 원, 1인 가구 기준)\n"
        "가람군은 내년 바람급여를 3.5% 올린다고 12일 밝혔다.\n"
    )
    _, trace = explain_text(text)
    assert not any(UNIT_NOTE in why for why in trace.notes.values())
