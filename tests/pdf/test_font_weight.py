"""A bold face whose name tells no weight (fpdf2 names the bold and the regular of one
variable font alike) is told by its stems (glyphs.py): PDFium's weight, read from the
font's stem width (/StemV), or the font's ForceBold flag, gives its name '-Bold', so an
ad's heading in it reads as bold (frames.py goes by the name)."""

from __future__ import annotations

from tests.pdf.handmade import document
from tests.pdf.page_one import page_one


def _fonts_pdf(fonts: list[tuple[str, int, int]]) -> bytes:
    """A page of one line a font, each font (name, /StemV, /Flags) a TrueType the file
    names but does not embed."""
    content = b"".join(
        b"BT /F%d 12 Tf 72 %d Td (Harbor) Tj ET " % (k, 700 - 40 * k) for k in range(len(fonts))
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << "
        + b"".join(b"/F%d %d 0 R " % (k, 5 + 2 * k) for k in range(len(fonts)))
        + b">> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
    ]
    for k, (name, stem, flags) in enumerate(fonts):
        objects.append(
            b"<< /Type /Font /Subtype /TrueType /BaseFont /%s /FirstChar 32 /LastChar 126 "
            b"/Widths [%s] /FontDescriptor %d 0 R >>"
            % (name.encode(), b" ".join([b"600"] * 95), 6 + 2 * k)
        )
        objects.append(
            b"<< /Type /FontDescriptor /FontName /%s /Flags %d /StemV %d "
            b"/FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 900 /Descent -200 "
            b"/CapHeight 700 >>" % (name.encode(), flags, stem)
        )
    return document(objects)


def _names(fonts: list[tuple[str, int, int]]) -> list[str]:
    runs = sorted(page_one(_fonts_pdf(fonts)).runs, key=lambda r: r.top)
    return [r.font for r in runs]


def test_a_bold_named_as_its_regular_is_told_by_its_stems_or_its_flag() -> None:
    regular, bold = ("NotoSansKRThin", 87, 32), ("NotoSansKRThin", 165, 32)
    force = ("NotoSansKRThin", 87, 32 | 1 << 18)
    assert _names([regular, bold, force]) == [
        "NotoSansKRThin",
        "NotoSansKRThin-Bold",
        "NotoSansKRThin-Bold",
    ]


def test_a_regulars_stems_and_a_bold_name_are_left_as_they_are() -> None:
    """Near misses: a regular's stems (a medium face's 100 too) give no weight, and a
    name that says bold or black is not told it again."""
    fonts = [("Serif", 100, 32), ("Serif-Black", 165, 32), ("SansBold", 165, 32)]
    assert _names(fonts) == ["Serif", "Serif-Black", "SansBold"]
