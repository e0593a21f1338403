"""A fortune column in a box beside a story: the box's small type sets no body size
(bodytype.py), and its signs over keyed entries ('쥐띠' over '48년생 …') are read as a
listing, an item a sign (listings.py)."""

from __future__ import annotations

from reader.model import Article
from reader.pdf.assemble import assemble
from reader.pdf.blocks import Block
from reader.pdf.bodytype import unboxed
from reader.pdf.content import Graphic
from reader.pdf.lines import Line
from reader.pdf.listings import listing_regions
from reader.pdf.parts import PageLayout, Para, Region, Style, body_style


def _line(x: float, top: float, size: float, text: str) -> Line:
    chars = len(text.replace(" ", ""))
    # an entry's lines justified to the box's measure, a sign's name short
    x1 = x + size * len(text) if len(text) < 12 else x + 180
    return Line(x, top, x1, top + size, top + 0.88 * size, size, "Sans", text, x1, chars)


def _block(x: float, top: float, size: float, texts: list[str]) -> Block:
    return Block([_line(x, top + 1.5 * size * k, size, t) for k, t in enumerate(texts)])


STORY = _block(
    30,
    100,
    9,
    [
        "달내군 보건소가 독감 환자가 늘자 다음",
        "달 말까지 토요일 오전에도 예방접종을",
        "한다. 평일에 짬을 내기 어려운 직장인",
    ],
)
SIGNS = [
    ["쥐띠", "48년생 반가운 소식이 온다. 60년생 서두", "르지 마라. 72년생 뜻밖의 도움을 받는다."],
    ["소띠", "49년생 건강을 살펴라. 61년생 웃을 일이", "생긴다. 73년생 약속은 미루지 마라."],
    ["범띠", "50년생 오랜 벗을 만난다. 62년생 지갑을", "잘 챙겨라. 74년생 일이 술술 풀린다."],
]


def _box_blocks() -> list[Block]:
    out, top = [], 100.0
    for texts in SIGNS:
        out.append(_block(330, top, 7.5, texts))
        top = out[-1].bottom + 4
    return out


FRAME = Graphic("frame", (320.0, 90.0, 520.0, 200.0))


def _body_size(blocks: list[Block], graphics: list[Graphic]) -> float:
    return body_style([x for b in unboxed(blocks, graphics) for x in b.lines]).size


def test_a_box_in_small_type_does_not_set_the_body_size() -> None:
    """The box holds more characters than the story beside it; the body is judged
    outside it, so the story's 9 pt is the body and the story no deck."""
    box = _box_blocks()
    assert sum(x.chars for b in box for x in b.lines) > sum(x.chars for x in STORY.lines)
    assert _body_size([STORY, *box], [FRAME]) == 9


def test_small_type_in_no_box_or_a_page_all_boxed_still_sets_the_body() -> None:
    """Near misses: the same small type with no frame round it (a column of briefs), or
    with a frame round the whole page (its border): every block counts, as before."""
    box = _box_blocks()
    assert _body_size([STORY, *box], []) == 7.5
    border = Graphic("frame", (10.0, 10.0, 590.0, 790.0))
    assert _body_size([STORY, *box], [border]) == 7.5
    # a filled box is no frame drawn round the text
    assert _body_size([STORY, *box], [Graphic("shade", FRAME.box)]) == 7.5


STYLE = Style(9.0, "Serif")


def _fortune(signs: list[list[str]], size: float = 7.5) -> Region:
    paras = [Para("headline", [_line(330, 70, 12, "오늘의 운세")])]
    top = 100.0
    for texts in signs:  # the layout's paragraphs, a line each
        for t in texts:
            paras.append(Para("body", [_line(330, top, size, t)]))
            top += 1.5 * size
    return Region("article", paras)


def test_a_fortune_box_is_its_title_and_an_item_a_sign() -> None:
    """Signs alone on their lines over entries keyed by birth year, in small type: the
    title an item of its own, each sign an item whose entries are bullets."""
    regions = listing_regions([_fortune(SIGNS)], STYLE)
    assert [r.kind for r in regions] == ["article", "listing"]
    layout = PageLayout(1, 600, 800, regions=regions)
    items = assemble([layout], "fortune", "utf-8").edition.pages[0].items
    assert [getattr(i.headline, "text", None) for i in items] == [
        "오늘의 운세",
        "쥐띠",
        "소띠",
        "범띠",
    ]
    first = items[1]
    assert isinstance(first, Article)
    # cut at the keys, not at the narrow column's line ends (how a torn word joins is
    # the join decision's, tests/pdf/test_line_end_spaces.py)
    assert [(b.kind, b.text.split()[0]) for b in first.body] == [
        ("bullet", "48년생"),
        ("bullet", "60년생"),
        ("bullet", "72년생"),
    ]
    assert first.body[2].text == "72년생 뜻밖의 도움을 받는다."


def test_keyed_lines_that_are_no_fortune_box_stay_as_read() -> None:
    """Near misses: the same box in the body's own size (a story's lines), and keyed
    entries under the title alone with no sign over them, stay as the layout read them."""
    body_size = _fortune(SIGNS, size=9)
    no_heads = _fortune([texts[1:] for texts in SIGNS])
    for region in (body_size, no_heads):
        assert listing_regions([region], STYLE) == [region]
