"""An edition's reading order (reader.outline): where J / K, ] / [ and Space / b go."""

from __future__ import annotations

import msgspec

from reader.model import Page
from reader.outline import Outline
from tests.editions import multi_page, story_in_three


def test_articles_in_order_and_the_page_of_every_item():
    outline = Outline(multi_page())
    assert outline.articles == ["p1-1", "p2-1", "p2-2"]
    assert outline.page_of == {"p1-1": 0, "p1-2": 0, "p2-1": 1, "p2-2": 1, "p3-1": 2}
    assert outline.place("p2-1") == "2/3"


def test_J_and_K_step_by_article_and_stop_at_the_ends():
    outline = Outline(multi_page())
    assert outline.article_after("p1-1", 1) == "p2-1"
    assert outline.article_after("p2-2", 1) is None
    assert outline.article_after("p1-1", -1) is None
    assert outline.article_after(None, 1) == "p1-1"
    assert outline.article_after("p1-2", -1) == "p1-1"  # from an ad: the first


def test_brackets_step_by_page_past_empty_ones():
    edition = multi_page()
    pages = edition.pages
    gapped = msgspec.structs.replace(edition, pages=[pages[0], Page(2, "빈 면", []), *pages[1:]])
    outline = Outline(gapped)
    assert outline.page_after(0, 1) == 2 and outline.page_after(2, -1) == 0
    assert outline.page_after(3, 1) is None and outline.page_after(0, -1) is None
    assert outline.first_item(2) == "p2-1" and outline.first_item(1) is None
    assert outline.first_item(3) == "p3-1"  # a page of ads only: its first ad


def test_no_edition_has_nowhere_to_go():
    outline = Outline()
    assert outline.articles == [] and outline.article_after(None, 1) is None
    assert outline.page_after(0, 1) is None and outline.first_item(0) is None


def test_space_and_b_pass_over_a_continuation_read_and_only_that():
    outline = Outline(story_in_three())  # a b c: one story; a2 b2 c2 after each part
    assert outline.articles == ["a", "a2", "b", "b2", "c", "c2"]
    story = frozenset({"a", "b", "c"})
    assert outline.read_on("c", story, back_to="a") == "a2"  # after its first part
    assert outline.read_on("a2", story) == "b2" and outline.read_back("b2", story) == "a2"
    assert outline.read_back("c2", story) == "b2"
    # Near misses: a continuation not read, and a first part read, are stopped at.
    assert outline.read_on("a2", frozenset({"a"})) == "b"
    assert outline.read_back("b2", frozenset({"a"})) == "b"
    assert outline.read_back("a2", story) == "a"
    assert outline.read_back("a", story) is None and outline.read_on("c2", story) is None
