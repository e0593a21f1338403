"""The section of a page that prints no label, inferred from its items."""

from __future__ import annotations

from reader.model import Article, Item
from reader.section_names import INFERRED as _INFERRED


def infer_section(items: list[Item], english: bool = False) -> str:
    ads, blank, interview, news = _INFERRED[english]
    articles = [it for it in items if isinstance(it, Article)]
    if not articles:
        return ads if items else blank
    if any(b.kind == "question" for a in articles for b in a.body):
        return interview
    return news
