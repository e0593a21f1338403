"""Which piece of an article's top belongs to its head (headline, subheadline, deck), and
by which rule; the article (article.py) reads the head with it."""

from __future__ import annotations

import re

from reader.ingest.blocks import TIMED_HEAD, marked_headline
from reader.ingest.box_notes import box_note
from reader.ingest.calendar import MONTH, calendar_row
from reader.ingest.credits import DRAWING_CREDIT
from reader.ingest.en_rows import GROUP_LABEL
from reader.ingest.figure_rows import column_heads, heads_over_row, is_row
from reader.ingest.head import (
    COLUMN_MAX,
    SALUTATION,
    column_parts,
    is_caps_block,
    is_noise,
    is_title_case,
    result_row,
    score_line,
)
from reader.ingest.head_end import unpunctuated_head
from reader.ingest.head_phrases import HEAD_WRAPPED, wrapped_phrase
from reader.ingest.listing import DATED_ENTRY
from reader.ingest.pieces import CLASS_YEAR, NUMBERED_HEAD, Piece, is_short
from reader.ingest.repair import TERMINAL
from reader.ingest.stop_heads import HEADS_ITEM, stop_titled

BOX_TITLE = "head: a game's score over its box score's rows: the box's title"


# A place and a date alone on their line, closed by a stop: a report's dateline set over
# its text, as a market report's box prints it.
DATELINE_ALONE = re.compile(rf"^[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?i:{MONTH})\.? \d{{1,2}}\.$")


def head_rule(p: Piece, nxt: Piece | None, headed: bool) -> str | None:
    """Why p belongs to the head (headline, subheadline, deck), or None when it does not.
    headed: a head is above p."""
    text = p.text  # read a dozen times below: the chunk joins it behind two properties
    if nxt is None or nxt.kind == "credit" or DRAWING_CREDIT.match(nxt.text):
        return None  # the last piece is body text; a line above a credit is a caption
    if p.kind == "subhead" and not headed:
        return "head: marked line opening the item ('■ 부음')"
    if (
        p.kind == "tri"
        and not headed
        and nxt.kind == "text"
        and marked_headline(p.unit.lines[0].text)
    ):
        return "head: a brief's headline led by '▲'"
    if not headed and p.kind == "text" and score_line(text) and "\t" in nxt.text:
        return BOX_TITLE
    if p.kind != "text" or NUMBERED_HEAD.match(text) or "\t" in text:
        return None  # '1. 사실관계' numbers a part of the text
    if headed and DATELINE_ALONE.match(text):
        return None  # 'Chicago, July 13.' alone: the report's dateline, in its body
    if headed and GROUP_LABEL.match(text):
        return None  # 'Hogs—' over its rows: the body's first group, not a deck
    if headed and box_note(text, nxt.text):
        return None  # 'Forecast highs and lows for Thursday:' over its rows: the box's
    if headed and TIMED_HEAD.match(text):
        return None  # a live blog's first update ('11:52 제목'): the body's first subhead
    if result_row(text) or is_row(text) or column_heads(text):
        return None  # a table's row is text ('Wheat, Sept. 1.46 1.49 1.45', 'Won. Lost.')
    if nxt is not None and heads_over_row(text, nxt.text):
        return None  # 'Won Lost Pct.' over 'Millbrook 52 31 .627': the table's header
    if DATED_ENTRY.match(text) or CLASS_YEAR.match(text) or SALUTATION.match(text):
        return None  # a calendar's day ('3월 17일(화) …'), a class's year, 'To the Editor:'
    if calendar_row(text) and calendar_row(nxt.text):
        return None  # a week's programme: 'Monday—…' over 'Tuesday—…', its entries
    lines = [line.text for line in p.unit.lines]
    rule = None
    if headed and score_line(nxt.text):
        return None  # a short line over score lines under the headline: their heading
    if is_caps_block(lines):
        rule = "head: capitalised lines"
    elif is_short(p):
        rule = "head: short line without final punctuation"
    elif not headed and len(lines) == 1 and column_parts(text) is not None:
        rule = "head: column headline: the column's name and number before the title"
    elif not headed and len(lines) == 1 and stop_titled(text):
        rule = HEADS_ITEM
    elif headed and len(lines) <= 4 and is_title_case(text):
        rule = "head: title-case line under the headline"
    elif len(lines) == 1 and len(text) <= COLUMN_MAX and not TERMINAL.search(text):
        rule = unpunctuated_head(p, nxt, headed)
    elif wrapped_phrase(lines):
        rule = HEAD_WRAPPED
    return None if rule is None or is_noise(text) else rule
