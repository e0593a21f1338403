"""Lines a story sets as printed, not run into its paragraphs: bylines (set flush right,
or 'By NAME' over the writer's role at the head of a column), and how such lines join:
a byline's address cut at a full line's end is whole again."""

from __future__ import annotations

import re

from reader.ingest.byline_lines import EMAIL_ONLY, bylines_in
from reader.ingest.en_blocks import BY
from reader.ingest.repair import TERMINAL
from reader.ingest.units import opens_unit
from reader.pdf.blocks import Block
from reader.pdf.lines import Line

FULL = 0.5  # a line with less room than this (in sizes) at its end is full
# A column headed by its byline in the body's type: 'By SAMUEL REYES' (a name, no more)
# over 'Courier Staff Writer' (a role: capitalised words), then the lead.
_NAME_BY = re.compile(r"By [A-Z][\w'.-]*(?: [A-Z][\w'.-]*){0,3}")
_ROLE = re.compile(r"[A-Z][\w'.&-]*(?: (?:[A-Z][\w'.&-]*|of|and|for|the)){0,4}")


def heads_column(line: Line, set_lines: list[Line] | None, body_started: bool) -> bool:
    """'By SAMUEL REYES' before any of the story's paragraphs, or the role line right
    under it (set_lines: the lines set so far, None when none are)."""
    if set_lines is None:
        return not body_started and bool(_NAME_BY.fullmatch(line.text))
    return (
        len(set_lines) == 1
        and bool(_NAME_BY.fullmatch(set_lines[0].text))
        and bool(_ROLE.fullmatch(line.text))
    )


def by_line(line: Line) -> bool:
    """'By Aisha Carver' on a line of its own: an English byline, kept as printed."""
    return bool(BY.match(line.text)) and len(line.text) <= 40 and not TERMINAL.search(line.text)


def role_line(by: Line, block: Block) -> bool:
    """A line of its own right under an English byline, flush with it and set smaller,
    without a sentence's stop ('Courier Staff Writer'): the writer's role."""
    if not by_line(by) or len(block.lines) != 1:
        return False
    x = block.lines[0]
    return (
        x.size < by.size
        and abs(x.x0 - by.x0) <= by.size
        and 0 <= x.top - by.bottom <= by.size
        and len(x.text) <= 40
        and not TERMINAL.search(x.text)
    )


def set_right(line: Line, left: float, right: float) -> bool:
    """A line set flush right: it ends at the column's edge but starts well in."""
    return line.x0 - left > 2 * line.size and right - line.x1 < FULL * line.size


def set_join(last: Line, nxt: Line, room: float) -> str:
    """How lines set flush right join: a torn address whole, a byline broken between its
    words ('한우현·최현정' over '수습기자') with a space, other lines apart ("\\n")."""
    if torn(last, nxt, room):
        return ""
    if not bylines_in(last.text) and bylines_in(f"{last.text} {nxt.text}"):
        return " "
    return "\n"


_ADDRESS_REST = re.compile(r"[a-z0-9][a-z0-9.-]*")


def torn(last: Line, nxt: Line, room: float) -> bool:
    """Is nxt the rest of a Latin word (an address, a name) that last holds alone? Such
    a word is cut only where it cannot fit on one line: with its rest it is wider than
    the room it was set in, and the rest is no line of its own (a byline, an address)."""
    if " " in nxt.text or not last.text[-1:].isascii():
        return False
    if " " in last.text:  # a byline's address cut at its end, the rest in lower case
        return "@" in last.text.rsplit(" ", 1)[1] and bool(_ADDRESS_REST.fullmatch(nxt.text))
    if not (nxt.text[:1].isascii() and nxt.text[:1].isalnum()) or opens_unit(nxt.text):
        return False
    return last.width + nxt.width > room and not EMAIL_ONLY.match(nxt.text)
