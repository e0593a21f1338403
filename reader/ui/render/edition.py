"""A whole edition as lines, for print (`broadsheet show`)."""

from __future__ import annotations

from rich.cells import cell_len
from rich.console import Console
from rich.segment import Segment

from reader.model import Article, Edition
from reader.ui.render.ads import render_ad
from reader.ui.render.article import render_article
from reader.ui.render.lines import DEFAULT_PALETTE, MEASURE, Palette, Rendered, Writer, console_for
from reader.ui.render.masthead import masthead_text, page_label


def render_edition(
    edition: Edition,
    width: int = MEASURE,
    palette: Palette = DEFAULT_PALETTE,
    console: Console | None = None,
) -> Rendered:
    """The whole edition for print (`broadsheet show`): masthead, then page by page.

    Anchors are '<item id>' and '<item id>:<leaf path>'.
    """
    con = console_for(console, width)
    out = Rendered(width=width)
    w = Writer(con, width)
    titles = {item.id: item.title for item in edition.articles()}
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
                one = render_article(item, width, None, palette, con, titles=titles)
            else:
                one = render_ad(item, width, None, palette, con)
            out.extend(one, prefix=f"{item.id}:")
    return out
