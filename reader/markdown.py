"""Newspaper text as Markdown that renders as printed: whatever Markdown would read as
markup (emphasis, links, headings, list markers, entities, HTML) is escaped, for the
article and the ad writers of reader.export alike."""

from __future__ import annotations

import re

# Characters that start emphasis, code, HTML, strikethrough or an escape anywhere.
_INLINE = re.compile(r"([\\`*_~<|])")
# "]" directly before "(", "[" or ":" would close a link, a reference or a definition.
_LINK_CLOSE = re.compile(r"\](?=[(\[:])")
# "&amp;" and "&#44;" are entities; escape the "&" so they show as written.
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
# At a line start: headings, quotes, list items, thematic breaks, setext underlines.
_BLOCK_MARK = re.compile(r"^([#>+=-])", re.MULTILINE)
# An ordered list's marker: up to nine digits, "." or ")", then a space or the line's end
# (a phone number printed as "061)330-5004" is none).
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)", re.MULTILINE)
_INDENT = re.compile(r"^[ \t]+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n\s*\n")


def escape(text: str) -> str:
    """Escape Markdown so the text renders exactly as printed."""
    text = _INDENT.sub("", text)  # four spaces would start a code block
    text = _BLANK_LINES.sub("\n", text.strip())  # one block stays one Markdown block
    text = _INLINE.sub(r"\\\1", text)
    text = _LINK_CLOSE.sub(r"\\]", text)
    text = _ENTITY.sub(r"\\&", text)
    text = _BLOCK_MARK.sub(r"\\\1", text)
    return _ORDERED.sub(r"\1\\\2", text)


def inline(text: str) -> str:
    """Escaped and on one line, for headings and list items."""
    return escape(" ".join(text.split()))


def heading(text: str) -> str:
    """Escaped for a heading's line."""
    # A trailing run of "#" would be read as the heading's closing sequence.
    text = inline(text)
    if text.endswith("#") and not text.endswith("\\#"):
        return text[:-1] + "\\#"
    return text


_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?")


def email(text: str) -> str:
    """An email address as an autolink, when it is one; else the text escaped."""
    # An autolink needs no escaping, and escaping would break it.
    return f"<{text}>" if _EMAIL.fullmatch(text) else escape(text)


def table(header: list[str], rows: list[list[str]]) -> str:
    """A GFM table of cells as printed: each escaped ('|' too), its line breaks kept as
    <br>, rows padded to the widest; a table printed without a header gets an empty one
    (GFM has no table without)."""
    width = max([len(header), *(len(row) for row in rows)], default=0)
    if width == 0:
        return ""

    def line(cells: list[str]) -> str:
        cells = [_cell(c) for c in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    lines = [line(header), "|" + "---|" * width, *(line(row) for row in rows)]
    return "\n".join(lines)


def _cell(text: str) -> str:
    # Inside a cell a line start is no block start: escape each line as inline text.
    return "<br>".join(escape(" ".join(part.split())) for part in text.split("\n") if part.strip())
