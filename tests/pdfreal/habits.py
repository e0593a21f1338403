"""Pages with habits of real e-editions that layout engines do not have on their own (round
4, fixtures 18-22), made by `python -m tests.pdfreal.make NAME` with tools of a scratch venv,
none a dependency of broadsheet: reportlab (BSD), pikepdf (MPL-2.0), pypdfium2 (Apache-2.0
or BSD-3-Clause) and Pillow (HPND).

- `glyphs`: a page set as InDesign and QuarkXPress export it: every glyph its own absolute
  position, no space character anywhere, justified lines whose gaps vary line by line
  (Korean spread over every glyph gap, English over the word gaps only);
- `front`: an English front whose nameplate is a picture and whose date line is text;
- `ad_file` (round 6): an advertiser's one-page PDF, for a Typst page to place whole,
  whose last lines run past its box.

An engine's PDF made over afterwards (a scan, a printer's marks, a page stored turned):
`postprocess.py`.
"""

from __future__ import annotations

import io
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf"  # Debian's fonts-dejavu-core


# --- glyph by glyph ------------------------------------------------------------------


def _wrap_chars(text: str, width: float, measure, indent: float) -> list[str]:
    """Korean papers break anywhere between syllables: a line takes glyphs while they fit;
    a space that would start a line is dropped."""
    lines, cur = [], ""
    for ch in text:
        room = width - (indent if not lines else 0.0)
        if measure(cur + ch) > room and cur and ch not in ".,)”’」":
            lines.append(cur.rstrip())
            cur = "" if ch == " " else ch
        else:
            cur += ch
    lines.append(cur)
    return lines


def _wrap_words(text: str, width: float, measure, indent: float) -> list[str]:
    lines, cur = [], ""
    for word in text.split():
        room = width - (indent if not lines else 0.0)
        if cur and measure(cur + " " + word) > room:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}" if cur else word
    lines.append(cur)
    return lines


def _set_line(c, font, size, x, y, line, width, justify, latin) -> None:
    """Each glyph at its own text matrix, no space drawn; a justified line's slack goes to
    its word gaps (Latin) or to every glyph gap (Korean), so the gaps differ line by line."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    words = line.split(" ")
    natural = stringWidth(line, font, size)
    gaps = len(words) - 1 if latin else max(len(line) - 1, 1)
    extra = (width - natural) / gaps if justify and gaps else 0.0
    t = c.beginText()
    t.setFont(font, size)
    pos = x
    for n, ch in enumerate(line):
        adv = stringWidth(ch, font, size)
        if ch != " ":
            t.setTextOrigin(pos, y)
            t.textOut(ch)
        pos += adv
        if n + 1 < len(line) and (not latin or ch == " "):
            pos += extra
    c.drawText(t)


def _story(c, font, size, x, top, width, item, bottom, latin, head_font, head_size):
    """A story set into columns of `width` from x rightwards: the headline across them,
    the paragraphs glyph by glyph; returns nothing (the page is made to fit)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    c.setFont(head_font, head_size)
    span = width * (3 if not latin else 2) + (24 if not latin else 12)
    heads = _wrap_words(item["headline"], span, lambda s: stringWidth(s, head_font, head_size), 0)
    for n, ln in enumerate(heads):
        c.drawString(x, top - head_size * (1 + 1.2 * n), ln)
    top -= head_size * 1.2 * (len(heads) - 1)
    y = top - head_size * 1.9
    col_x, lead = x, size * 1.55

    def measure(s: str) -> float:
        return stringWidth(s, font, size)

    wrap = _wrap_words if latin else _wrap_chars
    for _, text in item["body"]:
        lines = wrap(text, width, measure, size)
        for n, line in enumerate(lines):
            if y < bottom:
                col_x, y = col_x + width + 12, top - head_size * 1.9
            indent = size if n == 0 else 0.0
            last = n == len(lines) - 1
            _set_line(c, font, size, col_x + indent, y, line, width - indent, not last, latin)
            y -= lead
    for name, role, email, _ in item["bylines"]:
        by = " ".join(x for x in (name, role, email) if x)
        bw = stringWidth(by, font, size * 0.8)
        # flush right, but never into the gutter before its column
        x = max(col_x, col_x + width - bw)
        _set_line(c, font, size * 0.8, x, y, by, bw, False, True)


def glyphs(spec: dict, pdf: Path) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    for name in ("HYSMyeongJo-Medium", "HYGothic-Medium"):
        pdfmetrics.registerFont(UnicodeCIDFont(name))
    pr = spec["print"]
    w, h = (float(v) for v in pr["size"].split())
    c = Canvas(str(pdf), pagesize=(w, h))
    c.setFont("HYGothic-Medium", 9)
    c.drawString(30, h - 30, f"{pr['folio']}  {pr['section']}")
    c.drawRightString(w - 30, h - 30, pr["date"])
    c.setLineWidth(0.8)
    c.line(30, h - 36, w - 30, h - 36)
    ko, en = spec["pages"][0]["items"]
    top, bottom, col = h - 48, 50, 118.0
    _story(c, "HYSMyeongJo-Medium", 9, 30, top, col, ko, bottom, False, "HYGothic-Medium", 17)
    c.line(30 + 3 * col + 30, top, 30 + 3 * col + 30, bottom)
    _story(c, "Times-Roman", 9, 30 + 3 * col + 42, top, 140, en, bottom, True, "Times-Bold", 13)
    c.showPage()
    c.save()


# --- an English front with a pictured nameplate ---------------------------------------


def _nameplate(text: str, width: int, height: int) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    img = Image.new("L", (width, height), 255)
    draw = ImageDraw.Draw(img)
    font = ImageFont.truetype(DEJAVU, int(height * 0.72))
    box = draw.textbbox((0, 0), text, font=font)
    draw.text(((width - box[2]) / 2, (height - box[3]) / 2), text, font=font, fill=0)
    out = io.BytesIO()
    img.save(out, "PNG", optimize=True)
    return out.getvalue()


def front(spec: dict, pdf: Path) -> None:
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen.canvas import Canvas

    pr = spec["print"]
    w, h = (float(v) for v in pr["size"].split())
    c = Canvas(str(pdf), pagesize=(w, h))
    plate = ImageReader(io.BytesIO(_nameplate(spec["nameplate"], 960, 96)))
    c.drawImage(plate, 36, h - 36 - 48, width=w - 72, height=48)
    c.setLineWidth(1.5)
    c.line(36, h - 92, w - 36, h - 92)
    c.setFont("Helvetica", 8)
    c.drawCentredString(w / 2, h - 103, pr["dateline"])
    c.line(36, h - 108, w - 36, h - 108)
    lead, side = spec["pages"][0]["items"]
    col, gut = (w - 72 - 3 * 12) / 4, 12.0

    def column_text(item, x, y, ncols, head):
        c.setFont("Times-Bold", head)
        span = ncols * col + (ncols - 1) * gut
        heads = _wrap_words(item["headline"], span, lambda s: stringWidth(s, "Times-Bold", head), 0)
        for ln in heads:
            c.drawString(x, y - head, ln)
            y -= head * 1.15
        y -= head * 0.35
        for d in item.get("deck", []):
            c.setFont("Times-Italic", 12)
            c.drawString(x, y - 12, d)
            y -= 20
        lines: list[tuple[str, bool]] = []
        for _, text in item["body"]:
            words = _wrap_words(text, col, lambda s: stringWidth(s, "Times-Roman", 9), 9)
            lines += [(ln, n == 0) for n, ln in enumerate(words)]
        for name, role, *_ in item["bylines"]:
            lines = [(f"By {name.upper()}", False), (role, False)] + lines
        per = -(-len(lines) // ncols)
        c.setFont("Times-Roman", 9)
        for k in range(ncols):
            for n, (ln, first) in enumerate(lines[k * per : (k + 1) * per]):
                c.drawString(x + k * (col + gut) + (9 if first else 0), y - 9 - n * 11.5, ln)
        return y - 9 - per * 11.5

    bottom = column_text(lead, 36, h - 118, 3, 22)
    column_text(side, 36 + 3 * (col + gut), h - 118, 1, 14)
    c.line(36, bottom - 6, 36 + 3 * col + 2 * gut, bottom - 6)
    c.showPage()
    c.save()


# --- an advertiser's file, placed whole ----------------------------------------------


def ad_file(spec: dict) -> None:
    """The advertiser's own one-page PDF (round 6, page 33): a bordered ad whose last
    lines the advertiser set below the page's foot, outside its media box. The page's
    layout places this file as a picture (Typst: a Form XObject clipped to its box), so
    those lines are in the file but never printed."""
    from importlib.resources import files

    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    # embedded, as an advertiser's print file has it: a subset of the justmytype-intl-cjk
    # package's Noto Sans KR, as tests/pdfgen/fonts.py finds it (importing that module
    # would import the whole generator)
    font = files("justmytype_intl_cjk") / "fonts/ofl/notosanskr/NotoSansKR[wght].ttf"
    pdfmetrics.registerFont(TTFont("NotoSansKR", str(font)))
    ad = spec["ad"]
    w, h = ad["size"][0] * mm, ad["size"][1] * mm
    out = FIXTURES / ad["file"]
    c = canvas.Canvas(str(out), pagesize=(w, h), pageCompression=0, invariant=1)
    c.setLineWidth(1.2)
    c.rect(0.6, 0.6, w - 1.2, h - 1.2)
    y = h - 8 * mm
    for size, text in ad["lines"]:  # centred, as ads are set
        c.setFont("NotoSansKR", size)
        c.drawCentredString(w / 2, y, text)
        y -= size * 1.55
    assert y > 0, "the lines printed must stand above the foot"
    y = 0.0
    for size, text in ad["below"]:  # past the foot: the advertiser's file runs on
        y -= size * 1.55
        c.setFont("NotoSansKR", size)
        c.drawCentredString(w / 2, y, text)
    c.showPage()
    c.save()
