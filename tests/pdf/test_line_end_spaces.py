"""Whether a story's producer writes the space where a line broke between words: its
own lines decide, by the share of their ends that hold one."""

from __future__ import annotations

from reader.pdf.blocks import Block
from reader.pdf.lines import Line
from reader.pdf.paragraphs import shows_spaces

BODY = [  # a LibreOffice story's lines, 9 pt: no space at their ends
    "강원 홍천군 홍천읍 중앙시장의 빈",
    "점포들이 청년 상인들의 가게로 다시",
    "채워지고 있다. 군이 지난해부터 임대",
    "료와 인테리어 비용을 지원하면서 문",
    "을 닫았던 점포 14곳 가운데 11곳에",
    "새 가게가 들어섰다.",
]
CAPTION = [  # its photo's caption, 7.5 pt: LibreOffice wrote a space after one line
    "8일 강원 홍천군 홍천읍 중앙시장의 한 청년 가게에서",
    "손님들이 수제 만두를 고르고 있다.",
]


def _block(texts: list[str], size: float, top: float, spaced: set[int]) -> Block:
    lines = [
        Line(
            30.0,
            top + i * size * 1.5,
            180.0,
            top + i * size * 1.5 + size,
            top + i * size * 1.5 + size * 0.8,
            size,
            "NotoSerifCJKkr",
            text,
            30.0 + 2 * size,
            len(text.replace(" ", "")),
            i in spaced,
        )  # fmt: skip
        for i, text in enumerate(texts)
    ]
    return Block(lines)


def test_a_caption_printed_twice_does_not_make_the_story_show_its_spaces() -> None:
    story = [
        _block(BODY * 2, 9.0, 100.0, set()),
        _block(CAPTION, 7.5, 300.0, {0}),
        _block(BODY, 9.0, 340.0, set()),
        _block(CAPTION, 7.5, 440.0, {0}),
        _block(BODY * 2, 9.0, 480.0, set()),
    ]
    assert not shows_spaces(story)


def test_two_line_ends_of_many_do_not_show_the_spaces_but_a_quarter_does() -> None:
    """Typst writes the space at every line broken between words: a third of a Korean
    story's line ends or more; LibreOffice one now and then."""
    assert not shows_spaces([_block(BODY * 5, 9.0, 100.0, {3, 17})])
    assert shows_spaces([_block(BODY * 2, 9.0, 100.0, {1, 4, 8})])
    assert not shows_spaces([_block(BODY[:1], 9.0, 100.0, set())])


def test_a_tenth_of_a_korean_storys_line_ends_shows_the_spaces() -> None:
    """Korean torn at any syllable breaks between words at one line end in four or five,
    and a story's draw can fall to half that (a narrow column, a dozen ends): a story
    with two spaced ends of nineteen shows them; near miss: one of nineteen, a stray
    space, does not."""
    assert shows_spaces([_block((BODY * 4)[:20], 9.0, 100.0, {2, 11})])
    assert not shows_spaces([_block((BODY * 4)[:20], 9.0, 100.0, {11})])


def test_a_story_whose_ends_show_few_spaces_takes_its_pages_word() -> None:
    """A story none of whose line ends holds a space, or one of nineteen (page 78 of
    tests/pdfreal: a short Typst story whose breaks fell inside words but one), says
    nothing against the page's columns, which show the producer's spaces (`page`).
    Near miss: without the page's word, each decides by itself."""
    short = [_block(BODY[:3], 9.0, 100.0, set())]
    assert shows_spaces(short, page=True) and not shows_spaces(short)
    stray = [_block((BODY * 4)[:20], 9.0, 100.0, {7})]
    assert shows_spaces(stray, page=True) and not shows_spaces(stray)
