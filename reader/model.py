"""The edition: typed model of a parsed newspaper edition (the public file format).

Every leaf piece of text keeps ``spans``: [start, end) character offsets into the
decoded source. Containers carry none. Every non-whitespace character of the
source lies in exactly one leaf's spans, so nothing is silently dropped.

Schema 2 adds what a PDF e-edition gives and page text cannot: each page's size,
each item's and leaf's box on its page, and photos. Every field it added is
optional, so a schema-1 file decodes as it is (``store.from_json`` migrates it);
fields at their default are left out of the file.

Schema 3 adds an article's jump lines (`Jump`): a schema-2 reader would drop them
unread, losing printed text, so a file that may carry them says 3.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Literal

import msgspec

SCHEMA = 3
READABLE_SCHEMAS = frozenset({1, 2, 3})
WEEKDAYS = "월화수목금토일"  # Monday first, as date.weekday() counts

Span = tuple[int, int]
Box = tuple[float, float, float, float]
"""x0, y0, x1, y1 in points, from the top-left corner of the printed page."""


class _Struct(msgspec.Struct, frozen=True, omit_defaults=True):
    """Every part of the edition: immutable, and written without its defaults.

    Subclasses repeat frozen=True for type checkers, which do not inherit it."""


class Text(_Struct, frozen=True):
    text: str
    spans: list[Span] = []
    box: Box | None = None


class Image(_Struct, frozen=True):
    """A picture of the page, saved beside the edition file."""

    src: str  # relative to the edition file's folder, with "/": "<edition id>/p3-photo2-<hash>.jpg"
    width: int = 0  # pixels of the saved file
    height: int = 0


class Source(_Struct, frozen=True):
    name: str
    sha256: str
    encoding: str
    # Length of the decoded source; spans index into it (pages joined by "\f").
    chars: int = 0


class Masthead(_Struct, frozen=True):
    paper: str | None = None
    url: str | None = None
    edition_kind: str | None = None
    issue: int | None = None
    phone: str | None = None
    date: str | None = None  # ISO yyyy-mm-dd
    weekday: str | None = None
    lunar: str | None = None  # "MM-DD" as printed (음력)
    lunar_leap: bool = False  # printed as a leap month (윤달: 윤2월 1일)
    spans: list[Span] = []


class Byline(_Struct, frozen=True):
    name: str
    role: str | None = None
    email: str | None = None
    dateline: str | None = None
    text: str = ""  # as printed, for display and search
    spans: list[Span] = []
    box: Box | None = None


BlockKind = Literal[
    "lead", "paragraph", "question", "answer", "caption", "subhead", "bullet", "photo"
]


class Block(_Struct, frozen=True):
    kind: BlockKind
    text: str  # "" for a photo: its caption is the caption block after it
    spans: list[Span] = []
    box: Box | None = None
    image: Image | None = None  # a photo's picture


class Jump(_Struct, frozen=True):
    """A jump line: the story goes on on another page, or comes from one."""

    text: str  # as printed, marks and all: "▶3면에 계속", "See COUNCIL, Page A6"
    page: int  # the page it names: "A6" names 6
    spans: list[Span] = []
    box: Box | None = None
    item: str | None = None  # the item at the other end, once linked; None: not in the edition


class Article(_Struct, frozen=True, tag="article", tag_field="kind"):
    id: str
    headline: Text | None = None
    subheadline: Text | None = None
    deck: list[Text] = []
    body: list[Block] = []
    bylines: list[Byline] = []
    box: Box | None = None
    jump_from: Jump | None = None  # printed at the start of its text: it goes on from there
    jump_on: Jump | None = None  # printed at the end of its text: it goes on there

    @property
    def title(self) -> str:
        if self.headline is not None:
            return self.headline.text
        # a photo has no text: its caption names it, whole (a view cuts it by cells)
        first = self._first_words()
        return self.id if first is None else self.body[first].text

    @property
    def title_leaf(self) -> str | None:
        """The leaf (see leaves) whose words title an article printed without a headline:
        a photo's caption, a bulletin's first paragraph; None when a headline titles it
        (or, with no words at all, its id)."""
        first = None if self.headline is not None else self._first_words()
        return None if first is None else f"body.{first}"

    def _first_words(self) -> int | None:
        """The index of the first body block with words, which titles an unheaded article."""
        return next((i for i, b in enumerate(self.body) if b.text.strip()), None)


# --- ad blocks -----------------------------------------------------------------


class Heading(_Struct, frozen=True, tag="heading", tag_field="kind"):
    text: str
    spans: list[Span] = []
    box: Box | None = None


class Paragraph(_Struct, frozen=True, tag="paragraph", tag_field="kind"):
    text: str
    spans: list[Span] = []
    box: Box | None = None


class Note(_Struct, frozen=True, tag="note", tag_field="kind"):
    text: str
    spans: list[Span] = []
    box: Box | None = None


class ListBlock(_Struct, frozen=True, tag="list", tag_field="kind"):
    # Each item's text keeps its continuation lines, separated by "\n".
    items: list[Text] = []
    box: Box | None = None


class Table(_Struct, frozen=True, tag="table", tag_field="kind"):
    header: list[Text] = []
    rows: list[list[Text]] = []
    box: Box | None = None


class Contact(_Struct, frozen=True, tag="contact", tag_field="kind"):
    channel: Literal["phone", "email", "url"]
    value: str  # normalized: 061-330-5004
    text: str  # as printed: 061)330-5004
    label: str | None = None
    spans: list[Span] = []
    box: Box | None = None


class Photo(_Struct, frozen=True, tag="photo", tag_field="kind"):
    """An ad's picture."""

    image: Image
    box: Box | None = None


AdBlock = Heading | Paragraph | Note | ListBlock | Table | Contact | Photo


class Ad(_Struct, frozen=True, tag="ad", tag_field="kind"):
    id: str
    title: Text | None = None
    advertiser: str | None = None
    blocks: list[AdBlock] = []
    truncated: bool = False
    box: Box | None = None

    @property
    def name(self) -> str:
        return self.advertiser or (self.title.text if self.title else self.id)

    @property
    def known_as(self) -> str | None:
        """What a reader knows the ad by, as printed: its title, else the advertiser."""
        return self.title.text if self.title is not None else self.advertiser


Item = Article | Ad


class Page(_Struct, frozen=True):
    number: int
    section: str
    items: list[Item] = []
    # True when the section was inferred, not printed on the page.
    section_inferred: bool = False
    # The printed section label, when there is one.
    label: Text | None = None
    size: tuple[float, float] | None = None  # width, height in points (PDF pages)
    # The rest of a PDF page's running head or foot as printed (page number, paper, date).
    folio: Text | None = None
    # The page's number as printed in its folio or running head ('A6', '6'; reader/
    # page_numbers.py); None when it prints none. `number` is its place in the source.
    printed: str | None = None


class Edition(_Struct, frozen=True):
    schema: int
    id: str
    source: Source
    masthead: Masthead | None = None
    pages: list[Page] = []
    warnings: list[str] = []
    # An edition added to page by page (reader/adding_pages.py): every source read, in the
    # order added. `source` is then the first's, its chars grown to all of their texts
    # joined by form feeds, which the spans index.
    sources: list[Source] = []

    def items(self) -> Iterator[tuple[Page, Item]]:
        for page in self.pages:
            for item in page.items:
                yield page, item

    def articles(self) -> list[Article]:
        return [it for _, it in self.items() if isinstance(it, Article)]

    def ads(self) -> list[Ad]:
        return [it for _, it in self.items() if isinstance(it, Ad)]

    def find(self, item_id: str) -> Item | None:
        for _, item in self.items():
            if item.id == item_id:
                return item
        return None


# --- walking the leaves --------------------------------------------------------


class Leaf(msgspec.Struct, frozen=True):
    """One searchable, highlightable piece of text, addressed by a path."""

    path: str  # "headline", "deck.2", "body.5", "byline.0", "blocks.3.rows.1.2", ...
    text: str
    spans: list[Span]


def leaves(item: Item) -> Iterator[Leaf]:
    """Every leaf text of an item, in reading order, with a stable path."""
    if isinstance(item, Article):
        if item.headline is not None:
            yield Leaf("headline", item.headline.text, item.headline.spans)
        if item.jump_from is not None:
            yield Leaf("jump_from", item.jump_from.text, item.jump_from.spans)
        if item.subheadline is not None:
            yield Leaf("subheadline", item.subheadline.text, item.subheadline.spans)
        for i, t in enumerate(item.deck):
            yield Leaf(f"deck.{i}", t.text, t.spans)
        for i, b in enumerate(item.body):
            if b.kind != "photo":  # a picture: its caption is the next block
                yield Leaf(f"body.{i}", b.text, b.spans)
        if item.jump_on is not None:
            yield Leaf("jump_on", item.jump_on.text, item.jump_on.spans)
        for i, by in enumerate(item.bylines):
            yield Leaf(f"byline.{i}", by.text, by.spans)
        return
    if item.title is not None:
        yield Leaf("title", item.title.text, item.title.spans)
    for i, block in enumerate(item.blocks):
        base = f"blocks.{i}"
        if isinstance(block, ListBlock):
            for j, t in enumerate(block.items):
                yield Leaf(f"{base}.items.{j}", t.text, t.spans)
        elif isinstance(block, Photo):
            continue  # a picture: no text of its own
        elif isinstance(block, Table):
            for j, t in enumerate(block.header):
                yield Leaf(f"{base}.header.{j}", t.text, t.spans)
            for r, row in enumerate(block.rows):
                for j, t in enumerate(row):
                    yield Leaf(f"{base}.rows.{r}.{j}", t.text, t.spans)
        else:
            yield Leaf(base, block.text, block.spans)


def edition_leaves(edition: Edition) -> Iterator[Leaf]:
    """Masthead, page labels and every item's leaves: all the spans of an edition."""
    if edition.masthead is not None:
        yield Leaf("masthead", "", edition.masthead.spans)
    for page in edition.pages:
        if page.label is not None:
            yield Leaf(f"page.{page.number}.label", page.label.text, page.label.spans)
        if page.folio is not None:
            yield Leaf(f"page.{page.number}.folio", page.folio.text, page.folio.spans)
    for _, item in edition.items():
        yield from leaves(item)
