"""A picture whose pixels no printed page needs (a decompression bomb) is not decoded."""

from __future__ import annotations

import io

from PIL import Image

from reader.pdf import ingest_pdf
from reader.pictures import MAX_PIXELS
from tests.pdf.handmade import grey_photo_pdf


def photos(edition) -> list:
    return [b.image for it in edition.items() for b in getattr(it[1], "body", []) if b.image]


def test_a_picture_over_the_pixel_cap_is_kept_as_its_box_with_a_warning(tmp_path):
    side = int(MAX_PIXELS**0.5) + 10  # 6,334 x 6,334: over the cap, 40 KB of Flate
    path = tmp_path / "bomb.pdf"
    path.write_bytes(grey_photo_pdf(side, side, "Harbour at dawn, seen from the ferry"))
    done = ingest_pdf(path, pictures=True)
    assert done.photos == {}  # not decoded
    (image,) = photos(done.edition)
    assert (image.width, image.height) == (side, side)  # the box and its size are kept
    assert done.edition.warnings == [
        f"page 1: a picture of {side}×{side} pixels is too large to read; kept as its box"
    ]


def test_a_picture_under_the_cap_is_read(tmp_path):
    path = tmp_path / "photo.pdf"
    path.write_bytes(grey_photo_pdf(400, 500, "Harbour at dawn, seen from the ferry"))
    done = ingest_pdf(path, pictures=True)
    (data,) = done.photos.values()
    assert data.startswith(b"\x89PNG")
    assert done.edition.warnings == []


def test_jpeg_data_over_the_cap_is_kept_as_it_is_not_decoded(tmp_path):
    out = io.BytesIO()
    Image.new("L", (64, 80), 200).save(out, "JPEG")
    side = int(MAX_PIXELS**0.5) + 10
    path = tmp_path / "big-jpeg.pdf"
    path.write_bytes(grey_photo_pdf(side, side, "Harbour at dawn", jpeg=out.getvalue()))
    done = ingest_pdf(path, pictures=True)
    assert list(done.photos.values()) == [out.getvalue()]  # copied: the reader refuses it
    assert done.edition.warnings == []
