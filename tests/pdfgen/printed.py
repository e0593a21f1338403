"""What a paper prints for each part of a truth item: its text with markers, and a map
from every printed character back to the truth leaf it belongs to.

The truth is `tests.gen`'s: a Block's text has its marker removed ("△ ", "Q. ", the
brackets of "[쟁점]"), a contact's printed line is in the generated text (its span). The
map lets the layout record each line break against the truth text (leaf path, offset).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tests.gen import Ad, Article, Contact, Heading, ListBlock, Note, Paragraph, Table

Src = tuple[str, int] | None  # (leaf path, offset in its truth text); None: a marker


@dataclass(slots=True)
class Para:
    """One printed paragraph: role (its typographic kind), text and source map."""

    role: str
    text: str = ""
    src: list[Src] = field(default_factory=list)
    inserted: bool = False  # a caption that interrupts the paragraph before it

    def add(self, s: str, path: str | None = None, start: int = 0) -> Para:
        self.text += s
        self.src.extend((path, start + k) if path is not None else None for k in range(len(s)))
        return self


@dataclass(slots=True)
class Cell:
    row: int
    col: int
    para: Para


@dataclass(slots=True)
class PrintedTable:
    path: str
    columns: int
    cells: list[Cell]


def _block(role: str, path: str, text: str, marker: str | None) -> Para:
    p = Para(role)
    if marker == "[]":
        return p.add("[").add(text, path).add("]")
    if marker:
        p.add(marker)
    return p.add(text, path)


def article_paras(art: Article) -> tuple[list[Para], list[Para], list[Para]]:
    """(display: headline, subheadline, deck), (body), (end bylines) of an article."""
    head = [Para("headline").add(art.headline.text, "headline")]
    if art.subheadline is not None:
        head.append(Para("subheadline").add(art.subheadline.text, "subheadline"))
    head += [Para("deck").add(t.text, f"deck.{i}") for i, t in enumerate(art.deck)]
    body: list[Para] = []
    prefix = None
    ends: list[Para] = []
    printed: set[int] = set()
    for i, by in enumerate(art.bylines):
        if by.position == "top":
            body.append(Para("byline").add(by.text, f"byline.{i}"))
        elif by.position == "prefix":
            prefix = (i, by)
        elif id(by.spans) not in printed:  # two names sharing one printed line
            printed.add(id(by.spans))
            ends.append(Para("byline-end").add(by.text, f"byline.{i}"))
    for i, b in enumerate(art.body):
        role = b.kind
        p = _block(role, f"body.{i}", b.text, b.marker)
        if role == "lead" and prefix is not None:
            j, by = prefix
            p = Para(role).add(by.text, f"byline.{j}").add(" ").add(b.text, f"body.{i}")
        p.inserted = b.inserted
        body.append(p)
    return head, body, ends


def _cell(path: str, text: str) -> Para:
    p = Para("ad-cell")
    if "\n" not in text:
        return p.add(text, path)
    start = 0
    for k, point in enumerate(text.split("\n")):
        if k:
            p.add("\n", path, start - 1)
        p.add("- ").add(point, path, start)
        start += len(point) + 1
    return p


def ad_paras(ad: Ad, source: str) -> list[Para | PrintedTable]:
    """The ad's parts in printed order; a contact prints its whole labelled line."""
    out: list[Para | PrintedTable] = [Para("ad-title").add(ad.title.text, "title")]
    for i, b in enumerate(ad.blocks):
        path = f"blocks.{i}"
        if isinstance(b, Heading):
            out.append(Para("ad-heading").add("• ").add(b.text, path))
        elif isinstance(b, Note):
            out.append(Para("ad-note").add(b.text, path))
        elif isinstance(b, Paragraph):
            out.append(Para("ad-paragraph").add(b.text, path))
        elif isinstance(b, ListBlock):
            for j, t in enumerate(b.items):
                out.append(Para("ad-list").add("- ").add(t.text, f"{path}.items.{j}"))
        elif isinstance(b, Table):
            rows = [b.header, *b.rows]
            cells = [
                Cell(r, c, _cell(f"{path}.{'header' if r == 0 else f'rows.{r - 1}'}.{c}", t.text))
                for r, row in enumerate(rows)
                for c, t in enumerate(row)
            ]
            out.append(PrintedTable(path, len(b.header), cells))
        else:
            assert isinstance(b, Contact)
            out.append(contact_para(b, path, source))
    return out


def contact_para(c: Contact, path: str, source: str) -> Para:
    [(s, e)] = c.spans
    line = source[s:e]
    at = line.find(c.text)
    p = Para("ad-contact")
    if at < 0:
        return p.add(line)
    return p.add(line[:at]).add(c.text, path).add(line[at + len(c.text) :])
