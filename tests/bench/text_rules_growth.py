"""How the text ingest's rules of round forty-three and later grow: each pass on n and 4n.

Run: python -m tests.bench.text_rules_growth. Prints figures; asserts nothing.

A head broken short over wrapped text (blocks.split_blocks, head_blocks), its English
forms (segment's headline_breaks, en_heads.head_tight_over_prose and head_over_byline), a
notice's contact line (brief_blocks.contact_end) and a letter's or a notice's foot (the
unit passes: letters.caps_signatures, closings.office_signature): each pass alone on
made-up input of n and 4n blocks, lines or letters (the least of a few runs, CPU time, the
ingest's caches emptied before each). Linear work takes about four times as long at 4n,
quadratic sixteen; a pass that asks a cached question of more than 8,192 lines (the caches'
size) asks it again, so a little more.
Figures: docs/ingest-conventions.md, "Review of round forty-three".
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from reader.ingest.apart_scenes import scene_apart
from reader.ingest.blocks import split_blocks
from reader.ingest.brief_blocks import contact_end
from reader.ingest.en_heads import head_over_byline, head_tight_over_prose
from reader.ingest.items import split_groups
from reader.ingest.lines import Para
from reader.ingest.pieces import Piece
from reader.ingest.repair import Chunk, Vocabulary, join_lines
from reader.ingest.segment import pages
from reader.ingest.spaced_runs import spaced_runs_on
from reader.ingest.units import Unit, to_units
from tests.bench.growth_table import print_growth
from tests.ingest.test_repair_chunk import lines_of
from tests.ingest.test_signed_feet import TORN
from tests.ingest.test_tight_columns import PAGE

RUNS = 3


def _paras(text: str) -> list[Para]:
    return pages(text)[0].paras


def heads_over_blocks(n: int) -> Callable[[], object]:
    """n stories set as one block each, a head broken short over wrapped text."""
    paras = _paras(
        "단지 소식\n\n"
        + "\n\n".join(
            f"강변 산책로 조명 {i}\n누리시는 강변 산책로 3㎞ 구간에 조명 {i}개를 새로 달고 밤\n"
            "11시까지 켠다고 밝혔다. 시는 비상벨도 달았다."
            for i in range(n)
        )
    )
    return lambda: split_blocks(paras)


def head_over_lines(n: int) -> Callable[[], object]:
    """One head over a block of n wrapped lines (each line's width read)."""
    lines = "\n".join(f"누리시는 강변 산책로 3㎞ 구간에 조명 {i}개를 새로 달고" for i in range(n))
    paras = _paras(f"단지 소식\n\n강변 산책로 야간 조명 켠다\n{lines}\n밝혔다.\n")
    return lambda: split_blocks(paras)


def english_heads(n: int) -> Callable[[], object]:
    """n English heads over wrapped text, cut from it as the page is segmented."""
    text = "NEWS IN BRIEF\n\n" + "\n\n".join(
        f"Rink gets lights {i}\nThe recreation board has asked the council for money {i}\n"
        "to put lights on the outdoor rink behind the school,\nso families can skate."
        for i in range(n)
    )
    return lambda: pages(text)


def english_items(n: int) -> Callable[[], object]:
    """n sentence-case heads set tight over their prose, each asked whether it opens an
    item and whether a byline set apart heads it."""
    paras = _paras(
        "NEWS IN BRIEF\n\n"
        + "\n\n".join(
            f"Library fines scrapped {i}\nThe libraries will stop charging late fees, the"
            f" board said on day {i}."
            for i in range(n)
        )
    )
    ks = range(1, len(paras) - 1)
    return lambda: [head_tight_over_prose(paras, k) or head_over_byline(paras, k) for k in ks]


def contact_lines(n: int) -> Callable[[], object]:
    """n notices' contact lines, and one line of 100 n characters ending on a phone."""
    lines = [f"문의 누리시 공원과 061-000-{i % 10000:04d}" for i in range(n)]
    lines.append("가" * (100 * n) + " 061-000-1234")
    return lambda: [contact_end(t) for t in lines]


def letters_closed(n: int) -> Callable[[], object]:
    """n letters, each closed ('Yours truly,') over its writer's name in capitals."""
    paras = _paras(
        "LETTERS TO THE EDITOR.\n\n"
        + "\n\n".join(
            f"Sir,—The road {i} wants mending before the winter.\nYours truly,\nJOHN T. MARSH."
            for i in range(n)
        )
    )
    return lambda: to_units(paras)


def one_line_paragraphs(n: int) -> Callable[[], object]:
    """n short paragraphs of one line each: every one is asked whether it signs a letter."""
    paras = _paras("\n\n".join(f"짧은 줄 {i}" for i in range(n)))
    return lambda: to_units(paras)


def officers_signing(n: int) -> Callable[[], object]:
    """n notices, each signed by its officer ('CHAS. H. DEAN, Secretary.')."""
    paras = _paras(
        "NOTICES.\n\n"
        + "\n\n".join(
            f"The society meets on Tuesday {i}.\nCHAS. H. DEAN, Secretary." for i in range(n)
        )
    )
    return lambda: to_units(paras)


def justified_column(n: int) -> Callable[[], object]:
    """One block of n paragraphs set tight in a justified column of 20 cells, each ending
    on a short line (round forty-six: each line's width against the column's)."""
    para = "누리시는 올해 골목\n상권 예산을 늘렸다.\n청년 상인의 임대료도\n돕기로 했다.\n"
    paras = _paras("단지 소식\n\n" + para * n)
    return lambda: split_blocks(paras)


def tight_joins(n: int) -> Callable[[], object]:
    """One paragraph of 4n lines at a justified column's width, each torn mid-word (joins in
    Korean columns set tight: each line's last syllable read against the next line's)."""
    texts = [
        "누리시는 올해 골목 상",
        "권 예산을 두 배로 늘",
        "려 청년 상인의 임대료",
        "를 돕기로 했다고 밝혀",
    ]
    lines = lines_of(texts * n)
    vocab = Vocabulary("\n".join(texts))
    return lambda: join_lines(lines, vocab)


def column_heads(n: int) -> Callable[[], object]:
    """n signed stories, each a head and deck set tight over a justified column of 20
    cells (round forty-seven: the head's lines read against the column's width)."""
    story = (
        "누리시, 예산 두 배로\n석 달마다 점검\n누리시는 올해 골목\n상권 예산을 늘렸다.\n"
        "청년 상인의 임대료도\n돕기로 했다. 시는 석\n달마다 점검한다.\n김누리 기자\n"
    )
    paras = _paras("단지 소식\n\n" + "\n".join([story] * n))
    return lambda: split_blocks(paras)


def wrapped_captions(n: int) -> Callable[[], object]:
    """n stories set tight, each with a caption wrapped over two lines and its credit under
    its last sentence (round forty-eight: the lines after the sentence read as a caption),
    and one story of n lines over one credit."""
    story = (
        "누리시는 골목 예산을 늘렸다.\n3일 상인들이 새로 단장한 골목 정원을\n"
        "안내하고 있다. /한누리 기자\n"
    )
    tall = "누리시는 올해 골목\n" * n + "안내하고 있다. /한누리 기자\n"
    paras = _paras("단지 소식\n\n" + story * n + "\n" + tall)
    return lambda: to_units(paras)


def cut_captions(n: int) -> Callable[[], object]:
    """n stories a line a unit, each with a caption wrapped over two lines over its credit
    line, and one run of n lines over one credit (round fifty-seven: each credit reads no
    more than a caption's lines above it)."""
    story = "누리시는 골목 예산을 늘렸다.\n3일 상인들이 새로 단장한 골목 정원을\n안내하고 있다.\n"
    tall = "누리시는 올해 골목\n" * n
    text = (story + "사진=누리시 제공\n") * n + tall + "사진=누리시 제공\n"
    paras = [Para([line]) for p in _paras(text) for line in p.lines]
    return lambda: to_units(paras)


def portrait_captions(n: int) -> Callable[[], object]:
    """n portraits' captions in capitals over '—Photo by NAME.', a line a unit, each over the
    story set tight under it, and one run of n lines over one credit (round fifty-eight: each
    credit reads no more than a caption's lines above it)."""
    story = "MRS. JOHN HALE,\nWho Before Her Marriage Was\nMiss Ada Price.\n—Photo by Marsh.\n"
    story += "The marriage took place at noon.\n"
    tall = "the wedding party went on to the\n" * n
    text = story * n + tall + "—Photo by Marsh.\n"
    paras = [Para([line]) for p in _paras(text) for line in p.lines]
    return lambda: to_units(paras)


def scenes_apart(n: int) -> Callable[[], object]:
    """A story of n paragraphs of two sentences set apart, one scene sentence among them
    (round sixty: each piece asked once whether it tells a scene, the one found read in
    place)."""
    more = "상인들은 유동 인구가 늘었다고 말했다. 시는 내년에도 사업을 이어갈 계획이다."
    texts = [more] * n
    texts[n // 2] = "누리시 상인들이 새로 단 간판을 살펴보고 있다."
    pieces = [
        Piece("text", Chunk(x.text, [(x.start, x.end)]), Unit("text", [x], 0, 1))
        for p in _paras("\n\n".join(texts))
        for x in p.lines
    ]
    return lambda: scene_apart(pieces)


def tight_columns(n: int) -> Callable[[], object]:
    """A page with no blank line of n times test_tight_columns's stories and briefs set in
    justified columns (round fifty-two: each line's width read against the page's
    measures and its near lines)."""
    text = PAGE + PAGE.split("\n", 1)[1] * (n - 1)
    return lambda: pages(text)


def signed_feet(n: int) -> Callable[[], object]:
    """A page of n times test_signed_feet's torn lines, and one story of 4n torn lines, each
    paragraph's first line asked whether the story runs on to its byline (round fifty-four:
    the page's bylines read once, each story's lines no further than its reach)."""
    long_story = TORN.split("김바다", 1)[0].split("\n", 2)[2] * n
    text = TORN * n + "긴 이야기\n" + long_story + "김바다 기자\n"
    pt = pages(text)[0]
    return lambda: split_groups(pt.paras, pt.dense)


def spaced_lines(n: int) -> Callable[[], object]:
    """A page of n extracted lines a paragraph each, every line ending in the producer's
    space (round fifty-three: each run on into one paragraph, its end read in the text)."""
    text = "".join(f"누리시는 강변 산책로 3㎞ 구간에 조명 {i}개를 \n" for i in range(n))
    paras = [Para([line]) for p in _paras(text) for line in p.lines]
    vocab = Vocabulary(text)
    return lambda: spaced_runs_on(paras, vocab)


SHAPES: dict[str, tuple[Callable[[int], Callable[[], object]], int]] = {
    "Korean heads over wrapped blocks": (heads_over_blocks, 1250),
    "a head over n wrapped lines": (head_over_lines, 5000),
    "English heads over wrapped text": (english_heads, 1250),
    "English heads tight over prose": (english_items, 1250),
    "contact lines, one very long": (contact_lines, 1000),
    "letters with a close": (letters_closed, 2500),
    "one-line paragraphs": (one_line_paragraphs, 5000),
    "notices signed by an officer": (officers_signing, 2500),
    "a justified column set tight": (justified_column, 1250),
    "joins in a column set tight": (tight_joins, 1250),
    "heads over justified columns": (column_heads, 1250),
    "captions wrapped over their column": (wrapped_captions, 1250),
    "captions cut a line a unit": (cut_captions, 1250),
    "captions in capitals over their credits": (portrait_captions, 1250),
    "scene sentences set apart in a story": (scenes_apart, 5000),
    "a page set tight in columns": (tight_columns, 250),
    "torn lines signed at their feet": (signed_feet, 250),
    "extracted lines ending in their space": (spaced_lines, 5000),
}


def _cold() -> None:
    """Empty the ingest's caches of lines read, so no run finds the last run's lines."""
    for name, module in list(sys.modules.items()):
        if name.startswith("reader."):
            for value in vars(module).values():
                if callable(clear := getattr(value, "cache_clear", None)):
                    clear()


def main() -> int:
    return print_growth(SHAPES, RUNS, before=_cold)


if __name__ == "__main__":
    raise SystemExit(main())
