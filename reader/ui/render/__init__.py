"""Pure renderers: edition parts -> lines of Rich segments, with a map leaf path -> line.

No Textual here. lines.py is the ground they share; masthead.py, article.py, ads.py
and edition.py render those parts. Newspaper text never goes through markup, and
control characters are shown as symbols (reader.printable).
"""

from reader.ui.render.ads import render_ad, render_ads
from reader.ui.render.article import byline_text, render_article
from reader.ui.render.edition import render_edition
from reader.ui.render.lines import (
    DEFAULT_PALETTE,
    MEASURE,
    Palette,
    PhotoLines,
    Rendered,
    composed,
    leaf_text,
    photo_placeholder,
)
from reader.ui.render.masthead import lunar_date, masthead_text, page_label

__all__ = [
    "DEFAULT_PALETTE",
    "MEASURE",
    "Palette",
    "PhotoLines",
    "Rendered",
    "byline_text",
    "composed",
    "leaf_text",
    "lunar_date",
    "masthead_text",
    "page_label",
    "photo_placeholder",
    "render_ad",
    "render_ads",
    "render_article",
    "render_edition",
]
