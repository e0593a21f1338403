"""A paper ingested page by page (reader/adding_pages.py): another page of the same edition,
one printing a number the file's pages do not, is added to its file; a page the file holds,
one without a readable number, or --replace follow the replace policy."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from reader.sources import ingest
from reader.state.state import State
from tests.cli.test_ingest_lock import ingest_while_locked
from tests.ingest.test_conventions import LEAD, MORE

NAME = "한빛일보-2026-12-09.json"
DATE = "2026년 12월 9일 수요일"
FRONT = f"한빛일보\n제3127호 {DATE}\n\n시내버스 노선 31년 만에 전면 개편\n\n{LEAD}\n\n▶3면에 계속\n"
THIRD = (
    f"3 사회 한빛일보 {DATE}\n\n시내버스 노선 개편 시민 의견 듣는다\n\n▶1면에서 계속\n\n{MORE}\n"
)
FIFTH = f"5 경제 한빛일보 {DATE}\n\n읍내 공영주차장 저녁에 무료로 연다\n\n{MORE}\n"


def page_files(folder: Path, texts: dict[str, str]) -> dict[str, Path]:
    """Each page text written to NAME.txt in the folder."""
    out = {}
    for name, text in texts.items():
        out[name] = folder / f"{name}.txt"
        out[name].write_text(text, encoding="utf-8")
    return out


@pytest.fixture
def pages(tmp_path: Path) -> dict[str, Path]:
    return page_files(
        tmp_path, {"A01": FRONT, "A03": THIRD, "A05": FIFTH, "both": FRONT + "\f" + THIRD}
    )


def _ingest(capsys, *args: object) -> tuple[int, str, str]:
    code = main(["ingest", *map(str, args)])
    said = capsys.readouterr()
    return code, said.out, said.err


def _page_json(edition_file: Path, printed: str) -> dict:
    pages = json.loads(edition_file.read_bytes())["pages"]
    return next(p for p in pages if p.get("printed") == printed)


def test_another_page_of_the_edition_is_added_to_its_file(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    front = _page_json(out / NAME, "1")
    code, said, err = _ingest(capsys, pages["A03"], "-o", out)
    assert (code, err) == (0, "")
    assert said.splitlines()[0] == (
        f"added page 3 to {out / NAME} (now 2 pages): 1 page, 1 article, 0 ads (utf-8)"
    )
    edition = store.load(out / NAME)
    assert store.check(edition) == []
    assert [(p.number, p.printed) for p in edition.pages] == [(1, "1"), (2, "3")]
    assert [it.id for _, it in edition.items()] == ["p1-1", "p2-1"]
    [source_a, source_b] = edition.sources
    assert (source_a.name, source_b.name) == ("A01.txt", "A03.txt")  # as a PDF page keeps .pdf
    assert edition.source.chars == source_a.chars + 1 + source_b.chars
    # the old page as it was but for the jump now found on the new page
    again = _page_json(out / NAME, "1")
    assert again["items"][0].pop("jump_on") == {**front["items"][0].pop("jump_on"), "item": "p2-1"}
    assert again == front
    first, third = edition.articles()
    assert third.jump_from is not None and third.jump_from.item == "p1-1"
    # every leaf's words are the new source's, where its spans now say
    text = FRONT + "\f" + THIRD
    assert third.headline is not None
    [(start, end)] = third.headline.spans
    assert text[start:end] == third.headline.text == "시내버스 노선 개편 시민 의견 듣는다"


def test_pages_added_in_any_order_stand_in_printed_order(tmp_path, pages, capsys):
    out = tmp_path / "out"
    for name in ("A05", "A01", "A03"):
        assert _ingest(capsys, pages[name], "-o", out)[0] == 0
    edition = store.load(out / NAME)
    assert [(p.number, p.printed) for p in edition.pages] == [(2, "1"), (3, "3"), (1, "5")]
    # the first file's page keeps its ids; each added one takes ids new to the edition
    assert [[it.id for it in p.items] for p in edition.pages] == [["p2-1"], ["p3-1"], ["p1-1"]]
    assert store.check(edition) == []


def test_a_page_the_file_holds_follows_the_replace_policy(tmp_path, pages, capsys):
    """Near miss: a corrected page 3 onto the file of pages 1 and 3 is no page to add: one
    page of two is refused without --replace, as before; --replace replaces."""
    out = tmp_path / "out"
    assert _ingest(capsys, pages["both"], "-o", out)[0] == 0
    before = (out / NAME).read_bytes()
    code, said, err = _ingest(capsys, pages["A03"], "-o", out)
    assert (code, said) == (2, "")
    assert err == (
        f"broadsheet: {out / NAME}: holds this edition with 2 pages, the source gives 1 page: "
        "to replace it, ingest again with --replace\n"
    )
    assert (out / NAME).read_bytes() == before
    code, said, _err = _ingest(capsys, pages["A03"], "-o", out, "--replace")
    assert code == 0 and said.startswith(f"replaced {out / NAME} (it had 2 pages): 1 page,")
    assert [p.printed for p in store.load(out / NAME).pages] == ["3"]


def test_replace_replaces_even_a_page_to_add(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    code, said, _err = _ingest(capsys, pages["A05"], "-o", out, "--replace")
    assert code == 0 and said.startswith(f"replaced {out / NAME} (it had 1 page): 1 page,")
    assert [p.printed for p in store.load(out / NAME).pages] == ["5"]


def test_a_whole_edition_holding_a_page_the_file_holds_replaces_it(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A05"], "-o", out)[0] == 0
    code, said, _err = _ingest(capsys, pages["both"], "-o", out)
    # pages 1 and 3 are new to the file, so they are added
    assert code == 0 and said.startswith(f"added pages 1, 3 to {out / NAME} (now 3 pages): 2")
    code, said, _err = _ingest(capsys, pages["both"], "-o", out)
    # near miss: now the file holds them: three pages, a source of two is refused
    assert code == 2 and said == ""
    assert [p.printed for p in store.load(out / NAME).pages] == ["1", "3", "5"]


def test_a_page_without_a_readable_number_follows_the_replace_policy(tmp_path, pages, capsys):
    """Near miss: the paper's page under a running head of section and date alone."""
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A03"], "-o", out)[0] == 0
    bare = tmp_path / "bare.txt"
    bare.write_text(THIRD.replace("3 사회 ", "사회 "), encoding="utf-8")
    edition = ingest(bare)
    assert edition.id == NAME.removesuffix(".json") and edition.pages[0].printed is None
    code, said, _err = _ingest(capsys, bare, "-o", out)
    assert code == 0 and said.startswith(f"replaced {out / NAME} (it had 1 page): 1 page,")


def test_a_readers_marks_and_search_rows_name_the_same_articles_after(tmp_path, pages, capsys):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    with State.open(tmp_path / "state.sqlite3") as state:
        state.mark_read(NAME.removesuffix(".json"), "p1-1")
    assert main(["search", "전면 개편", "--all", str(out), "--json"]) == 0
    before = json.loads(capsys.readouterr().out)["results"][0]["hits"]
    assert _ingest(capsys, pages["A03"], "-o", out)[0] == 0
    edition = store.load(out / NAME)
    with State.open(tmp_path / "state.sqlite3") as state:
        [read] = state.read_ids(edition.id)
    found = edition.find(read)
    assert found is not None and found.headline.text == "시내버스 노선 31년 만에 전면 개편"
    assert main(["search", "전면 개편", "--all", str(out), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["results"][0]["hits"] == before
    assert main(["search", "시민 의견", "--all", str(out), "--json"]) == 0
    [hit] = json.loads(capsys.readouterr().out)["results"][0]["hits"]
    assert (hit["item_id"], hit["page"]) == ("p2-1", 2)


def test_an_added_pdf_pages_photos_take_names_new_to_the_edition(tmp_path, capsys, photo_pages):
    """The same picture on both pages: each page's photo a file of its own name."""
    front, third = photo_pages(f"한빛일보 {DATE}")
    out = tmp_path / "out"
    assert _ingest(capsys, front, "-o", out)[0] == 0
    [old] = _photos(store.load(out / NAME))
    code, said, _err = _ingest(capsys, third, "-o", out)
    assert code == 0 and said.startswith(f"added page 3 to {out / NAME} (now 2 pages)")
    edition = store.load(out / NAME)
    photos = _photos(edition)
    assert len(photos) == 2 and photos[0] == old and photos[1] != old
    assert photos[1].startswith(f"{edition.id}/p2-photo1-")
    assert all((out / src).read_bytes() for src in photos)
    assert sorted(os.listdir(out / edition.id)) == sorted(s.split("/")[1] for s in photos)


def _photos(edition) -> list[str]:
    from reader.replacing import photo_srcs

    return sorted(photo_srcs(edition), key=lambda s: s.split("/")[1])


def test_a_failed_write_leaves_the_old_file_whole(tmp_path, pages, capsys, fill_disk):
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    before = (out / NAME).read_bytes()
    fill_disk()
    code, said, err = _ingest(capsys, pages["A03"], "-o", out)
    assert (code, said) == (2, "")
    assert err == f"broadsheet: {out / NAME}: cannot write (No space left on device)\n"
    assert (out / NAME).read_bytes() == before


def test_two_pages_ingested_at_once_are_both_kept(tmp_path, pages):
    """The third page's ingest waits on the lock while the front page's is written: it
    then adds its page to that file, losing neither."""
    out = tmp_path / "out"
    target = out / NAME
    run = ingest_while_locked(pages["A03"], pages["A01"], out, NAME)
    assert run.returncode == 0
    assert run.stderr == (
        f"broadsheet: {target}: another ingest is writing this edition; waiting for it\n"
    )
    assert run.stdout.startswith(f"added page 3 to {target} (now 2 pages)")
    assert [p.printed for p in store.load(target).pages] == ["1", "3"]


def test_the_added_line_in_korean(tmp_path, pages, capsys, monkeypatch):
    monkeypatch.setenv("LANG", "ko_KR.UTF-8")  # `broadsheet` speaks the locale's language
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    code, said, _err = _ingest(capsys, pages["A03"], pages["A05"], "-o", out)
    assert code == 0
    assert said.splitlines()[:2] == [
        f"{out / NAME}에 3면 추가 (이제 지면 2개): 지면 1개, 기사 1건, 광고 0건 (utf-8)",
        f"{out / NAME}에 5면 추가 (이제 지면 3개): 지면 1개, 기사 1건, 광고 0건 (utf-8)",
    ]


def test_jumps_between_two_added_pages_name_their_new_ids(tmp_path, pages, capsys):
    """Linked in their own source as p1-1 and p2-1, they are p2-1 and p3-1 once added (a
    jump left naming p1-1 would lead to the front page's story)."""
    out = tmp_path / "out"
    assert _ingest(capsys, pages["A01"], "-o", out)[0] == 0
    inner = tmp_path / "inner.txt"
    going = f"4 사회 한빛일보 {DATE}\n\n공영주차장 저녁 개방 첫날\n\n{LEAD}\n\n▶5면에 계속\n"
    coming = f"5 경제 한빛일보 {DATE}\n\n공영주차장 개방 첫날 북적\n\n▶4면에서 계속\n\n{MORE}\n"
    inner.write_text(going + "\f" + coming, encoding="utf-8")
    code, said, _err = _ingest(capsys, inner, "-o", out)
    assert code == 0 and said.startswith(f"added pages 4, 5 to {out / NAME} (now 3 pages)")
    edition = store.load(out / NAME)
    links = {
        a.id: (a.jump_on and a.jump_on.item, a.jump_from and a.jump_from.item)
        for a in edition.articles()
    }
    assert links == {"p1-1": (None, None), "p2-1": ("p3-1", None), "p3-1": (None, "p2-1")}
