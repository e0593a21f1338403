"""A story's flow -> its body's paragraphs: body blocks cut into paragraphs by geometry
(`paragraphs.py`), lines set as printed (`setlines.py`) kept apart; a photo's caption, a
chart's, and a pulled quote wait for the paragraph they interrupt to end, so none splits
a sentence, and a box the text flows round (`wraps.py`) for the paragraph running past it;
a subhead, a table's rows and a cartoon panel's speech stand where they are."""

from __future__ import annotations

from reader.ingest.byline_lines import EMAIL_ONLY, bylines_in
from reader.ingest.credits import PHOTO_CREDIT
from reader.pdf.blocks import Block
from reader.pdf.columntops import opens_at_top
from reader.pdf.gathered import gather_captions
from reader.pdf.lines import Line
from reader.pdf.listings import foot_after_lists, list_heads
from reader.pdf.namecaptions import name_caption
from reader.pdf.notes import mark_notes
from reader.pdf.paragraphs import (
    continues,
    join,
    long_peers,
    measure,
    paragraphs,
    shows_spaces,
    spaced_openings,
)
from reader.pdf.parts import Atom, Para, Style
from reader.pdf.resumed import resumes
from reader.pdf.setlines import by_line, heads_column, role_line, set_join, set_right, torn
from reader.pdf.turned import set_down
from reader.pdf.wraps import wraps


def body_paras(flow: list[tuple[str, Atom | Block]], style: Style) -> list[Para]:
    """A story's flow (its body blocks, photos, charts, tables, panels, pulled quotes and
    subheads in reading order) as its body's paragraphs."""
    flow = foot_after_lists(flow)  # a puzzle's note under its clue lists side by side
    blocks = [x for kind, x in flow if kind == "body" and isinstance(x, Block)]
    shown = shows_spaces(blocks, style.shown)
    heads = list_heads(blocks)  # a puzzle's '가로 열쇠' over its numbered clues
    # a quote, photo or chart the text flows round: read once the last line beside it in the
    # first column that flows round it is (so after the paragraph running past it)
    boxed = [n for n, (kind, x) in enumerate(flow) if kind in ("pull", "deck", "photo")]
    wrap = wraps(blocks, [flow[n][1].box for n in boxed])
    after = {line: flow[boxed[k]] for k, line in wrap.read_at.items()}
    moved = {id(item) for item in after.values()}
    peers = long_peers(blocks)
    out: list[Para] = []
    pending: list[Para] = []
    para: Para | None = None
    prev: tuple[Line, float] | None = None  # the last body line and its column's right edge
    above: Block | None = None  # the block of that line
    cut: Line | None = None  # the line a box waiting for its paragraph's end was read after

    def close() -> None:
        nonlocal para
        if para is not None:
            out.append(para)
            para = None
        out.extend(pending)
        pending.clear()

    for item in flow:
        if id(item) in moved:
            continue
        kind, x = item
        if kind == "panel" and isinstance(x, Atom):  # its speech one paragraph
            close()
            said = x.block
            speech = said.lines if said is not None else []
            if said is not None and len(speech) > 1 and PHOTO_CREDIT.match(speech[-1].text):
                # a caption printed on its photo, its credit on a line of its own: parted
                # as a caption under a photo is
                out += photo_captions([said])
                continue
            out += [Para("body", list(speech), joins=[" "] * (len(speech) - 1))] if speech else []
            continue
        if kind == "signature" and isinstance(x, Atom) and x.block is not None:
            # the cartoonist's name, a mug shot's: its byline (cartoons.signatures,
            # mugshots.py), after the paragraph a boxed column's shot interrupts
            (pending if para is not None else out).append(Para("byline", list(x.block.lines)))
            continue
        if kind == "table" and isinstance(x, Atom):  # a row a paragraph, cells by tabs
            close()
            out.extend(Para("row", cells=row) for row in x.rows)
            continue
        if isinstance(x, Atom) or kind == "pull":  # after the paragraph it interrupts
            (pending if para is not None else out).extend(_boxed(x))
            cut = prev[0] if para is not None and prev is not None else None
            continue
        if kind == "foot" and isinstance(x, Block):  # under lists side by side
            close()
            prev = None
            out.append(Para("body", list(x.lines)))
            continue
        if id(x) in heads and isinstance(x, Block):
            close()
            prev = None
            out.append(Para("subhead", list(x.lines)))
            continue
        if kind == "deck":  # in the body: a subhead, its wrapped lines one line of text
            close()
            prev = None
            out.append(Para("deck", list(x.lines)))
            continue
        col = measure(x, peers, style.columns)
        opened = spaced_openings(x.lines)
        if para is not None and para.role == "set" and role_line(para.lines[-1], x):
            para.joins.append("\n")  # 'By Aisha Carver' over 'Courier Staff Writer'
            para.lines.append(x.lines[0])
            prev = None
            continue
        for line in x.lines:
            left, right = wrap.edges(line, *col)
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
                and id(line) not in opened
                and (
                    continues(prev[0], prev[1], line, left)
                    and not opens_at_top(line, x, above)
                    or cut is prev[0]
                    and resumes(para.lines[0], prev[0], line, left)
                )
            ):
                para.lines.append(line)
                # a line set to a curve is a frame of its own (a producer that shows its
                # spaces at line ends writes none there): the vocabulary decides
                curved = id(prev[0]) in wrap.curved
                para.joins.append(join(prev[0], prev[1], line, shown and not curved))
            else:
                close()
                para = Para("body", [line])
            prev, above = (line, right), x
            if id(line) in after:
                (pending if para is not None else out).extend(_boxed(after[id(line)][1]))
    close()
    mark_notes(out, style.size)
    gather_captions(out, style.size)
    return out


def _boxed(x: Atom | Block) -> list[Para]:
    """A photo with its label and captions, a chart's type, or a quote (pulled, or one the
    text flows round) as a paragraph, whole."""
    if isinstance(x, Atom) and x.kind == "figure":  # no picture: its rows are its caption
        return figure_paras(x)
    if isinstance(x, Block):
        joins: list[str | None] = [" " if y.spaced else None for y in x.lines[1:]]
        return [Para("quote", list(x.lines), joins=joins)]
    photo = [Para("photo", picture=x.picture)]
    photo += [Para("label", list(x.label.lines))] if x.label is not None else []
    named = name_caption(x.picture.box, x.captions) if x.picture is not None else None
    return photo + ([named] if named is not None else photo_captions(x.captions))


def photo_captions(captions: list[Block]) -> list[Para]:
    """A photo's caption blocks as a story reads them: cut into paragraphs (a credit line,
    '사진=…', its own), a last line set apart its credit."""
    return _credited([p for c in captions for p in paragraphs([c], "caption")])


def _credited(captions: list[Para]) -> list[Para]:
    """A caption's last line alone, short and set flush right under its left-set lines
    ('Courier file photo'), or set down the photo's side, is its credit, whatever its
    words."""
    if captions and len(captions[-1].lines) == 1 and set_down(captions[-1].lines[0]):
        captions[-1].role = "credit"
        return captions
    if len(captions) < 2 or len(captions[-1].lines) != 1:
        return captions
    last, first = captions[-1].lines[0], captions[0].lines[0]
    body = [x for p in captions[:-1] for x in p.lines]
    right = max(x.x1 for x in body)
    if last.x0 > first.x0 + 3 * last.size and abs(last.x1 - right) <= last.size:
        captions[-1].role = "credit"
    return captions


def figure_paras(figure: Atom) -> list[Para]:
    """A chart's or a board's type: its rows one caption, its source a credit."""
    rows = figure.captions[0].lines
    paras = [Para("caption", list(rows), joins=[" "] * (len(rows) - 1))]
    return paras + [Para("credit", list(c.lines)) for c in figure.captions[1:]]
