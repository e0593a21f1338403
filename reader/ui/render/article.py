"""An article as lines: headline, deck, body blocks with their markers, bylines."""

from __future__ import annotations

from collections.abc import Mapping

from rich.console import Console
from rich.style import Style
from rich.text import Text

from reader.highlights import Highlights
from reader.i18n import _
from reader.model import Article, Block, Byline, Jump
from reader.printable import visible
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


def jump_text(
    jump: Jump,
    path: str,
    titles: Mapping[str, str],
    highlights: Highlights | None,
    palette: Palette,
) -> Text:
    """The jump as printed, then where it leads: '▶3면에 계속 · <the other part's headline>'."""
    text = leaf_text(jump.text, path, palette.link, highlights, palette)
    other = titles.get(jump.item) if jump.item is not None else None
    if other is None:
        note = _("page {page}: the other part is not in this edition").format(page=jump.page)
    else:
        note = other
    text.append(f" · {visible(note)}", palette.muted)
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
    titles: Mapping[str, str] | None = None,
) -> Rendered:
    """The article as lines at `width` cells; anchors map every leaf path to its line.
    With ``hanja``, each Hanja word is followed by its reading: 與野(여야). With
    `photos`, a photo is drawn by it (a picture, or a frame of its size); without, it is
    a placeholder line. With a `limit`, about that many lines: the first screenful.
    `titles` (item id -> title) name the other part of a story that jumps pages."""
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
    if article.jump_from is not None:
        w.gap()
        w.add(jump_text(article.jump_from, "jump_from", titles or {}, highlights, p), "jump_from")
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
    if article.jump_on is not None and not w.full:
        w.gap()
        w.add(jump_text(article.jump_on, "jump_on", titles or {}, highlights, p), "jump_on")
    if article.bylines and not w.full:
        w.gap()
        for i, byline in enumerate(article.bylines):
            path = f"byline.{i}"
            w.add(byline_text(byline, path, highlights, p), path)
    return w.out
