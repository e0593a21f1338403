"""Small made-up photos for the fixture pages: a gradient sky, a ground and a few shapes,
drawn with Pillow from a seed, so the remade PDFs hold the same pictures."""

from __future__ import annotations

import random
from pathlib import Path

from PIL import Image, ImageDraw

SIZE = (360, 240)  # pixels: about 2 a point at a column's width


def make_photo(path: Path) -> None:
    rng = random.Random(path.stem)
    w, h = SIZE
    img = Image.new("RGB", SIZE)
    draw = ImageDraw.Draw(img)
    top = [rng.randrange(120, 220) for _ in range(3)]
    low = [rng.randrange(20, 120) for _ in range(3)]
    for y in range(h):
        t = y / h
        shade = tuple(int(a + (b - a) * t) for a, b in zip(top, low, strict=True))
        draw.line([(0, y), (w, y)], fill=shade)
    horizon = rng.randrange(h // 3, 2 * h // 3)
    draw.rectangle([0, horizon, w, h], fill=tuple(rng.randrange(40, 140) for _ in range(3)))
    for _ in range(9):
        x, y, r = rng.randrange(w), rng.randrange(horizon - 40, h), rng.randrange(6, 30)
        draw.ellipse([x - r, y - r, x + r, y + r], fill=tuple(rng.randrange(256) for _ in range(3)))
    if path.suffix == ".jpg":
        img.save(path, quality=70)
    else:
        img.quantize(32).save(path, optimize=True)
