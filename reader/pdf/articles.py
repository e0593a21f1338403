"""Atoms in reading order -> articles: head by type size, body paragraphs across columns.

A headline-size block starts an article (a second one right under it, before any
body, is its subheadline); a deck-size block before the body is a deck line, and
after a finished paragraph it is the title of the next story (a brief), as is one
outside the article's columns, and so is a short line led by '▲' in another face than the
body's (a rail of briefs); a story's first line in another face than its body, right
under its headline, is its deck whatever its size. A story's body blocks, photos, charts,
tables and panels are its flow, read into paragraphs by `storybody.py`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from reader.ingest.blocks import marked_headline
from reader.ingest.byline_lines import bylines_in
from reader.ingest.bylines import PERSON_LINE, is_signature
from reader.ingest.repair import TERMINAL
from reader.pdf.abovehead import columns_above_heads
from reader.pdf.blocks import Block
from reader.pdf.content import Box, union
from reader.pdf.kickers import banded_kicker, on_bands, over
from reader.pdf.lines import Line
from reader.pdf.paragraphs import display_join, shows_spaces
from reader.pdf.parts import Atom, Para, Region, Style
from reader.pdf.photorow import photo_row_first
from reader.pdf.quotemarks import close_quote, marked_quotes
from reader.pdf.setlines import by_line
from reader.pdf.signed import signed_piece_head
from reader.pdf.storybody import body_paras
from reader.pdf.subheads import pull_quote, subhead
from reader.pdf.vertical import standing

_UNDER = 1.5  # sizes: a deck line stands this near under its headline, or nearer


@dataclass
class _Story:
    heads: list[Block] = field(default_factory=list)  # headline-size blocks
    decks: list[Block] = field(default_factory=list)  # deck-size blocks before the body
    flow: list[tuple[str, Atom | Block]] = field(default_factory=list)
    x0: float = 0.0
    x1: float = 0.0
    body_open: bool = False  # the last body line leaves its paragraph open
    signed: bool = False  # its last body line is its writer's: the story ends there
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


def article_regions(
    atoms: list[Atom], style: Style, rules: Sequence[Box] = (), bands: Sequence[Box] = ()
) -> list[Region]:
    """Block and photo atoms, in reading order, as article regions (rules: the page's
    horizontal rules, which set a pull quote off; bands: its shaded boxes, on which a
    kicker is set reversed)."""
    stories: list[_Story] = []
    cur: _Story | None = None
    banded = on_bands([a.block for a in atoms if a.block is not None], bands)
    marks = marked_quotes([a.block for a in atoms])
    used: set[int] = set()  # closing marks a pulled quote took

    def start() -> _Story:
        story = _Story()
        stories.append(story)
        return story

    for atom in atoms:
        if atom.kind in ("panel", "signature"):  # a cartoon's: its title's story goes on
            cur = cur or start()
            cur.flow.append((atom.kind, atom))
            cur.widen(atom.box)
            continue
        if atom.kind == "table" and atom.block is None and cur is not None and cur.within(atom.box):
            cur.flow.append(("table", atom))  # untitled, under a story's text: the story's
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
        if id(block) in used:
            continue
        tier = style.tier(block)
        mark = marks.get(id(block))
        if (
            mark is not None
            and tier in ("headline", "deck")
            and cur is not None
            and pull_quote(cur.heads, cur.has_body, block, rules, marked=True)
        ):
            close_quote(block, mark)
            used.add(id(mark))
            cur.flow.append(("pull", block))
        elif (
            tier == "headline"
            and cur is not None
            and pull_quote(cur.heads, cur.has_body, block, rules)
        ):
            cur.flow.append(("pull", block))
        elif tier == "headline":
            if cur is not None and _kicker(cur, block, banded):
                cur.kicker = cur.decks.pop()
            elif cur is not None and banded_kicker(_last(cur), block, banded):
                label = cur.flow.pop()[1]
                assert isinstance(label, Block)
                cur = start() if cur.heads or cur.decks or cur.flow else cur
                cur.kicker = label
            elif not (cur and cur.heads and not cur.flow and not cur.decks):
                cur = start()
            cur.heads.append(block)
        elif tier == "deck":
            if (
                cur is None
                or not cur.within(atom.box)
                or (cur.has_body and (cur.signed or _closed(cur) and not subhead(cur.heads, block)))
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
        elif (
            cur is not None
            and (cur.signed or _title_alone(cur))
            and signed_piece_head(block, style)
        ):
            cur = start()  # the next letter's head, after the last one's writer
            cur.decks.append(block)
        else:
            if cur is None:
                cur = start()
            cur.flow.append(("body", block))
            cur.body_open = _open_end(block)
            # a byline or a signature at the story's foot ends it: what follows is no
            # subhead of it ('박소율 주부(달내군 달내읍)' under a letter)
            last = block.lines[-1].text
            cur.signed = bool(bylines_in(last)) or is_signature(last)
        cur.widen(atom.box)
    return [_region(s, style) for s in columns_above_heads(stories, style.size)]


def _kicker(story: _Story, head: Block, banded: dict[int, float]) -> bool:
    """Is the story so far one short line right over this headline, flush with it (a
    column's name set over its headline, on a band or not)? It is the headline's kicker,
    not a story."""
    if story.heads or story.flow or len(story.decks) != 1 or len(story.decks[0].lines) != 1:
        return False
    return over(story.decks[0].lines[0], head, banded.get(id(story.decks[0])))


def _last(story: _Story) -> Block | None:
    """The story's last body or deck block in its flow, if that is what it ends with."""
    if not story.flow or story.flow[-1][0] not in ("body", "deck"):
        return None
    last = story.flow[-1][1]
    return last if isinstance(last, Block) else None


def _brief_title(block: Block, style: Style) -> bool:
    """'▲ 영춘면 다리 보수 공사로 통행 제한' set bold over its text: a brief's title. In the
    body's own face a '▲' line is an entry of a list, and under a photo a caption."""
    if block.font == style.font or len(block.lines) > 2 or style.tier(block) != "body":
        return False
    return marked_headline(" ".join(x.text for x in block.lines))


def _title_alone(story: _Story) -> bool:
    """Is the story so far a title in a deck's size and nothing else (a column's over its
    pieces: '독자 투고')?"""
    return not story.heads and not story.flow and len(story.decks) == 1


def _closed(story: _Story) -> bool:
    return not story.body_open


def _open_end(block: Block) -> bool:
    return not TERMINAL.search(block.lines[-1].text)


def _region(story: _Story, style: Style) -> Region:
    paras: list[Para] = []
    heads = sorted(story.heads, key=lambda b: -b.size)
    decks = list(story.decks)
    if heads:
        paras.append(_headline(heads[0], story, style))
        decks = [b for b in story.heads if b is not heads[0]] + decks
        # a column's name set down the story's side, smaller than its headline ('달내
        # 사람들' standing beside it) is its subheadline, as a name set over it is
        tag = story.kicker or next((d for d in decks if standing(d, heads[0])), None)
        if tag is not None:
            paras.append(Para("sub", _all_lines(tag)))
            decks = [d for d in decks if d is not tag]
        # a second head, or a first deck line larger than the rest, is the subheadline
        # when it names a person; any other line under the headline is a deck line
        larger = len(decks) > 1 and decks[0].size > 1.04 * max(d.size for d in decks[1:])
        if (
            decks
            and tag is None
            and (len(heads) > 1 or larger)
            and PERSON_LINE.match(decks[0].text.replace("\n", " "))
        ):
            paras.append(Para("sub", _all_lines(decks.pop(0))))
    elif decks and story.outline is None:
        paras.append(Para("headline", _all_lines(decks.pop(0))))
    for d in decks:
        paras.extend(_lines(d, "deck"))
    flow = photo_row_first(story.flow, style.size)
    # a story headed by one block alone (its headline, or a title in a deck's size that
    # stands as its headline: a framed column's): its first line may be its deck
    alone = story.heads if not story.decks else story.decks if not story.heads else []
    deck = _deck_line(flow, alone[0]) if len(alone) == 1 and story.outline is None else None
    if deck is not None:
        paras.extend(_lines(deck, "deck"))
        flow = flow[1:]
    paras.extend(body_paras(flow, style))
    if story.outline is not None:  # placed among the page's stories where its head is
        return Region("article", paras, union([story.outline, *(p.box for p in paras)]))
    return Region("article", paras)


def _headline(head: Block, story: _Story, style: Style) -> Para:
    """The headline, its lines joined by geometry where the story's body shows how its
    producer writes line ends (paragraphs.display_join)."""
    lines = head.lines
    if len(lines) < 2:
        return Para("headline", list(lines))
    body = [b for kind, b in story.flow if kind == "body" and isinstance(b, Block)]
    shown = bool(body) and shows_spaces(body, style.shown)
    joins = [display_join(a, story.x1, b, shown) for a, b in zip(lines, lines[1:], strict=False)]
    return Para("headline", list(lines), joins=joins)


def _deck_line(flow: list[tuple[str, Atom | Block]], head: Block) -> Block | None:
    """The story's first body block if it is a deck all the same: one line right under its
    headline (within a line of it), in another face than the body that follows and no
    smaller, neither a byline nor a sentence ('흑 김가온 9단 백 나도윤 8단', 9 pt sans over
    8.5 pt serif commentary, is the game's deck). One line in the body's own face, or a
    smaller one (a credit), or one ending a sentence, is the body's."""
    blocks = [b for kind, b in flow if kind == "body" and isinstance(b, Block)]
    if len(blocks) < 2 or flow[0][1] is not blocks[0] or len(blocks[0].lines) != 1:
        return None
    line = blocks[0].lines[0]
    # the body's face: the one most of the blocks after it are set in (not a caption's)
    faces: Counter[tuple[str, float]] = Counter()
    for b in blocks[1:]:
        faces[(b.font, b.size)] += sum(x.chars for x in b.lines)
    font, size = faces.most_common(1)[0][0]
    deck = (
        0 <= line.top - head.bottom <= line.size * _UNDER
        and line.font != font
        and line.size >= size
        and not TERMINAL.search(line.text)
        and not bylines_in(line.text)
        and not by_line(line)
    )
    return blocks[0] if deck else None


def _all_lines(block: Block) -> list[Line]:
    return list(block.lines)


def _lines(block: Block, role: str) -> list[Para]:
    """A deck: each printed line is one item (display lines are set not to wrap)."""
    return [Para(role, [x]) for x in block.lines]
