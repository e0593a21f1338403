"""The role of each source line: the reader's (from a set's JSON) and the rules' (from spans).

A line's role is the role of most of its labelled characters. The gold labels come from
matching each expected text back to the page, ignoring whitespace, hyphens and case (a
word hyphenated at a line end is joined in the JSON); the markers and enclosing brackets
the JSON leaves out stay unlabelled. The rules' labels come from the ingested edition's
leaves, whose spans cover every printed character. A line starts an item when it holds
the first character of one.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from reader.model import (
    Ad,
    Article,
    Contact,
    Edition,
    Heading,
    ListBlock,
    Note,
    Paragraph,
    Span,
    Table,
)

IGNORED = frozenset("-‐")  # hyphens: dropped at line ends by the ingest and the JSON alike


@dataclass(frozen=True)
class SourceLine:
    page: int  # 0-based, pages split at form feeds
    start: int  # offsets into the whole source text
    end: int
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


@dataclass
class LineRoles:
    """One role (or None) and one item-start flag per source line."""

    roles: list[str | None]
    starts: list[bool]
    unmatched: list[str]  # expected texts not found on their page


def source_lines(text: str) -> list[SourceLine]:
    out: list[SourceLine] = []
    page, at = 0, 0
    for number, chunk in enumerate(text.split("\f")):
        page = number
        for line in chunk.split("\n"):
            out.append(SourceLine(page, at, at + len(line), line))
            at += len(line) + 1
        # the split consumed one "\n" too many per page; a form feed takes its place
    return out


def _norm(ch: str) -> str:
    folded = ch.casefold()
    return folded if len(folded) == 1 else ch


class _Page:
    """A page's text without whitespace and hyphens, and which characters are claimed."""

    def __init__(self, text: str, start: int, end: int) -> None:
        self.offsets = [
            i for i in range(start, end) if not text[i].isspace() and text[i] not in IGNORED
        ]
        self.flat = "".join(_norm(text[i]) for i in self.offsets)
        self.claimed = [False] * len(self.offsets)

    def find(self, wanted: str, floor: int, limit: int | None = None) -> tuple[int, int] | None:
        """The first unclaimed occurrence of `wanted` at or after flat index `floor`."""
        key = "".join(_norm(c) for c in wanted if not c.isspace() and c not in IGNORED)
        if not key:
            return None
        at = self.flat.find(key, floor)
        while at >= 0 and (limit is None or at + len(key) <= limit):
            if not any(self.claimed[at : at + len(key)]):
                return at, at + len(key)
            at = self.flat.find(key, at + 1)
        return None

    def claim(self, span: tuple[int, int]) -> list[int]:
        for k in range(*span):
            self.claimed[k] = True
        return self.offsets[span[0] : span[1]]


def _expected_texts(item: dict[str, Any]) -> Iterator[tuple[str, str]]:
    """(role, text) of an expected item, the long texts first and names last."""
    if item.get("kind") == "ad":
        yield "ad title", item["title"]
        for block in item.get("blocks", []):
            kind = block[0]
            if kind == "list":
                yield from (("ad list", t) for t in block[1])
            elif kind == "table":
                yield from (("ad table", t) for t in [*block[1], *sum(block[2], [])])
            elif kind == "contact":
                yield "ad contact", block[3]
            else:
                yield f"ad {kind}", block[1]
        return
    for role in ("headline", "subheadline"):
        if item.get(role):
            yield role, item[role]
    yield from (("deck", t) for t in item.get("deck", []))
    yield from ((kind, text) for kind, text in item.get("body", []))
    for name, _role, email, _dateline in item.get("bylines", []):
        yield from (("byline", t) for t in (name, email) if t)


def gold_roles(text: str, expected: dict[str, Any]) -> LineRoles:
    lines = source_lines(text)
    label: dict[int, str] = {}
    firsts: list[int] = []
    unmatched: list[str] = []
    page_texts = [p for p in expected["pages"]]
    for number, page in enumerate(page_texts):
        on_page = [ln for ln in lines if ln.page == number]
        if not on_page:
            unmatched.extend(t for it in page["items"] for _, t in _expected_texts(it))
            continue
        flat = _Page(text, on_page[0].start, on_page[-1].end)
        floor, first_item = 0, None
        for item in page["items"]:
            found: list[int] = []
            for role, wanted in _expected_texts(item):
                span = flat.find(wanted, floor) or flat.find(wanted, 0)
                if span is None:
                    unmatched.append(wanted)
                    continue
                for offset in flat.claim(span):
                    label[offset] = role
                found.append(span[0])
            if found:
                floor = min(found)
                firsts.append(flat.offsets[floor])
                first_item = floor if first_item is None else min(first_item, floor)
        section = page.get("section")
        if section:
            span = flat.find(section, 0, first_item)
            if span is not None:
                for offset in flat.claim(span):
                    label[offset] = "section label"
    roles = [_majority(label.get(i) for i in range(ln.start, ln.end)) for ln in lines]
    if expected.get("masthead") is not None:
        _masthead(lines, roles)
    return LineRoles(roles, _starts(lines, firsts), unmatched)


def _masthead(lines: list[SourceLine], roles: list[str | None]) -> None:
    """The first page's unlabelled printed lines above its first labelled one."""
    for k, line in enumerate(lines):
        if line.page > 0 or roles[k] is not None:
            return
        if not line.blank:
            roles[k] = "masthead"


def _majority(labels: Iterable[str | None]) -> str | None:
    counts = Counter(lb for lb in labels if lb is not None)
    return counts.most_common(1)[0][0] if counts else None


def _starts(lines: list[SourceLine], firsts: list[int]) -> list[bool]:
    starts = [False] * len(lines)
    for offset in firsts:
        starts[line_of(lines, offset)] = True
    return starts


def line_of(lines: list[SourceLine], offset: int) -> int:
    lo, hi = 0, len(lines) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if lines[mid].start <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


def _leaf_roles(item: Article | Ad) -> Iterator[tuple[str, list[Span]]]:
    if isinstance(item, Article):
        if item.headline is not None:
            yield "headline", item.headline.spans
        if item.subheadline is not None:
            yield "subheadline", item.subheadline.spans
        yield from (("deck", t.spans) for t in item.deck)
        yield from ((b.kind, b.spans) for b in item.body if b.kind != "photo")
        yield from (("byline", b.spans) for b in item.bylines)
        return
    if item.title is not None:
        yield "ad title", item.title.spans
    for block in item.blocks:
        if isinstance(block, ListBlock):
            yield from (("ad list", t.spans) for t in block.items)
        elif isinstance(block, Table):
            cells = [*block.header, *(c for row in block.rows for c in row)]
            yield from (("ad table", c.spans) for c in cells)
        elif isinstance(block, Heading | Paragraph | Note | Contact):
            yield f"ad {type(block).__name__.lower()}", block.spans


def rules_roles(edition: Edition, text: str) -> LineRoles:
    lines = source_lines(text)
    label: dict[int, str] = {}

    def put(role: str, spans: list[Span]) -> None:
        for a, b in spans:
            for i in range(a, b):
                label[i] = role

    if edition.masthead is not None:
        put("masthead", edition.masthead.spans)
    for page in edition.pages:
        if page.label is not None:
            put("section label", page.label.spans)
        folio = getattr(page, "folio", None)  # older checkouts' pages have none
        if folio is not None:
            put("folio", folio.spans)
    firsts: list[int] = []
    for _, item in edition.items():
        spans = [s for _, ss in _leaf_roles(item) for s in ss]
        for role, ss in _leaf_roles(item):
            put(role, ss)
        if spans:
            firsts.append(min(a for a, _ in spans))
    roles = [
        _majority(label.get(i) for i in range(ln.start, ln.end) if not text[i].isspace())
        for ln in lines
    ]
    return LineRoles(roles, _starts(lines, firsts), [])
