"""An ad as plain text and as Markdown, as reader.export writes an article: its title,
the advertiser, where it was printed, then its headings, paragraphs, notes, lists,
tables, contacts and photos in print order.

Newspaper text is data, never markup: the Markdown escapes it (reader.markdown), and
both show control characters as the reader does (reader.printable).
"""

from __future__ import annotations

from reader.i18n import N_, _
from reader.markdown import email, escape, heading, inline, table
from reader.model import Ad, AdBlock, Contact, Heading, ListBlock, Note, Paragraph, Photo, Table
from reader.pictures import photo_name
from reader.printable import visible

TRUNCATED_NOTE = N_("(the ad runs past the page's end)")
NOTHING_READ = N_("Ad {id}: no text was read from it.")


def _advertiser(ad: Ad) -> str | None:
    """The advertiser when the title does not already say it."""
    if ad.advertiser and (ad.title is None or ad.advertiser != ad.title.text):
        return ad.advertiser
    return None


# --- plain text ----------------------------------------------------------------


def ad_text(ad: Ad, *, where: str | None = None) -> str:
    """Readable plain text: blocks separated by blank lines, a table a row a line; an ad
    of which nothing was read says so, by its id."""
    head = [ad.title.text if ad.title is not None else "", _advertiser(ad) or ""]
    blocks = [_text_block(block) for block in ad.blocks]
    if not any(head + blocks):
        head = [_(NOTHING_READ).format(id=ad.id)]
    parts = [*head, where or "", *blocks]
    if ad.truncated:
        parts.append(_(TRUNCATED_NOTE))
    return visible("\n\n".join(p for p in parts if p)) + "\n"


def _text_block(block: AdBlock) -> str:
    if isinstance(block, ListBlock):
        # A continuation line stays under its item, as printed.
        items = (_printed_lines(item.text) for item in block.items)
        return "\n".join("• " + "\n  ".join(lines) for lines in items if lines)
    if isinstance(block, Table):
        rows = [block.header, *block.rows] if block.header else block.rows
        return "\n".join(" | ".join(" ".join(cell.text.split()) for cell in row) for row in rows)
    if isinstance(block, Contact):
        return f"{block.label} {block.text}" if block.label else block.text
    if isinstance(block, Photo):
        return f"[{photo_name(block.image)}]"
    return block.text


# --- Markdown ------------------------------------------------------------------


def ad_markdown(ad: Ad, *, where: str | None = None, photos: dict[str, str] | None = None) -> str:
    """CommonMark with GFM tables: # title, the advertiser, `where` in italics, ## headings,
    notes quoted, lists as items (a printed line break kept), contacts with their label;
    a photo in `photos` (its src -> a path from the Markdown file) an image, any other
    its name."""
    head = [
        f"# {heading(ad.title.text)}" if ad.title is not None else "",
        escape(_advertiser(ad) or ""),
    ]
    blocks = [_md_block(block, photos or {}) for block in ad.blocks]
    if not any(head + blocks):
        head = [escape(_(NOTHING_READ).format(id=ad.id))]
    parts = [*head, f"*{inline(where)}*" if where else "", *blocks]
    if ad.truncated:
        parts.append(f"*{inline(_(TRUNCATED_NOTE))}*")
    return visible("\n\n".join(p for p in parts if p)) + "\n"


def _md_block(block: AdBlock, photos: dict[str, str]) -> str:
    if isinstance(block, Heading):
        return f"## {heading(block.text)}"
    if isinstance(block, Paragraph):
        return escape(block.text)
    if isinstance(block, Note):
        return "> " + escape(block.text).replace("\n", "\n> ")
    if isinstance(block, ListBlock):
        items = (_printed_lines(item.text) for item in block.items)
        return "\n".join(f"- {_lines(lines)}" for lines in items if lines)
    if isinstance(block, Table):
        return table([c.text for c in block.header], [[c.text for c in row] for row in block.rows])
    if isinstance(block, Contact):
        value = email(block.text) if block.channel == "email" else escape(block.text)
        return f"{escape(block.label)} {value}" if block.label else value
    link = photos.get(block.image.src)
    if link is not None:
        # Angle brackets: a path may hold spaces or parentheses.
        return f"![{escape(photo_name(block.image))}](<{link}>)"
    return escape(f"[{photo_name(block.image)}]")


def _lines(lines: list[str]) -> str:
    """A list item's printed lines: each escaped, joined by hard line breaks and indented
    under the item."""
    return "\\\n  ".join(inline(line) for line in lines)


def _printed_lines(text: str) -> list[str]:
    """A list item's lines with ink on them: a blank item (a stray bullet) has none, in the
    text and in the Markdown alike."""
    return [line for line in text.split("\n") if line.strip()]
