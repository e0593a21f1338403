"""A page whose box is empty, inverted or absurd still gives its text as the body, placed
on the page, as the same page with a sound box does."""

from __future__ import annotations

import pytest

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.handmade import one_page_pdf

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
