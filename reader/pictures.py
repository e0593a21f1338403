"""Photos for the terminal: a saved picture decoded and scaled to a grid of cells.

Three ways to draw it: half-blocks, which every terminal shows, Kitty's graphics
protocol (reader.kitty), for terminals that draw real pictures in cells, and Sixel
(reader.sixel), for terminals that draw pictures over cells.

A cell is about twice as tall as it is wide, and half-block drawing shows two pixels
in it, one above the other (the upper half block in one colour over another). So a
picture shown `cols` cells wide and `rows` cells tall is scaled to cols x 2*rows
pixels, and its shape is kept when rows = cols * height / width / 2.

Pillow is imported only when a picture is decoded: opening an edition never pays
for it. Decoding runs in a worker of the UI; nothing here touches the screen.
"""

from __future__ import annotations

import os
import warnings
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Generic, Literal, TypeVar

import msgspec

from reader.errors import BroadsheetError
from reader.i18n import N_, _
from reader.kitty import supports_placeholders
from reader.model import Image
from reader.sixel import MAX_COLOURS, encode, supports_sixel

if TYPE_CHECKING:
    from PIL import Image as PILImage

MAX_PIXELS = 40_000_000
"""Pictures larger than this (a 7,300 x 5,500 photo) are refused before decoding: a
page's photo is a fraction of that, and decoding one would hold the memory of it."""

PictureMode = Literal["auto", "kitty", "sixel", "halfblocks", "off"]
PICTURE_MODES: tuple[PictureMode, ...] = ("auto", "kitty", "sixel", "halfblocks", "off")
"""How photos are drawn (the `pictures` setting): `auto` picks for the terminal."""

# Words of ours, in one place: msgids, translated when raised.
MISSING = N_("the photo file is missing")
UNREADABLE = N_("cannot read the photo file")
NOT_A_PICTURE = N_("not a picture file this reader knows")
DAMAGED = N_("the photo file is damaged")
TOO_LARGE = N_("the photo is too large to show ({width}×{height} pixels)")
KITTY_NEEDS_TRUECOLOR = N_(
    "pictures: kitty pictures need 24-bit colour (COLORTERM=truecolor); drawing half-blocks"
)


class PictureError(BroadsheetError):
    """A photo that cannot be shown: '<file>: <reason>'."""


class Cells(msgspec.Struct, frozen=True):
    """A picture scaled for the terminal: `cols` x `rows` cells of two pixels each."""

    cols: int
    rows: int
    pixels: bytes  # RGB, cols wide and 2 * rows tall, row by row

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        at = 3 * (y * self.cols + x)
        return self.pixels[at], self.pixels[at + 1], self.pixels[at + 2]


class PictureKey(msgspec.Struct, frozen=True):
    """What a scaled picture depends on: the file as it is now, the cells it fills, and
    for a terminal that draws pixels, a cell's size in pixels ((0, 0): half-blocks)."""

    path: str
    mtime_ns: int
    size: int
    cols: int
    rows: int
    cell: tuple[int, int] = (0, 0)


def fit(width: int, height: int, max_cols: int, max_rows: int) -> tuple[int, int]:
    """The cells (cols, rows) of a width x height picture at most max_cols x max_rows,
    its shape kept. A picture of unknown size (0) gets the shape of a 4:3 photo."""
    if width <= 0 or height <= 0:
        width, height = 4, 3
    max_cols, max_rows = max(1, max_cols), max(1, max_rows)
    cols = max_cols
    rows = round(cols * height / width / 2)
    if rows > max_rows:
        rows = max_rows
        cols = min(max_cols, round(rows * 2 * width / height))
    return max(1, cols), max(1, rows)


def photo_label() -> str:
    """What marks a photo not drawn (in the reader, a page map, an export), in the
    interface's language."""
    return _("Photo")


def photo_name(image: Image | None) -> str:
    """A photo named with its size, when known: 'Photo 1200×800'."""
    if image is not None and image.width and image.height:
        return f"{photo_label()} {image.width}×{image.height}"
    return photo_label()


def picture_path(folder: Path | None, image: Image) -> Path | None:
    """Where an edition's photo is saved: its src is relative to the edition's folder.
    None when the edition has no folder (read in memory) or the src leaves it."""
    if folder is None or not image.src:
        return None
    parts = Path(image.src).parts
    if Path(image.src).is_absolute() or ".." in parts:
        return None  # the file names only what is beside it
    return folder / image.src


def picture_key(path: Path, cols: int, rows: int, cell: tuple[int, int] = (0, 0)) -> PictureKey:
    """The key of a picture at a size (and `cell`, a cell's pixels where the terminal
    draws pixels); the file's size and time tell a changed file."""
    try:
        st = path.stat()
    except FileNotFoundError:
        raise PictureError(path, _(MISSING)) from None
    except OSError:
        raise PictureError(path, _(UNREADABLE)) from None
    return PictureKey(os.fspath(path), st.st_mtime_ns, st.st_size, cols, rows, cell)


def decode(key: PictureKey) -> Cells:
    """The picture of `key` scaled to its cells; raises PictureError (one line)."""
    scaled = _scaled(key, key.cols, 2 * key.rows)
    return Cells(key.cols, key.rows, scaled.tobytes())


def png(key: PictureKey, cell: tuple[int, int]) -> bytes:
    """The picture of `key` as a PNG of its cells' pixels (`cell`: one cell's width and
    height), for a terminal that draws pictures; raises PictureError (one line)."""
    import io

    width, height = cell
    scaled = _scaled(key, key.cols * width, key.rows * height)
    out = io.BytesIO()
    # Level 1: most of the size saved at a fraction of the default level's time.
    scaled.save(out, "PNG", compress_level=1)
    return out.getvalue()


def sixel_rows(key: PictureKey, cell: tuple[int, int]) -> list[str]:
    """The picture of `key` for a Sixel terminal, one image a row of its cells (`cell`:
    one cell's width and height in pixels), so that any of its rows can be drawn alone;
    raises PictureError (one line). One palette of at most 256 colours for the whole."""
    width, height = cell
    scaled = _scaled(key, key.cols * width, key.rows * height)
    indexed = scaled.quantize(MAX_COLOURS)
    flat = indexed.getpalette() or []
    palette = [(flat[i], flat[i + 1], flat[i + 2]) for i in range(0, len(flat) - 2, 3)]
    data = indexed.tobytes()
    size = key.cols * width * height  # the pixels of one row of cells
    return [
        encode(data[row * size : (row + 1) * size], key.cols * width, height, palette)
        for row in range(key.rows)
    ]


def _scaled(key: PictureKey, width: int, height: int) -> PILImage.Image:
    """The picture of `key` in RGB, resized to width x height pixels."""
    from PIL import Image as PILImage
    from PIL import UnidentifiedImageError

    path = key.path
    try:
        with warnings.catch_warnings():
            # Refused below by our own limit; Pillow's warning would only reach stderr.
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            with PILImage.open(path) as img:
                size = img.size
                if size[0] * size[1] > MAX_PIXELS:
                    raise PictureError(path, _(TOO_LARGE).format(width=size[0], height=size[1]))
                # A JPEG decodes at 1/2 .. 1/8 of its size when that is still larger
                # than the cells want: most of the time of a big photo saved.
                img.draft("RGB", (width, height))
                rgb = img.convert("RGB")
                return rgb.resize((width, height), PILImage.Resampling.BOX)
    except PictureError:
        raise
    except FileNotFoundError:
        raise PictureError(path, _(MISSING)) from None
    except PILImage.DecompressionBombError:
        raise PictureError(path, _(TOO_LARGE).format(width="?", height="?")) from None
    except UnidentifiedImageError:
        raise PictureError(path, _(NOT_A_PICTURE)) from None
    except Exception:  # noqa: BLE001
        # Truncated or damaged data: Pillow's decoders say so in many ways (OSError,
        # SyntaxError, struct.error, IndexError ...), none of them a bug of ours.
        raise PictureError(path, _(DAMAGED)) from None


K = TypeVar("K", bound=Hashable)
V = TypeVar("V")


class LRU(Generic[K, V]):
    """The most recently used `size` values: scaled pictures by key, say."""

    def __init__(self, size: int, dropped: Callable[[K, V], None] | None = None) -> None:
        self.size = size
        self._values: OrderedDict[K, V] = OrderedDict()
        self._dropped = dropped  # told of each value the cache lets go

    def get(self, key: K) -> V | None:
        value = self._values.get(key)
        if value is not None:
            self._values.move_to_end(key)
        return value

    def put(self, key: K, value: V) -> None:
        self._values[key] = value
        self._values.move_to_end(key)
        while len(self._values) > self.size:
            key, value = self._values.popitem(last=False)
            if self._dropped is not None:
                self._dropped(key, value)

    def __contains__(self, key: object) -> bool:
        return key in self._values

    def __len__(self) -> int:
        return len(self._values)


def choose_mode(
    setting: PictureMode, env: Mapping[str, str] | None = None, truecolor: bool = True
) -> PictureMode:
    """The mode to draw in: the setting, or for `auto` what the terminal can show.

    Kitty's pictures where the terminal says it draws them (reader.kitty), else Sixel
    where it says it draws that and nothing between drops it (reader.sixel); half-blocks
    need only colours, which every terminal Textual runs in has; a terminal that says
    it is dumb gets none. A kitty picture is named by a 24-bit colour: where the output
    has fewer colours (`truecolor` False), even a forced `kitty` is half-blocks."""
    env = os.environ if env is None else env
    mode = setting
    if setting == "auto":
        if env.get("TERM", "") == "dumb":
            mode = "off"
        else:
            if supports_placeholders(env):
                mode = "kitty"
            else:
                mode = "sixel" if supports_sixel(env) else "halfblocks"
    if mode == "kitty" and not truecolor:
        mode = "halfblocks"
    return mode
