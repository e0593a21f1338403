"""Atoms in reading order -> articles: head by type size, body paragraphs across columns.

A headline-size block starts an article (a second one right under it, before any
body, is its subheadline); a deck-size block before the body is a deck line, and
after a finished paragraph it is the title of the next story (a brief), as is one
outside the article's columns, and so is a short line led by '▲' in another face than the
body's (a rail of briefs). Body blocks are cut into paragraphs by geometry: a
line continues on the next (in the column, or at the top of the next column) when
the next line's first word would not have fit in the room left at its end and the
next line is not indented. A photo's caption waits for the paragraph it
interrupts to end, so it never splits a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.ingest.blocks import marked_headline
from reader.ingest.byline_lines import EMAIL_ONLY, bylines_in
from reader.ingest.bylines import PERSON_LINE
from reader.ingest.repair import SENTENCE_STOP, TERMINAL
from reader.ingest.units import opens_unit
from reader.pdf.blocks import Block
from reader.pdf.content import Box, union
from reader.pdf.lines import Line
from reader.pdf.parts import Atom, Para, Region, Style, body_style
from reader.pdf.setlines import FULL, by_line, heads_column, role_line, set_join, set_right, torn
from reader.pdf.subheads import pull_quote, subhead

_INDENT = 0.5  # a first line starts this far in (in sizes)
_SPACE = 0.5  # a word space, in sizes (fonts set it at 0.25 to 0.5)
# A line that opens with a marker (a list item, a question, an answer, a subhead)
# starts a paragraph, even flush left.
OPENS = re.compile(r"^(?:[-―—–]\s|[△▲◇◆■□●○▶▷•]|Q\s*[.:]|A\s*[.:])")
# A story whose own lines end in the file's space this often (a quarter of its line ends
# or more): the producer writes them (Typst); LibreOffice writes one now and then.
_SHOWN = 0.25


@dataclass
class _Story:
    heads: list[Block] = field(default_factory=list)  # headline-size blocks
    decks: list[Block] = field(default_factory=list)  # deck-size blocks before the body
    flow: list[tuple[str, Atom | Block]] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    body_open: bool = False  # the last body line leaves its paragraph open
    kicker: Block | None = None  # a line over the headline naming its column ('아침 창')
    outline: Box | None = None  # its headline drawn as outlines: it has none to read

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


def article_regions(atoms: list[Atom], style: Style, rules: Sequence[Box] = ()) -> list[Region]:
    """Block and photo atoms, in reading order, as article regions (rules: the page's
    horizontal rules, which set a pull quote off)."""
    stories: list[_Story] = []
    cur: _Story | None = None

    def start() -> _Story:
        story = _Story()
        stories.append(story)
        return story

    for atom in atoms:
        if atom.kind == "panel":  # a cartoon's panel: its title's story goes on
            cur = cur or start()
            cur.flow.append(("panel", atom))
            cur.widen(atom.box)
            continue
        if atom.kind == "table":  # a listing without rules: an item of its own, titled
            cur = start()
            cur.heads += [atom.block] if atom.block is not None else []
            cur.flow.append(("table", atom))
            cur.widen(atom.box)
            continue
        if atom.kind in ("photo", "figure"):
            # photos with nothing but photos before them (a page of photos) stand each
            # with its caption alone
            alone = cur and not (cur.heads or cur.decks) and all(k == "photo" for k, _ in cur.flow)
            cur = start() if cur is None or alone else cur
            cur.flow.append(("photo", atom))
            continue
        if atom.kind == "outline":
            cur = start()
            cur.outline = atom.box
            cur.widen(atom.box)
            continue
        block = atom.block
        assert block is not None
        tier = style.tier(block)
        if (
            tier == "headline"
            and cur is not None
            and pull_quote(cur.heads, cur.has_body, block, rules)
        ):
            cur.flow.append(("pull", block))
        elif tier == "headline":
            if cur is not None and _kicker(cur, block):
                cur.kicker = cur.decks.pop()
            elif not (cur and cur.heads and not cur.flow and not cur.decks):
                cur = start()
            cur.heads.append(block)
        elif tier == "deck":
            if (
                cur is None
                or not cur.within(atom.box)
                or (cur.has_body and _closed(cur) and not subhead(cur.heads, block))
            ):
                cur = start()
                cur.decks.append(block)
            elif not cur.has_body:
                cur.decks.append(block)
            else:
                cur.flow.append(("deck", block))
        elif _brief_title(block, style) and (cur is None or not cur.has_body or _closed(cur)):
            cur = start()
            cur.decks.append(block)
        else:
            if cur is None:
                cur = start()
            cur.flow.append(("body", block))
            cur.body_open = _open_end(block)
        cur.widen(atom.box)
    return [_region(s, style) for s in stories]


def _kicker(story: _Story, head: Block) -> bool:
    """Is the story so far one short line right over this headline, flush with it (a
    column's name set over its headline)? It is the headline's kicker, not a story."""
    if story.heads or story.flow or len(story.decks) != 1 or len(story.decks[0].lines) != 1:
        return False
    line = story.decks[0].lines[0]
    return (
        0 <= head.top - line.bottom <= head.size
        and abs(line.x0 - head.x0) <= head.size
        and line.width < 0.5 * (head.x1 - head.x0)
    )


def _brief_title(block: Block, style: Style) -> bool:
    """'▲ 영춘면 다리 보수 공사로 통행 제한' set bold over its text: a brief's title. In the
    body's own face a '▲' line is an entry of a list, and under a photo a caption."""
    if block.font == style.font or len(block.lines) > 2 or style.tier(block) != "body":
        return False
    return marked_headline(" ".join(x.text for x in block.lines))


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
        if story.kicker is not None:
            paras.append(Para("sub", _all_lines(story.kicker)))
        decks = [b for b in story.heads if b is not heads[0]] + decks
        # a second head, or a first deck line larger than the rest, is the subheadline
        # when it names a person; any other line under the headline is a deck line
        larger = len(decks) > 1 and decks[0].size > 1.04 * max(d.size for d in decks[1:])
        if (
            decks
            and (len(heads) > 1 or larger)
            and PERSON_LINE.match(decks[0].text.replace("\n", " "))
        ):
            paras.append(Para("sub", _all_lines(decks.pop(0))))
    elif decks and story.outline is None:
        paras.append(Para("headline", _all_lines(decks.pop(0))))
    for d in decks:
        paras.extend(_lines(d, "deck"))
    paras.extend(_body(story, style))
    if story.outline is not None:  # placed among the page's stories where its head is
        return Region("article", paras, union([story.outline, *(p.box for p in paras)]))
    return Region("article", paras)


def _all_lines(block: Block) -> list[Line]:
    return list(block.lines)


def _lines(block: Block, role: str) -> list[Para]:
    """A deck: each printed line is one item (display lines are set not to wrap)."""
    return [Para(role, [x]) for x in block.lines]


def _body(story: _Story, style: Style) -> list[Para]:
    blocks = [x for kind, x in story.flow if kind == "body" and isinstance(x, Block)]
    shown = shows_spaces(blocks)
    out: list[Para] = []
    pending: list[Para] = []
    para: Para | None = None
    prev: tuple[Line, float] | None = None  # the last body line and its column's right edge

    def close() -> None:
        nonlocal para
        if para is not None:
            out.append(para)
            para = None
        out.extend(pending)
        pending.clear()

    for kind, x in story.flow:
        if kind == "panel" and isinstance(x, Atom):  # its speech one paragraph
            close()
            speech = x.block.lines if x.block is not None else []
            out += [Para("body", list(speech), joins=[" "] * (len(speech) - 1))] if speech else []
            continue
        if kind == "table" and isinstance(x, Atom):  # a row a paragraph, cells by tabs
            close()
            out.extend(Para("row", cells=row) for row in x.rows)
            continue
        if isinstance(x, Atom) and x.kind == "figure":  # a chart: its rows one caption
            rows = x.captions[0].lines
            photo = [Para("caption", list(rows), joins=[" "] * (len(rows) - 1))]
            photo += [Para("credit", list(c.lines)) for c in x.captions[1:]]
            (pending if para is not None else out).extend(photo)
            continue
        if isinstance(x, Atom):  # a photo and its caption
            photo = [Para("photo", picture=x.picture)]
            photo += _credited([p for c in x.captions for p in paragraphs([c], "caption")])
            (pending if para is not None else out).extend(photo)
            continue
        if kind == "pull":  # a repeated quote: after the paragraph it interrupts, whole
            pulled = Para(
                "body", list(x.lines), joins=[" " if y.spaced else None for y in x.lines[1:]]
            )
            (pending if para is not None else out).append(pulled)
            continue
        if kind == "deck":  # in the body: a subhead, its wrapped lines one line of text
            close()
            prev = None
            out.append(Para("deck", list(x.lines)))
            continue
        left, right = measure(x, blocks, style.columns)
        if para is not None and para.role == "set" and role_line(para.lines[-1], x):
            para.joins.append("\n")  # 'By Aisha Carver' over 'Courier Staff Writer'
            para.lines.append(x.lines[0])
            prev = None
            continue
        for line in x.lines:
            in_set = para is not None and para.role == "set"
            if (
                set_right(line, left, right)
                or (in_set and (EMAIL_ONLY.match(line.text) or bylines_in(line.text)))
                or len(x.lines) == 1
                and by_line(line)
                or heads_column(
                    line,
                    para.lines if para is not None and para.role == "set" else None,
                    para is not None or any(p.role == "body" for p in out),
                )
            ):
                # Lines set flush right (bylines, their emails) stand as printed, together.
                if para and para.role == "body" and torn(para.lines[-1], line, right - left):
                    para.joins.append("")  # the rest of a full line's cut address
                elif para is None or para.role != "set":
                    close()
                    para = Para("set", [])
                elif para.lines:
                    para.joins.append(set_join(para.lines[-1], line, right - left))
                para.lines.append(line)
            elif (
                prev is not None
                and para is not None
                and para.role == "body"
                and continues(prev[0], prev[1], line, left)
            ):
                para.lines.append(line)
                para.joins.append(join(prev[0], prev[1], line, shown))
            else:
                close()
                para = Para("body", [line])
            prev = (line, right)
    close()
    return out


def _credited(captions: list[Para]) -> list[Para]:
    """A caption's last line alone, short and set flush right under its left-set lines
    ('Courier file photo'), is its credit, whatever its words."""
    if len(captions) < 2 or len(captions[-1].lines) != 1:
        return captions
    last, first = captions[-1].lines[0], captions[0].lines[0]
    body = [x for p in captions[:-1] for x in p.lines]
    right = max(x.x1 for x in body)
    if last.x0 > first.x0 + 3 * last.size and abs(last.x1 - right) <= last.size:
        captions[-1].role = "credit"
    return captions


def join(last: Line, right: float, nxt: Line, shown: bool = False) -> str | None:
    """How a line joins the next in its paragraph: a line with room at its end, or the
    file's own space after it, broke at a space; a full one may have cut a word, and the
    vocabulary decides (None), unless the cut is plain to see (`torn`) or the producer
    shows its line ends' spaces (`shown`): then a line without one was cut inside a word."""
    if torn(last, nxt, right - last.x0):
        return ""
    if last.spaced or right - last.x1 >= FULL * last.size:
        return " "
    # A Korean sentence's end: no word runs on past its stop ('있었으니까요.' / '빈 교실').
    if SENTENCE_STOP.search(last.text[-3:]) and "가" <= nxt.text[:1] <= "힣":
        return " "
    return "" if shown else None


def shows_spaces(blocks: list[Block]) -> bool:
    """Does the producer write the space where a line of running text broke between
    words (Typst does, Chromium and LibreOffice do not)? The story's own lines, in its
    body size, decide: a caption or byline among its blocks does not."""
    size = body_style([x for b in blocks for x in b.lines]).size
    ends = [x.spaced for b in blocks for x in b.lines[:-1] if x.size == size]
    return bool(ends) and sum(ends) >= _SHOWN * len(ends)


def measure(block: Block, peers: list[Block], columns: list[Block]) -> tuple[float, float]:
    """The left and right edges of a block's column: its own, widened to a longer
    block's in the same column (a short block, or one in another face, such as the
    bylines set at a column's foot, does not show the column's edges). Without one
    among its peers, the narrowest of the page's body columns that holds it."""
    x0, _, x1, _ = block.box
    best: Block | None = None
    for p in peers:
        if p is block or len(p.lines) < 3 or p.box[0] > x1 or p.box[2] < x0:
            continue
        if best is None or len(p.lines) > len(best.lines):
            best = p
    if best is None:
        slack = block.size
        held = [c for c in columns if c.x0 - slack <= x0 and x1 <= c.x1 + slack]
        best = min(held, key=lambda c: c.x1 - c.x0, default=None)
    if best is None or (len(block.lines) >= 3 and block.font == best.font):
        return x0, x1
    px0, _, px1, _ = best.box
    if px1 - px0 > 1.5 * max(x1 - x0, 1.0) and len(block.lines) < 3 and px0 > x0 + block.size:
        return x0, x1  # a wider block elsewhere is not this block's column
    return min(px0, x0), max(px1, x1)


def continues(last: Line, right: float, nxt: Line, left: float) -> bool:
    """Does `nxt` carry on the paragraph `last` ended a line of? A slash at a line's end
    binds what follows ('.../', '연합뉴스'); else a line that opens a unit of its own
    starts a paragraph."""
    if nxt.x0 - left > _INDENT * nxt.size:
        return False
    if abs(last.size - nxt.size) > 0.06 * max(last.size, nxt.size) or last.font != nxt.font:
        return False
    # Would the next line's first word (and a space) have fit? Then the line ended early.
    if right - last.x1 >= (nxt.word_end - nxt.x0) + _SPACE * nxt.size:
        return False
    if last.text.endswith("/") or not (OPENS.match(nxt.text) or opens_unit(nxt.text)):
        return True
    # A byline broken between its words: '오혜우·박우은' over '선임기자'.
    return not bylines_in(last.text) and bool(bylines_in(f"{last.text} {nxt.text}"))


def paragraphs(blocks: list[Block], role: str) -> list[Para]:
    """The lines of blocks (in order), cut into paragraphs by the same rule (a credit
    line, 'ⓒ 연합뉴스' or '사진=…', starts its own)."""
    out: list[Para] = []
    prev: tuple[Line, float] | None = None
    for b in blocks:
        left, right = measure(b, blocks, [])
        for line in b.lines:
            if prev is not None and out and continues(prev[0], prev[1], line, left):
                out[-1].lines.append(line)
                out[-1].joins.append(join(prev[0], prev[1], line))
            else:
                out.append(Para(role, [line]))
            prev = (line, right)
    return out
