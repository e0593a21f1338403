"""Leaf paths named as a reader says them, in either language."""

from __future__ import annotations

import msgspec
import pytest

from reader import i18n
from reader.model import Article, Block, Byline, Text
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


STORY = Article(
    id="p1-1",
    headline=Text("한강 하구 습지 12곳 람사르 등록 추진"),
    body=[
        Block("lead", "환경부는 한강 하구의 습지를 등록한다."),
        Block("photo", ""),
        Block("caption", "재두루미 무리가 먹이를 찾고 있다.\n사진=이서진 기자"),
        Block("subhead", "주민 반발은 여전"),
        Block("paragraph", "주민들은 반대 의견을 내고 있다."),
    ],
)


def test_in_an_article_a_caption_is_named_and_paragraphs_counted_as_read():
    """Given the article, the body's blocks are named as a reader finds them: a photo's
    caption as such, the paragraphs counted without the picture and its caption."""
    assert place_name("body.2", STORY) == "photo caption"
    assert place_name("body.3", STORY) == "paragraph 2"
    assert place_name("body.4", STORY) == "paragraph 3"
    assert place_name("body.4") == "paragraph 5"  # without the article: by its path
    assert place_name("headline", STORY) == "headline"
    assert place_name("body.9", STORY) == "paragraph 10"  # no such block: by its path


def test_an_articles_only_byline_has_no_number():
    one = msgspec.structs.replace(STORY, bylines=[Byline("이서진", text="이서진 기자")])
    assert place_name("byline.0", one) == "byline"
    second = Byline("김도윤", text="김도윤 기자")
    two = msgspec.structs.replace(one, bylines=[*one.bylines, second])
    assert place_name("byline.1", two) == "byline 2"


def test_korean_names_in_an_article():
    i18n.use("ko")
    assert place_name("body.2", STORY) == "사진 설명"
    assert place_name("body.4", STORY) == "3번째 문단"
    one = msgspec.structs.replace(STORY, bylines=[Byline("이서진", text="이서진 기자")])
    assert place_name("byline.0", one) == "바이라인"
