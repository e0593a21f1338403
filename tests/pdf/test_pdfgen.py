"""The PDF generator's own truth: what it draws is what it says it drew."""

from __future__ import annotations

import re
from collections import Counter

import pypdfium2 as pdfium
import pytest

from tests.gen import Article, leaves
from tests.pdfgen import LIGHT_CHARS, PdfEdition, generate_pdf_edition, write_bench_edition


def _pages(editions: list[PdfEdition]):
    for e in editions:
        for layout, tp in zip(e.pages, e.truth.pages, strict=True):
            yield e, layout, tp


def test_same_seed_same_bytes(tmp_path) -> None:
    a = generate_pdf_edition(tmp_path / "a.pdf", 3, 3)
    b = generate_pdf_edition(tmp_path / "b.pdf", 3, 3)
    c = generate_pdf_edition(tmp_path / "c.pdf", 4, 3)
    assert a.path.read_bytes() == b.path.read_bytes()
    assert a.path.read_bytes() != c.path.read_bytes()


def test_over_a_hundred_pages_in_both_font_kinds_and_every_order(pdf_editions) -> None:
    pages = [layout for _, layout, _ in _pages(pdf_editions)]
    assert len(pages) >= 100
    assert {p.fonts for p in pages} == {"cid", "ttf"}
    assert {p.order for p in pages} == {"reading", "drawing", "shuffled", "glyphs"}
    assert {p.columns for p in pages} == {4, 5, 6, 7}
    spans = Counter(len(p.item_columns) for p in pages)
    assert spans[1] and max(spans) >= 5  # single items and crowded pages
    beside = [
        p
        for p in pages
        for i, box in enumerate(p.item_boxes)
        if p.item_columns[i] == 1
        and any(
            j != i and p.item_columns[j] > 1 and abs(other[1] - box[1]) < 12
            for j, other in enumerate(p.item_boxes)
        )
    ]
    assert beside  # a one-column brief beside wider articles


def test_boxes_lie_on_their_page_and_items_do_not_overlap(pdf_editions) -> None:
    for _, layout, tp in _pages(pdf_editions):
        w, h = layout.size
        boxes = layout.item_boxes
        assert len(boxes) == len(tp.items)
        for x0, y0, x1, y1 in boxes + [p.box for p in layout.ink.pics]:
            assert 0 <= x0 < x1 <= w and 0 <= y0 < y1 <= h
        for i, a in enumerate(boxes):
            for b in boxes[i + 1 :]:
                assert a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]
        for p in layout.ink.pics:
            x0, y0, x1, y1 = boxes[p.item]
            assert x0 <= p.box[0] and p.box[2] <= x1 and y0 <= p.box[1] and p.box[3] <= y1


def test_items_follow_the_truth_in_reading_order(pdf_editions) -> None:
    """Each next item lies below the one before, or beside it to the right at its top."""
    for _, layout, _ in _pages(pdf_editions):
        for a, b in zip(layout.item_boxes, layout.item_boxes[1:], strict=False):
            below = b[1] >= a[3]
            beside = b[0] >= a[2] and abs(b[1] - a[1]) < 12
            assert below or beside, (layout.number, a, b)


def test_every_truth_leaf_is_drawn_once_in_order(pdf_editions) -> None:
    """Drawn glyphs carry (leaf, offset): each leaf's non-space characters, each once."""
    for e, layout, tp in _pages(pdf_editions):
        drawn: dict[tuple[int, str], list[int]] = {}
        for run in layout.ink.runs:
            for ch, src in zip(run.text, run.src, strict=False):
                if src is not None and not ch.isspace():
                    drawn.setdefault((run.item, src[0]), []).append(src[1])
        for k, item in enumerate(tp.items):
            shared = set()
            for path, text, spans, _ in leaves(item):
                if path.startswith("byline.") and id(spans) in shared:
                    continue  # two names printed on one line: drawn once
                shared.add(id(spans))
                want = [i for i, ch in enumerate(text) if not ch.isspace()]
                assert drawn.get((k, path), []) == want, (e.path.name, layout.number, path)


def test_breaks_say_where_words_were_apart_or_torn(pdf_editions) -> None:
    tears = spaces = 0
    for _, layout, tp in _pages(pdf_editions):
        texts = {
            (k, path): text for k, it in enumerate(tp.items) for path, text, _, _ in leaves(it)
        }
        for brk in layout.ink.breaks:
            text = texts[(brk.item, brk.path)]
            assert 0 < brk.at < len(text) and not text[brk.at].isspace()
            assert text[brk.at - 1].isspace() == brk.space
            tears += not brk.space
            spaces += brk.space
    # Character wrapping tears most lines inside a word, as Korean papers do.
    assert tears > spaces > 0


def test_the_pdf_holds_the_text_drawn(pdf_editions) -> None:
    for e in pdf_editions:
        doc = pdfium.PdfDocument(e.path)
        assert len(doc) == len(e.pages)
        for i, layout in enumerate(e.pages):
            text = doc[i].get_textpage().get_text_range()
            # pdfium reports a '-' that ends a line as U+FFFE (its soft-hyphen mark)
            got = Counter(ch for ch in text.replace("\ufffe", "-") if not ch.isspace())
            want = Counter(ch for r in layout.ink.runs for ch in r.text if not ch.isspace())
            assert got == want, (e.path.name, layout.number)
        doc.close()


def test_text_order_in_the_file_varies_not_the_text(tmp_path) -> None:
    texts = {}
    for order in ("reading", "shuffled"):
        e = generate_pdf_edition(tmp_path / f"{order}.pdf", 5, 2, order=order)
        doc = pdfium.PdfDocument(e.path)
        texts[order] = doc[1].get_textpage().get_text_range()
        doc.close()
    a, b = (re.sub(r"\s", "", t) for t in texts.values())
    assert a != b and sorted(a) == sorted(b)


def _objects(pdf: bytes) -> list[bytes]:
    """Every object's dictionary (the text before its stream, if any)."""
    out = []
    for m in re.finditer(rb"\d+ 0 obj\s*(.*?)endobj", pdf, re.S):
        body = m.group(1)
        out.append(body.split(b"stream", 1)[0])
    return out


@pytest.mark.parametrize("kind", ["cid", "ttf"])
def test_each_font_kind_is_what_it_claims(tmp_path, kind: str) -> None:
    e = generate_pdf_edition(tmp_path / f"{kind}.pdf", 6, 2, fonts=kind)
    fonts = [o for o in _objects(e.path.read_bytes()) if re.search(rb"/Type /Font\b(?!Desc)", o)]
    korean = [o for o in fonts if b"/Helvetica" not in o]
    assert korean
    if kind == "cid":
        for o in korean:
            assert b"/Subtype /Type0" in o and b"/Encoding /UniKS-UCS2-H" in o
            assert re.search(rb"/BaseFont /HY(SMyeongJo|Gothic)-Medium", o)
        assert b"/FontFile" not in e.path.read_bytes()
    else:
        for o in korean:
            assert b"/Subtype /TrueType" in o and b"/ToUnicode" in o
            assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansKR", o)
        descriptors = [o for o in _objects(e.path.read_bytes()) if b"/Type /FontDescriptor" in o]
        assert descriptors and all(b"/FontFile2" in o for o in descriptors)
    assert {p.fonts for p in e.pages} == {kind}


def test_photos_sit_with_their_captions_in_both_formats(pdf_editions) -> None:
    formats = Counter()
    for _, layout, tp in _pages(pdf_editions):
        for k, item in enumerate(tp.items):
            pics = [p for p in layout.ink.pics if p.item == k]
            if isinstance(item, Article):
                captions = [b.text for b in item.body if b.kind == "caption"]
                assert [p.caption for p in pics] == captions
            else:
                assert all(p.caption is None for p in pics)
            formats.update(p.fmt for p in pics)
    assert formats["jpeg"] > 0 and formats["png"] > 0


def test_jpeg_photos_are_embedded_as_they_are(tmp_path) -> None:
    e = generate_pdf_edition(tmp_path / "p.pdf", 1, 4)
    data = e.path.read_bytes()
    jpegs = [p for layout in e.pages for p in layout.ink.pics if p.fmt == "jpeg"]
    assert jpegs
    assert all(p.data in data for p in jpegs)


def test_bench_edition_is_dense_six_column_pages(tmp_path) -> None:
    e = write_bench_edition(tmp_path / "bench.pdf", pages=3)
    doc = pdfium.PdfDocument(e.path)
    assert len(doc) == 3 and {p.columns for p in e.pages} == {6}
    for i in range(3):
        chars = [c for c in doc[i].get_textpage().get_text_range() if not c.isspace()]
        assert 6000 < len(chars) < 9000
    doc.close()


def test_bench_edition_takes_a_density(tmp_path) -> None:
    e = write_bench_edition(tmp_path / "light.pdf", pages=4, chars=LIGHT_CHARS)
    doc = pdfium.PdfDocument(e.path)
    assert {p.columns for p in e.pages} == {6}
    texts = [doc[i].get_textpage().get_text_range() for i in range(4)]
    doc.close()
    # About 7,400 characters a page with spaces and line ends, 5,400 without.
    assert 6800 < sum(map(len, texts)) / 4 < 8000
    assert 4800 < sum(not c.isspace() for t in texts for c in t) / 4 < 6000
