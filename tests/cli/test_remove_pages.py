"""`broadsheet remove EDITION --page A3`: a page taken back out of an edition file (one that
joined the wrong edition), with the photos, search rows, read marks and bookmarks of its
items; the other pages keep theirs, and the edition stays whole (reader/taking_pages.py,
reader/removing_pages.py). What cannot go is refused in one line, nothing touched."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import msgspec
import pytest

from reader import library, store
from reader.adding_pages import moved_spans
from reader.cli import main
from reader.ingest.coverage import coverage_problems
from reader.state import State
from tests.cli.test_day_editions import INNER
from tests.cli.test_ingest_pages import DATE, FIFTH, FRONT, NAME, THIRD, page_files

EDITION = NAME.removesuffix(".json")


@pytest.fixture
def day(tmp_path: Path, capsys) -> Path:
    """The front page, a date-only inner page 3 that joined it, and page 5, each its own
    source; each page's story read and bookmarked; the folder indexed."""
    files = page_files(tmp_path, {"A01": FRONT, "A03": INNER, "A05": FIFTH})
    out = tmp_path / "out"
    for name in ("A01", "A03", "A05"):
        assert main(["ingest", str(files[name]), "-o", str(out)]) == 0
    with State.open(strict=True) as state:
        for item_id in ("p1-1", "p2-1", "p3-1"):
            state.mark_read(EDITION, item_id)
            state.add_bookmark(EDITION, item_id, item_id)
        state.set_position(EDITION, "p2-1", edition_path=out / NAME)
    assert main(["search", "--all", "공영주차장", str(out)]) == 0
    capsys.readouterr()
    return out / NAME


def _run(capsys, *args: object) -> tuple[int, str, str]:
    code = main(["remove", *map(str, args)])
    said = capsys.readouterr()
    return code, said.out, said.err


def _hits(capsys, words: str, folder: Path) -> list[tuple[str, int]]:
    code = main(["search", words, "--all", str(folder), "--json"])
    said = capsys.readouterr()
    assert said.err == ""
    results = json.loads(said.out)["results"]
    assert code == (0 if results else 1)
    return [(h["item_id"], h["page"]) for r in results for h in r["hits"]]


def test_a_page_that_joined_the_wrong_edition_comes_back_out(day, capsys):
    before = store.load(day)
    kept = _hits(capsys, "공영주차장", day.parent)
    code, said, err = _run(capsys, day, "--page", "3")
    assert (code, err) == (0, "")
    assert said == (
        f"removed page 3 from {day} (now 2 pages) with 0 photos, its search entries, "
        "1 read mark, 1 bookmark\n"
    )
    edition = store.load(day)
    assert main(["validate", str(day)]) == 0
    capsys.readouterr()
    # every character of the sources left is in one leaf, where its spans say
    assert coverage_problems(edition, FRONT + "\f" + FIFTH) == []
    assert [s.name for s in edition.sources] == ["A01.txt", "A05.txt"]
    assert edition.source.chars == len(FRONT) + 1 + len(FIFTH)
    # the other pages keep their places and ids, their items as they were but the jump
    # that led to the page taken out
    assert [(p.number, p.printed) for p in edition.pages] == [(1, "1"), (3, "5")]
    front = before.pages[0].items[0]
    assert front.jump_on is not None and front.jump_on.item == "p2-1"
    assert edition.pages[0].items[0] == msgspec.structs.replace(
        front, jump_on=msgspec.structs.replace(front.jump_on, item=None)
    )
    # page 5's spans moved back by page 3's text and its form feed, all else as it was
    assert edition.pages[1] == moved_spans(before.pages[2], lambda at: at - len(INNER) - 1, {})
    with State.open(strict=True) as state:
        assert state.read_ids(EDITION) == {"p1-1", "p3-1"}
        assert sorted(b.item_id for b in state.bookmarks(EDITION)) == ["p1-1", "p3-1"]
        position = state.get_position(EDITION)
        assert position is not None and position.item_id is None
    assert _hits(capsys, "시민 의견", day.parent) == []
    assert _hits(capsys, "공영주차장", day.parent) == kept


def test_the_front_page_and_a_page_leave_the_edition_of_one_source(day, capsys):
    """The first source's page out, then another: the spans move back with each source's
    text, and the edition of one source left is as an edition of one source is."""
    code, said, _err = _run(capsys, day, "--page", "01", "--page", "3")
    assert (code, _err) == (0, "") and said.startswith(
        f"removed pages 1, 3 from {day} (now 1 page)"
    )
    edition = store.load(day)
    assert edition.sources == [] and edition.source.name == "A05.txt"
    assert edition.source.chars == len(FIFTH)
    assert coverage_problems(edition, FIFTH) == [] and store.check(edition) == []
    assert [it.id for _page, it in edition.items()] == ["p3-1"]
    # the date its folio prints is still the masthead's, the paper the reader's edition
    assert edition.masthead is not None and edition.masthead.paper == "한빛일보"
    assert edition.masthead.spans and all(e <= len(FIFTH) for _s, e in edition.masthead.spans)


def test_a_removed_pages_photos_go_and_the_others_stay(tmp_path, capsys, photo_pages):
    out = tmp_path / "out"
    for source in photo_pages(DATE):
        assert main(["ingest", str(source), "-o", str(out)]) == 0
    photos = sorted(os.listdir(out / EDITION))
    assert len(photos) == 2
    capsys.readouterr()
    code, said, _err = _run(capsys, out / NAME, "--page", "3")
    assert code == 0 and said.startswith(
        f"removed page 3 from {out / NAME} (now 1 page) with 1 photo"
    )
    edition = store.load(out / NAME)
    [src] = [b.image.src for a in edition.articles() for b in a.body if b.image is not None]
    assert os.listdir(out / EDITION) == [src.split("/")[1]] and src.split("/")[1] in photos
    assert store.check(edition) == []


def test_a_page_of_a_source_with_pages_that_stay_is_refused(tmp_path, capsys):
    """Near miss: pages 1 and 3 from one source (the edition keeps no text to cut page 3's
    out of); named by its place, a page printing no number is refused the same way."""
    files = page_files(tmp_path, {"both": FRONT + "\f" + THIRD})
    out = tmp_path / "out"
    assert main(["ingest", str(files["both"]), "-o", str(out)]) == 0
    capsys.readouterr()
    before = (out / NAME).read_bytes()
    code, said, err = _run(capsys, out / NAME, "--page", "3")
    assert (code, said) == (2, "")
    assert err == (
        f"broadsheet: {out / NAME}: page 3 came in one source with 1: they can go only "
        "together (--page for each), or the edition; nothing removed\n"
    )
    assert (out / NAME).read_bytes() == before
    bare = page_files(
        tmp_path, {"bare": "사회\n\n첫 기사\n\n본문이다.\n\f경제\n\n둘째 기사\n\n본문이다.\n"}
    )
    assert main(["ingest", str(bare["bare"]), "-o", str(out)]) == 0
    capsys.readouterr()
    assert [p.printed for p in store.load(out / "bare.json").pages] == [None, None]
    code, _said, err = _run(capsys, out / "bare.json", "--page", "2")
    assert code == 2 and "page 2 came in one source with 1:" in err


@pytest.mark.parametrize(
    ("pages", "reason"),
    [
        (["A9"], "no page A9 in this edition (its pages: 1, 3, 5); nothing removed"),
        (["첫면"], "no page 첫면 in this edition (its pages: 1, 3, 5); nothing removed"),
        (["1", "3", "5"], "that is every page of the edition: remove the edition itself instead"),
    ],
)
def test_pages_that_cannot_go_are_refused_in_one_line(day, capsys, pages, reason):
    before = day.read_bytes()
    args = [a for page in pages for a in ("--page", page)]
    code, said, err = _run(capsys, day, *args)
    assert (code, said, err) == (2, "", f"broadsheet: {day}: {reason}\n")
    assert day.read_bytes() == before
    with State.open(strict=True) as state:
        assert len(state.read_ids(EDITION)) == 3


def test_what_is_no_edition_file_is_refused_and_nothing_touched(day, tmp_path, capsys):
    broken = day.parent / "broken.json"
    broken.write_text('{"schema": 3, "id": ', encoding="utf-8")
    code, said, err = _run(capsys, broken, "--page", "3")
    assert (code, said) == (2, "") and err.startswith(
        f"broadsheet: {broken}: not an edition file ("
    )
    assert err.count("\n") == 1
    text = tmp_path / "A01.txt"
    code, _said, err = _run(capsys, text, "--page", "1")
    assert code == 2 and err == (
        f"broadsheet: {text}: not an edition file of a shelf; nothing removed\n"
    )
    code, _said, err = _run(capsys, day, day, "--page", "3")
    assert code == 2 and err == "broadsheet: --page takes pages out of one edition: name one\n"
    sample = store.find_editions(library.shipped_dir())[0]
    before = sample.read_bytes()
    code, _said, err = _run(capsys, sample, "--page", "1")
    assert code == 2 and err == (
        f"broadsheet: {sample}: a sample shipped with broadsheet; nothing removed\n"
    )
    assert sample.read_bytes() == before


def test_a_damaged_edition_file_is_refused_in_one_line(day, capsys):
    """Its head reads, its pages do not: the full load says why, nothing written."""
    data = json.loads(day.read_bytes())
    data["pages"][1]["items"] = "나쁜 값"
    damaged = json.dumps(data, ensure_ascii=False).encode()
    day.write_bytes(damaged)
    code, said, err = _run(capsys, day, "--page", "3")
    assert (code, said) == (2, "") and err.startswith(f"broadsheet: {day}: ")
    assert err.count("\n") == 1 and day.read_bytes() == damaged


def test_a_read_only_folder_is_one_line_and_keeps_everything(day, capsys, read_only_mount):
    before = day.read_bytes()
    code, said, err = _run(capsys, day, "--page", "3")
    assert (code, said) == (2, "")
    assert err == (
        f"broadsheet: {day.parent}: cannot write in this folder ({os.strerror(errno.EROFS)})\n"
    )
    assert day.read_bytes() == before
    with State.open(strict=True) as state:
        assert len(state.read_ids(EDITION)) == 3 and len(state.bookmarks(EDITION)) == 3


def test_a_failed_write_keeps_the_file_the_photos_and_the_state(day, capsys, fill_disk):
    before = day.read_bytes()
    fill_disk()
    code, said, err = _run(capsys, day, "--page", "3")
    assert (code, said) == (2, "")
    assert err == f"broadsheet: {day}: cannot write (No space left on device)\n"
    assert day.read_bytes() == before
    with State.open(strict=True) as state:
        assert len(state.read_ids(EDITION)) == 3


def test_the_removed_line_in_korean(day, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")
    code, said, _err = _run(capsys, day, "--page", "3", "--page", "5")
    assert code == 0
    assert said == (
        f"{day}에서 3, 5면을 지웠습니다 (이제 지면 1개): 사진 0장, 검색 색인, "
        "읽음 표시 2개, 북마크 2개\n"
    )


def test_a_copy_of_the_edition_beside_keeps_the_photos_and_reading_state(day, capsys):
    """Near miss of the first: the same edition in `NAME (1).json` still holds page 3,
    whose items' marks are by edition id."""
    copy = day.with_name(f"{EDITION} (1).json")
    copy.write_bytes(day.read_bytes())
    code, said, _err = _run(capsys, day, "--page", "3")
    assert code == 0
    assert said == (
        f"removed page 3 from {day} (now 2 pages) with 0 photos, its search entries; "
        f"their photos and reading state are kept: {copy} is the same edition\n"
    )
    with State.open(strict=True) as state:
        assert len(state.read_ids(EDITION)) == 3
    assert [p.printed for p in store.load(copy).pages] == ["1", "3", "5"]
