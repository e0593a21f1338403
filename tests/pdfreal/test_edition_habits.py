"""Habits of Korean e-editions and the rules that read them (round 6, pages 29-34): type
set with tight tracking, a placed ad whose lines run past its box, ... each on the page
that showed it and, where a made-up input shows its edge better, on that
(docs/pdf-test-corpus.md, round 6)."""

from __future__ import annotations

from functools import cache

from reader.model import Ad, Article, Edition
from reader.pdf import ingest_pdf
from reader.pdf.content import Run
from reader.pdf.lines import _line
from tests.pdfreal.report import FIXTURES


@cache
def _edition(name: str) -> Edition:
    return ingest_pdf(FIXTURES / f"{name}.pdf").edition


def _two_sizes(gap: float, size: float) -> str:
    """A 9 pt page number and a label in `size`, `gap` points apart."""
    number = Run(0.0, 0.0, 5.0, 9.0, 7.9, 9.0, "Sans", "5", 5.0)
    x = 5.0 + gap
    label = Run(x, -2.0, x + 2 * size, 9.0, 7.9, size, "Sans-Bold", "경제", x + 2 * size)
    return _line([number, label]).text


def test_a_word_space_narrowed_by_tight_tracking_between_two_sizes_is_kept() -> None:
    """Page 29 sets a word space at 75 % of the face's, tracked -5 %: 1.7 pt between the
    9 pt page number and the 11 pt label, under the fifth of a size one size needs. Two
    sizes are set solid inside a word, so a tenth of the smaller one is a space there;
    in one size the fixed rule holds, and two sizes set solid stay one word."""
    assert _edition("29_ko_tracking_typst").pages[0].section == "경제"
    assert _two_sizes(1.7, 11.0) == "5 경제"
    assert _two_sizes(0.3, 11.0) == "5경제"
    assert _two_sizes(1.7, 9.0) == "5경제"


def test_lines_a_placed_ads_box_hides_are_read_nowhere() -> None:
    """Page 33's ad is the advertiser's PDF placed in its box; the file's last two lines
    lie below the box. The ad is read whole and nothing of those lines is read."""
    edition = _edition("33_ko_adfile_typst")
    page = edition.pages[0]
    assert [type(it).__name__ for it in page.items] == ["Article", "Article", "Ad"]
    ad = page.items[2]
    assert isinstance(ad, Ad) and ad.title is not None
    assert ad.title.text == "달내 한우 직판장 12월 30일 문 엽니다"
    text = ingest_pdf(FIXTURES / "33_ko_adfile_typst.pdf").text
    assert "문의 055-940-3300" in text
    assert "할인" not in text and "한 분 한 번" not in text
    assert isinstance(page.items[1], Article)
