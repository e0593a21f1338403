"""The seed page typeset as a PDF reads back as the text ingest reads the seed page.

The PDF is written in each of the generator's text orders (reading, drawing, shuffled,
glyph by glyph): the ingest must rely on positions only. Photo blocks are the PDF's
addition (the text has none).
"""

from __future__ import annotations

import hashlib
from collections import Counter

import msgspec
import pypdfium2 as pdfium
import pytest

from reader.ingest.coverage import coverage_problems
from reader.model import Ad, Article, Block, Edition, Photo
from reader.pdf import Assembled, ingest_pdf
from reader.sources import ingest
from tests.editions import SEED_TXT
from tests.pdfgen import ORDERS
from tests.pdfgen.ink import Pic
from tests.pdfgen.seed import write_seed_pdf


@pytest.fixture(scope="module")
def truth() -> Edition:
    return ingest(SEED_TXT)


@pytest.fixture(scope="module", params=ORDERS)
def made(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    """(the PDF, its photo, where the typesetter tore words at line ends: body index ->
    offsets in the truth's text, the ingest's reading)."""
    folder = tmp_path_factory.mktemp(f"seed-{request.param}")
    pdf = write_seed_pdf(folder / "seed.pdf", order=request.param)
    [layout] = pdf.pages
    [photo] = layout.ink.pics
    torn: dict[int, set[int]] = {}
    for b in layout.ink.breaks:
        if not b.space and b.path.startswith("body."):
            torn.setdefault(int(b.path.removeprefix("body.")), set()).add(b.at)
    return pdf.path, photo, torn, ingest_pdf(pdf.path, pictures=True)


def _spaced_at(got: str, want: str) -> set[int] | None:
    """Where in want got has a space want lacks; None if they differ otherwise."""
    out: set[int] = set()
    j = 0
    for ch in got:
        if j < len(want) and ch == want[j]:
            j += 1
        elif ch == " ":
            out.add(j)
        else:
            return None
    return out if j == len(want) else None


def _plain(obj: object) -> object:
    """The fields of a part, without spans and boxes (the sources differ)."""
    data = msgspec.to_builtins(obj)

    def strip(x: object) -> object:
        if isinstance(x, dict):
            return {k: strip(v) for k, v in x.items() if k not in ("spans", "box")}
        if isinstance(x, list):
            return [strip(v) for v in x]
        return x

    return strip(data)


def _article(ed: Edition) -> Article:
    return next(a for a in ed.articles() if a.headline and a.headline.text.startswith("“"))


def test_masthead_and_section(made, truth: Edition) -> None:
    done: Assembled = made[3]
    assert _plain(done.edition.masthead) == _plain(truth.masthead)
    assert done.edition.id == truth.id
    assert done.edition.pages[0].section == truth.pages[0].section == "인터뷰"


def test_article_head_and_bylines(made, truth: Edition) -> None:
    got, want = _article(made[3].edition), _article(truth)
    assert _plain(got.headline) == _plain(want.headline)
    assert _plain(got.subheadline) == _plain(want.subheadline)
    assert _plain(got.deck) == _plain(want.deck)
    assert _plain(got.bylines) == _plain(want.bylines)


def test_body_block_by_block(made, truth: Edition) -> None:
    """Every block as the text ingest has it; where the typesetter cut a word at a line's
    end that the edition spells nowhere else whole, the join rule may space it."""
    torn = made[2]
    got = [b for b in _article(made[3].edition).body if b.kind != "photo"]
    want = _article(truth).body
    assert [b.kind for b in got] == [b.kind for b in want]
    for k, (g, w) in enumerate(zip(got, want, strict=True)):
        spaced = _spaced_at(g.text, w.text)
        assert spaced is not None and spaced <= torn.get(k, set()), (g.text, spaced)


def test_caption_sits_with_its_photo_and_never_splits_a_sentence(made, truth: Edition) -> None:
    body = _article(made[3].edition).body
    k = next(i for i, b in enumerate(body) if b.kind == "photo")
    photo, caption, before = body[k], body[k + 1], body[k - 1]
    assert caption.kind == "caption"
    assert caption.text == next(b.text for b in _article(truth).body if b.kind == "caption")
    assert before.text.startswith("인재 이동을") and before.text.endswith("강화할 계획이다.")
    pic: Pic = made[1]
    assert photo.image is not None and (photo.image.width, photo.image.height) == pic.pixels
    assert photo.box is not None and caption.box is not None
    assert photo.box[3] <= caption.box[1]  # the caption is under its photo


def test_photo_bytes_are_the_embedded_jpeg(made) -> None:
    done: Assembled = made[3]
    (src, data), *_ = done.photos.items()
    assert src == f"{done.edition.id}/p1-photo1-{hashlib.sha256(data).hexdigest()[:12]}.jpg"
    assert made[1].fmt == "jpeg" and data == made[1].data


def test_ad_with_its_ruled_table(made, truth: Edition) -> None:
    got = next(it for _, it in made[3].edition.items() if isinstance(it, Ad))
    want = truth.ads()[0]
    assert _plain(got.title) == _plain(want.title)
    assert got.advertiser == want.advertiser
    assert got.truncated == want.truncated
    assert _plain(got.blocks) == _plain(want.blocks)
    assert got.box is not None


def test_lossless(made) -> None:
    """Every character the PDF holds is in the source once, and in exactly one leaf."""
    path, done = made[0], made[3]
    assert coverage_problems(done.edition, done.text) == []
    doc = pdfium.PdfDocument(str(path))
    try:
        page = doc[0]
        tp = page.get_textpage()
        printed = tp.get_text_range()
        tp.close()
        page.close()
    finally:
        doc.close()
    assert Counter("".join(printed.split())) == Counter("".join(done.text.split()))


def test_every_leaf_and_item_has_a_box_on_its_page(made) -> None:
    ed = made[3].edition
    page = ed.pages[0]
    assert page.size is not None
    w, h = page.size
    for item in page.items:
        assert item.box is not None
        assert 0 <= item.box[0] < item.box[2] <= w and 0 <= item.box[1] < item.box[3] <= h
        if isinstance(item, Article):
            boxes = [b.box for b in item.body] + [b.box for b in item.bylines]
        else:
            boxes = [b.box for b in item.blocks if not isinstance(b, Photo | Block)]
        assert all(box is not None for box in boxes)
