"""An engine's PDF made over afterwards, as real e-editions come (round 4, fixtures 18-22;
called by `python -m tests.pdfreal.make NAME` for a page's "post", with the scratch venv's
pikepdf, pypdfium2, reportlab and Pillow, none a dependency of broadsheet):

- `ocr`: a scanned archive page: the printed page (Typst's own rendering, 1 bit a pixel,
  CCITT G4 as scanners store it) with an invisible text layer over it (render mode 3),
  each word stretched (Tz) to the box the scan shows it in, as OCR engines write it;
- `printer`: a printer's PDF: the media box grown by a slug area (origin below zero), a
  bleed and a trim box, crop and registration marks, colour bars and a slug line;
- `rotate`: the page stored landscape (/Rotate 90), its content drawn turned.
"""

from __future__ import annotations

import io
from pathlib import Path


def _g4(png: Path) -> tuple[bytes, int, int]:
    """The page picture at 1 bit a pixel, CCITT group 4 coded (one strip)."""
    from PIL import Image

    img = Image.open(png).convert("L").point(lambda v: 255 if v > 150 else 0).convert("1")
    out = io.BytesIO()
    img.save(out, "TIFF", compression="group4", tiffinfo={278: img.height})
    tif = Image.open(io.BytesIO(out.getvalue()))
    start, size = tif.tag_v2[273], tif.tag_v2[279]
    start = start[0] if isinstance(start, tuple) else start
    size = size[0] if isinstance(size, tuple) else size
    return out.getvalue()[start : start + size], img.width, img.height


def _ocr_words(pdf: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """The printed words, line by line: (text, left, baseline, right, line height), as an
    OCR engine finds them in the picture (here from the engine's own PDF, glyph boxes)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(str(pdf))[0]
    tp = page.get_textpage()
    lines: list[list[tuple[str, float, float, float, float]]] = []
    word, box = "", None
    last_y = None

    def flush() -> None:
        nonlocal word, box
        if word and box:
            x0, base, x1, top = box
            if not lines or abs(lines[-1][0][2] - base) > 1.5 or x0 < lines[-1][-1][3] - 1:
                lines.append([])
            lines[-1].append((word, x0, base, x1, top - base))
        word, box = "", None

    for i in range(tp.count_chars()):
        ch = tp.get_text_range(i, 1)
        if not ch.strip():
            flush()
            continue
        x0, y0, x1, y1 = tp.get_charbox(i)
        base = y0
        if last_y is not None and box and abs(last_y - base) > 3:
            flush()
        if box is None:
            box = (x0, base, x1, y1)
        else:
            box = (box[0], min(box[1], base), max(box[2], x1), max(box[3], y1))
        word += ch
        last_y = base
    flush()
    return lines


def ocr(spec: dict, pdf: Path, png: Path) -> None:
    """The scan (png, the engine's rendering) with an invisible OCR text layer over it."""
    import pikepdf
    import pypdfium2 as pdfium
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen.canvas import Canvas

    w, h = pdfium.PdfDocument(str(pdf))[0].get_size()
    words = _ocr_words(pdf)
    pdfmetrics.registerFont(UnicodeCIDFont("HYSMyeongJo-Medium"))
    layer = io.BytesIO()
    c = Canvas(layer, pagesize=(w, h))
    for line in words:
        size = max(round(max(x[4] for x in line)), 4)
        base = min(x[2] for x in line)
        for k, (text, x0, _, x1, _) in enumerate(line):
            last = k == len(line) - 1
            text = text if last else text + " "
            reach = (x1 if last else line[k + 1][1]) - x0
            natural = pdfmetrics.stringWidth(text, "HYSMyeongJo-Medium", size)
            t = c.beginText()
            t.setTextRenderMode(3)
            t.setFont("HYSMyeongJo-Medium", size)
            t.setHorizScale(100.0 * reach / natural)
            t.setTextOrigin(x0, base)
            t.textOut(text)
            c.drawText(t)
    c.showPage()
    c.save()
    data, pw, ph = _g4(png)
    doc = pikepdf.open(io.BytesIO(layer.getvalue()))
    page = doc.pages[0]
    scan = pikepdf.Stream(doc, data)
    scan.Type, scan.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
    scan.Width, scan.Height, scan.BitsPerComponent = pw, ph, 1
    scan.ColorSpace, scan.Filter = pikepdf.Name.DeviceGray, pikepdf.Name.CCITTFaxDecode
    scan.DecodeParms = pikepdf.Dictionary(K=-1, Columns=pw, Rows=ph, BlackIs1=True)
    if "/XObject" not in page.Resources:
        page.Resources.XObject = pikepdf.Dictionary()
    page.Resources.XObject.Scan = scan
    page.contents_add(
        pikepdf.Stream(doc, f"q {w:.2f} 0 0 {h:.2f} 0 0 cm /Scan Do Q\n".encode()), prepend=True
    )
    doc.save(str(pdf))


def _marks(w: float, h: float, slug: str) -> str:
    """Crop and registration marks, colour bars and the slug line, outside the trim."""
    reg = "1 1 1 1 K 1 1 1 1 k 0.25 w"
    out = ["q", reg]
    for x, y, sx, sy in ((0, 0, -1, -1), (w, 0, 1, -1), (0, h, -1, 1), (w, h, 1, 1)):
        out.append(
            f"{x + sx * 12} {y} m {x + sx * 30} {y} l S {x} {y + sy * 12} m {x} {y + sy * 30} l S"
        )
    for cx, cy in ((w / 2, -27), (w / 2, h + 27), (-27, h / 2), (w + 27, h / 2)):
        r, k = 6, 0.5523 * 6
        out.append(
            f"{cx + r} {cy} m {cx + r} {cy + k} {cx + k} {cy + r} {cx} {cy + r} c "
            f"{cx - k} {cy + r} {cx - r} {cy + k} {cx - r} {cy} c "
            f"{cx - r} {cy - k} {cx - k} {cy - r} {cx} {cy - r} c "
            f"{cx + k} {cy - r} {cx + r} {cy - k} {cx + r} {cy} c S "
            f"{cx - 10} {cy} m {cx + 10} {cy} l S {cx} {cy - 10} m {cx} {cy + 10} l S"
        )
    inks = ["1 0 0 0", "0 1 0 0", "0 0 1 0", "0 0 0 1", "1 1 0 0", "0 1 1 0", "1 0 1 0"]
    inks += [f"0 0 0 {t}" for t in (0.75, 0.5, 0.25, 0.1)]
    for n, ink in enumerate(inks):
        out.append(f"{ink} k {60 + n * 12} {h + 16} 12 12 re f")
    out.append(f"BT /Slug 6 Tf 0 0 0 1 k 1 0 0 1 0 {-40} Tm ({slug}) Tj ET")
    out.append("Q")
    return "\n".join(out) + "\n"


def printer(spec: dict, pdf: Path) -> None:
    import pikepdf

    doc = pikepdf.open(str(pdf), allow_overwriting_input=True)
    page = doc.pages[0]
    x0, y0, w, h = (float(v) for v in page.MediaBox)
    assert (x0, y0) == (0.0, 0.0)
    slug, bleed = 45.0, 9.0
    page.MediaBox = pikepdf.Array([-slug, -slug, w + slug, h + slug])
    page.BleedBox = pikepdf.Array([-bleed, -bleed, w + bleed, h + bleed])
    page.TrimBox = pikepdf.Array([0, 0, w, h])
    if "/CropBox" in page.obj:
        del page.obj.CropBox
    if "/Font" not in page.Resources:
        page.Resources.Font = pikepdf.Dictionary()
    page.Resources.Font.Slug = pikepdf.Dictionary(
        Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
    )
    page.contents_add(pikepdf.Stream(doc, b"q\n"), prepend=True)
    marks = "Q\n" + _marks(w, h, spec["slug"])
    page.contents_add(pikepdf.Stream(doc, marks.encode()))
    doc.save(str(pdf))


def rotate(spec: dict, pdf: Path) -> None:
    """Stored landscape: the media box turned, the content drawn turned with it, and
    /Rotate 90 so a viewer shows the page upright."""
    import pikepdf

    doc = pikepdf.open(str(pdf), allow_overwriting_input=True)
    page = doc.pages[0]
    _, _, w, h = (float(v) for v in page.MediaBox)
    page.MediaBox = pikepdf.Array([0, 0, h, w])
    page.Rotate = 90
    page.contents_add(pikepdf.Stream(doc, f"q 0 1 -1 0 {h:g} 0 cm\n".encode()), prepend=True)
    page.contents_add(pikepdf.Stream(doc, b"Q\n"))
    doc.save(str(pdf))
