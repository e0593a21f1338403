"""The search bar as a reader's keyboard fills it: an input method that sends each step of
a syllable it composes, and text pasted with controls in it."""

from __future__ import annotations

import unicodedata

from textual import events

from tests.editions import library, seed
from tests.ui.conftest import (
    bar,
    drive,
    open_search,
    rows,
    search,
    settle,
    status,
    typed,
    wait_until,
)


@drive(library(seed()))
async def test_each_step_of_a_syllable_being_composed_lists_where_it_leads(app, pilot, screen):
    # An input method without a composing window of its own replaces the syllable at
    # each key: 광주, then 광줏 (ㅅ typed as a final) on the way to 광주시.
    await search(app, pilot, "광주")
    assert status(app).startswith("hit 1 of 16")
    await typed(app, pilot, "backspace", "줏")
    assert status(app).startswith("hit 1 of 2")  # not "no hits for “광줏”"
    assert all("광주시" in row for row in rows(app))
    await typed(app, pilot, "backspace", "주", "시")
    assert status(app).startswith("hit 1 of 2")
    await typed(app, pilot, "backspace", "backspace", "backspace", "없", "는", "말")
    assert status(app).startswith("no hits for “없는말”")  # nor anything it may become


async def pasted(app, pilot, screen, text: str, kept: str) -> None:
    """Paste text into the query line, then wait until what the line kept is searched."""
    bar(app).input.post_message(events.Paste(text))
    await wait_until(pilot, lambda: getattr(screen.search_results, "query", None) == kept)
    await settle(app, pilot)


@drive(library(seed()))
async def test_controls_pasted_into_the_query_line_never_reach_the_terminal(app, pilot, screen):
    await open_search(app, pilot)
    # A right-to-left override (the line would show reversed) and an escape sequence.
    await pasted(app, pilot, screen, "\u202e광주\x1b[7m", "광주␛[7m")
    drawn = "".join(segment.text for segment in bar(app).input.render_line(0))
    assert "\x1b" not in drawn and "\u202e" not in drawn
    await typed(app, pilot, "backspace", "backspace", "backspace", "backspace")
    assert bar(app).input.value == "광주"
    assert status(app).startswith("hit 1 of 16")  # the override was never part of the query


@drive(library(seed()))
async def test_hangul_pasted_decomposed_is_composed_on_the_query_line(app, pilot, screen):
    await open_search(app, pilot)
    await pasted(app, pilot, screen, unicodedata.normalize("NFD", "오상진"), "오상진")
    assert status(app).startswith("hit 1 of 4")
