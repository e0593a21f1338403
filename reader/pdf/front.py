"""The front page's masthead, Korean or English (on an inner page read first, its dated
folio's), and the edition's id from the front page alone, before the other pages are
laid out.

An ingest's target file is named by the id (reader.store): knowing it early lets the
CLI refuse to replace an edition before the work of reading the rest. The id is the
masthead's paper and date, which assemble reads from the same lines; their places in
the edition's text, which only the whole edition gives, do not change them.
"""

from __future__ import annotations

from msgspec.structs import replace

from reader.ingest import edition_id
from reader.ingest.lines import Line as TextLine
from reader.ingest.masthead import MastheadResult, parse_masthead
from reader.ingest.masthead_en import parse_english_masthead
from reader.ingest.running_head import PAGE_NUMBER, running_head
from reader.ingest.segment import paragraphs
from reader.pdf.labels import section_label
from reader.pdf.parts import PageLayout

ITEMS = ("article", "ad", "listing")  # a page's regions that are items, not its margins


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
        regions = [(r.kind, [TextLine(x.text, 0) for p in r.paras for x in p.lines])
                   for r in front.regions]  # fmt: skip
        found = first_masthead(regions)
    return edition_id(found.masthead if found else None, name)


def first_masthead(regions: list[tuple[str, list[TextLine]]]) -> MastheadResult | None:
    """The masthead of an edition's first page, from its regions (kind, lines): its
    masthead's lines; on an inner page read first, its folio's when that prints the date
    (docs/representation.md, "A folio under the section's label"): a reader needs the
    edition's date whatever page the file begins with. The running head's folio is read
    before the running foot's; a page number alone on its line stays the page's."""
    region = next((lines for kind, lines in regions if kind == "masthead"), None)
    if region is not None:
        return read_masthead(region)
    for band in folio_bands(regions):
        lines = [x for x in band if not PAGE_NUMBER.match(x.text)]
        found = read_masthead(lines) or next((f for x in lines if (f := _running_head(x))), None)
        if found and found.masthead.date:
            return found
    return None


def _running_head(x: TextLine) -> MastheadResult | None:
    """A folio line the text ingest reads as a running head ('누리신문 2026년 12월 7일
    월요일', '22 2026년 12월 18일 금요일'): the whole line is the masthead's."""
    head = running_head(x)
    if head is None:
        return None
    m = head.masthead
    return MastheadResult(replace(m.masthead, spans=[(x.start, x.end)]), 1, m.warnings, m.rule)


def folio_bands(regions: list[tuple[str, list[TextLine]]]) -> list[list[TextLine]]:
    """The folio of a page, band by band: the lines of its bands but the first that names
    the section (its label), as assemble tells them apart."""
    first = next((k for k, (kind, _) in enumerate(regions) if kind in ITEMS), len(regions))
    out: list[list[TextLine]] = []
    label = False
    for k, (kind, lines) in enumerate(regions):
        if kind != "band":
            continue
        out.append([])
        for x in lines:
            if not label and section_label(x.text, running_head=k < first):
                label = True
            else:
                out[-1].append(x)
    return out
