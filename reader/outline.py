"""An edition's reading order: its articles one after another, the page of every
item, and where the keys that move through it go (J / K by article, ] / [ by page)."""

from __future__ import annotations

from reader.model import Article, Edition


class Outline:
    """The order of one edition (or of none: then nothing is anywhere)."""

    def __init__(self, edition: Edition | None = None) -> None:
        self.edition = edition
        pages = edition.pages if edition else []
        self.page_of = {item.id: i for i, page in enumerate(pages) for item in page.items}
        """Item id -> index of its page."""
        self.articles = [a.id for a in edition.articles()] if edition else []
        """Article ids in edition order."""

    def article_after(self, item_id: str | None, step: int) -> str | None:
        """The article `step` (1 or -1) on from this one, or the first from outside the
        articles (an ad, none); None past either end."""
        at = self.articles.index(item_id) if item_id in self.articles else -step
        target = at + step
        return self.articles[target] if 0 <= target < len(self.articles) else None

    def page_after(self, page: int, step: int) -> int | None:
        """The next page `step` on from this one that has items; None past either end."""
        pages = self.edition.pages if self.edition else []
        index = page + step
        while 0 <= index < len(pages) and not pages[index].items:
            index += step
        return index if 0 <= index < len(pages) else None

    def first_item(self, page: int) -> str | None:
        """The first article of a page, else its first item (an ad)."""
        items = self.edition.pages[page].items if self.edition else []
        first = next((it for it in items if isinstance(it, Article)), items[0] if items else None)
        return first.id if first is not None else None

    def place(self, article_id: str) -> str:
        """Where an article stands among all: '3/12'."""
        return f"{self.articles.index(article_id) + 1}/{len(self.articles)}"
