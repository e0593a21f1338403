"""A book column's notes: under a bracketed title ('[신간]', '[이 책]'), each note is a book's
title over its credit line ('문단비 지음, 물결출판, 284쪽, 1만8000원') and a few sentences
about it. The title heads the column, not the first note: that note is an item of its own."""

from __future__ import annotations

import re

from reader.ingest.label import BRACKETED
from reader.ingest.lines import Para

BOOK_UNDER_TITLE = "a book's title over its credit line ('NAME 지음, 출판사, N쪽') under its column"
# Who wrote it and the pages or the price: 'NAME 지음, 출판사, 284쪽, 1만8000원'.
_CREDIT = re.compile(r"^[^,]{2,30}? (?:지음|엮음|옮김|씀)\b[^\n]{0,60}?(?:\d+쪽|\d[\d,만천]*원)")
_BOOK_MAX = 40  # characters of a book's title line


def book_under_title(current: list[Para], paras: list[Para], k: int) -> str | None:
    """Why paragraph k opens an item: a short line over a book's credit line, right under a
    bracketed column title that heads nothing else yet."""
    if len(current) != 1 or len(current[0].lines) != 1 or k + 1 >= len(paras):
        return None
    if not BRACKETED.match(current[0].lines[0].text):  # the column's title, the whole line
        return None
    book = paras[k].lines
    if len(book) != 1 or len(book[0].text) > _BOOK_MAX or book[0].text.endswith("."):
        return None
    return BOOK_UNDER_TITLE if _CREDIT.match(paras[k + 1].lines[0].text) else None
