"""The section list: pages with their articles and ads; choosing one asks to open it."""

from __future__ import annotations

from dataclasses import dataclass

from rich.style import Style
from rich.text import Text
from textual.message import Message
from textual.reactive import reactive
from textual.widgets import OptionList
from textual.widgets.option_list import Option, OptionDoesNotExist

from reader.i18n import _
from reader.model import Article, Edition, Item, Page
from reader.printable import visible
from reader.ui.render import page_label
from reader.ui.widgets.lists import KeyedOptionList

OPEN_MARK = "▶ "
UNREAD_MARK = "• "
ITEM_INDENT = "  "


class SectionList(KeyedOptionList):
    """Page headers (not selectable), then each page's articles and ads."""

    @dataclass
    class Opened(Message):
        """The reader chose an item (Enter or click)."""

        item_id: str

    edition: reactive[Edition | None] = reactive(None, init=False)
    item_id: reactive[str | None] = reactive(None, init=False)
    read_ids: reactive[frozenset[str]] = reactive(frozenset, init=False)
    """Articles already read: shown dim; the others get a dot, and count in their page."""

    def _prompt(self, item: Item) -> Text:
        if isinstance(item, Article):
            is_open, read = item.id == self.item_id, item.id in self.read_ids
            mark = OPEN_MARK if is_open else ITEM_INDENT if read else UNREAD_MARK
            text = Text(mark, style="bold" if is_open else "", end="")
            text.append(visible(item.title), Style(bold=is_open or None, dim=read or None))
            return text
        text = Text(ITEM_INDENT, end="")
        text.append(f"광고 · {visible(item.name)}", "italic")
        return text

    def watch_edition(self, edition: Edition | None) -> None:
        options: list[Option] = []
        for index, page in enumerate(edition.pages if edition else ()):
            options.append(Option(self._header(page), id=f"page:{index}", disabled=True))
            options.extend(Option(self._prompt(item), id=item.id) for item in page.items)
        self.set_options(options)
        self._show_open()

    def watch_item_id(self, old: str | None, new: str | None) -> None:
        if self.edition is None:
            return
        for item_id in (old, new):
            item = self.edition.find(item_id) if item_id else None
            if item_id and isinstance(item, Article):
                self.replace_option_prompt(item_id, self._prompt(item))
        self._show_open()

    # --- read marks -------------------------------------------------------------

    def _header(self, page: Page) -> Text:
        text = Text(page_label(page), end="")
        unread = sum(
            1 for it in page.items if isinstance(it, Article) and it.id not in self.read_ids
        )
        if unread:
            text.append(" · " + _("{count} unread").format(count=unread), "not bold dim")
        return text

    def watch_read_ids(self, old: frozenset[str], new: frozenset[str]) -> None:
        if self.edition is None:
            return
        changed = old ^ new
        for index, page in enumerate(self.edition.pages):
            touched = [it for it in page.items if it.id in changed and isinstance(it, Article)]
            for item in touched:
                self.replace_option_prompt(item.id, self._prompt(item))
            if touched:
                self.replace_option_prompt(f"page:{index}", self._header(page))

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
