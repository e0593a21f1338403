"""A Text as lines of segments: the lines Console.render_lines gives, in time linear in the
Text's length.

Each wrapped line is rendered alone: Rich's own rendering of a wrapped Text is quadratic
in its lines (docs/performance.md). With `most`, only as much of the Text is wrapped as
fills that many lines (a pane's first screenful of a very long paragraph).
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions
from rich.segment import Segment
from rich.text import Text

_JOIN = Text("")
"""Joins a wrapped line alone, which turns its style into a span, as Rich's own join does
(Text.render paints a Text's style only under its spans)."""


def text_lines(
    console: Console, text: Text, options: ConsoleOptions, most: int | None = None
) -> tuple[list[list[Segment]], bool]:
    """The lines, and whether `most` stopped them before the Text's end (then exactly
    `most` lines, each as the whole Text would give it)."""
    end = None if most is None else (most + 2) * options.max_width
    while end is not None and end < len(text):
        wrapped = _wrap(console, text[:end], options)
        if len(wrapped) > most + 1:  # type: ignore[operator]
            # The last line of a cut Text may be short; every line before it is whole.
            return _render(console, wrapped, options)[:most], True
        end *= 2  # few lines from many characters: spaces, marks that take no cell
    if not text.plain:  # Rich gives an empty Text one empty line
        return console.render_lines(text, options, pad=False, new_lines=False), False
    return _render(console, _wrap(console, text, options), options), False


def _wrap(console: Console, text: Text, options: ConsoleOptions) -> list[Text]:
    tab_size = console.tab_size if text.tab_size is None else text.tab_size
    no_wrap = options.no_wrap if text.no_wrap is None else text.no_wrap
    return list(
        text.wrap(
            console,
            options.max_width,
            justify=text.justify or options.justify or "default",
            overflow=text.overflow or options.overflow or "fold",
            tab_size=tab_size or 8,
            no_wrap=bool(no_wrap),
        )
    )


def _render(console: Console, wrapped: list[Text], options: ConsoleOptions) -> list[list[Segment]]:
    lines: list[list[Segment]] = []
    for line in wrapped:
        segments = [s for s in _JOIN.join((line,)).render(console) if s.text]
        if not segments:
            lines.append([])  # an empty line between two newlines, as Rich splits it
            continue
        lines.extend(
            Segment.split_and_crop_lines(
                segments, options.max_width, pad=False, include_new_lines=False
            )
        )
    if not wrapped[-1].plain and lines and not lines[-1]:
        lines.pop()  # after a final newline Rich starts no line
    return lines
