"""`broadsheet search` by sound: one edition and --all, offsets on the Hanja (issue 16)."""

from __future__ import annotations

import json
import shutil

from reader import store
from reader.cli import main
from tests.search.hanja_words import initials, places, present


def hits_of(capsys, *args: str) -> list[dict]:
    assert main(["search", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)["hits"]


def test_a_reading_finds_the_hanja_of_one_edition(capsys, hanja_folder, hanja_edition):
    (edition_file,) = [p for p in store.find_editions(hanja_folder) if "광남" not in p.name]
    for word, reading in present(hanja_edition).items():
        for query in (reading, initials(reading), word):
            found = {
                (h["item_id"], h["path"], h["start"], h["end"])
                for h in hits_of(capsys, query, str(edition_file))
            }
            assert places(hanja_edition, word) <= found, (word, query)


def test_the_printed_snippet_marks_the_hanja(capsys, hanja_folder):
    main(["search", "여야", str(hanja_folder)])
    out = capsys.readouterr().out
    assert any("與野" in line for line in out.splitlines()[2:-1])
    assert out.splitlines()[-1].endswith(" in 1 edition")  # the seed has neither 與野 nor 여야


def test_search_all_finds_by_sound_as_the_edition_does(capsys, hanja_folder, tmp_path):
    folder = tmp_path / "editions"
    shutil.copytree(hanja_folder, folder)
    for query in ("여야", "與野", "ㅇㅇ", "與ㅇ", "여성", "ㅂㄹ"):
        one = {
            (h["edition"], h["item_id"], h["path"], h["start"], h["end"])
            for h in hits_of(capsys, query, str(folder))
        }
        assert main(["search", query, "--all", str(folder), "--limit", "0", "--json"]) == 0
        results = json.loads(capsys.readouterr().out)["results"]
        every = {
            (r["edition_id"], h["item_id"], h["path"], h["start"], h["end"])
            for r in results
            for h in r["hits"]
        }
        assert every == one, query
