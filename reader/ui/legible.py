"""Theme colours made legible where they are drawn.

A component's partial style leaves a theme's `auto` colour ($text, $text-muted) white,
whatever the background; and a theme's accent can sit on a tint of its own primary.
`drawn_style` resolves a component's colour on the background under it, and `legible`
moves a colour too close to its background toward the background's contrasting text;
`legible_cell` does so for a drawn cell, dim ones too (a terminal's faint is its own).
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.constants import DIM_FACTOR
from textual.widget import Widget

WHITE, BLACK = Color(255, 255, 255), Color(0, 0, 0)
MIN_CONTRAST = 4.5
"""WCAG's least contrast for body text."""


def contrast(a: Color, b: Color) -> float:
    """WCAG's contrast ratio of two opaque colours, 1 to 21."""

    def luminance(c: Color) -> float:
        def channel(v: int) -> float:
            s = v / 255
            return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b)

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def legible(colour: Color, *backgrounds: Color) -> Color:
    """The colour, or the least blend of it toward black or white (the first
    background's contrasting text) that reads on every background; toward the other when
    that one cannot (white reaches 3.7:1 on a mid blue such as solarized's, black 5.7:1)."""
    if not backgrounds:
        return colour
    first = backgrounds[0].get_contrast_text(1.0)
    other = WHITE if first.brightness < 0.5 else BLACK
    for target in (first, other):
        for step in range(11):
            mixed = colour.blend(target, step / 10, alpha=1)
            if all(contrast(mixed, bg) >= MIN_CONTRAST for bg in backgrounds):
                return mixed
    return max((first, other), key=lambda c: min(contrast(c, bg) for bg in backgrounds))


TERMINAL_DEFAULT = Color(0, 0, 0, ansi=-1)
"""The terminal's own colour, as Textual reads Rich's `default`."""


def background_of(widget: Widget) -> Color:
    """The opaque colour under the widget's text (the terminal's, when it has none)."""
    bgcolor = widget.rich_style.bgcolor
    return Color.from_rich_color(bgcolor) if bgcolor is not None else TERMINAL_DEFAULT


def drawn_style(widget: Widget, name: str, *over: Color) -> Style:
    """A component's style without its background, its colour resolved on the widget's
    background and made legible on it (or on each of `over`, what it is drawn on)."""
    partial = widget.get_component_rich_style(name, partial=True)
    if partial.color is None:
        return partial
    full = widget.get_component_rich_style(name)
    resolved = Color.from_rich_color(full.color) if full.color is not None else TERMINAL_DEFAULT
    under = over or (background_of(widget),)
    # An ANSI or default colour is the terminal's to pick (Textual reads it as black):
    # nothing to measure, so it is left as the theme gives it.
    if any(c.ansi is not None for c in (resolved, *under)):
        return partial
    colour = legible(resolved, *under)
    return partial + Style(color=colour.rich_color)


def legible_cell(style: Style, under: Color) -> Style:
    """A drawn cell's style with its colour legible on its background (`under` when it
    has none); dim drawn as a colour part way to the background, as Textual's dim filter
    draws it, then made legible too (a terminal's own faint read at 2:1 on some themes'
    cursor, and some themes' cursor colours are 2.4:1 undimmed)."""
    if style.color is None:
        return style
    colour = Color.from_rich_color(style.color)
    background = Color.from_rich_color(style.bgcolor) if style.bgcolor is not None else under
    if colour.ansi is not None or background.ansi is not None:
        return style  # the terminal's colours: its faint is its own
    if style.dim:
        colour = background.blend(colour, DIM_FACTOR, alpha=1)
    made = legible(colour, background)
    return style + Style(color=made.rich_color, dim=False)
