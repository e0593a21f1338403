"""The front page's masthead, Korean or English, and the edition's id from the front
page alone, before the other pages are laid out.

An ingest's target file is named by the id (reader.store): knowing it early lets the
CLI refuse to replace an edition before the work of reading the rest. The id is the
masthead's paper and date, which assemble reads from the same lines; their places in
the edition's text, which only the whole edition gives, do not change them.
"""

from __future__ import annotations

from reader.ingest import edition_id
from reader.ingest.lines import Line as TextLine
from reader.ingest.masthead import MastheadResult, parse_masthead
from reader.ingest.masthead_en import parse_english_masthead
from reader.ingest.segment import paragraphs
from reader.pdf.parts import PageLayout


def read_masthead(lines: list[TextLine]) -> MastheadResult | None:
    """A masthead in the first lines, read as the text ingest's front page reads one: a
    Korean nameplate's fields, else an English date line under the name ('Vol. 12, No.
    48 | Sunday, December 6, 2026 | $2.00')."""
    return parse_masthead(lines) or parse_english_masthead(lines)


def front_id(front: PageLayout | str, name: str) -> str:
    """The id assemble gives an edition whose first page is `front` (a PDF page's
    layout, or a page of text); `name`: the source's, when it has no masthead."""
    if isinstance(front, str):
        found = read_masthead([x for p in paragraphs(front, 0, len(front))[:8] for x in p.lines])
    else:
        region = next((r for r in front.regions if r.kind == "masthead"), None)
        lines = [TextLine(x.text, 0) for p in region.paras for x in p.lines] if region else []
        found = read_masthead(lines) if region else None
    return edition_id(found.masthead if found else None, name)
