"""The name a page without a printed section is shown by (reader.section_names), and the
name an edition of a text file with no paper or date keeps of it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest import ingest_text
from reader.library import Entry, open_library
from reader.model import Page
from reader.section_names import section_name

UNDATED = "Ladies' Aid meets Thursday at the church parlors.\n\nThe ferry runs again.\n"


def _pages(text: str) -> list[Page]:
    return ingest_text(text, name="notes").pages


@pytest.mark.usefixtures("korean")
def test_a_default_section_is_shown_in_the_readers_language():
    (page,) = _pages(UNDATED)  # an English page that prints no section
    assert (page.section, page.section_inferred) == ("News", True)
    assert section_name(page) == "종합"


def test_a_default_section_in_english_reads_as_stored():
    (page,) = _pages(UNDATED)
    assert section_name(page) == "News"


@pytest.mark.usefixtures("korean")
def test_a_printed_section_of_the_same_words_is_never_translated():
    printed = Page(1, "News", [], section_inferred=False)
    assert section_name(printed) == "News"
    unnamed = Page(1, "", [], section_inferred=True)  # inferred, but no default's name
    assert section_name(unnamed) == ""


def test_a_text_file_keeps_its_suffix_as_a_pdf_does_and_its_id(tmp_path: Path):
    source = tmp_path / "tillmore_notes.txt"
    source.write_text(UNDATED, encoding="utf-8")
    library, start = open_library(source)
    entry = library.entries[start]
    assert entry.source_file == "tillmore_notes.txt"
    assert entry.id == "tillmore_notes"  # the id (and edition file) as before


def test_a_folder_of_pages_keeps_its_name_as_it_is(tmp_path: Path):
    folder = tmp_path / "week_41"
    folder.mkdir()
    (folder / "p1.txt").write_text(UNDATED, encoding="utf-8")
    library, start = open_library(folder)
    assert library.entries[start].source_file == "week_41"


def test_an_edition_that_kept_only_the_stem_still_reads_by_it():
    old = ingest_text(UNDATED, name="tillmore_notes")  # as editions were written before
    assert Entry.of(old).source_file == "tillmore_notes"
