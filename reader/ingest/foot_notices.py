"""A paid notice at the foot of a page's listings: after the last entries of a legal
weekly's appointments and obituaries ('[인사]', '[부고]'), a firm's or a society's notice
(an office moved or opened, staff wanted, a seminar): a title with no mark, a few short
lines, closed by its contacts ('전화 …', '팩스 …', '이메일 …', '문의 …'). It is an ad, no
entry-less part of the listing and no article.

Known by its shape, not by its words: it follows entries, holds none, its title is a
short line with no mark or bracket, contacts stand in its last lines (two ways to reach the
firm or more) and none above them, and no line is a byline or reported news ('…
밝혔다.'). A bracketed heading ('[알림]') is the paper's own and stays a listing's."""

from __future__ import annotations

from reader.ingest.ad import PHONE, URL
from reader.ingest.byline_lines import EMAIL, bylines_in
from reader.ingest.lines import Para
from reader.ingest.listing import Listing, ListingPiece
from reader.ingest.listing_parts import heading_text
from reader.ingest.notice_ads import PLAIN, contact_line

FOOT_NOTICE = "listing: a titled notice closed by its contacts, after the last entries, apart"
FOOT_NOTICE_AD = "ad: a firm's notice closed by its contacts at the foot of the listings"
_LINES = (3, 12)  # a title, a line or two, the contacts; a story is longer
_FOOT = 3  # its contacts stand in its last lines
_WIDE = 80  # characters: a notice's line is short
# A firm gives the ways to reach it (a phone and a fax, a phone and an e-mail); one number
# to ask is a note's or a brief's ('문의 061-555-0101' under a listing's source)
_WAYS = 2


def foot_notice(lines: list[str]) -> bool:
    """The lines a notice closed by its contacts (the module's doc)."""
    if not _LINES[0] <= len(lines) <= _LINES[1] or not heading_text(lines[0]):
        return False
    contacts = [contact_line(t) for t in lines]
    if not any(contacts[-_FOOT:]) or any(contacts[: max(1, len(lines) - _FOOT)]):
        return False  # closed by its contacts, none in its title or above its foot
    if sum(_ways(t) for t in lines[-_FOOT:]) < _WAYS:
        return False
    return not any(len(t) > _WIDE or PLAIN.search(t) or bylines_in(t) for t in lines)


def _ways(text: str) -> int:
    """The contacts a line gives: phones, e-mails, sites."""
    return sum(len(r.findall(text)) for r in (PHONE, EMAIL, URL))


def notice_apart(out: list[Listing]) -> list[Listing]:
    """The listings, with the notice that closes them after their last entries a listing of
    its own (FOOT_NOTICE): it opens a paragraph, and nothing after it is an entry."""
    last = max((k for k, x in enumerate(out) if x.entries), default=None)
    if last is None:
        return out
    pieces = out[last].pieces
    end = max(i for i, p in enumerate(pieces) if p.kind == "entry")
    for i in range(end + 1, len(pieces) + 1):
        if i < len(pieces) and not (pieces[i].first and not pieces[i].inner):
            continue
        tail = pieces[i:] + [q for x in out[last + 1 :] for q in _lines_of(x)]
        if tail and foot_notice([p.line.text for p in tail]):
            kept = Listing(out[last].heading, pieces[:i], out[last].why)
            return [*out[:last], kept, Listing(tail[0].line, tail[1:], FOOT_NOTICE)]
        break  # the first paragraph after the entries is the notice's, or none is
    return out


def notice_cut(paras: list[Para]) -> int | None:
    """Where a notice closed by its contacts opens the group's last paragraphs (set apart by
    a blank line, after a paragraph above): its prose would outweigh the entries above it,
    so the listing is read without it. None when the group ends in no such notice."""
    lines = 0
    for k in range(len(paras) - 1, 0, -1):
        lines += len(paras[k].lines)
        if lines > _LINES[1]:
            return None  # bounded: a notice is a short block
        if paras[k].gap and foot_notice([x.text for p in paras[k:] for x in p.lines]):
            return k
    return None


def notice_listing(paras: list[Para], k: int) -> Listing:
    """The notice (the group's paragraphs from k) as a listing of its own (FOOT_NOTICE)."""
    pieces = [
        ListingPiece(line, k + i, j == 0, inner=para.inner)
        for i, para in enumerate(paras[k:])
        for j, line in enumerate(para.lines)
    ]
    return Listing(pieces[0].line, pieces[1:], FOOT_NOTICE)


def _lines_of(listing: Listing) -> list[ListingPiece]:
    """A listing's heading and pieces, one piece a line (its heading opens a paragraph)."""
    head = [ListingPiece(listing.heading, -1, True)] if listing.heading else []
    return head + listing.pieces
