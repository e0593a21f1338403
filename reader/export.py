"""An article or an ad as plain text, Markdown or JSON, for saving, sharing and piping
(an ad's text and Markdown are reader.ad_export's).

Pure functions, except ``write_markdown``. Newspaper text is data, never markup:
Markdown output escapes whatever would change how it renders (reader.markdown), and nothing here
goes through Rich, so ``[bold]`` in an article stays ``[bold]``. Text and Markdown
show control characters as the reader does (reader.printable), so printing or
pasting them never drives a terminal.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from reader.ad_export import ad_markdown, ad_text
from reader.dates import edition_date
from reader.i18n import _
from reader.markdown import email, escape, heading, inline
from reader.model import Ad, Block, Byline, Edition, Item, Photo
from reader.page_numbers import page_name
from reader.pictures import photo_label, photo_name, picture_path
from reader.printable import visible
from reader.slugs import slug
from reader.store import write_into

# --- plain text ----------------------------------------------------------------


def to_text(article: Item, *, where: str | None = None) -> str:
    """Readable plain text: paragraphs separated by blank lines, Q./A. marking an interview;
    `where` (paper, date, page) under the headlines, as in the Markdown."""
    if isinstance(article, Ad):
        return ad_text(article, where=where)
    parts: list[str] = []
    if article.headline is not None:
        parts.append(article.headline.text)
    if article.subheadline is not None:
        parts.append(article.subheadline.text)
    if where:
        parts.append(where)
    if article.deck:
        parts.append("\n".join(f"• {t.text}" for t in article.deck))
    if article.jump_from is not None:
        parts.append(article.jump_from.text)
    for block, prefix in _body(article.body):
        parts.append(_text_block(block, prefix))
    if article.jump_on is not None:
        parts.append(article.jump_on.text)
    if article.bylines:
        parts.append("\n".join(_byline_text(b) for b in article.bylines))
    return visible("\n\n".join(p for p in parts if p)) + "\n"


def _text_block(block: Block, prefix: str | None) -> str:
    if block.kind == "photo":
        return f"[{photo_name(block.image)}]"
    if block.kind == "caption":
        return f"{photo_label()}: {_caption_text(block.text)}"
    if block.kind == "bullet":
        return f"• {block.text}"
    if prefix:
        return f"{prefix} {block.text}"
    return block.text


def _byline_text(b: Byline) -> str:
    if b.text:
        return b.text
    return " ".join(x for x in (b.dateline, b.name, b.role, b.email) if x)


# --- Markdown ------------------------------------------------------------------


def to_markdown(
    article: Item, *, where: str | None = None, photos: dict[str, str] | None = None
) -> str:
    """CommonMark: # headline, ## subheadline, `where` in italics (paper, date, page), deck as
    bullets, **Q.**/**A.**, captions quoted; a photo in `photos` (its src -> a path from
    the Markdown file) an image, any other its name. An ad: reader.ad_export."""
    if isinstance(article, Ad):
        return ad_markdown(article, where=where, photos=photos)
    parts: list[str] = []
    if article.headline is not None:
        parts.append(f"# {heading(article.headline.text)}")
    if article.subheadline is not None:
        parts.append(f"## {heading(article.subheadline.text)}")
    if where:
        parts.append(f"*{inline(where)}*")
    if article.deck:
        parts.append("\n".join(f"- {inline(t.text)}" for t in article.deck))
    if article.jump_from is not None:
        parts.append(f"*{inline(article.jump_from.text)}*")
    for block, prefix in _body(article.body):
        parts.append(_md_block(block, prefix, photos or {}))
    if article.jump_on is not None:
        parts.append(f"*{inline(article.jump_on.text)}*")
    if article.bylines:
        parts.append("---")
        parts.extend(_md_byline(b) for b in article.bylines)
    return visible("\n\n".join(p for p in parts if p)) + "\n"


def _md_block(block: Block, prefix: str | None, photos: dict[str, str]) -> str:
    if block.kind == "photo":
        link = photos.get(block.image.src) if block.image else None
        if link is not None:
            # Angle brackets: a path may hold spaces or parentheses.
            return f"![{escape(photo_name(block.image))}](<{link}>)"
        return escape(f"[{photo_name(block.image)}]")
    text = escape(block.text)
    if block.kind == "caption":
        caption = f"{photo_label()}: {escape(_caption_text(block.text))}"
        return "> " + caption.replace("\n", "\n> ")
    if block.kind == "subhead":
        return f"### {heading(block.text)}"
    if block.kind == "bullet":
        return f"- {inline(block.text)}"
    if block.kind == "lead":
        return f"**{text}**" if text else ""
    if prefix:
        return f"**{prefix}** {text}"
    return text


def _md_byline(b: Byline) -> str:
    if not b.name:
        return escape(b.text)
    words = " ".join(x for x in (b.name, b.role) if x)
    line = escape(words)
    if b.dateline:
        line += f" ({escape(b.dateline)})"
    if b.email:
        line += f" {email(b.email)}"
    return line


def where_printed(edition: Edition, article: Item) -> str:
    """'광남일보 · 2026년 2월 4일 수요일 · 1면 · 인터뷰': the paper, its date, the page."""
    masthead = edition.masthead
    parts = [masthead.paper if masthead and masthead.paper else edition.id]
    date = edition_date(masthead.date) if masthead else None
    if date:
        parts.append(date)
    for page, item in edition.items():
        if item is article:
            parts.append(_("page {number}").format(number=page_name(page)))
            if page.section:
                parts.append(page.section)
            break
    return " · ".join(parts)


# --- writing -------------------------------------------------------------------


def write_markdown(
    article: Item,
    folder: str | os.PathLike[str],
    *,
    edition_id: str | None = None,
    where: str | None = None,
    edition_folder: Path | None = None,
) -> Path:
    """Write ``to_markdown(article)`` into ``folder`` atomically; return the file's path.

    The name is ``[edition-]item-id-headline.md`` (an ad's title), so the same item always
    lands in the same file and two never share one. The photos saved in
    ``edition_folder`` (beside the edition file) are linked by their path from ``folder``.
    """
    name = markdown_name(article, edition_id=edition_id)
    photos = _saved_photos(article, Path(folder), edition_folder)
    return write_into(folder, name, to_markdown(article, where=where, photos=photos).encode())


def _saved_photos(item: Item, folder: Path, edition_folder: Path | None) -> dict[str, str]:
    if edition_folder is None:
        return {}
    if isinstance(item, Ad):
        images = [b.image for b in item.blocks if isinstance(b, Photo)]
    else:
        images = [b.image for b in item.body if b.image is not None]
    found: dict[str, str] = {}
    for image in images:
        path = picture_path(edition_folder, image)
        if path is not None and path.is_file():
            found[image.src] = Path(os.path.relpath(path, folder)).as_posix()
    return found


# 255 bytes is the usual file name limit; Hangul is 3 bytes a syllable in UTF-8.
_NAME_BYTES = 160


def markdown_name(article: Item, *, edition_id: str | None = None) -> str:
    """A file name safe on Linux, macOS and Windows."""
    stem = "-".join(slug(x) for x in (edition_id, article.id) if x) or "article"
    if isinstance(article, Ad):
        title = slug(article.known_as or "")  # the id is in the stem already
    else:
        title = slug(article.headline.text) if article.headline is not None else ""
    name = f"{stem}-{title}" if title else stem
    raw = name.encode("utf-8")[:_NAME_BYTES]
    name = raw.decode("utf-8", errors="ignore").rstrip("-. ")
    return f"{name or 'article'}.md"


# --- shared --------------------------------------------------------------------


def _body(blocks: list[Block]) -> list[tuple[Block, str | None]]:
    """Each block with its Q./A. marker: only the first of consecutive answer blocks gets one."""
    out: list[tuple[Block, str | None]] = []
    previous = None
    for block in blocks:
        prefix = None
        if block.kind == "question":
            prefix = "Q."
        elif block.kind == "answer" and previous != "answer":
            prefix = "A."
        out.append((block, prefix))
        previous = block.kind
    return out


# A caption's printed marker and label: a Korean paper's '사진', or the word of ours.
_CAPTION_PREFIX = r"^\s*(?:[▲△▷▶]\s*)?(?:(?:사진|{label})\s*[:=]\s*)?"


def _caption_text(text: str) -> str:
    # The printed marker or label would repeat ours ("사진: 사진=...").
    prefix = _CAPTION_PREFIX.format(label=re.escape(photo_label()))
    return re.sub(prefix, "", text, count=1) or text
