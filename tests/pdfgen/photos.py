"""Generated pictures for photo slots: gradients and shapes, as JPEG or PNG."""

from __future__ import annotations

import io
import random

from PIL import Image, ImageDraw

from tests.pdfgen.ink import Box, Pic


def picture(rng: random.Random, box: Box, item: int, caption: str | None) -> Pic:
    """A picture for box, with about 2 pixels a point (capped), in a random format."""
    w_pt, h_pt = box[2] - box[0], box[3] - box[1]
    scale = rng.choice((1.0, 1.5, 2.0))
    w, h = max(8, int(w_pt * scale)), max(8, int(h_pt * scale))
    a = tuple(rng.randrange(256) for _ in range(3))
    b = tuple(rng.randrange(256) for _ in range(3))
    mask = Image.linear_gradient("L").resize((w, h))
    if rng.random() < 0.5:
        mask = mask.rotate(90, expand=False)
    img = Image.composite(Image.new("RGB", (w, h), a), Image.new("RGB", (w, h), b), mask)
    draw = ImageDraw.Draw(img)
    for _ in range(rng.randint(2, 6)):
        x0, y0 = rng.randrange(w), rng.randrange(h)
        x1, y1 = x0 + rng.randint(4, max(5, w // 2)), y0 + rng.randint(4, max(5, h // 2))
        fill = tuple(rng.randrange(256) for _ in range(3))
        if rng.random() < 0.5:
            draw.ellipse((x0, y0, x1, y1), fill=fill)
        else:
            draw.rectangle((x0, y0, x1, y1), fill=fill)
    out = io.BytesIO()
    fmt = "jpeg" if rng.random() < 0.6 else "png"
    img.save(out, format=fmt.upper(), **({"quality": 80} if fmt == "jpeg" else {}))
    return Pic(box, out.getvalue(), fmt, (w, h), item, caption)
