"""The baseline of the start-up bench: a bare Textual app showing one line of text.

python tests/bench/bare_app.py TEXT
"""

import sys

from textual.app import App, ComposeResult
from textual.widgets import Footer, Header, Static


class Bare(App[None]):
    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(sys.argv[1], markup=False)
        yield Footer()


if __name__ == "__main__":
    Bare().run()
