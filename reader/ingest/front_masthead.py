"""The front page's masthead from its first lines, by the first reading that finds one: a
nameplate over its dated line (Korean or English), a page's title over its folio line, an
editorial page's box, a nameplate under its ears. A box's and ears' masthead stand among
other lines: the page drops its lines by their spans, the others' from the top."""

from __future__ import annotations

from reader.ingest.folio_en import FOLIO_EN
from reader.ingest.folio_titles import title_over_folio
from reader.ingest.lines import Line, Para
from reader.ingest.masthead import MastheadResult, parse_masthead
from reader.ingest.masthead_box import masthead_box
from reader.ingest.masthead_ears import eared_masthead
from reader.ingest.masthead_en import parse_english_masthead
from reader.ingest.running_head import running_head
from reader.model import Text

_HEAD_PARAS = 8  # paragraphs from the top a masthead is looked for in


def front_masthead(
    paras: list[Para],
) -> tuple[MastheadResult | None, Text | None, list[Line], set[int]]:
    """The masthead, the page's title over its folio, an editorial box's lines between its
    name and date, and the starts of the lines to drop by their spans."""
    lines = [line for para in paras[:_HEAD_PARAS] for line in para.lines]
    found = parse_masthead(lines) or parse_english_masthead(lines)
    head = running_head(lines[0]) if found and found.lines == 1 else None
    if head is not None and (head.masthead.rule != FOLIO_EN or found and not found.masthead.paper):
        found = None  # a running head's line: its section's name is the page's label
    title = None
    if titled := title_over_folio(lines, found):
        title, found = titled
    if found is not None:
        return found, title, [], set()
    box: list[Line] = []
    if boxed := masthead_box(lines):
        found, box = boxed
    found = found or eared_masthead(lines)
    if found is None:
        return None, title, [], set()
    taken = {start for start, _ in found.masthead.spans} | {x.start for x in box}
    return found, title, box, taken
