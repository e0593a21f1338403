"""A wire story's credit in brackets alone on its line between the head and the dated lead
('(By Associated Press.)'): the story's byline, not a deck. Every name and place is
invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.wire_credits import WIRE_CREDIT
from tests.ingest.test_conventions import items


def _story(credit: str) -> str:
    return (
        "MILL STRIKE ENDS AT NOON\n"
        "Weavers Vote to Go Back on\n"
        "Terms Offered Last Week.\n"
        f"{credit}\n"
        "CORVALE, May 9.—The weavers of the\n"
        "Ferncombe mills voted this morning to\n"
        "return to their looms on Monday.\n"
    )


def test_a_wire_credit_in_brackets_is_the_story_s_byline() -> None:
    text = _story("(By Allied Press.)")
    [story] = items(text)
    assert story["deck"] == ["Weavers Vote to Go Back on Terms Offered Last Week."]
    assert [b[0] for b in story["bylines"]] == ["Allied Press"]
    assert story["body"][0][1].startswith("CORVALE, May 9.—")
    _, trace = explain_text(text)
    assert any(WIRE_CREDIT in why for why in trace.notes.values())


def test_a_correspondent_s_credit_in_brackets_is_the_byline() -> None:
    [story] = items(_story("(From Our Own Correspondent)"))
    assert [b[0] for b in story["bylines"]] == ["Our Own Correspondent"]


def test_a_credit_naming_only_how_the_story_came_stays_in_the_head() -> None:
    # near miss: '(By Special Leased Wire.)' names a way of sending, no sender
    text = _story("(By Special Leased Wire.)")
    [story] = items(text)
    assert story["bylines"] == []
    assert "(By Special Leased Wire.)" in story["deck"]
    _, trace = explain_text(text)
    assert not any(WIRE_CREDIT in why for why in trace.notes.values())


def test_a_bracket_naming_a_page_of_the_paper_is_no_wire_credit() -> None:
    # near misses: a story carried on from another page or edition names where it was, not
    # who sent it ('(From Page One.)' was read as a byline 'Page One')
    for line in ("(From Page One.)", "(From First Page.)", "(From Yesterday's Edition.)"):
        text = _story(line)
        [story] = items(text)
        assert story["bylines"] == [], line
        _, trace = explain_text(text)
        assert not any(WIRE_CREDIT in why for why in trace.notes.values()), line
