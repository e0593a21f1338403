"""Jumps find their page by the number printed on it (reader.jump_links, reader/
page_numbers.py), not by its place in the source: a paper's page A6, ingested second."""

from __future__ import annotations

from reader.jump_links import link_jumps
from reader.model import SCHEMA, Edition, Page, Source
from tests.core.test_jump_links import _jumps, _story


def _edition(*pages: Page) -> Edition:
    return Edition(SCHEMA, "가람일보-2026-12-07", Source("edition", "", "utf-8"), pages=list(pages))


def test_a_jump_to_a6_finds_the_page_printed_a6_at_the_second_place() -> None:
    ed = link_jumps(
        _edition(
            Page(1, "종합", [_story("p1-1", "시내버스 노선 전면 개편", on=6)], printed="A1"),
            Page(2, "사회", [_story("p2-1", "시내버스 노선 개편", back=1)], printed="A6"),
        )
    )
    assert _jumps(ed) == {"p1-1": ("p2-1", None), "p2-1": (None, "p1-1")}


def test_a_jump_naming_the_place_not_the_printed_number_finds_nothing() -> None:
    """Near miss: '2면에 계속' on a paper whose second place holds page A6: no page 2."""
    ed = link_jumps(
        _edition(
            Page(1, "종합", [_story("p1-1", "시내버스 노선 전면 개편", on=2)], printed="A1"),
            Page(2, "사회", [_story("p2-1", "시내버스 노선 개편", back=1)], printed="A6"),
        )
    )
    assert _jumps(ed) == {"p1-1": (None, None), "p2-1": (None, None)}


def test_pages_printing_no_number_are_found_by_their_place() -> None:
    ed = link_jumps(
        _edition(
            Page(1, "종합", [_story("p1-1", "시내버스 노선 전면 개편", on=2)]),
            Page(2, "사회", [_story("p2-1", "시내버스 노선 개편", back=1)]),
        )
    )
    assert _jumps(ed) == {"p1-1": ("p2-1", None), "p2-1": (None, "p1-1")}
