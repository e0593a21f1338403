"""Theme colours made legible where they are drawn.

A component's partial style leaves a theme's `auto` colour ($text, $text-muted) white,
whatever the background; and a theme's accent can sit on a tint of its own primary.
`drawn_style` resolves a component's colour on the background under it, and `legible`
moves a colour too close to its background toward the background's contrasting text.
"""

from __future__ import annotations

from rich.style import Style
from textual.color import Color
from textual.widget import Widget

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
    background's contrasting text) that reads on every background."""
    if not backgrounds:
        return colour
    target = backgrounds[0].get_contrast_text(1.0)
    for step in range(11):
        mixed = colour.blend(target, step / 10, alpha=1)
        if all(contrast(mixed, bg) >= MIN_CONTRAST for bg in backgrounds):
            return mixed
    return target


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
