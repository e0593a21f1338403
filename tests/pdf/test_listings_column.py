"""A listings column (인사, 부음): paragraphs in small type opening with an entry's mark
('▲') under heads opening with '■' or '◇' (listings.py)."""

from __future__ import annotations

from reader.model import Article
from reader.pdf.assemble import assemble
from reader.pdf.blocks import Block
from reader.pdf.lines import Line
from reader.pdf.listings import listing_regions, prose
from reader.pdf.parts import PageLayout, Para, Region, Style, body_style


def _block(x: float, top: float, size: float, texts: list[str]) -> Block:
    lines = []
    for k, text in enumerate(texts):
        base = top + size * (1.5 * k + 0.88)
        x1 = x + size * len(text)
        chars = len(text.replace(" ", ""))
        lines.append(
            Line(x, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Sans", text, x1, chars)
        )
    return Block(lines)


STORY = _block(
    30,
    100,
    9,
    [
        "달내장터에서 40년 동안 국수를 말아 온",
        "김말순씨가 7일 가게 문을 닫았다. 마지막",
        "날 가게 앞에는 아침부터 줄이 섰다.",
    ],
)
ENTRIES = [
    ["◇ 달내군"],
    [
        "▲기획감사실장 홍지환 ▲행정복지국장 백서",
        "윤 ▲농업기술센터소장 노태경 ▲안전건설과",
        "장 편다온 ▲민원봉사과장 석하람 ▲달내읍장",
        "구지민 ▲교육과장 채윤호 ▲행정지원과장",
    ],
    ["▲김순덕씨 별세, 박정호씨 모친상=7일 달내", "병원 장례식장 2호실, 발인 9일 오전 7시."],
]


def _column(texts: list[list[str]]) -> list[Block]:
    out, top = [], 100.0
    for t in texts:
        out.append(_block(300, top, 7.5, t))
        top = out[-1].bottom + 3
    return out


def test_a_listings_column_in_small_type_does_not_set_the_body_size() -> None:
    """The column holds more characters than the story beside it; without its entries
    the page's body is the story's 9 pt, so the story is no deck."""
    blocks = [STORY, *_column(ENTRIES)]
    assert sum(x.chars for b in blocks[1:] for x in b.lines) > sum(x.chars for x in STORY.lines)
    assert body_style([x for b in prose(blocks) for x in b.lines]).size == 9


def test_small_prose_without_marks_still_counts_for_the_body() -> None:
    """Near miss: the same small type opening with no list's mark (a column of briefs, a
    mark inside a line only) is prose, and by its characters the page's body."""
    unmarked = [[t.lstrip("▲◇ ") for t in lines] for lines in ENTRIES]
    blocks = [STORY, *_column(unmarked)]
    assert prose(blocks) == blocks
    assert body_style([x for b in prose(blocks) for x in b.lines]).size == 7.5


def _lines(x: float, top: float, size: float, texts: list[str], font: str = "Sans") -> list[Line]:
    return [
        Line(
            x,
            top + 1.5 * size * k,
            x + 150,
            top + 1.5 * size * k + size,
            top + 1.5 * size * k + 0.88 * size,
            size,
            font,
            t,
            x + 20,
            len(t.replace(" ", "")),
        )
        for k, t in enumerate(texts)
    ]


STYLE = Style(9.0, "Serif")
RUN_ON = [
    "▲기획감사실장 홍지환 ▲행정복지국장 백서",
    "윤 ▲농업기술센터소장 노태경 ▲안전건설과",
    "장 편다온 ▲민원봉사과장 석하람",
]


def _people(entries: list[str], heads: bool = True) -> Region:
    title = _lines(300, 40, 11, ["인사·부음"])
    head = _lines(300, 60, 10, ["■ 인사"] if heads else [])
    group = _lines(300, 76, 7.5, ["◇ 달내군"] if heads else [])
    body = _lines(300, 88, 7.5, entries)
    paras = [Para("headline", title)]
    paras += [Para("deck", head)] if head else []
    # the layout's paragraphs as the narrow column's line ends cut them
    paras += [Para("body", [x]) for x in group + body]
    return Region("article", paras)


def test_a_listings_column_is_its_title_and_a_listing_cut_at_its_marks() -> None:
    """Small type carrying entry marks under '■' and '◇' heads: the bar over it an item
    of its own, the rest one listing whose paragraphs start at the marks, the run-on
    entries' lines joined (so the text ingest cuts them at '▲', not at line ends)."""
    title, listing = listing_regions([_people(RUN_ON)], STYLE)
    assert title.kind == "article"
    assert [x.text for p in title.paras for x in p.lines] == ["인사·부음"]
    assert listing.kind == "listing"
    assert [[x.text for x in p.lines] for p in listing.paras] == [
        ["■ 인사"],
        ["◇ 달내군"],
        RUN_ON,
    ]


def test_listing_regions_read_as_the_text_ingest_reads_listings() -> None:
    """The listing region assembled: '■ 인사' the headline, '◇' a subhead, each '▲' a
    bullet, a word torn at a line's end joined."""
    layout = PageLayout(1, 600, 800, regions=listing_regions([_people(RUN_ON)], STYLE))
    items = assemble([layout], "people", "utf-8").edition.pages[0].items
    assert [getattr(i.headline, "text", None) for i in items] == ["인사·부음", "인사"]
    listing = items[1]
    assert isinstance(listing, Article)
    assert [(b.kind, b.text) for b in listing.body] == [
        ("subhead", "달내군"),
        ("bullet", "기획감사실장 홍지환"),
        ("bullet", "행정복지국장 백서윤"),
        ("bullet", "농업기술센터소장 노태경"),
        ("bullet", "안전건설과장 편다온"),
        ("bullet", "민원봉사과장 석하람"),
    ]


def test_lists_that_are_no_listings_column_stay_stories() -> None:
    """Near misses: entries under a title alone (an index box's '▷ … 3면'), the same
    column with two marks only, and entries in the body's own size (a story's points)
    stay as the layout read them."""
    index = _people(
        ["▷ 새해 예산 확정 3면", "▷ 달내천 철새 6면", "▷ 읍내 빈 점포 8면"], heads=False
    )
    few = _people(["▲기획감사실장 홍지환 ▲행정복지국장 백서윤", "오늘 자로 발령했다."])
    body_size = Region("article", [Para("body", _lines(30, 100, 9, [t])) for t in RUN_ON])
    for region in (index, few, body_size):
        assert listing_regions([region], STYLE) == [region]
