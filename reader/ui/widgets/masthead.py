"""The masthead line: paper, date with weekday, lunar date, edition and issue."""

from __future__ import annotations

from textual.reactive import reactive
from textual.widgets import Static

from reader.model import Edition
from reader.ui.render import masthead_text


class MastheadBar(Static):
    edition: reactive[Edition | None] = reactive(None, init=False)

    def watch_edition(self, edition: Edition | None) -> None:
        self.update(masthead_text(edition.masthead, edition.id) if edition else "")
