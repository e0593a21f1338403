"""The section list: pages with their articles and ads; choosing one asks to open it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.model import Article, Edition, Item
from reader.ui.render import page_label, visible
from reader.ui.widgets.lists import KeyedOptionList

OPEN_MARK = "▶ "
ITEM_INDENT = "  "


class SectionList(KeyedOptionList):
    """Page headers (not selectable), then each page's articles and ads."""

    @dataclass
    class Opened(Message):
        """The reader chose an item (Enter or click)."""

        item_id: str

    edition: reactive[Edition | None] = reactive(None, init=False)
    item_id: reactive[str | None] = reactive(None, init=False)

    def _prompt(self, item: Item) -> Text:
        if isinstance(item, Article):
            mark = OPEN_MARK if item.id == self.item_id else ITEM_INDENT
            text = Text(mark, style="bold" if mark == OPEN_MARK else "", end="")
            text.append(visible(item.title), "bold" if mark == OPEN_MARK else "")
            return text
        text = Text(ITEM_INDENT, end="")
        text.append(f"광고 · {visible(item.name)}", "italic")
        return text

    def watch_edition(self, edition: Edition | None) -> None:
        options: list[Option] = []
        for index, page in enumerate(edition.pages if edition else ()):
            options.append(Option(Text(page_label(page), end=""), id=f"page:{index}",
                                  disabled=True))
            options.extend(Option(self._prompt(item), id=item.id) for item in page.items)
        self.set_options(options)
        self._show_open()

    def watch_item_id(self, old: str | None, new: str | None) -> None:
        if self.edition is None:
            return
        for item_id in (old, new):
            item = self.edition.find(item_id) if item_id else None
            if item is not None and isinstance(item, Article):
                self.replace_option_prompt(item_id, self._prompt(item))
        self._show_open()

    def _show_open(self) -> None:
        if self.item_id is not None:
            self.select(self.item_id)

    def select(self, item_id: str) -> None:
        """Move the cursor to an item (without opening it)."""
        try:
            self.highlighted = self.get_option_index(item_id)
        except OptionDoesNotExist:
            pass

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Opened(event.option.id))
