"""How long an article takes to read: its words, each at its script's reading speed.

A Korean word (어절, what spaces part) is read more slowly than an English one: it
carries a noun and its particle, or a verb and its endings. The speeds and where they
come from are in docs/reading-time.md.
"""

from __future__ import annotations

from reader.model import Article

KOREAN_WORDS_PER_MINUTE = 200
OTHER_WORDS_PER_MINUTE = 230


def _hangul(word: str) -> bool:
    return any("가" <= ch <= "힣" for ch in word)


def article_words(article: Article) -> tuple[int, int]:
    """The words a reader reads in the article (headline, deck, text, captions; not the
    bylines or jump lines): (Korean words, other words)."""
    parts = [t.text for t in (article.headline, article.subheadline) if t is not None]
    parts += [t.text for t in article.deck]
    parts += [b.text for b in article.body if b.kind != "photo"]
    words = [w for part in parts for w in part.split()]
    korean = sum(1 for w in words if _hangul(w))
    return korean, len(words) - korean


def reading_minutes(article: Article) -> int:
    """Minutes to read the article, to the nearest (a half up), and at least one."""
    korean, other = article_words(article)
    minutes = korean / KOREAN_WORDS_PER_MINUTE + other / OTHER_WORDS_PER_MINUTE
    return max(1, int(minutes + 0.5))
