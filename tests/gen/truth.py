"""Ground truth of a generated edition: plain dataclasses named like reader.model."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

Span = tuple[int, int]


CONVENTIONS = ("credit", "column", "subhead", "listing", "dense", "english", "hanja")
"""What generate_edition(conventions=...) can add to the seed's habits (issue 14)."""


@dataclass(slots=True)
class Text:
    text: str
    spans: list[Span] = field(default_factory=list)
    marker: str | None = None  # printed before the text: '■ ' of a heading, '- ' of a deck


@dataclass(slots=True)
class Masthead:
    paper: str
    url: str
    edition_kind: str
    issue: int
    phone: str
    date: str  # ISO yyyy-mm-dd
    weekday: str  # "수요일"
    lunar: str  # "MM-DD"
    lunar_leap: bool = False  # printed as 윤N월
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Break:
    at: int  # index in Block.text where the part after the break starts
    space: bool  # True: between words (joined with a space); False: inside a word
    caption: bool = False  # an inserted caption paragraph sat in this break


@dataclass(slots=True)
class Block:
    kind: str  # lead | paragraph | question | answer | caption | subhead | bullet
    text: str
    marker: str | None = None
    spans: list[Span] = field(default_factory=list)
    breaks: list[Break] = field(default_factory=list)
    credit: str | None = None
    inserted: bool = False
    in_answer: bool = False


@dataclass(slots=True)
class Byline:
    name: str
    role: str
    email: str | None = None
    dateline: str | None = None
    text: str = ""
    position: str = "end"  # top | prefix | end | signature (a columnist's, as printed)
    spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Article:
    headline: Text | None
    subheadline: Text | None = None
    deck: list[Text] = field(default_factory=list)
    body: list[Block] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    jump_from: str | None = None  # a jump line as printed
    jump_on: str | None = None
    style: str = (
        "news"  # news | brief | opinion | column | listing | corpus | english | interview-*
    )
    kind: str = "article"


@dataclass(slots=True)
class Heading:
    text: str
    spans: list[Span] = field(default_factory=list)
    kind: str = "heading"


@dataclass(slots=True)
class Paragraph:
    text: str
    spans: list[Span] = field(default_factory=list)
    kind: str = "paragraph"


@dataclass(slots=True)
class Note:
    text: str
    spans: list[Span] = field(default_factory=list)
    kind: str = "note"


@dataclass(slots=True)
class ListBlock:
    items: list[Text] = field(default_factory=list)
    kind: str = "list"


@dataclass(slots=True)
class Table:
    header: list[Text] = field(default_factory=list)
    rows: list[list[Text]] = field(default_factory=list)
    kind: str = "table"


@dataclass(slots=True)
class Contact:
    channel: str  # phone | email | url
    value: str
    text: str
    label: str | None = None
    spans: list[Span] = field(default_factory=list)
    kind: str = "contact"


AdBlock = Heading | Paragraph | Note | ListBlock | Table | Contact


@dataclass(slots=True)
class Ad:
    title: Text
    blocks: list[AdBlock] = field(default_factory=list)
    truncated: bool = False
    kind: str = "ad"

    @property
    def headings(self) -> list[str]:
        return [b.text for b in self.blocks if isinstance(b, Heading)]

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]

    @property
    def lists(self) -> list[ListBlock]:
        return [b for b in self.blocks if isinstance(b, ListBlock)]

    @property
    def contacts(self) -> list[Contact]:
        return [b for b in self.blocks if isinstance(b, Contact)]


Item = Article | Ad


@dataclass(slots=True)
class Page:
    number: int
    section: str | None
    items: list[Item] = field(default_factory=list)
    kind: str = "news"  # front | news | briefs | interview | opinion | ad
    section_spans: list[Span] = field(default_factory=list)


@dataclass(slots=True)
class Edition:
    paper: str
    paper_ascii: str
    date: str
    masthead: Masthead | None
    pages: list[Page] = field(default_factory=list)


@dataclass(slots=True)
class GeneratedEdition:
    text: str
    truth: Edition
    seed: int
    date: dt.date
    page_starts: list[int] = field(default_factory=list)


def leaves(item: Item):
    """(path, text, spans, marker) of every leaf of an item, in truth order."""
    if isinstance(item, Article):
        if item.headline is not None:
            yield "headline", item.headline.text, item.headline.spans, item.headline.marker
        if item.subheadline is not None:
            yield "subheadline", item.subheadline.text, item.subheadline.spans, None
        for i, t in enumerate(item.deck):
            yield f"deck.{i}", t.text, t.spans, t.marker
        for i, b in enumerate(item.body):
            yield f"body.{i}", b.text, b.spans, b.marker
        for i, by in enumerate(item.bylines):
            yield f"byline.{i}", by.text, by.spans, None
        return
    yield "title", item.title.text, item.title.spans, None
    for i, b in enumerate(item.blocks):
        if isinstance(b, ListBlock):
            for j, t in enumerate(b.items):
                yield f"blocks.{i}.items.{j}", t.text, t.spans, "- "
        elif isinstance(b, Table):
            for j, t in enumerate(b.header):
                yield f"blocks.{i}.header.{j}", t.text, t.spans, None
            for r, row in enumerate(b.rows):
                for j, t in enumerate(row):
                    yield f"blocks.{i}.rows.{r}.{j}", t.text, t.spans, None
        elif isinstance(b, Heading):
            yield f"blocks.{i}", b.text, b.spans, "• "
        elif isinstance(b, Contact):
            yield f"blocks.{i}", b.text, b.spans, None
        else:
            yield f"blocks.{i}", b.text, b.spans, None
