"""A headline and its deck set tight over a justified Korean column (issue 14, round
forty-seven), each rule on a small made-up example and a near miss.

The column is test_justified_columns.COLUMN, justified to 20 cells and torn at any
syllable. Every name and fact is invented; none is taken from the blind sets.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.head_blocks import HEAD_OVER_TEXT, column_head_lines
from reader.ingest.segment import pages
from tests.ingest.test_conventions import items
from tests.ingest.test_justified_columns import COLUMN

# 20 cells, the column's width, but a head's comma after its subject; the deck under it
# (14 cells) ends no paragraph and closes no sentence.
AT_WIDTH = "누리시, 예산 두 배로\n석 달마다 점검\n"
PAGE = "사회\n\n"  # a page's label over a blank line: a page set tight all through is dense


def _after_a_signed_story(block: str) -> str:
    """The page with a story signed under its column, then block set apart under it."""
    return f"{PAGE}누리시 골목상권 예산 두 배로\n\n{COLUMN}김누리 기자 nuri@news.example\n\n{block}"


def test_a_head_at_the_columns_width_shows_itself_by_its_punctuation() -> None:
    [story] = items(PAGE + AT_WIDTH + COLUMN)
    assert story["headline"] == "누리시, 예산 두 배로"
    assert story["deck"] == ["석 달마다 점검"]
    assert story["body"][0][1].startswith("누리시는 올해 골목 상권 예산을 늘렸다.")
    _, trace = explain_text(PAGE + AT_WIDTH + COLUMN)
    assert HEAD_OVER_TEXT in trace.rule("p1-1")


def test_a_quoted_headline_over_two_decks_all_short_of_the_width() -> None:
    # Three head lines, none at the column's width and none closing a sentence: a column's
    # line is never so short unless it ends its paragraph, and a paragraph's end closes.
    head = '"골목상권 살려야 산다"\n' + AT_WIDTH
    [story] = items(PAGE + head + COLUMN)
    assert story["headline"] == '"골목상권 살려야 산다"'
    assert story["deck"] == ["누리시, 예산 두 배로", "석 달마다 점검"]
    assert story["body"][0][1].startswith("누리시는 올해")


def test_the_next_storys_head_and_deck_after_a_signed_story() -> None:
    page = _after_a_signed_story(f"{AT_WIDTH}{COLUMN}박가람 기자 garam@news.example\n")
    first, second = items(page)
    assert first["headline"] == "누리시 골목상권 예산 두 배로"
    assert second["headline"] == "누리시, 예산 두 배로"
    assert second["deck"] == ["석 달마다 점검"]
    assert second["body"][0][1].startswith("누리시는 올해")


def test_a_paragraph_wrapped_by_words_opening_short_keeps_its_first_line() -> None:
    # Near miss: the first line is short of the width the lines under it share (they are
    # wrapped by words, 31 to 32 cells), but nothing shows it a head: no mark, no line
    # wider than the column. It is the paragraph's first line.
    text = (
        "누리시는 올해 골목 상권\n"
        "예산을 늘리고 청년 상인의 임대료\n"
        "지원도 함께 늘리기로 했다고 밝혔\n"
        "다. 시는 빈 점포 마흔 곳을 청년\n"
        "창업 공간으로 바꾼다.\n"
    )
    [story] = items(PAGE + text)
    assert not story["headline"]
    assert story["body"][0][1].startswith("누리시는 올해 골목 상권 예산을")


def test_a_columns_first_line_with_a_comma_over_no_column_is_no_head() -> None:
    # Near miss: the same comma'd line over lines set one a sentence (no justified column,
    # its widths all apart): the column rule does not read it. (Another rule may still make
    # it a headline, so the column rule is asked itself; over the column it reads one line.)
    ragged = (
        "시는 올해 골목 상권 예산을 두 배로 늘렸다.\n청년 상인도 돕는다.\n"
        "시는 빈 점포 마흔 곳을 청년 창업 공간으로 바꾼다.\n석 달마다 점검한다.\n"
    )
    for under, head in ((ragged, 0), (COLUMN, 1)):
        block = pages(PAGE + "누리시, 예산 두 배로\n" + under)[0].paras[-1]
        assert column_head_lines(block.lines) == head


def test_a_byline_alone_between_the_head_and_the_column_is_the_storys() -> None:
    page = _after_a_signed_story(f"누리시, 예산 두 배로\n가람=박가람 기자\n{COLUMN}")
    first, second = items(page)
    assert [b[0] for b in first["bylines"]] == ["김누리"]
    assert second["headline"] == "누리시, 예산 두 배로"
    assert [b[0] for b in second["bylines"]] == ["박가람"]
    assert second["body"][0][1].startswith("누리시는 올해")


def test_a_byline_under_a_line_at_the_width_with_no_mark_heads_nothing() -> None:
    # Near miss: a plain line at the column's width over a byline is no head the column
    # rule reads (nothing shows it one); the story above keeps what follows.
    page = _after_a_signed_story(f"누리시 골목상권 예산\n가람=박가람 기자\n{COLUMN}")
    assert all(story["headline"] != "누리시 골목상권 예산" for story in items(page))
