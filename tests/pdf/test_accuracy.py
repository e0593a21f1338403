"""The PDF scorer: a perfect ingest scores 100 %, and a miss lands in the right field."""

from __future__ import annotations

import msgspec

from reader.model import Article
from tests.pdf.accuracy import score_pdf
from tests.pdf.oracle import oracle


def test_the_truth_scores_full_marks(pdf_editions) -> None:
    for pdf in pdf_editions:
        s = score_pdf(oracle(pdf), pdf)
        assert s.misses == [], s.misses[:3]
        fields = ("joins", "photos", "item boxes", "page size", "body texts", "body chars")
        for field in fields:
            assert (
                s.total[field] > 0
                or field == "photos"
                and not any(layout.ink.pics for layout in pdf.pages)
            )


def test_a_wrong_join_is_a_join_miss_not_a_content_miss(pdf_editions) -> None:
    pdf = pdf_editions[0]
    edition = oracle(pdf)
    page = next(p for p in pdf.pages if any(b.path.startswith("body.") for b in p.ink.breaks))
    brk = next(b for b in page.ink.breaks if b.path.startswith("body."))
    got = edition.pages[page.number - 1]
    article = got.items[brk.item]
    assert isinstance(article, Article)
    truth_body = [b for b in article.body if b.kind != "photo"]
    index = int(brk.path.split(".")[1])
    block = truth_body[index]
    text = block.text
    # Undo the decision the break asked for: a space where the word was torn, or none.
    wrong = text[: brk.at].rstrip() + ("" if brk.space else " ") + text[brk.at :]
    body = [msgspec.structs.replace(b, text=wrong) if b is block else b for b in article.body]
    items = list(got.items)
    items[brk.item] = msgspec.structs.replace(article, body=body)
    pages = list(edition.pages)
    pages[page.number - 1] = msgspec.structs.replace(got, items=items)
    s = score_pdf(msgspec.structs.replace(edition, pages=pages), pdf)
    assert s.total["joins"] - s.right["joins"] == 1
    assert s.rate("body chars") == 1.0
    assert s.total["body texts"] - s.right["body texts"] == 1


def test_a_moved_photo_misses_its_box(pdf_editions) -> None:
    for pdf in pdf_editions:
        edition = oracle(pdf)
        for n, page in enumerate(edition.pages):
            for k, item in enumerate(page.items):
                if isinstance(item, Article) and any(b.kind == "photo" for b in item.body):
                    body = [
                        msgspec.structs.replace(b, box=(0.0, 0.0, 10.0, 10.0))
                        if b.kind == "photo"
                        else b
                        for b in item.body
                    ]
                    items = list(page.items)
                    items[k] = msgspec.structs.replace(item, body=body)
                    pages = list(edition.pages)
                    pages[n] = msgspec.structs.replace(page, items=items)
                    s = score_pdf(msgspec.structs.replace(edition, pages=pages), pdf)
                    assert s.total["photos"] - s.right["photos"] == 1
                    assert s.rate("captions") == 1.0
                    return
    raise AssertionError("no article photo in the generated editions")
