"""The reading screen built plainly from Textual's own widgets, without broadsheet's code.

    python tests/bench/plain_app.py EDITION_JSON [--parts panes,titles,article,ads]
                                                 [--masthead TEXT]

The edition's titles in an OptionList, its first article and the ads of that
article's page as plain text in scrolling Statics, with the reading screen's
borders, widths and footer keys. Timed beside the bare app, it tells what Textual
itself needs for this screen; with fewer --parts, what each part of it costs.
"""

import argparse
import json
from collections.abc import Iterator
from typing import Any

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Footer, OptionList, Static

PARTS = ("panes", "titles", "article", "ads")


def texts(value: Any) -> Iterator[str]:
    """Every piece of text of an item, in the file's order."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if key not in ("id", "kind", "path", "spans", "box", "channel", "value"):
                yield from texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from texts(item)


class Plain(App[None]):
    CSS = """
    #masthead { dock: top; height: 1; padding: 0 1; background: $panel; }
    #panes { height: 1fr; }
    #sections, #article, #ads {
        height: 1fr; border: round $border-blurred; background: $background;
        scrollbar-size-vertical: 1;
    }
    #sections:focus, #article:focus, #ads:focus { border: round $border; }
    #sections { width: 30; }
    #article { width: 2fr; max-width: 78; padding: 0 1; }
    #ads { width: 1fr; min-width: 34; padding: 0 1; }
    """
    BINDINGS = [
        Binding(key, key, name)
        for key, name in (
            ("J", "Next"),
            ("K", "Prev"),
            ("a", "Ads"),
            ("e", "Editions"),
            ("question_mark", "Help"),
            ("slash", "Search"),
            ("q", "Quit"),
        )
    ]

    def __init__(self, edition: dict[str, Any], parts: set[str], masthead: str | None) -> None:
        super().__init__()
        self.parts = parts
        items = [(page, item) for page in edition["pages"] for item in page["items"]]
        self.titles = [
            next(texts(item.get("headline") or item.get("title")), "ad") for _, item in items
        ]
        page, self.article = next((p, it) for p, it in items if it["kind"] == "article")
        self.ads = [it for it in page["items"] if it["kind"] == "ad"]
        fields = edition.get("masthead") or {}
        self.masthead = masthead or " · ".join(
            str(v) for v in fields.values() if isinstance(v, (str, int))
        )

    def compose(self) -> ComposeResult:
        yield Static(self.masthead, id="masthead", markup=False)
        if "panes" in self.parts:
            with Horizontal(id="panes"):
                titles = self.titles if "titles" in self.parts else []
                yield OptionList(*titles, id="sections", markup=False)
                with VerticalScroll(id="article"):
                    if "article" in self.parts:
                        yield Static("\n\n".join(texts(self.article)), markup=False)
                with VerticalScroll(id="ads"):
                    if "ads" in self.parts:
                        text = "\n\n".join(t for ad in self.ads for t in texts(ad))
                        yield Static(text, markup=False)
        yield Footer()

    def on_mount(self) -> None:
        if "panes" in self.parts:
            self.query_one("#article").focus()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("edition")
    parser.add_argument("--parts", default=",".join(PARTS))
    parser.add_argument("--masthead")
    args = parser.parse_args()
    with open(args.edition, encoding="utf-8") as f:
        edition = json.load(f)
    Plain(edition, set(args.parts.split(",")), args.masthead).run()
