"""Remake the fixture PDFs from their sources: `python -m tests.pdfreal.make [NAME...]`.

Each fixtures/NN_name.json is a page's expected structure (tests/ingest/handmade_set.py's
format), written by hand, plus what only the printing needs ("engine", "print": size,
columns, masthead or folio lines; per item "span" in grid columns and "photo"). This script
writes the page's source (NN_name.html for Chromium, NN_name.typ for Typst, NN_name.fodt
for LibreOffice Writer; NN_name.fodg for LibreOffice Draw, NN_name.html for WeasyPrint and
NN_name.py for fpdf2 are only ever written by hand) and its photos, then has the engine make
NN_name.pdf. A spec with
"source": "hand" has its source written by hand beside it (pages 08 on, whose layouts the
renderers do not make: several pages, a grid of cells, frames); only the PDF is remade. Not run by
CI: it needs Debian's chromium, libreoffice-writer-nogui, libreoffice-draw-nogui and
fonts-noto-cjk, and PyPI's typst, weasyprint and fpdf2 (README.md in fixtures/ has the versions
used).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from importlib.resources import files
from pathlib import Path

from tests.pdfreal import habits, postprocess
from tests.pdfreal.photos import make_code, make_logo, make_photo, make_pictogram
from tests.pdfreal.render_fodt import render_fodt
from tests.pdfreal.render_html import render_html
from tests.pdfreal.render_typst import render_typst

FIXTURES = Path(__file__).parent / "fixtures"
FONTS = "/usr/share/fonts/opentype/noto"  # Debian's fonts-noto-cjk
CHROMIUM = [
    "chromium",
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-pdf-header-footer",
]


def make(spec: Path) -> Path:
    page = json.loads(spec.read_text(encoding="utf-8"))
    for item in (it for p in page["pages"] for it in p["items"]):
        if item.get("photo"):
            make_photo(FIXTURES / item["photo"])
    pdf = spec.with_suffix(".pdf")
    by_hand = page.get("source") == "hand"
    if page["engine"] == "chromium":
        src = spec.with_suffix(".html")
        if not by_hand:
            src.write_text(render_html(page, spec.stem), encoding="utf-8")
        cmd = [*CHROMIUM, f"--print-to-pdf={pdf}", src.resolve().as_uri()]
        subprocess.run(cmd, check=True, capture_output=True)
    elif page["engine"] == "weasyprint":
        import weasyprint  # PyPI's weasyprint: a tool of this script, not of broadsheet

        src = spec.with_suffix(".html")
        weasyprint.HTML(str(src), base_url=str(FIXTURES)).write_pdf(str(pdf))
    elif page["engine"] in ("libreoffice", "libreoffice-draw"):
        src = spec.with_suffix(".fodg" if page["engine"] == "libreoffice-draw" else ".fodt")
        if not by_hand:
            src.write_text(render_fodt(page), encoding="utf-8")
        cmd = ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(FIXTURES), str(src)]
        subprocess.run(cmd, check=True, capture_output=True)
    elif page["engine"] == "reportlab":
        getattr(habits, page["layout"])(page, pdf)
    elif page["engine"] == "fpdf2":  # the page's layout is its source, a Python module
        src = spec.with_suffix(".py")
        loader = importlib.util.spec_from_file_location(spec.stem, src)
        assert loader is not None and loader.loader is not None
        module = importlib.util.module_from_spec(loader)
        loader.loader.exec_module(module)
        module.write(pdf)
    else:
        import typst  # PyPI's typst: a tool of this script, not of broadsheet

        src = spec.with_suffix(".typ")
        if not by_hand:
            src.write_text(render_typst(page), encoding="utf-8")
        if page.get("pre") == "ad_file":  # the advertiser's PDF the page places
            habits.ad_file(page)
        for name in page.get("pictures", []):  # a picture no item's photo: a map's ground
            if not (FIXTURES / name).exists():
                make_photo(FIXTURES / name)
        for name in page.get("pictograms", []):  # a weather box's icons, placed as pictures
            make_pictogram(FIXTURES / name)
        for name in page.get("codes", []):  # an ad's QR code, placed as a picture
            make_code(FIXTURES / name)
        for name in page.get("logos", []):  # a team's emblem in a standings table's cell
            make_logo(FIXTURES / name)
        fonts = [FONTS]
        # a TrueType face beside the CFF ones: Noto Sans KR (justmytype-intl-cjk)
        if page.get("ttf"):
            fonts.append(str(files("justmytype_intl_cjk") / "fonts/ofl/notosanskr"))
        typst.compile(str(src), output=str(pdf), font_paths=fonts)
        if page.get("post") == "ocr":  # the scan: Typst's own rendering of the page
            png = pdf.with_suffix(".scan.png")
            typst.compile(str(src), output=str(png), format="png", ppi=150, font_paths=[FONTS])
            postprocess.ocr(page, pdf, png)
            png.unlink()
            return pdf
    if page.get("post") in ("printer", "rotate"):
        getattr(postprocess, page["post"])(page, pdf)
    return pdf


def main(names: list[str]) -> None:
    for spec in sorted(FIXTURES.glob("*.json")):
        if not names or spec.stem in names:
            pdf = make(spec)
            print(f"{pdf.name}: {pdf.stat().st_size:,} bytes")


if __name__ == "__main__":
    main(sys.argv[1:])
