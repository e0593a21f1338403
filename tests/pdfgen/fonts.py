"""The two font kinds a generated page is set in, and their glyph widths.

"cid": reportlab's built-in Korean CID fonts (no font file: the PDF names the font and
a reader substitutes one). "ttf": Noto Sans KR, a real TrueType font that reportlab
embeds as subsets, each with a ToUnicode map, as real e-editions do. The font file comes
from the `justmytype-intl-cjk` package (OFL font, MIT package), never from the repository.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfbase.ttfonts import TTFont

KINDS = ("cid", "ttf")
CID_SERIF = "HYSMyeongJo-Medium"
CID_SANS = "HYGothic-Medium"
TTF_NAME = "NotoSansKR"


@dataclass(frozen=True, slots=True)
class Faces:
    """The faces of one page: body text (serif where there is one) and display type."""

    kind: str
    body: str
    sans: str


def ttf_path() -> Path:
    return Path(str(files("justmytype_intl_cjk") / "fonts/ofl/notosanskr/NotoSansKR[wght].ttf"))


@cache
def faces(kind: str) -> Faces:
    if kind == "cid":
        for name in (CID_SERIF, CID_SANS):
            pdfmetrics.registerFont(UnicodeCIDFont(name))
        return Faces("cid", CID_SERIF, CID_SANS)
    if kind == "ttf":
        pdfmetrics.registerFont(TTFont(TTF_NAME, str(ttf_path())))
        return Faces("ttf", TTF_NAME, TTF_NAME)
    raise ValueError(f"font kind {kind!r}: one of {KINDS}")


_widths: dict[tuple[str, str], float] = {}


def char_width(ch: str, font: str) -> float:
    """Advance of ch at 1 pt."""
    key = (font, ch)
    w = _widths.get(key)
    if w is None:
        w = _widths[key] = pdfmetrics.stringWidth(ch, font, 1000) / 1000
    return w


def text_width(text: str, font: str, size: float) -> float:
    return sum(char_width(ch, font) for ch in text) * size
