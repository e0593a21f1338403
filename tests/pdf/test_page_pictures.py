"""Which pictures on a page are photos: a photo beside the nameplate (an ear) is one, and
so is a poster's page-wide photo with its headline printed over it; a nameplate drawn
as an image and a scan under its invisible OCR text are the page's own furniture."""

from __future__ import annotations

from reader.pdf.content import PageContent, Picture, Run
from reader.pdf.layout import analyse
from tests.pdf.test_pdf_stages import run


def _front(pictures: list[Picture], extra: list[Run]) -> PageContent:
    """A 612 x 792 pt front page: the paper's name in 40 pt type, its date line, and two
    columns of body text under them."""
    runs = [run(200, 80, "THE COURIER", 20.0, font="Display")]
    date_line = "Vol. 12, No. 48 | Wednesday, March 3, 2027 | $2.00"
    runs.append(run(36, 110, date_line, 9.0, font="Sans"))
    body = "The council agreed on Tuesday to rebuild the hall"
    runs += [run(36 + 280 * c, 150 + 13 * i, body[:26]) for c in range(2) for i in range(40)]
    page = PageContent(1, 612.0, 792.0, runs + extra, pictures, [])
    page.chars = "".join("".join(r.text.split()) for r in page.runs)
    return page


def _photos(page: PageContent) -> int:
    layout = analyse(page, front=True)
    return sum(p.role == "photo" for r in layout.regions for p in r.paras)


def test_a_photo_beside_the_name_is_kept_and_a_drawn_name_is_not() -> None:
    ear = Picture((480, 20, 580, 95), 400, 300, "jpg")  # right of the name, over the date
    story = Picture((36, 400, 250, 560), 640, 480, "jpg")
    assert _photos(_front([ear, story], [])) == 2
    nameplate = Picture((120, 30, 500, 92), 1520, 248, "png")  # the name, across the band
    assert _photos(_front([nameplate, story], [])) == 1


def test_a_posters_photo_under_its_headline_is_a_photo_and_a_scan_is_not() -> None:
    whole = Picture((20, 20, 592, 772), 2288, 3008, "jpg")  # 88 % of the page
    headline = run(60, 720, "Harbor lights", 24.0, font="Display")  # printed over the photo
    assert _photos(_front([whole], [headline])) == 1
    scan = _front([whole], [])
    scan.hidden = 1.0  # its text drawn invisibly over the picture, as an OCR layer is
    assert _photos(scan) == 0
