"""`broadsheet ingest` on a PDF, and `show`, `search`, `index` and exports on what it made."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from reader import export, store
from reader.cli import main
from reader.model import Article
from reader.ui.render import render_article
from tests.pdfgen.seed import write_seed_pdf


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, bytes]:
    """(the PDF, the edition file `broadsheet ingest` wrote, the photo's JPEG bytes)."""
    folder = tmp_path_factory.mktemp("cli")
    seed = write_seed_pdf(folder / "seed.pdf")
    pdf, [pic] = seed.path, seed.pages[0].ink.pics
    assert pic.fmt == "jpeg" and pic.pixels == (297, 297)
    photo = pic.data
    out = folder / "editions"
    assert main(["ingest", str(pdf), "-o", str(out)]) == 0
    (edition,) = out.glob("*.json")
    return pdf, edition, photo


def test_ingest_writes_the_edition_and_its_photo_beside_it(made, capsys) -> None:
    _, edition_file, photo = made
    data = json.loads(edition_file.read_text(encoding="utf-8"))
    assert data["source"]["encoding"] == "pdf"
    images = [
        b["image"]
        for page in data["pages"]
        for item in page["items"]
        for b in item.get("body", [])
        if b.get("kind") == "photo"
    ]
    named = hashlib.sha256(photo).hexdigest()[:12]  # the bytes' hash: no other photo's name
    assert [i["src"] for i in images] == [f"{data['id']}/p1-photo1-{named}.jpg"]
    assert (edition_file.parent / images[0]["src"]).read_bytes() == photo
    assert store.check(store.load(edition_file)) == []


def test_show_prints_the_photo_as_a_placeholder(made, capsys) -> None:
    _, edition_file, _ = made
    assert main(["show", str(edition_file)]) == 0
    out = capsys.readouterr().out
    assert "[Photo 297×297]" in out  # our own word, in the interface's language
    assert "“광주지역 전역, AI 실증 무대로 만들겠다”" in out


def test_show_and_search_open_the_pdf_itself(made, capsys) -> None:
    pdf, _, _ = made
    assert main(["search", "ㅇㅅㅈ", str(pdf)]) == 0
    assert "오상진" in capsys.readouterr().out
    assert main(["show", str(pdf), "--article", "p1-1", "--format", "md"]) == 0
    md = capsys.readouterr().out
    assert "[Photo 297×297]" in md and "> Photo: 오상진 인공지능사업단장이" in md


def test_index_and_archive_search_take_pdf_made_editions(made, capsys) -> None:
    _, edition_file, _ = made
    folder = edition_file.parent
    assert main(["index", str(folder)]) == 0
    capsys.readouterr()
    assert main(["search", "해피니스", "--all", str(folder)]) == 0
    assert "해피니스CC" in capsys.readouterr().out


def test_exports_name_the_photo(made) -> None:
    _, edition_file, _ = made
    article = next(a for a in store.load(edition_file).articles() if a.headline)
    assert isinstance(article, Article)
    text = export.to_text(article)
    assert "[Photo 297×297]" in text  # our own word, in the interface's language
    photo_at = text.index("[Photo 297×297]")
    assert text.index("Photo: 오상진 인공지능사업단장이") > photo_at


def test_the_reader_draws_the_photo_as_a_dim_line(made) -> None:
    _, edition_file, _ = made
    article = next(a for a in store.load(edition_file).articles() if a.headline)
    rendered = render_article(article, 60)
    (line,) = [ln for ln in rendered.lines if "".join(s.text for s in ln) == "[Photo 297×297]"]
    assert all(s.style is not None and s.style.dim for s in line if s.text.strip())
