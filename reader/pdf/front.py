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
    before the running foot's; a page number alone on its line stays the page's, and so
    does the section's name on the label's line ('14 문화 2026년 12월 8일 화요일')."""
    region = next((lines for kind, lines in regions if kind == "masthead"), None)
    if region is not None:
        return read_masthead(region)
    for band, label in folio_bands(regions):
        lines = [x for x in band if not PAGE_NUMBER.match(x.text)]
        found = read_masthead(lines) or next((f for x in lines if (f := _running_head(x))), None)
        if not (found and found.masthead.date) and label is not None:
            found = labelled_head(label)
        if found and found.masthead.date:
            return found
    return None


def labelled_head(x: TextLine) -> MastheadResult | None:
    """The label's line read as the text ingest's running head, when it prints the date
    beside the section's name: the masthead holds the date (and the paper's name and
    issue where printed); the name stays the page's label and its number the page's folio
    (`label_line`)."""
    head = running_head(x)
    if head is None or head.label is None:
        return None
    m = head.masthead
    spans = [
        (s, e)
        for s, e in m.masthead.spans
        if not PAGE_NUMBER.match(x.text[s - x.start : e - x.start])
    ]
    return MastheadResult(replace(m.masthead, spans=spans), 1, m.warnings, m.rule)


def label_line(x: TextLine, taken: set[int]) -> tuple[list[tuple[int, int]], list[TextLine]]:
    """The label's line `x` parted: the spans of the section's label, and what is the
    page's folio of it. The line, none, unless the edition's masthead holds part of it
    (`taken`: the starts of its spans): then the name's span, and what the masthead
    leaves of the rest (the page number)."""
    head = running_head(x) if any(x.start <= s < x.end for s in taken) else None
    if head is None or head.label is None:
        return [(x.start, x.end)], []
    rest = [TextLine(x.text[s - x.start : e - x.start], s) for s, e in head.rest.spans]
    return head.label.spans, [r for r in rest if r.start not in taken]


def _running_head(x: TextLine) -> MastheadResult | None:
    """A folio line the text ingest reads as a running head ('누리신문 2026년 12월 7일
    월요일', '22 2026년 12월 18일 금요일'): the whole line is the masthead's."""
    head = running_head(x)
    if head is None:
        return None
    m = head.masthead
    return MastheadResult(replace(m.masthead, spans=[(x.start, x.end)]), 1, m.warnings, m.rule)


def folio_bands(
    regions: list[tuple[str, list[TextLine]]],
) -> list[tuple[list[TextLine], TextLine | None]]:
    """The folio of a page, band by band: the lines of its bands but the first that names
    the section (its label, as assemble tells them apart), and that line where the band
    holds it."""
    first = next((k for k, (kind, _) in enumerate(regions) if kind in ITEMS), len(regions))
    out: list[tuple[list[TextLine], TextLine | None]] = []
    label = False
    for k, (kind, lines) in enumerate(regions):
        if kind != "band":
            continue
        band: list[TextLine] = []
        held = None
        for x in lines:
            if not label and section_label(x.text, running_head=k < first):
                label, held = True, x
            else:
                band.append(x)
        out.append((band, held))
    return out
