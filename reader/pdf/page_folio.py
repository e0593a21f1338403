"""A PDF page's printed number, read off its folio: the lines of its bands (the running
head or foot, the section's label among them) and those its masthead's rules leave."""

from __future__ import annotations

import msgspec

from reader.ingest.lines import Line as TextLine
from reader.model import Page
from reader.page_numbers import page_number
from reader.pdf.front import first_masthead
from reader.pdf.parts import PageLayout, Region
from reader.pdf.sourcetext import Placed

_FOLIO_KINDS = ("band", "masthead")


def numbered(page: Page, regions: list[tuple[Region, list[Placed]]], plate: bool) -> Page:
    """The page with its printed number; plate: the paper's nameplate heads it (a front
    page printing no number is page 1)."""
    said = [x.text for r, ps in regions if r.kind in _FOLIO_KINDS for p in ps for x in p.lines]
    printed = page_number(said, plate)
    return page if printed is None else msgspec.structs.replace(page, printed=printed)


def front_number(front: PageLayout | str) -> str | None:
    """The printed number of a source's first page, before the edition is assembled (as
    `numbered` reads it); None for a page of text, whose number its ingest reads."""
    if isinstance(front, str):
        return None
    said = [x.text for r in front.regions if r.kind in _FOLIO_KINDS for p in r.paras
            for x in p.lines]  # fmt: skip
    regions = [(r.kind, [TextLine(x.text, 0) for p in r.paras for x in p.lines])
               for r in front.regions]  # fmt: skip
    found = first_masthead(regions)
    plate = any(r.kind == "masthead" for r in front.regions)
    return page_number(said, plate and found is not None and found.masthead.paper is not None)
