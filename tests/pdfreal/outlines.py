"""Draw a line of display type as vector outlines, no text, as some Korean e-editions ship
their headlines: `python -m tests.pdfreal.outlines OUT.svg SIZE_PT "TEXT"` writes an SVG of
one path per glyph (Noto Sans CJK KR Bold, advance widths from its hmtx) that Typst then
draws as paths. Needs PyPI's fonttools: a tool of this script, not of broadsheet."""

from __future__ import annotations

import sys
from pathlib import Path

FONT = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"  # Debian's fonts-noto-cjk


def outline_svg(text: str, size: float) -> str:
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.ttLib import TTCollection

    font = next(f for f in TTCollection(FONT).fonts if "KR" in f["name"].getDebugName(1))
    glyphs, cmap = font.getGlyphSet(), font.getBestCmap()
    upm, ascent = font["head"].unitsPerEm, font["hhea"].ascent
    scale = size / upm
    paths, x = [], 0.0
    for ch in text:
        name = cmap[ord(ch)]
        pen = SVGPathPen(glyphs)
        # font units, y up, to SVG points, y down, the baseline at the ascent
        glyphs[name].draw(TransformPen(pen, (scale, 0, 0, -scale, x, ascent * scale)))
        if pen.getCommands():
            paths.append(f'<path d="{pen.getCommands()}"/>')
        x += glyphs[name].width * scale
    height = (ascent - font["hhea"].descent) * scale
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{x:.1f}pt" height="{height:.1f}pt" '
        f'viewBox="0 0 {x:.1f} {height:.1f}">{"".join(paths)}</svg>\n'
    )


if __name__ == "__main__":
    out, size, text = sys.argv[1], float(sys.argv[2]), sys.argv[3]
    Path(out).write_text(outline_svg(text, size), encoding="utf-8")
