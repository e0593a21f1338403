"""Whether a result's title is a printed headline: the core says so, from the item, so
that a list need not show an item's first words twice (as its title and as the context)."""

from __future__ import annotations

from pathlib import Path

from reader.search.archive import Archive
from tests.editions import PHOTO, first_words, shelf


def results(tmp_path: Path, query: str) -> dict:
    folder = shelf(tmp_path / "eds", first_words())
    with Archive(folder) as archive:
        archive.update()
        return {r.item_id: r for r in archive.search(query)}


def test_an_item_titled_by_its_first_words_says_so_and_by_which_leaf(tmp_path):
    found = results(tmp_path, "김장")
    photo, bulletin = found["photo"], found["bulletin"]
    # the photo is titled by its caption, the leaf after the picture
    assert (photo.headed, photo.title_leaf, photo.title) == (False, "body.1", PHOTO.body[1].text)
    assert [h.path for h in photo.hits] == ["body.1"]
    # the bulletin by its first paragraph, the hit being in its second
    assert (bulletin.headed, bulletin.title_leaf) == (False, "body.0")
    assert [h.path for h in bulletin.hits] == ["body.1"]


def test_a_printed_headline_is_headed_and_the_json_says_which_are(tmp_path):
    found = results(tmp_path, "김장")
    headed = found["headed"]
    assert (headed.headed, headed.title_leaf) == (True, None)
    assert headed.builtins()["title_leaf"] is None
    assert found["photo"].builtins()["title_leaf"] == "body.1"
