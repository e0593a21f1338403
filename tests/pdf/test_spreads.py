"""A centre spread (two pages side by side on one PDF page, a page number at each outer
corner) is read as two pages; a landscape page that is one page set wide stays one."""

from __future__ import annotations

from reader import store
from reader.model import Article
from reader.pdf import ingest_pdf

W, H = 800.0, 420.0
TEXT = [
    "The council agreed on Tuesday to rebuild the old market",
    "hall as a covered square for fairs, concerts and the",
    "weekly farmers' market, at a cost of $3.2 million.",
]
RIGHT = [
    "Work is due to start in March and to end before the",
    "first summer fair, the council's planning office said.",
]
OTHER = [
    "The town's two libraries will open on Sunday afternoons",
    "from January, after a year in which visits rose by half.",
]


def _sheet(tmp_path, numbers: tuple[str, str], across: bool = False, right: bool = True):
    from reportlab.pdfgen.canvas import Canvas

    path = tmp_path / "sheet.pdf"
    c = Canvas(str(path), pagesize=(W, H))
    c.setFont("Helvetica-Bold", 26)
    c.drawString(40, H - 70, "Old market hall to become a covered town square")
    c.setFont("Helvetica", 10)
    for n, line in enumerate(TEXT):  # the story's column on the left page
        c.drawString(
            40,
            H - 110 - 13 * n,
            line + (" and on past the fold of this wide sheet" if across else ""),
        )
    if right:  # else one column on a wide sheet, its right half empty but for the foot
        for n, line in enumerate(RIGHT):  # its column on the right page, under its head
            c.drawString(W / 2 + 30, H - 110 - 13 * n, line)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(W / 2 + 30, H - 220, "Libraries to open on Sundays")
        c.setFont("Helvetica", 10)
        for n, line in enumerate(OTHER):
            c.drawString(W / 2 + 30, H - 245 - 13 * n, line)
    c.setFont("Helvetica", 8)
    c.drawString(40, 20, numbers[0])
    c.drawRightString(W - 40, 20, numbers[1])
    c.showPage()
    c.save()
    return ingest_pdf(path).edition


def test_a_spread_is_two_pages_and_the_story_across_the_fold_is_whole_on_the_first(
    tmp_path,
) -> None:
    edition = _sheet(tmp_path, ("4 Town", "Town 5"))
    left, right = edition.pages
    (story,) = [it for it in left.items if isinstance(it, Article)]
    assert story.headline is not None
    assert story.headline.text == "Old market hall to become a covered town square"
    assert [b.text for b in story.body] == [" ".join(TEXT), " ".join(RIGHT)]
    (other,) = [it for it in right.items if isinstance(it, Article)]
    assert other.headline is not None and other.headline.text == "Libraries to open on Sundays"
    assert left.size == right.size == (W / 2, H)
    # the right page's own story is placed on that page; the story's column there on the
    # sheet, beyond the left page's edge
    assert other.box is not None and other.box[0] < W / 2
    assert story.body[1].box is not None and story.body[1].box[0] > W / 2


def test_a_wide_page_without_two_page_numbers_or_with_text_across_the_middle_is_one_page(
    tmp_path,
) -> None:
    assert len(_sheet(tmp_path, ("4 Town", "Town 9")).pages) == 1
    assert len(_sheet(tmp_path, ("4 Town", "Town 5"), across=True).pages) == 1


def test_a_wide_page_whose_feet_are_no_even_and_odd_folios_of_two_pages_is_one_page(
    tmp_path,
) -> None:
    # a paper's page number and a date's day; an odd number on the left
    assert len(_sheet(tmp_path, ("2 THE COURIER", "Tuesday, March 3")).pages) == 1
    assert len(_sheet(tmp_path, ("5 Town", "Town 6")).pages) == 1
    # one column set on a wide page: no second page of its own
    assert len(_sheet(tmp_path, ("4 Town", "Town 5"), right=False).pages) == 1


def test_a_spread_ingested_again_is_not_refused_for_its_page_count(tmp_path) -> None:
    from reader.cli import main

    _sheet(tmp_path, ("4 Town", "Town 5"))
    out = tmp_path / "editions"
    assert main(["ingest", str(tmp_path / "sheet.pdf"), "-o", str(out)]) == 0
    assert main(["ingest", str(tmp_path / "sheet.pdf"), "-o", str(out)]) == 0
    (edition,) = out.glob("*.json")
    assert len(store.load(edition).pages) == 2
