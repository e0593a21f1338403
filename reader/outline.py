"""An edition's reading order: its articles one after another, the page of every
item, and where the keys that move through it go (J / K by article, ] / [ by page,
Space past an article's end, b above its top, u to the next unread one)."""

from __future__ import annotations

from collections.abc import Iterable

from reader.model import Article, Edition


class Outline:
    """The order of one edition (or of none: then nothing is anywhere)."""

    def __init__(self, edition: Edition | None = None) -> None:
        self.edition = edition
        pages = edition.pages if edition else []
        self.page_of = {item.id: i for i, page in enumerate(pages) for item in page.items}
        """Item id -> index of its page."""
        articles = edition.articles() if edition else []
        self.articles = [a.id for a in articles]
        """Article ids in edition order."""
        at = {article_id: n for n, article_id in enumerate(self.articles)}
        self.first_part = {
            a.id: a.jump_from.item
            for a in articles
            if a.jump_from is not None and at.get(a.jump_from.item or "", len(at)) < at[a.id]
        }
        """A continuation's id -> its story's first part, printed before it."""

    def article_after(self, item_id: str | None, step: int) -> str | None:
        """The article `step` (1 or -1) on from this one, or the first from outside the
        articles (an ad, none); None past either end."""
        at = self.articles.index(item_id) if item_id in self.articles else -step
        target = at + step
        return self.articles[target] if 0 <= target < len(self.articles) else None

    def read_on(
        self, item_id: str | None, read: frozenset[str], back_to: str | None = None
    ) -> str | None:
        """The article Space opens past this one's end: the next in order, passing over a
        continuation already read (it was read with its first part). `back_to`: the first
        part the reader jumped from into this continuation; reading goes on after it, as
        it does in print once the continuation is read."""
        start = back_to if back_to in self.articles else item_id
        at = self.articles.index(start) if start in self.articles else -1
        return self._stop(self.articles[at + 1 :], item_id, read)

    def read_back(self, item_id: str | None, read: frozenset[str]) -> str | None:
        """The article b opens above this one's top: the one before, passing over what
        Space passes over (else b would go back into a story the reader never met)."""
        at = self.articles.index(item_id) if item_id in self.articles else 0
        return self._stop(reversed(self.articles[:at]), item_id, read)

    def _stop(self, ids: Iterable[str], item_id: str | None, read: frozenset[str]) -> str | None:
        return next(
            (a for a in ids if a != item_id and not (a in self.first_part and a in read)), None
        )

    def unread_after(self, item_id: str | None, read: frozenset[str]) -> str | None:
        """The first article after this one not read, from the edition's start again past
        its end; None when every other article is read."""
        at = self.articles.index(item_id) if item_id in self.articles else -1
        for article_id in self.articles[at + 1 :] + self.articles[: max(at, 0)]:
            if article_id not in read:
                return article_id
        return None

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
