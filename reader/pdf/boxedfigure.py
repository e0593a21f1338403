"""A figure boxed with its title (an infographic of figures in a shaded box beside a
story, page 79 of tests/pdfreal): moved into the story (sidebars.py), it is read as one
caption where a chart standing in the story is (round 6's), its title its first row and
its source its credit line, not a caption per row."""

from __future__ import annotations

from reader.pdf.parts import Para

_TITLES = frozenset({"text", "heading", "headline"})  # a title's roles in a box (frames.py)


def boxed_figure(paras: list[Para]) -> list[Para] | None:
    """A box's paragraphs as the story it moves into reads them when the box holds one
    figure (a caption whose rows are already joined: `storybody.figure_paras`) and its
    credits, under a title of one line or none; None for any other box."""
    k = 1 if paras and paras[0].role in _TITLES and len(paras[0].lines) == 1 else 0
    if len(paras) <= k or paras[k].role != "caption" or not paras[k].joins:
        return None
    figure, credits = paras[k], paras[k + 1 :]
    if any(p.role != "credit" for p in credits):
        return None
    rows = [*paras[:k][0].lines, *figure.lines] if k else list(figure.lines)
    joins = [" ", *figure.joins] if k else list(figure.joins)
    return [Para("caption", rows, joins=joins), *(Para("credit", list(p.lines)) for p in credits)]
