"""Hostile text on the way out: `show`, `search` and the app print it literally and never
send a control character to the terminal; NFD Hangul is found by composed queries."""

import asyncio
import json
import unicodedata

import pytest

from reader.cli import main
from reader.library import Entry, Library
from reader.sources import ingest
from reader.ui.app import BroadsheetApp
from reader.ui.screens.reader import ReaderScreen
from reader.ui.widgets.panes import ArticleView
from tests.hostile import corpus
from tests.ui.conftest import open_search, typed

# Every control and bidi character of the corpus, as the terminal must never receive it.
FORBIDDEN = set("\x1b\x07\x01\x02\x08\x0b\x85\x9b\x9d\x7f\u202e\u202c\u2067\u2069")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    d = tmp_path_factory.mktemp("hostile")
    path = d / "hostile.txt"
    path.write_bytes(corpus.hostile_page().encode("utf-8"))
    return path


def test_show_prints_markup_literally_and_controls_as_symbols(hostile, capsys):
    assert main(["show", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "“광주지역 전역, AI 실증 무대로 만들겠다 [bold red]”" in out
    assert "[link=https://example.com]링크[/link]" in out
    assert "회원모집 안내 [blink]" in out
    assert "색␛[31m빨강␛[0m" in out  # ESC shown as ␛, the rest as printed
    assert "C0:␁␂␇␈␋" in out and "DEL:␡" in out
    assert not FORBIDDEN & set(out)


def test_show_json_keeps_every_character(hostile, capsysbinary):
    assert main(["show", "--json", str(hostile)]) == 0
    doc = json.loads(capsysbinary.readouterr().out)
    lead = doc["pages"][0]["items"][0]["body"][0]["text"]
    for piece in corpus.IN_THE_LEAD:
        assert piece in lead


def test_search_finds_markup_literally(hostile, capsys):
    assert main(["search", "[link=https", str(hostile)]) == 0
    out = capsys.readouterr().out
    assert "[link=https://example.com]" in out
    assert not FORBIDDEN & set(out)


def test_search_finds_decomposed_hangul_with_a_composed_query(hostile):
    edition = ingest(hostile)
    from reader.search import search_edition

    hits = search_edition(edition, "오상진 단장")
    lead = edition.articles()[0].body[0].text
    assert any(lead[h.start : h.end] == corpus.NFD_HANGUL for h in hits)
    assert unicodedata.normalize("NFC", corpus.NFD_HANGUL) == "오상진 단장"


def test_search_nothing_found_exits_1(hostile, capsys):
    assert main(["search", "\x1b[31m없는말", str(hostile)]) == 1


def _screen_text(view) -> str:
    rows = range(view.size.height)
    return "\n".join("".join(seg.text for seg in view.render_line(y)) for y in rows)


def test_app_shows_the_hostile_page_literally(hostile):
    edition = ingest(hostile)

    async def go():
        app = BroadsheetApp(Library([Entry.of(edition)]), 0)
        async with app.run_test(size=(200, 80)) as pilot:
            await pilot.pause()
            view = app.screen.query_one(ArticleView)
            text = _screen_text(view)
            assert "만들겠다 [bold red]”" in text
            assert "[link=https://example.com]링크[/link]" in text
            assert "␛[31m빨강␛[0m" in text
            assert not FORBIDDEN & set(text)

    asyncio.run(go())


SIZES = [(40, 12), (250, 80), (60, 20), (41, 13), (120, 40), (250, 80), (40, 12), (80, 24)]


def test_app_survives_resizes_while_reading_and_searching(hostile):
    edition = ingest(hostile)

    async def go():
        app = BroadsheetApp(Library([Entry.of(edition)]), 0)
        async with app.run_test(size=(120, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReaderScreen)
            for size in SIZES:  # reading
                await pilot.resize_terminal(*size)
                await pilot.press("space", "j")
                await pilot.pause()
            await open_search(app, pilot)
            await pilot.press(*"오상진")
            for size in SIZES:  # searching, results open
                await pilot.resize_terminal(*size)
                await pilot.pause()
            await typed(app, pilot)  # the search done
            assert screen.search_results.hits
            await pilot.press("enter", "n", "N")
            for size in reversed(SIZES):  # at a hit
                await pilot.resize_terminal(*size)
                await pilot.press("n")
                await pilot.pause()
            assert screen.highlights  # the hits are still marked after all that
            await pilot.press("escape")
            await pilot.pause()
            assert not screen.highlights
            view = screen.query_one(ArticleView)
            await pilot.press("G")  # and the keys still work
            await pilot.pause()
            assert view.max_scroll_y > 0 and view.scroll_y == view.max_scroll_y
            text = _screen_text(screen.query_one(ArticleView))
            assert not FORBIDDEN & set(text)

    asyncio.run(go())


def test_a_fifty_megabyte_page_text_ingests(tmp_path, capsys):
    src = tmp_path / "huge.txt"
    src.write_bytes(corpus.huge_page(50))
    out = tmp_path / "out"
    assert main(["ingest", str(src), "-o", str(out)]) == 0
    pages = src.read_bytes().count(b"\f") + 1
    assert f"{pages} pages, {pages} articles, {pages} ads (utf-8)" in capsys.readouterr().out
    assert main(["validate", str(out / "광남일보-2026-02-04.json")]) == 0


def test_decomposed_hangul_is_shown_composed_with_hits_on_the_right_letters():
    from reader.highlights import Mark
    from reader.ui.render import DEFAULT_PALETTE, composed, leaf_text

    printed = "가 " + corpus.NFD_HANGUL + " 끝"  # 오상진 단장, as NFD jamo
    shown, where = composed(printed)
    assert shown == "가 오상진 단장 끝"
    start = printed.index(corpus.NFD_HANGUL)
    marks = {"body.0": [Mark(start, start + 8, True)]}  # the 8 jamo of 오상진
    text = leaf_text(printed, "body.0", "", marks, DEFAULT_PALETTE)
    assert text.plain == shown
    [span] = [s for s in text.spans if s.style]
    assert shown[span.start : span.end] == "오상진"
    assert composed("조합된 글") == ("조합된 글", None)


def test_app_shows_decomposed_hangul_composed(hostile):
    edition = ingest(hostile)

    async def go():
        app = BroadsheetApp(Library([Entry.of(edition)]), 0)
        async with app.run_test(size=(200, 80)) as pilot:
            await pilot.pause()
            text = _screen_text(app.screen.query_one(ArticleView))
            assert "오상진 단장 👍" in text
            assert "\u110b" not in text

    asyncio.run(go())
