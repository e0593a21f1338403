"""A photo of the open article, large, with its caption: a dialog over the reader."""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Static

from reader.i18n import N_, _
from reader.model import Article, Block
from reader.pictures import photo_label
from reader.printable import visible
from reader.ui.photos import Photos
from reader.ui.screens import DIALOGS_CSS
from reader.ui.screens.dialog_keys import DIALOG_KEYS
from reader.ui.widgets.footer import KeyFooter

# Words of ours, in one place: msgids, translated when shown.
COUNTER = "{label} {at}/{of}"
HINT = N_("← → other photos · Esc closes")
FIRST_PHOTO = N_("This is the article's first photo.")
LAST_PHOTO = N_("This is the article's last photo.")


def article_photos(article: Article) -> list[tuple[int, Block, str | None]]:
    """The photos of an article: body index, block, and the caption after it (if any)."""
    out: list[tuple[int, Block, str | None]] = []
    body = article.body
    for i, block in enumerate(body):
        if block.image is None:
            continue
        after = body[i + 1] if i + 1 < len(body) else None
        caption = after.text if after is not None and after.kind == "caption" else None
        out.append((i, block, caption))
    return out


class PhotoView(Widget):
    """One photo as large as the widget allows, centred; decoded in a worker if need be."""

    def __init__(self, photos: Photos, folder: Path | None, block: Block) -> None:
        super().__init__(id="photo-picture")
        self.photos = photos
        self.folder = folder
        self.block = block
        self._lines: list[list[Segment]] = []

    def show(self, block: Block) -> None:
        self.block = block
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def photo_ready(self) -> None:
        self._draw()

    def _draw(self) -> None:
        image = self.block.image
        width, height = self.size.width, self.size.height
        if image is None or width <= 0 or height <= 0:
            return
        style = self.get_component_rich_style("photo--frame", partial=True)
        with self.photos.redrawing(self):
            self._lines = self.photos.lines(image, self.folder, width, height, self, style)
        self.refresh()

    def on_unmount(self) -> None:
        self.photos.let_go(self)

    COMPONENT_CLASSES = {"photo--frame"}

    def render_line(self, y: int) -> Strip:
        width, height = self.size.width, self.size.height
        top = max(0, (height - len(self._lines)) // 2)
        row = y - top
        if not 0 <= row < len(self._lines):
            return Strip.blank(width, self.rich_style)
        line = self._lines[row]
        left = max(0, (width - Segment.get_line_length(line)) // 2)
        segments = [Segment(" " * left), *line] if left else list(line)
        return Strip(segments).adjust_cell_length(width, self.rich_style)


class PhotoScreen(ModalScreen[None]):
    """The article's photos one at a time, from `at`; ← → step between them."""

    CSS_PATH = DIALOGS_CSS

    BINDINGS = [
        Binding("escape,i", "close", N_("Close"), id="close_photo"),
        Binding("right,l", "step(1)", N_("Next photo"), id="next_photo", show=False),
        Binding("left,h", "step(-1)", N_("Previous photo"), id="previous_photo", show=False),
        *DIALOG_KEYS,
    ]

    def __init__(self, photos: Photos, folder: Path | None, article: Article, at: int) -> None:
        super().__init__()
        self.photos = photos
        self.folder = folder
        self.shown = article_photos(article)
        self.at = max(0, min(at, len(self.shown) - 1))

    def compose(self) -> ComposeResult:
        _at, block, _caption = self.shown[self.at]
        with Vertical(id="photo-dialog") as dialog:
            dialog.border_subtitle = _(HINT) if len(self.shown) > 1 else ""
            yield PhotoView(self.photos, self.folder, block)
            yield Static(id="photo-caption")
        yield KeyFooter()  # the dialog's keys, not the reader's under it

    def on_mount(self) -> None:
        self._caption()

    def _caption(self) -> None:
        _at, block, caption = self.shown[self.at]
        dialog = self.query_one("#photo-dialog")
        dialog.border_title = (
            COUNTER.format(label=photo_label(), at=self.at + 1, of=len(self.shown))
            if len(self.shown) > 1
            else photo_label()
        )
        text = Text(visible(caption), style="italic") if caption else Text("")
        self.query_one("#photo-caption", Static).update(text)

    def action_step(self, step: int) -> None:
        at = self.at + step
        if not 0 <= at < len(self.shown):
            # Said, not only rung: a terminal's bell is often silent.
            self.notify(_(LAST_PHOTO if step > 0 else FIRST_PHOTO), timeout=3)
            self.app.bell()
            return
        self.at = at
        self.query_one(PhotoView).show(self.shown[at][1])
        self._caption()

    def action_close(self) -> None:
        self.dismiss(None)
