"""An article as plain text, Markdown or JSON, for saving, sharing and piping.

Pure functions, except ``write_markdown``. Newspaper text is data, never markup:
Markdown output escapes whatever would change how it renders, and nothing here
goes through Rich, so ``[bold]`` in an article stays ``[bold]``. Text and Markdown
show control characters as the reader does (reader.printable), so printing or
pasting them never drives a terminal.
"""

from __future__ import annotations

import os
import re
import unicodedata
from pathlib import Path

import msgspec

from reader.dates import edition_date
from reader.i18n import _
from reader.model import Article, Block, Byline, Edition
from reader.pictures import picture_path
from reader.printable import visible
from reader.store import write_into

CAPTION_LABEL = "사진"


# --- plain text ----------------------------------------------------------------


def to_text(article: Article, *, where: str | None = None) -> str:
    """Readable plain text: paragraphs separated by blank lines, Q./A. marking an interview;
    `where` (paper, date, page) under the headlines, as in the Markdown."""
    parts: list[str] = []
    if article.headline is not None:
        parts.append(article.headline.text)
    if article.subheadline is not None:
        parts.append(article.subheadline.text)
    if where:
        parts.append(where)
    if article.deck:
        parts.append("\n".join(f"• {t.text}" for t in article.deck))
    for block, prefix in _body(article.body):
        parts.append(_text_block(block, prefix))
    if article.bylines:
        parts.append("\n".join(_byline_text(b) for b in article.bylines))
    return visible("\n\n".join(p for p in parts if p)) + "\n"


def photo_name(block: Block) -> str:
    """A photo named, not shown: '[사진 1200×800]'."""
    image = block.image
    size = f" {image.width}×{image.height}" if image and image.width and image.height else ""
    return f"[{CAPTION_LABEL}{size}]"


def _text_block(block: Block, prefix: str | None) -> str:
    if block.kind == "photo":
        return photo_name(block)
    if block.kind == "caption":
        return f"{CAPTION_LABEL}: {_caption_text(block.text)}"
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
    article: Article, *, where: str | None = None, photos: dict[str, str] | None = None
) -> str:
    """CommonMark: # headline, ## subheadline, `where` in italics (paper, date, page), deck as
    bullets, **Q.**/**A.**, captions quoted; a photo in `photos` (its src -> a path from
    the Markdown file) an image, any other its name."""
    parts: list[str] = []
    if article.headline is not None:
        parts.append(f"# {_heading(article.headline.text)}")
    if article.subheadline is not None:
        parts.append(f"## {_heading(article.subheadline.text)}")
    if where:
        parts.append(f"*{_inline(where)}*")
    if article.deck:
        parts.append("\n".join(f"- {_inline(t.text)}" for t in article.deck))
    for block, prefix in _body(article.body):
        parts.append(_md_block(block, prefix, photos or {}))
    if article.bylines:
        parts.append("---")
        parts.extend(_md_byline(b) for b in article.bylines)
    return visible("\n\n".join(p for p in parts if p)) + "\n"


def _md_block(block: Block, prefix: str | None, photos: dict[str, str]) -> str:
    if block.kind == "photo":
        link = photos.get(block.image.src) if block.image else None
        if link is not None:
            # Angle brackets: a path may hold spaces or parentheses.
            return f"![{_escape(photo_name(block)[1:-1])}](<{link}>)"
        return _escape(photo_name(block))
    text = _escape(block.text)
    if block.kind == "caption":
        return "> " + f"{CAPTION_LABEL}: {_escape(_caption_text(block.text))}".replace("\n", "\n> ")
    if block.kind == "subhead":
        return f"### {_heading(block.text)}"
    if block.kind == "bullet":
        return f"- {_inline(block.text)}"
    if block.kind == "lead":
        return f"**{text}**" if text else ""
    if prefix:
        return f"**{prefix}** {text}"
    return text


def _md_byline(b: Byline) -> str:
    if not b.name:
        return _escape(b.text)
    words = " ".join(x for x in (b.name, b.role) if x)
    line = _escape(words)
    if b.dateline:
        line += f" ({_escape(b.dateline)})"
    if b.email:
        # An autolink needs no escaping, and escaping would break it.
        line += f" <{b.email}>" if _EMAIL.fullmatch(b.email) else f" {_escape(b.email)}"
    return line


# --- JSON ----------------------------------------------------------------------

_encoder = msgspec.json.Encoder()


def to_json(article: Article) -> bytes:
    """The article as in the edition file (msgspec, indented, with spans)."""
    return msgspec.json.format(_encoder.encode(article), indent=1) + b"\n"


def where_printed(edition: Edition, article: Article) -> str:
    """'광남일보 · 2026년 2월 4일 수요일 · 1면 · 인터뷰': the paper, its date, the page."""
    masthead = edition.masthead
    parts = [masthead.paper if masthead and masthead.paper else edition.id]
    date = edition_date(masthead.date) if masthead else None
    if date:
        parts.append(date)
    for page, item in edition.items():
        if item is article:
            parts.append(_("page {number}").format(number=page.number))
            if page.section:
                parts.append(page.section)
            break
    return " · ".join(parts)


# --- writing -------------------------------------------------------------------


def write_markdown(
    article: Article,
    folder: str | os.PathLike[str],
    *,
    edition_id: str | None = None,
    where: str | None = None,
    edition_folder: Path | None = None,
) -> Path:
    """Write ``to_markdown(article)`` into ``folder`` atomically; return the file's path.

    The name is ``[edition-]article-id-headline.md``, so the same article always
    lands in the same file and two articles never share one. The photos saved in
    ``edition_folder`` (beside the edition file) are linked by their path from ``folder``.
    """
    name = markdown_name(article, edition_id=edition_id)
    photos = _saved_photos(article, Path(folder), edition_folder)
    return write_into(folder, name, to_markdown(article, where=where, photos=photos).encode())


def _saved_photos(article: Article, folder: Path, edition_folder: Path | None) -> dict[str, str]:
    if edition_folder is None:
        return {}
    found: dict[str, str] = {}
    for block in article.body:
        if block.image is None:
            continue
        path = picture_path(edition_folder, block.image)
        if path is not None and path.is_file():
            found[block.image.src] = Path(os.path.relpath(path, folder)).as_posix()
    return found


# 255 bytes is the usual file name limit; Hangul is 3 bytes a syllable in UTF-8.
_NAME_BYTES = 160


def markdown_name(article: Article, *, edition_id: str | None = None) -> str:
    """A file name safe on Linux, macOS and Windows."""
    stem = "-".join(_slug(x) for x in (edition_id, article.id) if x) or "article"
    title = _slug(article.headline.text) if article.headline is not None else ""
    name = f"{stem}-{title}" if title else stem
    raw = name.encode("utf-8")[:_NAME_BYTES]
    name = raw.decode("utf-8", errors="ignore").rstrip("-. ")
    return f"{name or 'article'}.md"


_UNSAFE = re.compile(r'[\x00-\x1f\x7f<>:"/\\|?*,;\u201c\u201d\u2018\u2019\'`]+')


def _slug(text: str) -> str:
    text = unicodedata.normalize("NFC", text)  # macOS hands out NFD names; keep one form
    text = _UNSAFE.sub(" ", text)
    text = "-".join(text.split())
    return text.strip("-.")


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


_CAPTION_PREFIX = re.compile(rf"^\s*(?:[▲△▷▶]\s*)?(?:{CAPTION_LABEL}\s*[:=]\s*)?")


def _caption_text(text: str) -> str:
    # The printed marker or label would repeat ours ("사진: 사진=...").
    return _CAPTION_PREFIX.sub("", text, count=1) or text


_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")

# Characters that start emphasis, code, HTML, strikethrough or an escape anywhere.
_INLINE = re.compile(r"([\\`*_~<|])")
# "]" directly before "(", "[" or ":" would close a link, a reference or a definition.
_LINK_CLOSE = re.compile(r"\](?=[(\[:])")
# "&amp;" and "&#44;" are entities; escape the "&" so they show as written.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# At a line start: headings, quotes, list items, thematic breaks, setext underlines.
_BLOCK_MARK = re.compile(r"^([#>+=-])", re.MULTILINE)
_ORDERED = re.compile(r"^(\d+)([.)])", re.MULTILINE)
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n\s*\n")


def _escape(text: str) -> str:
    """Escape Markdown so the text renders exactly as printed."""
    text = _INDENT.sub("", text)  # four spaces would start a code block
    text = _BLANK_LINES.sub("\n", text.strip())  # one block stays one Markdown block
    text = _INLINE.sub(r"\\\1", text)
    text = _LINK_CLOSE.sub(r"\\]", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _BLOCK_MARK.sub(r"\\\1", text)
    return _ORDERED.sub(r"\1\\\2", text)


def _inline(text: str) -> str:
    """Escaped and on one line, for headings and list items."""
    return _escape(" ".join(text.split()))


def _heading(text: str) -> str:
    # A trailing run of "#" would be read as the heading's closing sequence.
    text = _inline(text)
    if text.endswith("#") and not text.endswith("\\#"):
        return text[:-1] + "\\#"
    return text
