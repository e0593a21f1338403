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


PICTOGRAM = 48  # pixels a side: a weather box's icons, printed 4-5 mm wide


def make_pictogram(path: Path) -> None:
    """A weather pictogram named by its file's stem ('wx_sun', 'wx_cloud', 'wx_partly',
    'wx_rain', 'wx_snow'), drawn flat on white as a paper's weather box sets them."""
    kind = path.stem.removeprefix("wx_")
    img = Image.new("RGB", (PICTOGRAM, PICTOGRAM), "white")
    draw = ImageDraw.Draw(img)
    sun, cloud, blue = (245, 170, 20), (150, 160, 170), (40, 110, 200)
    if kind in ("sun", "partly"):
        c, r = (18, 18) if kind == "partly" else (24, 24), 10 if kind == "partly" else 12
        for k in range(8):  # rays
            dx, dy = [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1)][k]
            draw.line(
                [
                    (c[0] + dx * (r + 3), c[1] + dy * (r + 3)),
                    (c[0] + dx * (r + 8), c[1] + dy * (r + 8)),
                ],
                fill=sun,
                width=3,
            )
        draw.ellipse([c[0] - r, c[1] - r, c[0] + r, c[1] + r], fill=sun)
    if kind in ("cloud", "partly", "rain", "snow"):
        top = 20 if kind == "partly" else 10
        for x0, y0, x1, y1 in (
            (8, top + 8, 26, top + 26),
            (18, top, 40, top + 22),
            (30, top + 8, 46, top + 24),
        ):
            draw.ellipse([x0, y0, x1, y1], fill=cloud)
        draw.rectangle([16, top + 14, 38, top + 26], fill=cloud)
    if kind == "rain":
        for x in (16, 26, 36):
            draw.line([(x, 40), (x - 3, 46)], fill=blue, width=3)
    if kind == "snow":
        for x in (16, 26, 36):
            draw.ellipse([x - 2, 40, x + 2, 44], fill=blue)
    img.quantize(8).save(path, optimize=True)


def make_code(path: Path) -> None:
    """A QR-like code (25 modules a side, 4 px a module, three finder squares, the rest from a
    fixed seed), 1-bit as an ad's QR picture is placed; it encodes nothing."""
    n, px = 25, 4
    rnd = random.Random(path.stem)
    img = Image.new("1", ((n + 2) * px, (n + 2) * px), 1)
    draw = ImageDraw.Draw(img)

    def module(col: int, row: int) -> None:
        draw.rectangle([(col + 1) * px, (row + 1) * px, (col + 2) * px - 1, (row + 2) * px - 1], 0)

    finders = [(0, 0), (n - 7, 0), (0, n - 7)]
    for col in range(n):
        for row in range(n):
            near = [
                (fx, fy)
                for fx, fy in finders
                if fx - 1 <= col <= fx + 7 and fy - 1 <= row <= fy + 7
            ]
            if not near:
                if rnd.random() < 0.5:
                    module(col, row)
                continue
            fx, fy = near[0]
            ring = max(abs(col - fx - 3), abs(row - fy - 3))
            if ring in (0, 1, 3):
                module(col, row)
    img.save(path, optimize=True)


LOGO = 40  # pixels a side: a team's emblem beside its name in a results table, printed 4 mm


def make_logo(path: Path) -> None:
    """A team's emblem: a shield of a colour from the file's stem with a white chevron and a
    ball, flat on white, as a sports page sets small logos in a standings table's cells."""
    rng = random.Random(path.stem)
    img = Image.new("RGB", (LOGO, LOGO), "white")
    draw = ImageDraw.Draw(img)
    colour = tuple(rng.randrange(30, 200) for _ in range(3))
    draw.polygon([(4, 3), (36, 3), (36, 22), (20, 37), (4, 22)], fill=colour)
    top = rng.randrange(8, 14)
    draw.line([(9, top), (20, top + 8), (31, top)], fill="white", width=3)
    draw.ellipse([16, 23, 24, 31], fill="white")
    img.quantize(8).save(path, optimize=True)
