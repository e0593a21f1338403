"""One rule names an edition's file and an exported article (reader.slugs): no control
character, one Unicode form; an edition named by the old rule still opens by its id."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import msgspec

from reader import store
from reader.export import markdown_name
from reader.ingest import edition_id
from reader.library import open_library
from reader.model import Article, Masthead, Text
from reader.slugs import slug
from tests.editions import seed


def test_an_edition_id_holds_no_control_character():
    masthead = Masthead(paper="광남일보\x1b[2J\x9b31m", date="2026-02-04")
    assert edition_id(masthead, "gwangnam.pdf") == "광남일보-[2J-31m-2026-02-04"


def test_an_edition_id_is_nfc_whatever_form_the_masthead_came_in():
    decomposed = unicodedata.normalize("NFD", "광남일보")
    assert decomposed != "광남일보"
    assert edition_id(Masthead(paper=decomposed, date="2026-02-04"), "x.pdf") == (
        "광남일보-2026-02-04"
    )
    assert edition_id(None, unicodedata.normalize("NFD", "광남일보 2월 4일.pdf")) == (
        "광남일보-2월-4일.pdf"
    )


def test_an_edition_id_and_an_exported_name_follow_one_rule():
    raw = "“전남일보”\t2026/02/04"
    assert slug(raw) == "전남일보-2026-02-04"
    assert edition_id(None, raw) == slug(raw)
    article = Article(id="p1-a2", headline=Text("\x1b]52;c;aGk=\x07 광주 “AI 실증”"))
    name = markdown_name(article, edition_id=raw)
    assert name == "전남일보-2026-02-04-p1-a2-]52-c-aGk=-광주-AI-실증.md"


def test_an_edition_named_by_the_old_rule_still_opens_by_its_id(tmp_path: Path):
    # Before one rule, an id kept ESC and NFD: the id is read from the file, not remade.
    old_id = unicodedata.normalize("NFD", "광남일보") + "\x1b[0m-2026-02-04"
    edition = msgspec.structs.replace(seed(), id=old_id)
    folder = tmp_path / "editions"
    folder.mkdir()
    store.save(edition, folder)
    lib, start = open_library(folder)
    assert lib.entries[start].id == old_id
    assert lib.find(old_id) == start
    assert lib.load(start).id == old_id


def test_a_name_of_nothing_seen_falls_back_as_an_empty_one_does():
    for unseen in ("\u200d", "\ufeff", "\u0301\u0308", "\u200d \ufeff\u200b"):
        assert slug(unseen) == ""
        assert edition_id(None, unseen) == "edition"
        assert markdown_name(Article(id="", headline=Text(unseen))) == "article.md"
    assert slug("\ufeff광남일보 \u200d 2026-02-04") == "광남일보-2026-02-04"
    assert slug("\u0301café") == "café"  # the letter keeps its own accent
