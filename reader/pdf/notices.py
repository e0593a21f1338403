"""A framed notice of the paper's own ('바로잡습니다', '알림'): a head over one
paragraph of running text that ends a sentence, no phone or web address. Fewer sentences
than a boxed story has (frames.py asks three), and no ad: an ad gives a number to call
or an address, or sets its lines apart (centred, a line a claim), not as a paragraph."""

from __future__ import annotations

from reader.ingest.ad import URL, has_phone
from reader.ingest.repair import TERMINAL
from reader.pdf.blocks import Block

_FLUSH = 0.5  # of the text's size: its full lines start and end so near its sides


def notice(blocks: list[Block], title: float) -> Block | None:
    """The notice's paragraph, when a frame's blocks are a notice: a head over a paragraph
    whose full lines are flush with both its sides. A head in display type (`title` times
    the paragraph's size or more) is an advertiser's name: the paper heads its notices in
    its text's type."""
    if len(blocks) != 2:
        return None
    head, text = sorted(blocks, key=lambda b: b.top)
    if len(text.lines) < 2 or head.size >= title * text.size:
        return None
    if any(has_phone(x.text) or URL.search(x.text) for b in blocks for x in b.lines):
        return None
    if not TERMINAL.search(text.lines[-1].text.strip()):  # its last line ends a sentence
        return None
    slack = _FLUSH * text.size
    full = all(
        abs(x.x0 - text.x0) <= slack and abs(x.x1 - text.x1) <= slack for x in text.lines[:-1]
    )
    return text if full else None
