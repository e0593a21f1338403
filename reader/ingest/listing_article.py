"""A listing as an article: its heading the headline, its day the deck, its entries bullets."""

from __future__ import annotations

import re

from reader.ingest.bylines import parse_bylines
from reader.ingest.calendar import KO_DAY, KO_WEEKDAY
from reader.ingest.entries import AFTER_ENTRIES, note_under_entries
from reader.ingest.entry_wraps import ENTRY_WRAP
from reader.ingest.lines import Line
from reader.ingest.listing import (
    DECORATED_END,
    DECORATION,
    GROUP,
    LONG_MARK,
    MARK,
    NAMED,
    Listing,
    ListingPiece,
    sentence,
)
from reader.ingest.repair import Chunk, Vocabulary
from reader.ingest.units import Unit
from reader.model import Article, Block, Byline, Text


def _headline(line: Line) -> Text:
    """'■ 부음' -> '부음', '[부음]' -> '부음'; '[인사] 행정안전부' stays as printed."""
    m = DECORATION.match(line.text)
    text = line.text[m.end() :].strip() if m else line.text
    if m and line.text[0] in "[【<〈":
        text = DECORATED_END.sub("", text).strip()
    return Text(text, [(line.start, line.end)])


def _block(p: ListingPiece) -> Block:
    text = p.line.text
    if p.kind == "group":
        m = GROUP.match(text)
        shown = text[m.end() :] if m else text
        shown = shown.rstrip(">〉").strip() if text[:1] in "<〈" else shown.strip()
        return Block("subhead", shown, [(p.line.start, p.line.end)])
    if p.kind == "entry":
        return Block("bullet", text.lstrip(MARK + LONG_MARK).strip(), [(p.line.start, p.line.end)])
    return Block("paragraph", text, [(p.line.start, p.line.end)])


# '(3월 14일 토요일)', '(2026년 3월 14일)': the day a listing is for, under its heading.
_DAY_NOTE = re.compile(rf"^\((?:\d{{4}}년\s?)?{KO_DAY}(?:\s?\(?{KO_WEEKDAY}\)?)?\)$")
DAY_DECK = "listing: the day it is for, in brackets under its heading ('(3월 14일 토요일)'): a deck"


def build_listing(
    listing: Listing, item_id: str, vocab: Vocabulary
) -> tuple[Article, dict[str, str]]:
    """The listing as an article, and why each deck line and block has its kind (for
    --explain)."""
    body: list[Block] = []
    rules: list[str] = []
    deck: list[Text] = []
    bylines: list[Byline] = []
    prev: ListingPiece | None = None
    for k, p in enumerate(listing.pieces):
        two = [q.line.text for q in listing.pieces[max(k - 2, 0) : k] if q.kind == "entry"]
        note = p.kind == "text" and len(two) == 2 and note_under_entries(two, p.line.text)
        if not body and not deck and listing.heading and _DAY_NOTE.match(p.line.text):
            deck.append(Text(p.line.text, [(p.line.start, p.line.end)]))
        elif p.kind == "byline":
            bylines.extend(parse_bylines(Unit("byline", [p.line])))
        elif note:  # a note under the list, not a wrapped entry
            body.append(_block(p))
            rules.append(AFTER_ENTRIES)
        elif p.kind == "text" and prev is not None and prev.kind == "entry" and not p.first:
            # A line under an entry, in its paragraph, continues it (a wrapped entry).
            c = Chunk(body[-1].text, list(body[-1].spans))
            c.join(Chunk.of(p.line), vocab)
            body[-1] = Block("bullet", c.text, c.spans)
            if p.why == ENTRY_WRAP and not rules[-1].endswith(ENTRY_WRAP):
                rules[-1] += f"; {ENTRY_WRAP}"
            continue  # the entry goes on: a line under this one may wrap it again
        elif not body and p.kind == "text" and sentence(p.line.text) and not p.why:
            # the announcement's opening sentence over its list: its lead
            body.append(Block("lead", p.line.text, [(p.line.start, p.line.end)]))
            rules.append(_LEAD_RULE)
        else:
            body.append(_block(p))
            rules.append(p.why or (_SENTENCE_RULE if _marked_sentence(p) else _RULES[p.kind]))
        prev = p
    headline = _headline(listing.heading) if listing.heading else None
    notes = {f"body.{k}": rule for k, rule in enumerate(rules)}
    notes.update((f"deck.{k}", DAY_DECK) for k in range(len(deck)))
    article = Article(item_id, headline=headline, deck=deck, body=body, bylines=bylines)
    return article, notes


def _marked_sentence(p: ListingPiece) -> bool:
    text = p.line.text
    return p.kind == "entry" and text[:1] in "▲▷○" and sentence(text) and not NAMED.match(text)


_LEAD_RULE = "listing: the announcement's opening sentence over its entries, its lead"
_SENTENCE_RULE = "listing: a marked sentence among entries ('▲… 주재한다.'), an entry too"
_RULES = {
    "group": "listing: a group label over entries",
    "entry": "listing: an entry (marker, time or birth year)",
    "text": "listing: text that is not an entry",
}
