"""What the reading screen's workers report back, on the screen's thread."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.message import Message

from reader.model import Edition

if TYPE_CHECKING:
    from reader.search import EditionIndex
    from reader.search.session import Results, SearchMarks
    from reader.search.stream import News


@dataclass
class EditionLoaded(Message):
    index: int
    edition: Edition


@dataclass
class EditionFailed(Message):
    index: int
    error: str


class SearchMessage(Message):
    """What the search bar asks, or a search's worker reports: the reading screen hands
    them all to its search (reader.ui.screens.reader_search)."""


@dataclass
class SearchIndexed(SearchMessage):
    """The edition's search index is built."""

    edition: Edition
    index: EditionIndex
    titles: dict[str, str]


@dataclass
class SearchFound(SearchMessage):
    """The hits of a query in the edition."""

    index: EditionIndex
    results: Results
    marks: SearchMarks


@dataclass
class ArchiveNews(SearchMessage):
    """Progress, results or trouble of a search of all editions (reader.search.stream)."""

    news: News
