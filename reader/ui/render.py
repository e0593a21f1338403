"""Pure renderers: edition parts -> lines of Rich segments, with a map leaf path -> line.

No Textual here. Newspaper text never goes through markup: every piece is a
rich.text.Text styled by ranges, so "[bold]" in an article stays literal, and
control characters are swapped for visible symbols one for one (offsets into a
leaf's text stay valid for highlights).
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.table import Table as RichTable
from rich.text import Text

from reader.highlights import Highlights, Mark
from reader.model import (
    WEEKDAYS,
    Ad,
    Article,
    Block,
    Byline,
    Contact,
    Edition,
    Heading,
    Image,
    ListBlock,
    Masthead,
    Note,
    Page,
    Paragraph,
    Photo,
    Table,
)
from reader.printable import visible

MEASURE = 72
"""Widest line of running text, in cells: wide terminals get a readable column."""

_CURRENT_HIT = Style.from_meta({"hit": "current"})
"""Tags the current hit's segments, so `Rendered.current_hit_line` can find its line."""

TRUNCATED_NOTE = "(광고가 페이지 끝에서 잘림)"
PHOTO_LABEL = "사진"


@dataclass(frozen=True)
class Palette:
    """The styles of the document roles; the app fills it from its CSS."""

    headline: Style = Style(bold=True)
    subheadline: Style = Style(italic=True)
    marker: Style = Style(color="cyan", bold=True)
    lead: Style = Style(bold=True)
    question: Style = Style(color="cyan", bold=True)
    caption: Style = Style(dim=True, italic=True)
    subhead: Style = Style(bold=True, underline=True)
    byline: Style = Style(bold=True)
    link: Style = Style(color="cyan", underline=True)
    phone: Style = Style(color="cyan", bold=True)
    muted: Style = Style(dim=True)
    rule: Style = Style(dim=True)
    title: Style = Style(bold=True)
    heading: Style = Style(bold=True)
    table_header: Style = Style(bold=True)
    photo: Style = Style(dim=True, italic=True)
    highlight: Style = Style(color="black", bgcolor="yellow")
    current_hit: Style = Style(color="black", bgcolor="bright_yellow", bold=True)


DEFAULT_PALETTE = Palette()


@dataclass
class Rendered:
    """Lines ready to paint, and the first line of each leaf path."""

    width: int
    lines: list[list[Segment]] = field(default_factory=list)
    anchors: dict[str, int] = field(default_factory=dict)

    def plain(self) -> str:
        return "\n".join("".join(s.text for s in line).rstrip() for line in self.lines)

    def current_hit_line(self) -> int | None:
        """The line where the current search hit (a Mark with current=True) starts."""
        for index, line in enumerate(self.lines):
            for segment in line:
                if segment.style and segment.style.meta.get("hit") == "current":
                    return index
        return None

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        for line in self.lines:
            yield from line
            yield Segment.line()

    def extend(self, other: Rendered, prefix: str = "") -> None:
        base = len(self.lines)
        self.lines.extend(other.lines)
        for path, line in other.anchors.items():
            self.anchors[prefix + path] = base + line


class _Writer:
    """Appends renderables as lines, with hanging prefixes and blank-line gaps."""

    def __init__(self, console: Console, width: int):
        self.console = console
        self.out = Rendered(width=width)
        self._gap = False

    def gap(self) -> None:
        self._gap = bool(self.out.lines)

    def anchor(self, path: str) -> None:
        """Mark where the next renderable will start."""
        self.out.anchors.setdefault(path, len(self.out.lines) + self._gap)

    def add(
        self,
        renderable: RenderableType,
        path: str | None = None,
        first: tuple[str, Style] | None = None,
        rest: tuple[str, Style] | None = None,
    ) -> None:
        if self._gap:
            self.out.lines.append([])
            self._gap = False
        if path is not None:
            self.anchor(path)
        indent = cell_len(first[0]) if first else 0
        width = max(1, self.out.width - indent)
        options = self.console.options.update(width=width, height=None, highlight=False)
        lines = self.console.render_lines(renderable, options, pad=False, new_lines=False)
        if first is None:
            self.out.lines.extend(lines)
            return
        rest = rest or (" " * indent, Style.null())
        for i, line in enumerate(lines):
            text, style = first if i == 0 else rest
            self.out.lines.append([Segment(text, style), *line])

    def rule(self, style: Style) -> None:
        self.add(Text("─" * self.out.width, style=style, end=""))


def leaf_text(
    text: str, path: str, style: Style | str, highlights: Highlights | None, palette: Palette
) -> Text:
    """A leaf's text as a styled Text, with its highlight ranges applied."""
    shown, where = composed(text)
    out = Text(visible(shown), style=style, end="")
    _mark(out, path, highlights, palette, where)
    return out


# Decomposed Hangul (NFD: a leading consonant, a vowel, maybe a final) is kept as
# printed in the edition but shown composed: many terminals draw the jamo apart.
_NFD_SYLLABLE = re.compile("([\u1100-\u1112])([\u1161-\u1175])([\u11a8-\u11c2]?)")


def _syllable(m: re.Match[str]) -> str:
    lead, vowel, tail = (ord(c) if c else 0 for c in m.groups())
    final = tail - 0x11A7 if tail else 0
    return chr(0xAC00 + ((lead - 0x1100) * 21 + vowel - 0x1161) * 28 + final)


def composed(text: str) -> tuple[str, list[int] | None]:
    """Text with NFD Hangul syllables composed, and where each original offset lands
    in it (None when nothing changed, the common case)."""
    if not _NFD_SYLLABLE.search(text):
        return text, None
    out: list[str] = []
    where: list[int] = []
    pos = 0
    for m in _NFD_SYLLABLE.finditer(text):
        for ch in text[pos : m.start()]:
            where.append(len(out))
            out.append(ch)
        where.extend([len(out)] * (m.end() - m.start()))
        out.append(_syllable(m))
        pos = m.end()
    for ch in text[pos:]:
        where.append(len(out))
        out.append(ch)
    where.append(len(out))
    return "".join(out), where


def _mark(
    text: Text,
    path: str,
    highlights: Highlights | None,
    palette: Palette,
    where: list[int] | None = None,
) -> None:
    """Stylize a leaf's highlight ranges; the current search hit stronger, and tagged."""
    for span in highlights.get(path, ()) if highlights else ():
        start, end = span[0], span[1]
        if where is not None:  # offsets into the printed text -> into the composed text
            start, end = where[start], (where[end - 1] + 1 if end > start else where[start])
        if isinstance(span, Mark) and span.current:
            text.stylize(palette.current_hit + _CURRENT_HIT, start, end)
        else:
            text.stylize(palette.highlight, start, end)


def _console(console: Console | None, width: int) -> Console:
    # A private console: rendering to segments needs only widths, never a terminal.
    return console or Console(width=width, color_system="truecolor", legacy_windows=False)


# --- masthead ------------------------------------------------------------------


def korean_date(date: str | None, weekday: str | None = None) -> str | None:
    """'2026년 2월 4일 수요일' from an ISO date (weekday computed when not given)."""
    if not date:
        return None
    try:
        day = datetime.date.fromisoformat(date)
    except ValueError:
        return visible(date)
    name = weekday or WEEKDAYS[day.weekday()]
    if (
        len(name) == 1 and name in WEEKDAYS
    ):  # '수' -> '수요일'; an English page's 'Monday' stays as printed
        name += "요일"
    return f"{day.year}년 {day.month}월 {day.day}일 {visible(name)}"


def lunar_date(masthead: Masthead) -> str | None:
    if not masthead.lunar:
        return None
    leap = "윤" if masthead.lunar_leap else ""
    month, _, day = masthead.lunar.partition("-")
    if month.isdigit() and day.isdigit():
        return f"음력 {leap}{int(month)}월 {int(day)}일"
    return f"음력 {leap}{masthead.lunar}"


def masthead_text(masthead: Masthead | None, fallback: str = "") -> Text:
    """'광남일보 · 2026년 2월 4일 수요일 (음력 12월 17일) · 조간 제8020호'."""
    if masthead is None:
        return Text(visible(fallback), end="")
    parts: list[Text] = []
    if masthead.paper:
        parts.append(Text(visible(masthead.paper), style="bold", end=""))
    date = korean_date(masthead.date, masthead.weekday)
    lunar = lunar_date(masthead)
    if date or lunar:
        when = date or ""
        if lunar:
            when = f"{when} ({lunar})" if when else lunar
        parts.append(Text(visible(when), end=""))
    kind = masthead.edition_kind or ""
    if masthead.issue is not None:
        kind = f"{kind} 제{masthead.issue}호".strip()
    if kind:
        parts.append(Text(visible(kind), end=""))
    if not parts:
        return Text(visible(fallback), end="")
    return Text(" · ", end="").join(parts)


def page_label(page: Page) -> str:
    return visible(f"{page.number} {page.section}".strip())


# --- articles ------------------------------------------------------------------

_BODY_STYLE: dict[str, str] = {
    "lead": "lead",
    "question": "question",
    "caption": "caption",
    "subhead": "subhead",
}


def _body_prefixes(block: Block, palette: Palette) -> tuple[tuple[str, Style] | None, ...]:
    kind = block.kind
    if kind == "question":
        return ("Q  ", palette.question), ("   ", Style.null())
    if kind == "lead":
        return ("┃ ", palette.marker), ("┃ ", palette.marker)
    if kind == "caption":
        return ("▣ ", palette.caption), ("  ", Style.null())
    if kind == "subhead":
        return ("■ ", palette.marker), ("  ", Style.null())
    if kind == "bullet":
        return ("• ", palette.marker), ("  ", Style.null())
    return None, None


def photo_placeholder(image: Image | None, palette: Palette) -> Text:
    """A photo, until pictures are shown: a dim framed line with its size."""
    size = f" {image.width}×{image.height}" if image and image.width and image.height else ""
    return Text(f"[{PHOTO_LABEL}{size}]", style=palette.photo, end="")


def byline_text(byline: Byline, path: str, highlights: Highlights | None, palette: Palette) -> Text:
    """The byline as printed, with the name and the email picked out."""
    printed = byline.text or " ".join(
        b for b in (byline.dateline, byline.name, byline.role, byline.email) if b
    )
    text = leaf_text(printed, path, Style.null(), None, palette)
    shown, where = composed(printed)
    for value, style in ((byline.name, palette.byline), (byline.email, palette.link)):
        value = composed(value or "")[0]
        if value and (at := shown.find(value)) >= 0:
            text.stylize(style, at, at + len(value))
    _mark(text, path, highlights, palette, where)
    return text


def render_article(
    article: Article,
    width: int = MEASURE,
    highlights: Highlights | None = None,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
) -> Rendered:
    """The article as lines at `width` cells; anchors map every leaf path to its line."""
    w = _Writer(_console(console, width), width)
    p = palette
    if article.headline is not None:
        w.add(leaf_text(article.headline.text, "headline", p.headline, highlights, p), "headline")
    if article.subheadline is not None:
        w.add(
            leaf_text(article.subheadline.text, "subheadline", p.subheadline, highlights, p),
            "subheadline",
        )
    if article.deck:
        w.gap()
        for i, item in enumerate(article.deck):
            path = f"deck.{i}"
            w.add(
                leaf_text(item.text, path, Style.null(), highlights, p),
                path,
                ("▸ ", p.marker),
                ("  ", Style.null()),
            )
    if article.headline or article.subheadline or article.deck:
        w.gap()
        w.rule(p.rule)
    for i, block in enumerate(article.body):
        path = f"body.{i}"
        if block.image is not None or block.kind == "photo":
            w.gap()
            w.add(photo_placeholder(block.image, p))
            continue
        role = _BODY_STYLE.get(block.kind)
        style = getattr(p, role) if role else Style.null()
        first, rest = _body_prefixes(block, p)
        w.gap()
        w.add(leaf_text(block.text, path, style, highlights, p), path, first, rest)
    if article.bylines:
        w.gap()
        for i, byline in enumerate(article.bylines):
            path = f"byline.{i}"
            w.add(byline_text(byline, path, highlights, p), path)
    return w.out


# --- ads -----------------------------------------------------------------------


def _numeric(cells: Iterable[Text]) -> bool:
    values = [c.plain.replace(",", "").strip() for c in cells]
    return any(values) and all(not v or v.isdigit() for v in values)


SHORT_COLUMN = 14
"""Columns whose cells all fit in this many cells stay on one line."""
MIN_WRAP = 18
"""The least a wrapping column gets; below it the table is stacked row by row."""


def _table(
    block: Table, base: str, width: int, highlights: Highlights | None, p: Palette
) -> RenderableType:
    """A Rich table; in a pane too narrow for it, one key/value grid per row."""
    ncols = max([len(block.header), *(len(r) for r in block.rows)], default=0)
    heads = [
        leaf_text(block.header[j].text, f"{base}.header.{j}", p.table_header, highlights, p)
        if j < len(block.header)
        else Text("", end="")
        for j in range(ncols)
    ]
    rows = [
        [
            leaf_text(t.text, f"{base}.rows.{r}.{j}", Style.null(), highlights, p)
            for j, t in enumerate(row)
        ]
        for r, row in enumerate(block.rows)
    ]
    columns = [[row[j] for row in rows if j < len(row)] for j in range(ncols)]
    natural = [max(c.cell_len for c in [heads[j], *columns[j]]) for j in range(ncols)]
    short = [n <= SHORT_COLUMN for n in natural]
    need = sum(n for n, s in zip(natural, short, strict=True) if s)
    need += MIN_WRAP * short.count(False) + 2 * (ncols - 1)
    if need > width:
        return _stacked(heads, rows, p)
    table = RichTable(
        box=box.SIMPLE_HEAD,
        show_header=bool(block.header),
        header_style=p.table_header,
        show_lines=True,
        padding=(0, 1),
        pad_edge=False,
        collapse_padding=True,
    )
    for j in range(ncols):
        table.add_column(
            heads[j],
            justify="right" if _numeric(columns[j]) else "left",
            no_wrap=short[j],
            overflow="fold",
        )
    for row in rows:
        table.add_row(*row)
    return table


def _stacked(heads: list[Text], rows: list[list[Text]], p: Palette) -> RenderableType:
    """Each row as its first cell in bold over 'header  value' lines."""
    parts: list[RenderableType] = []
    for n, row in enumerate(rows):
        if n:
            parts.append(Text())
        if row:
            parts.append(Text.assemble(row[0], style=p.title))
        grid = RichTable.grid(padding=(0, 1))
        grid.add_column(style=p.muted, no_wrap=True)
        grid.add_column(overflow="fold")
        for head, cell in zip(heads[1:], row[1:], strict=False):
            if cell.plain:
                grid.add_row(head.copy(), cell)
        parts.append(Padding(grid, (0, 0, 0, 2)))
    return Group(*parts)


def _contact(block: Contact, path: str, highlights: Highlights | None, p: Palette) -> Text:
    style = p.phone if block.channel == "phone" else p.link
    text = Text(end="")
    if block.label:
        text.append(visible(block.label), p.muted)
        text.append(" ")
    text.append_text(leaf_text(block.text, path, style, highlights, p))
    return text


def render_ad(
    ad: Ad,
    width: int = MEASURE,
    highlights: Highlights | None = None,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
) -> Rendered:
    """One ad as lines at `width` cells; anchors map every leaf path to its line."""
    w = _Writer(_console(console, width), width)
    p = palette
    if ad.title is not None:
        w.add(leaf_text(ad.title.text, "title", p.title, highlights, p), "title")
    if ad.advertiser and (ad.title is None or ad.advertiser != ad.title.text):
        w.add(Text(visible(ad.advertiser), style=p.muted, end=""))
    for i, block in enumerate(ad.blocks):
        base = f"blocks.{i}"
        if isinstance(block, Heading):
            w.gap()
            w.add(
                leaf_text(block.text, base, p.heading, highlights, p),
                base,
                ("■ ", p.marker),
                ("  ", Style.null()),
            )
        elif isinstance(block, Paragraph):
            w.add(leaf_text(block.text, base, Style.null(), highlights, p), base)
        elif isinstance(block, Note):
            w.add(leaf_text(block.text, base, p.caption, highlights, p), base)
        elif isinstance(block, Contact):
            w.add(_contact(block, base, highlights, p), base)
        elif isinstance(block, Photo):
            w.add(photo_placeholder(block.image, p))
        elif isinstance(block, ListBlock):
            w.anchor(base)
            for j, item in enumerate(block.items):
                path = f"{base}.items.{j}"
                lines = leaf_text(item.text, path, Style.null(), highlights, p).split("\n")
                for k, line in enumerate(lines):
                    if k == 0:
                        w.add(line, path, ("- ", p.marker), ("  ", Style.null()))
                    else:  # a continuation line printed under its item
                        w.add(line, None, ("    ", Style.null()))
        elif isinstance(block, Table):
            w.add(_table(block, base, width, highlights, p), base)
            start = w.out.anchors[base]
            # Cells share the table's line: close enough to scroll a hit into view.
            for leaf in [f"{base}.header.{j}" for j in range(len(block.header))] + [
                f"{base}.rows.{r}.{j}" for r, row in enumerate(block.rows) for j in range(len(row))
            ]:
                w.out.anchors.setdefault(leaf, start)
    if ad.truncated:
        w.gap()
        w.add(Text(TRUNCATED_NOTE, style=p.caption, end=""))
    return w.out


def render_ads(
    ads: Sequence[Ad],
    width: int = MEASURE,
    highlights: Mapping[str, Highlights] | None = None,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
) -> Rendered:
    """Several ads, one after another; anchors are '<ad id>' and '<ad id>:<leaf path>'."""
    con = _console(console, width)
    out = Rendered(width=width)
    for n, ad in enumerate(ads):
        if n:
            out.lines.append([])
            out.lines.append([Segment("─" * width, palette.rule)])
            out.lines.append([])
        out.anchors[ad.id] = len(out.lines)
        one = render_ad(ad, width, (highlights or {}).get(ad.id), palette, con)
        out.extend(one, prefix=f"{ad.id}:")
    return out


def render_edition(
    edition: Edition,
    width: int = MEASURE,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
) -> Rendered:
    """The whole edition for print (`broadsheet show`): masthead, then page by page.

    Anchors are '<item id>' and '<item id>:<leaf path>'.
    """
    con = _console(console, width)
    out = Rendered(width=width)
    w = _Writer(con, width)
    w.add(masthead_text(edition.masthead, edition.id))
    out.extend(w.out)
    for page in edition.pages:
        out.lines.append([])
        label = f"━━ {page_label(page)} "
        out.lines.append([Segment(label + "━" * max(0, width - cell_len(label)), palette.heading)])
        for item in page.items:
            out.lines.append([])
            out.anchors[item.id] = len(out.lines)
            if isinstance(item, Article):
                one = render_article(item, width, None, palette, con)
            else:
                one = render_ad(item, width, None, palette, con)
            out.extend(one, prefix=f"{item.id}:")
    return out
