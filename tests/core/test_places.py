"""Leaf paths named as a reader says them, in either language."""

from __future__ import annotations

import pytest

from reader import i18n
from reader.places import place_name


@pytest.mark.parametrize(
    ("path", "name"),
    [
        ("headline", "headline"),
        ("body.1", "paragraph 2"),
        ("deck.0", "point 1"),
        ("byline.0", "byline 1"),
        ("blocks.1", "line 2"),
        ("blocks.0.items.2", "list item 3"),
        ("blocks.3.header.1", "table heading"),
        ("blocks.3.rows.2.3", "table row 3"),
        ("page.1.label", "page.1.label"),
    ],
)
def test_a_leaf_is_named_as_a_reader_says_it(path: str, name: str):
    assert place_name(path) == name


def test_korean_names():
    i18n.use("ko")
    assert place_name("body.6") == "7번째 문단"
    assert place_name("blocks.3.rows.2.3") != "table row 3"
