"""Lines of Rich segments with a map leaf path -> line: the ground every renderer here
shares (the palette, the writer, a leaf's text with its highlights).

Newspaper text never goes through markup: every piece is a rich.text.Text styled by
ranges, so "[bold]" in an article stays literal, and control characters are
swapped for visible symbols one for one (offsets into a leaf's text stay valid
for highlights).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

import msgspec
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderableType, RenderResult
from rich.segment import Segment
from rich.style import Style
from rich.text import Text

from reader.highlights import Highlights, Mark
from reader.model import Image
from reader.pictures import photo_name
from reader.printable import cell_width, cluster_edge, kept_before_cut, reach_back, visible
from reader.ui.render.kept_whole import glued, unglued
from reader.ui.render.text_lines import text_lines

PhotoLines = Callable[[Image, int], list[list[Segment]]]
"""A photo as lines at most so many cells wide: its picture, or a frame of its size."""

MEASURE = 72
"""Widest line of running text, in cells: wide terminals get a readable column."""


_CURRENT_HIT = Style.from_meta({"hit": "current"})
"""Tags the current hit's segments, so `Rendered.current_hit_line` can find its line."""


class Palette(msgspec.Struct, frozen=True):
    """The styles of the document roles; the app fills it from its CSS."""

    headline: Style = Style(bold=True)
    subheadline: Style = Style(italic=True)
    marker: Style = Style(color="cyan", bold=True)
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


class Rendered(msgspec.Struct):
    """Lines ready to paint, and the first line of each leaf path."""

    width: int
    lines: list[list[Segment]] = msgspec.field(default_factory=list)
    anchors: dict[str, int] = msgspec.field(default_factory=dict)
    figures: dict[str, int] = msgspec.field(default_factory=dict)
    """The first line of each photo drawn as a picture, by its block's path."""
    complete: bool = True
    """False: only the first lines, up to a limit (a pane's first screenful)."""

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
        self.complete = self.complete and other.complete
        for path, line in other.anchors.items():
            self.anchors[prefix + path] = base + line
        for path, line in other.figures.items():
            self.figures[prefix + path] = base + line


class Writer:
    """Appends renderables as lines, with hanging prefixes and blank-line gaps; with a
    `limit`, the renderer stops once that many lines are written (`full`)."""

    def __init__(
        self,
        console: Console,
        width: int,
        limit: int | None = None,
        whole: Callable[[str], Sequence[tuple[int, int]]] | None = None,
    ):
        self.console = console
        self.limit = limit
        self.whole = whole  # the spans of a Text no line breaks inside
        # Once: a console's options look its size up in the environment each time.
        self._options = console.options.update(height=None, highlight=False)
        self.out = Rendered(width=width)
        self._gap = False
        self._cut = False  # a Text was cut at the limit: nothing may follow it

    @property
    def full(self) -> bool:
        """The limit is reached: what is still to come is left out (`complete` False)."""
        if self.limit is None or (len(self.out.lines) < self.limit and not self._cut):
            return False
        self.out.complete = False
        return True

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
        # the widest prefix: a hanging indent ('' then '  ') wraps every line to fit
        indent = max(cell_len(first[0]) if first else 0, cell_len(rest[0]) if rest else 0)
        width = max(1, self.out.width - indent)
        options = self._options.update(width=width)
        if isinstance(renderable, Text):
            lines = self._text_lines(renderable, options)
        else:
            lines = self.console.render_lines(renderable, options, pad=False, new_lines=False)
        if first is None:
            self.out.lines.extend(lines)
            return
        rest = rest or (" " * indent, Style.null())
        for i, line in enumerate(lines):
            text, style = first if i == 0 else rest
            self.out.lines.append([Segment(text, style), *line])

    def _text_lines(self, text: Text, options: ConsoleOptions) -> list[list[Segment]]:
        room = None if self.limit is None else max(0, self.limit - len(self.out.lines))
        glue = None
        if self.whole is not None:
            text, glue = glued(text, self.whole(text.plain))
        lines, cut = text_lines(self.console, text, options, room)
        self._cut = self._cut or cut
        return unglued(lines, glue)

    def add_parts(self, parts: Iterable[RenderableType]) -> None:
        """Renderables one after another, until the limit is reached."""
        for part in parts:
            if self.full:
                return
            self.add(part)

    def figure(self, path: str, lines: list[list[Segment]]) -> None:
        """Lines drawn already (a photo), centred in the width."""
        if self._gap:
            self.out.lines.append([])
            self._gap = False
        self.out.figures[path] = len(self.out.lines)
        used = max((Segment.get_line_length(line) for line in lines), default=0)
        left = max(0, (self.out.width - used) // 2)
        pad = [Segment(" " * left)] if left else []
        self.out.lines.extend([*pad, *line] for line in lines)

    def rule(self, style: Style) -> None:
        self.add(Text("─" * self.out.width, style=style, end=""))


def leaf_text(
    text: str,
    path: str,
    style: Style | str,
    highlights: Highlights | None,
    palette: Palette,
    hanja: bool = False,
) -> Text:
    """A leaf's text as a styled Text, with its highlight ranges applied; with ``hanja``,
    each Hanja word followed by its Hangul reading: 與野(여야)."""
    shown, where = composed(text)
    out = Text(visible(shown), style=style, end="")
    if hanja:
        out, where = with_readings(text, out, where, palette)
    mark(out, path, highlights, palette, where)
    return out


def with_readings(
    text: str, shown: Text, where: list[int] | None, palette: Palette
) -> tuple[Text, list[int] | None]:
    """``shown`` (text as displayed; ``where``: each offset of text in it, None for the
    same) with "(reading)" after each Hanja word, and where each offset of text lands
    now: highlights stay on the Hanja themselves."""
    # Here, not at the top: with readings off (the default) start-up does without it.
    from reader.hanja import readings

    found = readings(text)
    if not found:
        return shown, where
    places = where if where is not None else list(range(len(text) + 1))
    out = Text(style=shown.style, end="")
    cuts: list[tuple[int, int]] = []  # (where in shown a reading goes, its length)
    at = 0
    for _start, end, reading in found:
        cut = places[end - 1] + 1
        out.append_text(shown[at:cut])
        out.append(f"({reading})", style=palette.muted)
        cuts.append((cut, len(reading) + 2))
        at = cut
    out.append_text(shown[at:])
    moved = []
    extra = i = 0
    for place in places:  # ascending: each reading moves what comes after it
        while i < len(cuts) and cuts[i][0] <= place:
            extra += cuts[i][1]
            i += 1
        moved.append(place + extra)
    return out, moved


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


def mark(
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


def console_for(console: Console | None, width: int) -> Console:
    # A private console: rendering to segments needs only widths, never a terminal.
    return console or Console(width=width, color_system="truecolor", legacy_windows=False)


def ellipsized(text: Text, cells: int) -> None:
    """Cut `text` in place to `cells` cells, as `cut_to_width` cuts a string: its styles
    kept, one '…' at the end."""
    if cell_width(text.plain) <= cells:
        return
    text.right_crop(len(text.plain) - kept_before_cut(text.plain, cells))
    text.append("…")


def cut_between(text: Text, cells: int) -> Text:
    """`text` in `cells` cells, its start and its end kept and one '…' between them (its
    styles kept): for lines that open alike, where an end cut would make them one."""
    plain = text.plain
    if cell_width(plain) <= cells:
        return text
    head = kept_before_cut(plain, (cells - 1) // 2 + 1)  # its cells, and one for the '…'
    room = cells - 1 - cell_width(plain[:head])
    tail = max(head, reach_back(plain, len(plain), room))
    while tail < len(plain) and (plain[tail].isspace() or not cluster_edge(plain, tail)):
        tail += 1  # no half cluster, no space after the '…'
    start, _cut, end = text.divide([head, tail])
    start.append("…")
    start.append_text(end)
    return start


def photo_placeholder(image: Image | None, palette: Palette) -> Text:
    """A photo, until pictures are shown: a dim framed line with its size."""
    return Text(f"[{photo_name(image)}]", style=palette.photo, end="")
