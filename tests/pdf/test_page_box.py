"""A page whose box is empty, inverted or absurd still gives its text as the body, placed
on the page, as the same page with a sound box does."""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.handmade import document, one_page_pdf
from tests.pdf.page_one import page_one

TEXT = "Hello world plain text"


def _read(tmp_path, box: str):
    path = tmp_path / "page.pdf"
    path.write_bytes(one_page_pdf(TEXT, box))
    return ingest_pdf(path).edition


@pytest.mark.parametrize("box", ["0 0 0 0", "0 0 -1e30 1e30", "0 0 1e30 1e30", "0 792 612 792"])
def test_a_degenerate_page_box_reads_as_a_sound_one(tmp_path, box):
    sound = _read(tmp_path, "0 0 612 792")
    edition = _read(tmp_path, box)
    (article,) = edition.articles()
    assert isinstance(article, Article)
    assert [b.text for b in article.body] == [TEXT]
    assert [b.text for b in article.body] == [b.text for b in sound.articles()[0].body]
    (page,) = edition.pages
    assert page.folio is None  # not taken for a running head
    x0, top, x1, bottom = article.body[0].box
    assert 0 <= x0 < x1 and 0 <= top < bottom


W, H = 400.0, 500.0
# /Rotate (clockwise, as a viewer turns the page) -> the matrix that draws the upright
# page onto the stored one (H x W at 90 and 270: reportlab swaps the media box itself)
TURNS = {
    0: (1, 0, 0, 1, 0, 0),
    90: (0, 1, -1, 0, H, 0),
    180: (-1, 0, 0, -1, W, H),
    270: (0, -1, 1, 0, 0, W),
}
LINES = [
    "The new ferry pier opens on Monday after",
    "two years of work on the harbor wall and",
    "a year of delays over its steel piles.",
]


def _stored(box: tuple[float, float, float, float], rotate: int) -> tuple[float, ...]:
    a, b, c, d, e, f = TURNS[rotate]
    xs = [a * x + c * y + e for x in (box[0], box[2]) for y in (box[1], box[3])]
    ys = [b * x + d * y + f for x in (box[0], box[2]) for y in (box[1], box[3])]
    return (min(xs), min(ys), max(xs), max(ys))


def _turned(tmp_path, rotate: int, trim: bool = False):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / f"turned{rotate}.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setPageRotation(rotate)
    c.transform(*TURNS[rotate])
    c.setFont("Helvetica-Bold", 22)
    c.drawString(40, H - 80, "Ferry pier opens Monday")
    c.setFont("Helvetica", 10)
    for n, line in enumerate(LINES):
        c.drawString(40, H - 120 - 13 * n, line)
    if trim:  # a printer's sheet: marks and a slug line outside the trim box
        c.setLineWidth(0.25)
        for x, y in ((0, 0), (W, 0), (0, H), (W, H)):
            c.line(x - 30, y, x - 12, y)
            c.line(x, y - 30, x, y - 12)
        c.rect(60, H + 16, 60, 12, stroke=0, fill=1)
        c.setFont("Helvetica", 6)
        c.drawString(0, -40, "FERRY_A1_1207.indd  Plate A1 K  12/07/2026 01:42:16 PM")
        # the boxes as stored: the upright page's corners drawn through the turn
        c.setTrimBox(_stored((0, 0, W, H), rotate))
        c.setCropBox(_stored((-45, -45, W + 45, H + 45), rotate))
        c.setBleedBox(_stored((-9, -9, W + 9, H + 9), rotate))
    c.showPage()
    c.save()
    return ingest_pdf(path).edition


@pytest.mark.parametrize("rotate", [90, 180, 270])
def test_a_page_stored_turned_reads_as_the_viewer_shows_it(tmp_path, rotate):
    """/Rotate with its content drawn turned (a scanner's or imposition's landscape
    sheet): read upright, the same edition, box for box, as the page stored upright."""
    upright = _turned(tmp_path, 0)
    turned = _turned(tmp_path, rotate)
    (article,) = turned.articles()
    assert article.headline is not None and article.headline.text == "Ferry pier opens Monday"
    assert [b.text for b in article.body] == [" ".join(LINES)]
    assert turned.pages[0].size == upright.pages[0].size == (W, H)
    want = [(b.text, b.box) for b in upright.articles()[0].body]
    got = [(b.text, b.box) for b in article.body]
    assert [t for t, _ in got] == [t for t, _ in want]
    for (_, a), (_, b) in zip(got, want, strict=True):
        assert a == pytest.approx(b, abs=0.01)


@pytest.mark.parametrize("rotate", [0, 90])
def test_a_printers_sheet_is_read_within_its_trim_box(tmp_path, rotate):
    """Marks, a colour bar and a slug line around the trim box: the page is the trim box,
    the slug's characters the page's folio, the story as on the trimmed page; the same
    on a sheet stored turned, its trim box turned with it."""
    edition = _turned(tmp_path, rotate, trim=True)
    (article,) = edition.articles()
    assert [b.text for b in article.body] == [" ".join(LINES)]
    (page,) = edition.pages
    assert page.size == (W, H)
    assert page.folio is not None and "FERRY_A1_1207.indd" in page.folio.text


def test_a_rotate_over_upright_text_leaves_it_as_stored(tmp_path):
    """/Rotate 90 over text drawn upright (its content does not need the turn; a viewer
    shows it on its side): turned, every line would stand on end; read as stored."""
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "sideways.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setPageRotation(90)
    c.setFont("Helvetica", 10)
    for n, line in enumerate(LINES):
        c.drawString(40, W - 80 - 13 * n, line)
    c.showPage()
    c.save()
    (article,) = ingest_pdf(path).edition.articles()
    assert [b.text for b in article.body] == [" ".join(LINES)]


def _handmade(tmp_path, boxes: str, lines: list[str], turned: bool, x: float, y: float):
    """A page of `boxes` (its /MediaBox and any other box or /Rotate), its lines set in
    Helvetica 10 from (x, y): drawn turned a quarter (for /Rotate 90) or upright."""
    ops = []
    for n, text in enumerate(lines):
        at = f"0 1 -1 0 {x + 13 * n} {y} Tm" if turned else f"1 0 0 1 {x} {y - 13 * n} Tm"
        ops.append(f"BT /F1 10 Tf {at} ({text}) Tj ET")
    content = "\n".join(ops).encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R " + boxes.encode("ascii") + b" "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    path = tmp_path / "page.pdf"
    path.write_bytes(document(objects))
    return ingest_pdf(path).edition


@pytest.mark.parametrize(
    ("boxes", "x", "y"),
    [
        ("/MediaBox [0 0 20000 20000] /Rotate 90", 19800, 100),  # larger than PDF allows
        ("/MediaBox [0 0 612 792] /CropBox [0 0 0 0] /Rotate 90", 500, 72),
    ],
)
def test_turned_text_in_a_box_that_cannot_be_right_is_read_upright(tmp_path, boxes, x, y):
    edition = _handmade(tmp_path, boxes, LINES, True, x, y)
    (article,) = edition.articles()
    assert [b.text for b in article.body] == [" ".join(LINES)]


@pytest.mark.parametrize(
    ("boxes", "turned", "size"),
    [
        ("/MediaBox [0 0 612 792] /TrimBox [10 10 11 11]", False, (612, 792)),  # 1 x 1 pt
        ("/MediaBox [0 0 612 792] /TrimBox [500 700 100 50]", False, (612, 792)),  # inverted
        ("/MediaBox [0 0 612 792] /TrimBox [500 700 100 50] /Rotate 90", True, (792, 612)),
        ("/MediaBox [0 0 612 792] /TrimBox [-50 0 612 792]", False, (612, 792)),  # outside
    ],
)
def test_a_trim_box_that_cannot_be_right_is_not_the_page(tmp_path, boxes, turned, size):
    x, y = (500, 72) if turned else (72, 720)
    edition = _handmade(tmp_path, boxes, LINES, turned, x, y)
    (page,) = edition.pages
    assert tuple(round(v) for v in page.size) == size
    (article,) = edition.articles()
    assert [b.text for b in article.body] == [" ".join(LINES)]
    x0, top, x1, bottom = article.body[0].box
    assert 0 <= x0 < x1 <= size[0] and 0 <= top < bottom <= size[1]


def _tree_boxed(page_box: str | None) -> bytes:
    """A 400 x 300 page whose media box is set on the page tree (as fpdf2 writes it),
    the page's own box given or not; TEXT near its top."""
    content = f"BT /F1 12 Tf 40 270 Td ({TEXT}) Tj ET".encode("ascii")
    own = b"" if page_box is None else b"/MediaBox [" + page_box.encode("ascii") + b"] "
    return document([
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 400 300] >>",
        b"<< /Type /Page /Parent 2 0 R " + own +
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ])  # fmt: skip


def test_a_page_box_set_on_the_page_tree_is_the_pages(tmp_path):
    page = page_one(_tree_boxed(None))
    assert (page.width, page.height) == (400, 300)
    path = tmp_path / "page.pdf"
    path.write_bytes(_tree_boxed(None))
    (article,) = ingest_pdf(path).edition.articles()
    assert isinstance(article, Article)
    _, top, _, _ = article.body[0].box
    assert top < 30  # at the page's top, not halfway down a letter page


def test_a_pages_own_box_overrides_the_trees():
    page = page_one(_tree_boxed("0 0 500 700"))
    assert (page.width, page.height) == (500, 700)
