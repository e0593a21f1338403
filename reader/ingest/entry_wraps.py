"""An entry torn over lines: in a paragraph of marked entries set in a narrow column, an
entry whose line reaches the column's measure goes on into the line under it
('▲법무연수원 기' / '획부장 서지율 ▲남부지검장 …'; '▲윤재호씨(…) 별세,' / '윤서린씨(…)
부친상=9일 가람대' / '병원 장례식장 …'). That line opens with no mark: the entry's wrap, not a
group's label over the next entries nor a note under them. A line that stops short of the
measure ends its entry, so a label under it stays a label; so does a short line alone over
a marked entry under a line of entries run on several to a line, which reached the measure
by chance (a wrap there carries the next entry on). A pass over split_listing's
listings; listing_article.build_listing joins each wrap to its entry."""

from __future__ import annotations

from reader.ingest.lines import Line, Para
from reader.ingest.listing import GROUP, LONG_MARK, MARK, Listing, ListingPiece
from reader.printable import cell_width

ENTRY_WRAP = "listing: the entry's line reaches the column's measure and wraps on to the next"
_SLACK = 4  # cells a full line may stop short of the paragraph's widest (a word moved down)
_LINES = 3  # lines of a paragraph at least, to know its measure
_OPENERS = tuple(MARK + LONG_MARK + "<〈[(【■●-―")  # opened by a mark or a bracket: no wrap


def entry_wraps(group: list[Para], listings: list[Listing]) -> None:
    """Mark each piece that wraps the entry above it: kind 'text', why ENTRY_WRAP."""
    widest = [max((cell_width(x.text) for x in para.lines), default=0) for para in group]
    ends = {x.end: x for para in group for x in para.lines}  # each source line by its end
    starts = {x.start: x for para in group for x in para.lines}
    for listing in listings:
        above: Line | None = None  # the entry's (or its wrap's) source line, if it ends it
        for p in listing.pieces:
            line = starts.get(p.line.start)  # the source line the piece opens, if it opens one
            if (
                above is not None
                and line is not None
                and _wraps(group, widest, p, above)
                and not _label_alone(group[p.para], widest[p.para], line, above)
            ):
                p.kind, p.why = "text", ENTRY_WRAP
            elif p.kind != "entry":
                above = None
                continue
            above = ends.get(p.line.end)  # None while more pieces follow on its line


def _wraps(group: list[Para], widest: list[int], p: ListingPiece, above: Line) -> bool:
    """Does the piece, opening a line, wrap the entry whose line is above?"""
    if not 0 <= p.para < len(group) or p.first or len(group[p.para].lines) < _LINES:
        return False
    if p.kind not in ("text", "label", "group") or p.line.text.startswith(_OPENERS):
        return False
    if GROUP.match(p.line.text):
        return False  # a group's label ('<과장급>', '◇ 달내군')
    return cell_width(above.text) >= widest[p.para] - _SLACK


def _label_alone(para: Para, widest: int, line: Line, above: Line) -> bool:
    """Is the line a label standing alone over the next entries, under a line of entries
    run on several to a line? In such a column an entry's wrap carries the next entry on
    its line, or ends the paragraph (or stands over a group's label); a line short of the
    measure that holds no entry, under which a marked entry opens a line, heads what
    follows. (Entries set one to a line, an obituary's, end their wraps short over the next
    entry: above holds one entry there.)"""
    k = next(i for i, x in enumerate(para.lines) if x.start == line.start)
    if k + 1 >= len(para.lines) or cell_width(line.text) >= widest - _SLACK:
        return False
    several = sum(c in MARK for c in above.text) >= 2
    return several and not any(c in MARK for c in line.text) and para.lines[k + 1].text[:1] in MARK
