"""A paragraph resumed under the box that interrupts it: a pulled quote set in the middle
of the sentence it repeats, the sentence's line before the quote ended short where the
quote stands (page 77 of tests/pdfreal: '… 모두가 주인' / '인' / the quote / '가게라서 …').
A short line closes a paragraph (`paragraphs.continues`); here the line under the box,
flush at the column's left where the paragraph's own first line is indented, carries the
sentence on."""

from __future__ import annotations

from reader.ingest.letters import SENTENCE_CLOSES
from reader.ingest.units import opens_unit
from reader.pdf.lines import Line
from reader.pdf.paragraphs import INDENT, OPENS


def resumes(first: Line, last: Line, nxt: Line, left: float) -> bool:
    """Does `nxt`, the first line after a box that waits for the paragraph of `first` …
    `last` to end, carry that paragraph on? Only when the paragraph opened indented (the
    story indents its paragraphs, so a flush line opens none), `last` ended no sentence,
    and `nxt` stands flush at the column's left (`left`) in the paragraph's type, opening
    no unit of its own."""
    indented = first.x0 - left > INDENT * first.size
    flush = nxt.x0 - left <= INDENT * nxt.size
    same = abs(last.size - nxt.size) <= 0.06 * max(last.size, nxt.size) and last.font == nxt.font
    opens = bool(OPENS.match(nxt.text) or opens_unit(nxt.text))
    return indented and flush and same and not opens and not SENTENCE_CLOSES.search(last.text)
