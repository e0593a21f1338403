"""A framed or shaded region: an ad (its own typography, tables, contacts), or a
boxed article when it reads as prose, or when it is the paper's own box: an index of its
pages ('▷ 새해 예산 5,800억 확정 3면'), or figures with their source ('자료=기상청', a weather
box), unless it gives a number to call or an address to visit, as only an advertiser does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reader.ingest.ad import URL, has_phone
from reader.pdf.articles import article_regions
from reader.pdf.blocks import Block
from reader.pdf.boards import board_figures
from reader.pdf.centredrows import centred_table
from reader.pdf.charts import SOURCE
from reader.pdf.content import Box
from reader.pdf.gridless import gridless_table
from reader.pdf.lines import Line
from reader.pdf.notices import notice
from reader.pdf.order import xy_order
from reader.pdf.parts import Atom, Para, Region, Style, body_style
from reader.pdf.storybody import figure_paras
from reader.pdf.tables import aligned_table, ruled_table

_SENTENCE = re.compile(r"다\.(?=\s|$|['\"’”])")
_PROSE = 3  # sentences: a frame with fewer, or with a table, is an ad
_TITLE = 1.35  # an ad's title type, to the size of its text (a headline's tier)
# an index's entry: a page's number with '면' opening it (after a mark) or ending it
PAGE_REF = re.compile(r"^[◇◆▷▶○■●·]?\s?[A-Z]?\d{1,2}면\s|\s[A-Z]?\d{1,2}면$")
_ENTRIES = 2  # index entries: one alone may be an ad's 'see page 3'


def frame_regions(frame: Atom, style: Style, bands: Sequence[Box] = ()) -> list[Region]:
    """The frame's regions (bands: the shaded boxes inside it; a boxed story's title bar,
    on which its kicker is set reversed, is one)."""
    inner = board_figures(frame.inner, frame.rules, style.size)  # a 바둑 column's board
    blocks = [a.block for a in inner if a.block is not None]
    lines = [x for b in blocks for x in b.lines]
    found = ruled_table(lines, frame.rules, frame.box) or aligned_table(lines)
    sentences = sum(len(_SENTENCE.findall(x.text)) for x in lines)
    if found is None and sentences >= _PROSE:
        return article_regions(xy_order(inner, _box), style, bands=bands)
    if found is None and (paragraph := notice(blocks, _TITLE)) is not None:  # in its own type
        return article_regions(xy_order(inner, _box), body_style(paragraph.lines))
    if _own(lines):  # a box of the paper's own: read as its stories are
        # cells centred in rows, no rule or edge lining them up (a rate strip)
        centred, blocks = centred_table(blocks) if found is None else ([], blocks)
        listed, free = gridless_table(blocks, style.size)
        atoms = [a for a in inner if a.block is None] + centred + listed
        atoms += [Atom("block", b.box, block=b) for b in free]
        return article_regions(xy_order(atoms, _box), style)
    atoms = list(inner)  # a board's figure among them: its lines left the blocks
    if found is not None:
        rows, area = found
        taken = {id(x) for row in rows for cell in row for x in cell}
        atoms = [a for a in atoms if a.block is None] + [
            Atom("block", _bbox(rest), block=Block(rest))
            for b in blocks
            if (rest := [x for x in b.lines if id(x) not in taken])
        ]
        atoms.append(Atom("table", area, rows=rows))
    paras: list[Para] = []
    text = body_style(lines)
    text_size, text_font = text.size, text.font
    for atom in xy_order(atoms, _box):
        if atom.kind == "table":
            paras.extend(
                Para("row", cells=row, gap=0 if i else 1) for i, row in enumerate(atom.rows)
            )
        elif atom.kind == "photo":
            paras.append(Para("photo", picture=atom.picture))
            # its mark and captions keep their roles: a sidebar moved into a story
            # (sidebars.py) reads them as a photo's; an ad reads them as text
            if atom.label is not None:
                paras.append(Para("label", list(atom.label.lines)))
            paras.extend(Para("caption", list(c.lines)) for c in atom.captions)
        elif atom.kind == "figure":  # a board (boards.py): its numbers one caption
            paras.extend(figure_paras(atom))
        elif atom.block is not None:
            # A title set in display type over two lines or more ('Harbor Lane Winter' /
            # 'Market') is one line of text, joined as a headline's lines are.
            big = len(atom.block.lines) > 1 and atom.block.size >= _TITLE * text_size
            # a picture and its caption set before it (a coupon's QR code at its left) do
            # not open the ad: its title is read first
            pictured = all(p.role in ("photo", "label", "caption") for p in paras)
            role = "headline" if big and pictured else "text"
            if paras and role == "text" and _bold_heading(atom.block, text_font, text_size):
                role = "heading"
            paras.insert(
                0 if role == "headline" else len(paras), Para(role, list(atom.block.lines))
            )
    return [Region("ad", paras, frame.box)] if paras else []


def _own(lines: list[Line]) -> bool:
    """The paper's own box: an index of its pages (two entries or more), or figures with
    their source line; none with a phone or a web address (a bank's rate quoting its
    source, a magazine's contents: an advertiser's)."""
    if any(has_phone(x.text) or URL.search(x.text) for x in lines):
        return False
    refs = sum(bool(PAGE_REF.search(x.text)) for x in lines)
    return refs >= _ENTRIES or any(SOURCE.match(x.text) for x in lines)


# A font name's weight: 'NotoSansCJKkr-Bold' is 'NotoSansCJKkr' set bold.
_WEIGHT = re.compile(r"-?(?:Bold|Black|Heavy|Regular|Medium|Light)")
_BOLD = re.compile(r"Bold|Black|Heavy")


def _bold_heading(block: Block, text_font: str, text_size: float) -> bool:
    """A line of an ad in the bold of its text's face, in text type: a heading ('공연
    안내' over its table). Fonts without names (Chromium's) tell no weight."""
    font = block.font
    if len(block.lines) > 1 or not _BOLD.search(font) or _BOLD.search(text_font):
        return False
    same_face = _WEIGHT.sub("", font) == _WEIGHT.sub("", text_font)
    return same_face and block.size < _TITLE * text_size


def _box(a: Atom) -> Box:
    return a.box


def _bbox(lines: list[Line]) -> Box:
    return (min(x.x0 for x in lines), min(x.top for x in lines), max(x.x1 for x in lines),
            max(x.bottom for x in lines))  # fmt: skip
