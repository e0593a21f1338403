"""An article as lines: headline, deck, body blocks with their markers, bylines."""

from __future__ import annotations

from rich.console import Console
from rich.style import Style
from rich.text import Text

from reader.highlights import Highlights
from reader.model import Article, Block, Byline
from reader.ui.render.lines import (
    DEFAULT_PALETTE,
    MEASURE,
    Palette,
    PhotoLines,
    Rendered,
    Writer,
    composed,
    console_for,
    leaf_text,
    mark,
    photo_placeholder,
)

# The lead is body text, set off by its bar alone: in bold, a lead of many lines would
# outweigh the headline above it and read heavily.
_BODY_STYLE: dict[str, str] = {
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
    mark(text, path, highlights, palette, where)
    return text


def render_article(
    article: Article,
    width: int = MEASURE,
    highlights: Highlights | None = None,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
    *,
    hanja: bool = False,
    photos: PhotoLines | None = None,
    limit: int | None = None,
) -> Rendered:
    """The article as lines at `width` cells; anchors map every leaf path to its line.
    With ``hanja``, each Hanja word is followed by its reading: 與野(여야). With
    `photos`, a photo is drawn by it (a picture, or a frame of its size); without, it is
    a placeholder line. With a `limit`, about that many lines: the first screenful."""
    w = Writer(console_for(console, width), width, limit)
    p = palette
    if article.headline is not None:
        w.add(
            leaf_text(article.headline.text, "headline", p.headline, highlights, p, hanja),
            "headline",
        )
    if article.subheadline is not None:
        w.add(
            leaf_text(article.subheadline.text, "subheadline", p.subheadline, highlights, p, hanja),
            "subheadline",
        )
    if article.deck:
        w.gap()
        for i, item in enumerate(article.deck):
            path = f"deck.{i}"
            w.add(
                leaf_text(item.text, path, Style.null(), highlights, p, hanja),
                path,
                ("▸ ", p.marker),
                ("  ", Style.null()),
            )
    if article.headline or article.subheadline or article.deck:
        w.gap()
        w.rule(p.rule)
    after_photo = False
    for i, block in enumerate(article.body):
        if w.full:
            return w.out
        path = f"body.{i}"
        if block.image is not None or block.kind == "photo":
            w.gap()
            if photos is not None and block.image is not None:
                w.figure(path, photos(block.image, width))
            else:
                w.add(photo_placeholder(block.image, p))
            after_photo = True
            continue
        role = _BODY_STYLE.get(block.kind)
        style = getattr(p, role) if role else Style.null()
        first, rest = _body_prefixes(block, p)
        # A caption sits right under its photo, as printed: a blank line between them
        # would set it as far from the photo as from the text it is not part of.
        if not (after_photo and block.kind == "caption"):
            w.gap()
        after_photo = False
        w.add(leaf_text(block.text, path, style, highlights, p, hanja), path, first, rest)
    if article.bylines and not w.full:
        w.gap()
        for i, byline in enumerate(article.bylines):
            path = f"byline.{i}"
            w.add(byline_text(byline, path, highlights, p), path)
    return w.out
