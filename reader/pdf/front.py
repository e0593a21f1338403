"""The edition's id from its front page alone, before the other pages are laid out.

An ingest's target file is named by the id (reader.store): knowing it early lets the
CLI refuse to replace an edition before the work of reading the rest. The id is the
masthead's paper and date, which assemble reads from the same lines; their places in
the edition's text, which only the whole edition gives, do not change them.
"""

from __future__ import annotations

from reader.ingest import edition_id
from reader.ingest.lines import Line as TextLine
from reader.ingest.masthead import parse_masthead
from reader.ingest.segment import paragraphs
from reader.pdf.parts import PageLayout


def front_id(front: PageLayout | str, name: str) -> str:
    """The id assemble gives an edition whose first page is `front` (a PDF page's
    layout, or a page of text); `name`: the source's, when it has no masthead."""
    if isinstance(front, str):
        found = parse_masthead([x for p in paragraphs(front, 0, len(front))[:8] for x in p.lines])
    else:
        region = next((r for r in front.regions if r.kind == "masthead"), None)
        lines = [TextLine(x.text, 0) for p in region.paras for x in p.lines] if region else []
        found = parse_masthead(lines) if region else None
    return edition_id(found.masthead if found else None, name)
