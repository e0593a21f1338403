"""The seed page as a PDF: the real page's text, torn where the extraction tore it."""

from __future__ import annotations

from collections import Counter

import pypdfium2 as pdfium
import pytest

from tests.pdfgen.seed import torn_offsets, write_seed_pdf


@pytest.mark.parametrize("fonts", ["cid", "ttf"])
def test_seed_pdf_prints_the_seed_text_torn_where_the_paper_tore_it(tmp_path, fonts) -> None:
    pdf = write_seed_pdf(tmp_path / "seed.pdf", fonts)
    [layout] = pdf.pages
    doc = pdfium.PdfDocument(pdf.path)
    text = doc[0].get_textpage().get_text_range().replace("\ufffe", "-")
    doc.close()
    # Every character of the seed page, no more, no less.
    assert Counter(c for c in text if not c.isspace()) == Counter(
        c for c in pdf.gen.text if not c.isspace()
    )
    [tpage] = pdf.truth.pages
    torn = torn_offsets(tpage.items[0])
    found = {(b.path, b.at): b.space for b in layout.ink.breaks if b.at in torn.get(b.path, ())}
    assert sorted(found.values()) == [False, False, True]  # two words torn, one space
    runs = layout.ink.runs
    body = [r for r in runs if r.item == 0]
    [before] = [r for r in body if r.text.endswith("구조를 만드는 것이")]
    [after] = [r for r in body if r.text.startswith("중요하다.")]
    [photo] = layout.ink.pics
    assert photo.caption is not None and photo.caption.startswith("오상진 인공지능사업단장이")
    # The photo and its caption sit between the two halves, in one column.
    assert before.x == after.x == photo.box[0]
    assert before.y < photo.box[1] < photo.box[3] < after.y
    captions = [r for r in runs if r.role == "caption"]
    assert all(photo.box[3] < r.y < after.y for r in captions)
    for words in ("‘광", "실증이 이"):
        assert any(r.text.endswith(words) for r in body), words
