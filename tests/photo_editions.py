"""Editions with real photo files, made at test time: a generated PDF e-edition (tests.pdfgen)
ingested with its pictures saved beside it, as `broadsheet ingest PAPER.pdf` does.

Seed 2 gives two pages: page 1 an interview and an article with a photo; page 2 three
articles (one photo, two photos, none) over an ad with a picture. The edition is made
once a session and copied for each test, which may then damage its files.
"""

from __future__ import annotations

import atexit
import shutil
import struct
import tempfile
import zlib
from pathlib import Path

from PIL import Image as PILImage

from reader.library import Library, open_library
from reader.model import Article, Edition, Image
from reader.pdf import ingest_pdf, save_pdf
from tests.pdfgen import generate_pdf_edition

SEED, PAGES = 2, 2
EDITION = "paper.json"

_made: Path | None = None


def _master() -> Path:
    global _made
    if _made is None:
        tmp = tempfile.TemporaryDirectory(prefix="broadsheet-photos-")
        atexit.register(tmp.cleanup)
        root = Path(tmp.name)
        pdf = generate_pdf_edition(root / "paper.pdf", SEED, PAGES)
        save_pdf(ingest_pdf(pdf.path, pictures=True), root / "editions")
        _made = root / "editions"
    return _made


def photo_folder(dest: Path) -> Path:
    """A copy of the edition and its photos in dest/editions; the folder."""
    folder = dest / "editions"
    shutil.copytree(_master(), folder)
    return folder


def photo_library(dest: Path) -> tuple[Library, int]:
    return open_library(photo_folder(dest))


def pdf_library(dest: Path) -> tuple[Library, int]:
    """The same paper opened as a PDF: ingested in memory, with no photo files."""
    pdf = generate_pdf_edition(dest / "paper.pdf", SEED, PAGES)
    return open_library(pdf.path)


def photo_file(folder: Path, edition: Edition, item_id: str, n: int = 0) -> Path:
    """The file of an article's n-th photo."""
    item = edition.find(item_id)
    assert isinstance(item, Article)
    images = [b.image for b in item.body if b.image is not None]
    return folder / images[n].src


def image_of(edition: Edition, item_id: str, n: int = 0) -> Image:
    item = edition.find(item_id)
    assert isinstance(item, Article)
    return [b.image for b in item.body if b.image is not None][n]


def halves(path: Path, size: tuple[int, int], fmt: str = "PNG") -> Path:
    """A picture red in its upper half, blue in its lower half."""
    img = PILImage.new("RGB", size, (20, 40, 210))
    img.paste((200, 30, 40), (0, 0, size[0], size[1] // 2))
    img.save(path, format=fmt)
    return path


def huge_png(path: Path, width: int, height: int) -> Path:
    """A small file whose header claims a huge picture (a decompression bomb's shape)."""
    halves(path, (4, 4))
    data = bytearray(path.read_bytes())
    ihdr = 8 + 8  # the signature, then the IHDR chunk's length and type
    data[ihdr : ihdr + 8] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[ihdr - 4 : ihdr + 13]))
    data[ihdr + 13 : ihdr + 17] = struct.pack(">I", crc)
    path.write_bytes(bytes(data))
    return path
