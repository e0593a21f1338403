"""Atoms in reading order -> articles: head by type size, body paragraphs across columns.

A headline-size block starts an article (a second one right under it, before any
body, is its subheadline); a deck-size block before the body is a deck line, and
after a finished paragraph it is the title of the next story (a brief), as is one
outside the article's columns. Body blocks are cut into paragraphs by geometry: a
line continues on the next (in the column, or at the top of the next column) when
the next line's first word would not have fit in the room left at its end and the
next line is not indented. A photo's caption waits for the paragraph it
interrupts to end, so it never splits a sentence.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block
from reader.pdf.lines import Line
from reader.pdf.parts import Atom, Para, Region, Style

_INDENT = 0.5  # a first line starts this far in (in sizes)
_SPACE = 0.25


@dataclass
class _Story:
    heads: list[Block] = field(default_factory=list)  # headline-size blocks
    decks: list[Block] = field(default_factory=list)  # deck-size blocks before the body
    flow: list[tuple[str, Atom | Block]] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    body_open: bool = False  # the last body line leaves its paragraph open

    def widen(self, box: tuple[float, float, float, float]) -> None:
        if not self.heads and not self.decks and not self.flow:
            self.x0, self.x1 = box[0], box[2]
        else:
            self.x0, self.x1 = min(self.x0, box[0]), max(self.x1, box[2])

    def within(self, box: tuple[float, float, float, float]) -> bool:
        mid = (box[0] + box[2]) / 2
        return self.x0 - 2 <= mid <= self.x1 + 2

    @property
    def has_body(self) -> bool:
        return any(kind == "body" for kind, _ in self.flow)


def article_regions(atoms: list[Atom], style: Style) -> list[Region]:
    """Block and photo atoms, in reading order, as article regions."""
    stories: list[_Story] = []
    cur: _Story | None = None

    def start() -> _Story:
        story = _Story()
        stories.append(story)
        return story

    for atom in atoms:
        if atom.kind == "photo":
            cur = cur or start()
            cur.flow.append(("photo", atom))
            continue
        block = atom.block
        assert block is not None
        tier = style.tier(block)
        if tier == "headline":
            if not (cur and cur.heads and not cur.flow and not cur.decks):
                cur = start()
            cur.heads.append(block)
        elif tier == "deck":
            if cur is None or not cur.within(atom.box) or (cur.has_body and _closed(cur)):
                cur = start()
                cur.decks.append(block)
            elif not cur.has_body:
                cur.decks.append(block)
            else:
                cur.flow.append(("deck", block))
        else:
            if cur is None:
                cur = start()
            cur.flow.append(("body", block))
            cur.body_open = _open_end(block)
        cur.widen(atom.box)
    return [_region(s, style) for s in stories]


def _closed(story: _Story) -> bool:
    return not story.body_open


def _open_end(block: Block) -> bool:
    return not TERMINAL.search(block.lines[-1].text)


def _region(story: _Story, style: Style) -> Region:
    paras: list[Para] = []
    heads = sorted(story.heads, key=lambda b: -b.size)
    decks = list(story.decks)
    if heads:
        paras.append(Para("headline", _all_lines(heads[0])))
        subs = [b for b in story.heads if b is not heads[0]]
        if subs:
            paras.append(Para("sub", _all_lines(subs[0])))
            decks = subs[1:] + decks
        elif len(decks) > 1 and decks[0].size > 1.04 * max(d.size for d in decks[1:]):
            paras.append(Para("sub", _all_lines(decks.pop(0))))
    elif decks:
        paras.append(Para("headline", _all_lines(decks.pop(0))))
    for d in decks:
        paras.extend(Para("deck", lines) for lines in paragraphs([d]))
    paras.extend(_body(story, style))
    return Region("article", paras)


def _all_lines(block: Block) -> list[Line]:
    return list(block.lines)


def _body(story: _Story, style: Style) -> list[Para]:
    blocks = [x for kind, x in story.flow if kind == "body" and isinstance(x, Block)]
    out: list[Para] = []
    pending: list[Para] = []
    open_lines: list[Line] = []
    prev: tuple[Line, float] | None = None  # the last body line and its column's right edge

    def close() -> None:
        nonlocal open_lines
        if open_lines:
            out.append(Para("body", open_lines))
            open_lines = []
        out.extend(pending)
        pending.clear()

    for kind, x in story.flow:
        if isinstance(x, Atom):  # a photo and its caption
            photo = [Para("photo", picture=x.picture)]
            photo += [Para("caption", lines) for c in x.captions for lines in paragraphs([c])]
            (pending if open_lines else out).extend(photo)
            continue
        if kind == "deck":
            close()
            prev = None
            out.extend(Para("deck", lines) for lines in paragraphs([x]))
            continue
        left, right = measure(x, blocks)
        for line in x.lines:
            if prev is not None and open_lines and continues(prev[0], prev[1], line, left):
                open_lines.append(line)
            else:
                close()
                open_lines = [line]
            prev = (line, right)
    close()
    return out


def measure(block: Block, peers: list[Block]) -> tuple[float, float]:
    """The left and right edges of a block's column. A short block borrows them from
    a longer block of the same column and style."""
    x0, _, x1, _ = block.box
    if len(block.lines) >= 3:
        return x0, x1
    unit = block.size
    for p in peers:
        if p is block or len(p.lines) < 3 or p.font != block.font:
            continue
        px0, _, px1, _ = p.box
        if abs(px0 - x0) <= 1.5 * unit and px1 >= x1 - 1:
            return min(px0, x0), px1
    return x0, x1


def continues(last: Line, right: float, nxt: Line, left: float) -> bool:
    """Does `nxt` carry on the paragraph `last` ended a line of?"""
    if nxt.x0 - left > _INDENT * nxt.size:
        return False
    if abs(last.size - nxt.size) > 0.06 * max(last.size, nxt.size) or last.font != nxt.font:
        return False
    room = right - last.x1
    need = (nxt.word_end - nxt.x0) + _SPACE * nxt.size
    if room >= need:
        return False  # its first word would have fit: the line above ended its paragraph
    return not (room >= nxt.size and TERMINAL.search(last.text))


def paragraphs(blocks: list[Block]) -> list[list[Line]]:
    """The lines of blocks (in order), cut into paragraphs by the same rule."""
    out: list[list[Line]] = []
    prev: tuple[Line, float] | None = None
    for b in blocks:
        left, right = measure(b, blocks)
        for line in b.lines:
            if prev is not None and out and continues(prev[0], prev[1], line, left):
                out[-1].append(line)
            else:
                out.append([line])
            prev = (line, right)
    return out
