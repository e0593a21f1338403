"""The page's margins: the front page's masthead (the text ingest's masthead rules
decide), and the running heads and feet (the section label and the page number)."""

from __future__ import annotations

import re
from bisect import bisect_left

from reader.ingest.lines import Line as TextLine
from reader.ingest.running_head import running_head
from reader.model import Masthead
from reader.pdf.blocks import Block
from reader.pdf.captions import under_pictures
from reader.pdf.content import PageContent
from reader.pdf.framing import framing
from reader.pdf.front import read_masthead
from reader.pdf.lines import Line
from reader.pdf.parts import Style

_TOP_BAND = 0.08  # of the page height: the top margin, where a running head stands
_FOOT_BAND = 0.92
_RULE_ZONE = 0.15  # a wide rule this near the top or foot closes the band
_MASTHEAD_ZONE = 0.3
_HEAD_TYPE = 1.25  # of the body's size: a running head's type, below a headline's
# A folio: the page number (a section letter before it, 'A5') opening a line.
_FOLIO = re.compile(r"[A-Z]?\d{1,3}(?:\s|$)")


def masthead_lines(blocks: list[Block], height: float) -> tuple[list[Line], list[Block]]:
    """The front page's masthead lines, found by the text ingest's masthead rules."""
    zone = sorted(
        (b for b in blocks if b.box[3] <= _MASTHEAD_ZONE * height and len(b.lines) <= 3),
        key=lambda b: (b.box[1], b.box[0]),
    )
    lines = [x for b in zone for x in b.lines]
    found = read_masthead([TextLine(x.text, 0) for x in lines[:8]])
    if found is None or _running_head(found.masthead, lines[:8]):
        return [], blocks
    taken = {id(x) for x in lines[: found.lines]}
    rest = []
    for b in blocks:
        kept = [x for x in b.lines if id(x) not in taken]
        if len(kept) == len(b.lines):
            rest.append(b)
        elif kept:
            rest.append(Block(kept))
    return lines[: found.lines], rest


def _running_head(m: Masthead, lines: list[Line]) -> bool:
    """A date with nothing of a paper (name, issue, address, phone) beside a page's
    folio is the running head of an inner page (one read alone), not a masthead's lines:
    it stays the page's band, whose folio dates the edition (front.first_masthead). So is
    a line the text ingest reads as a running head with a section's name beside the date
    ('문화 2026년 12월 8일 화요일', '문화 남해신문 2026년 …') though a paper's name was read
    in it: the name is the page's label; a nameplate never shares the date's line with one."""
    if m.issue or m.url or m.phone:
        return False
    if m.paper:
        return any(_labelled(x.text) for x in lines)
    return any(_FOLIO.match(x.text) for x in lines)


def _labelled(text: str) -> bool:
    """The line reads as a running head that prints a section's label."""
    head = running_head(TextLine(text, 0))
    return head is not None and head.label is not None


def running_bands(
    blocks: list[Block], content: PageContent, style: Style
) -> tuple[list[Block], list[Block]]:
    """Running heads and feet: short blocks in the page's top or bottom margin that
    nothing but rules separates from the edge (above all the page's content, or
    below it, a line's leading or more), or that a wide rule near the edge sets apart.
    A caption under a picture is none."""
    w, h = content.width, content.height

    def small(b: Block) -> bool:
        return len(b.lines) <= 2 and b.size <= 2 * style.size

    body = (
        [b.box for b in blocks if not small(b)]
        + framing(content, blocks)
        + [p.box for p in content.pictures]
    )
    top = min((b[1] for b in body), default=h)
    foot = max((b[3] for b in body), default=0.0)
    wide = [g.box for g in content.graphics if g.kind == "hrule" and g.box[2] - g.box[0] >= w / 2]
    top_rule = min((r[1] for r in wide if r[1] <= _RULE_ZONE * h), default=0.0)
    foot_rules = [r for r in wide if r[3] >= (1 - _RULE_ZONE) * h]
    bands: list[Block] = []
    rest: list[Block] = []
    under = under_pictures(blocks, content.pictures)
    for b in blocks:
        _, y0, _, y1 = b.box
        # A rule under the running head closes it; without one, the top margin does, or
        # a gap of a line's leading or more over the page's content (where it has some)
        # near the top, in type near the body's (a headline's is larger): a small page's
        # margin, as on an archive's scan, is deeper than its share.
        apart_head = bool(body) and y1 <= _RULE_ZONE * h and top - y1 >= style.size
        apart_head = apart_head and b.size <= _HEAD_TYPE * style.size
        margin = y1 <= _TOP_BAND * h or apart_head
        head = y1 <= top + 1 and (y1 <= top_rule + 1 if top_rule else margin)
        # A rule between the page's content and the running foot opens it; without one,
        # the bottom margin does, and a gap wider than a line's leading (a byline at a
        # column's foot sits a line below the text).
        ruled = any(foot - 1 <= r[1] and r[3] <= y0 + 1 for r in foot_rules)
        apart = y0 >= _FOOT_BAND * h and y0 - foot >= style.size
        tail = y0 >= foot - 1 and (ruled or apart)
        band = small(b) and (head or tail) and id(b) not in under
        (bands if band else rest).append(b)
    # A running head stands alone in its margin: a block level with one that is no band
    # (a headline of the page's top row running on past its first text) is a headline.
    tops = sorted(b.box[1] for b in rest)
    level = {id(b) for b in bands if b.box[3] <= top + 1 and _level(b, tops)}
    if not level:
        return bands, rest
    heads = {id(b) for b in bands} - level
    return [b for b in bands if id(b) in heads], [b for b in blocks if id(b) not in heads]


_LEVEL = 0.5  # of a block's size: tops this near stand level, as a row's headlines do


def _level(b: Block, tops: list[float]) -> bool:
    i = bisect_left(tops, b.box[1] - _LEVEL * b.size)
    return i < len(tops) and tops[i] <= b.box[1] + _LEVEL * b.size
