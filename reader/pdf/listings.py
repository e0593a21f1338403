"""A listings column (a people page's '인사' and '부음', a fortune column): paragraphs in
small type opening with an entry's mark ('▲') or key ('48년생 '), under heads opening with
'■' or '◇', or short lines alone over keyed entries ('쥐띠'). Its entries are no body
text: the page's body style is judged without them."""

from __future__ import annotations

import re

from reader.ingest.listing import LONG_MARK, MARK, MIN_ENTRIES, keyed_entry
from reader.pdf.blocks import Block
from reader.pdf.lines import Line
from reader.pdf.paragraphs import NUMBERED, join, shows_spaces
from reader.pdf.parts import SMALL, Atom, Para, Region, Style

# A block an entry or a list's head opens: '▲기획감사실장 홍지환', '■ 인사', '◇ 달내군'.
LISTED = re.compile(rf"^[{MARK}{LONG_MARK}■□]")


def list_heads(blocks: list[Block]) -> set[int]:
    """The blocks (ids) that head a list of numbered entries: one line, no entry itself,
    right over the next block (within two of its sizes, across it), most of whose lines,
    three or more, are numbered entries (a puzzle's '가로 열쇠' in 8.5 pt bold over '1. 눈으로
    만든 사람' in 7.5 pt; a line in the entries' own type is a line of their block)."""
    return {
        id(a)
        for a, b in zip(blocks, blocks[1:], strict=False)
        if len(a.lines) == 1
        and not NUMBERED.match(a.lines[0].text)
        and _numbered(b)
        and 0 <= b.top - a.bottom <= 2 * a.size
        and b.x0 < a.x1
        and a.x0 < b.x1
    }


def _numbered(b: Block | list[Line]) -> bool:
    lines = b.lines if isinstance(b, Block) else b
    numbered = sum(NUMBERED.match(x.text) is not None for x in lines)
    return numbered >= MIN_ENTRIES and 2 * numbered > len(lines)


Flow = list[tuple[str, Atom | Block]]


def foot_after_lists(flow: Flow) -> Flow:
    """A story's flow with a line set under numbered lists side by side read after the
    last of them, a paragraph of its own ("foot"): the last line of a list's block, no
    entry, lower than the foot of the next list of the flow, which stands level with the
    first at its right ('정답은 다음 주 이 면에 싣습니다.' under a puzzle's clues)."""
    out = list(flow)
    for k, (kind, x) in enumerate(out):
        if kind != "body" or not isinstance(x, Block) or len(x.lines) < 2:
            continue
        *entries, foot = x.lines
        if NUMBERED.match(foot.text) or not _numbered(entries):
            continue
        right = max(e.x1 for e in entries)
        # the next list of the flow, asked alone (a page of lists reads each once)
        beside = next(
            (
                j
                for j in range(k + 1, len(out))
                if out[j][0] == "body" and isinstance(y := out[j][1], Block) and _numbered(y)
            ),
            None,
        )
        if beside is None:
            continue
        last = out[beside][1]
        if (
            isinstance(last, Block)
            and last.x0 >= right
            and abs(last.top - x.top) <= 2 * x.size
            and foot.top > last.bottom
        ):
            out[k] = ("body", Block(entries))
            out.insert(beside + 1, ("foot", Block([foot])))
    return out


def prose(blocks: list[Block]) -> list[Block]:
    """The blocks no list's mark opens, nor keys entry by entry: where the body's type is
    judged. A listings column in small type can hold more characters than the stories
    beside it, and would make the stories' type read as decks."""
    return [b for b in blocks if not LISTED.match(b.lines[0].text) and not _keyed(b)]


def _keyed(b: Block) -> bool:
    """A block of keyed entries, unmarked: most of its lines, three or more, open with a
    time or a birth year ('06:00 HBS 뉴스광장', '48년생 …': a schedule printed channel by
    channel, a fortune column outside a frame) or a number ('1. 눈으로 만든 사람': a
    puzzle's clues); an entry may run on over a second line."""
    keyed = sum(keyed_entry(x.text) or NUMBERED.match(x.text) is not None for x in b.lines)
    return keyed >= MIN_ENTRIES and 2 * keyed > len(b.lines)


_MOSTLY = 2 / 3  # of the region's characters set in small type


def listing_regions(items: list[Region], style: Style) -> list[Region]:
    """Each story that is a listings column read as one: lines in type smaller than the
    body carrying three entry marks or keys ('48년생 ') or more and most of its
    characters, every other line a head opening with '■' or '◇' but its title, and some
    head among them ('■', '◇', or a short line over keyed entries). The title (a bar over
    the column, no mark) is an item of its own; the rest a "listing" region whose
    paragraphs are cut at the marks, keys and heads, column by column, not at the narrow
    column's line ends."""
    out: list[Region] = []
    for r in items:
        lines = _column_lines(r, style)
        if lines is None:
            out.append(r)
            continue
        head = r.paras[0]
        if head.role == "headline" and not LISTED.match(head.lines[0].text):
            out.append(Region("article", [head]))
            lines = [x for x in lines if x not in head.lines]
        out.append(Region("listing", _cut(lines)))
    return out


def _column_lines(r: Region, style: Style) -> list[Line] | None:
    if r.kind != "article" or any(p.role not in _TEXT for p in r.paras):
        return None
    lines = [x for p in r.paras for x in p.lines]
    small = [x for x in lines if x.size < SMALL * style.size]
    marks = sum(x.text.count(m) for x in small for m in MARK)
    if marks + sum(keyed_entry(x.text) for x in small) < MIN_ENTRIES:
        return None
    if sum(x.chars for x in small) < _MOSTLY * sum(x.chars for x in lines):
        return None
    others = [x for x in lines if x.size >= SMALL * style.size]
    title = r.paras[0].lines if r.paras[0].role == "headline" else []
    if any(not LISTED.match(x.text) and x not in title for x in others):
        return None  # a story's own lines among them: a story with a list in it
    rest = [x for x in lines if x not in title]
    if not any(_HEAD.match(x.text) for x in lines) and not _key_heads(rest):
        return None  # entries under a title alone (an index box's): a story's list
    return lines


_KEY_HEAD = 12  # characters: a fortune column's sign ('원숭이띠'), a channel's name


def _key_heads(lines: list[Line]) -> set[int]:
    """The lines (by id) that head keyed entries: a short line, no entry and no sentence,
    right over a line that opens with an entry's key ('쥐띠' over '48년생 …')."""
    return {
        id(x)
        for x, nxt in zip(lines, lines[1:], strict=False)
        if keyed_entry(nxt.text) and not keyed_entry(x.text)
        and len(x.text) <= _KEY_HEAD and not x.text.endswith(".")
    }  # fmt: skip


_HEAD = re.compile(rf"^[■□{LONG_MARK}]")


_TEXT = frozenset({"headline", "deck", "sub", "body", "set"})


def _cut(lines: list[Line]) -> list[Para]:
    """The column's lines in reading order (its narrow columns left to right, each from
    the top), a paragraph starting where a line opens with a mark or a key, heads keyed
    entries, or changes size."""
    out: list[Para] = []
    for column in _columns(lines):
        right = max(x.x1 for x in column)
        shown = shows_spaces([Block(column)])
        prev: Line | None = None
        ordered = sorted(column, key=lambda x: x.top)
        heads = _key_heads(ordered)
        for x in ordered:
            apart = LISTED.match(x.text) or keyed_entry(x.text) or id(x) in heads
            if (
                prev is None
                or apart
                or id(prev) in heads
                or abs(x.size - prev.size) > 0.06 * x.size
            ):
                out.append(Para("body", [x]))
            else:
                out[-1].lines.append(x)
                out[-1].joins.append(join(prev, right, x, shown))
            prev = x
    return out


def _columns(lines: list[Line]) -> list[list[Line]]:
    """Lines side by side apart: from the left, a line joins the column it overlaps."""
    columns: list[list[Line]] = []
    edge = float("-inf")
    for x in sorted(lines, key=lambda x: x.x0):
        if x.x0 < edge and columns:
            columns[-1].append(x)
            edge = max(edge, x.x1)
        else:
            columns.append([x])
            edge = x.x1
    return columns
