"""What `broadsheet show` and `broadsheet search` print of hostile newspaper text, run as
the command: bidi controls, escape sequences and other controls shown as the reader
shows them (reader.printable), markup left as it is, and nothing else of the text (or
of a search's snippet) lost. JSON keeps every character, escaped."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest

from reader import store
from reader.model import Article, Block, Page, Text
from reader.printable import visible
from reader.search import search_edition
from reader.ui.render import render_article
from tests.editions import seed

# Every leaf holds 기사, the word searched for.
HEADLINE = "기사 제목 [bold red]굵게[/bold red]"
PARAGRAPHS = [
    "기사 오른쪽\u202e거꾸로\u202c 끝 \u2067격리\u2069 \u200f표시 \u061c아랍",
    "기사 색\x1b[31m빨강\x1b[0m 창\x1b]0;가로챔\x07 끝",
    "기사 널\x00벨\x07백\x08수직\x0b폼\x0c캐\r이스\x1b 델\x7f 씨\x85\x9b끝",
    "기사 [link=https://example.com]링크[/link] [/] \\[escaped] [b]",
]
LEAVES = [HEADLINE, *PARAGRAPHS]

# What must never reach the terminal: C0 controls but newline, DEL, C1, bidi controls.
CONTROLS = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n"}
CONTROLS |= set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c")

ARTICLE = Article(
    id="p1-1",
    headline=Text(HEADLINE),
    body=[Block("paragraph", text) for text in PARAGRAPHS],
)


@pytest.fixture(scope="module")
def edition_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    edition = msgspec.structs.replace(
        seed(), id="광남일보-2026-02-09", pages=[Page(1, "사회", [ARTICLE])]
    )
    return store.save(edition, tmp_path_factory.mktemp("hostile"))


def broadsheet(*args: str, cwd: Path) -> bytes:
    """Run the command as a person would (no terminal: Rich adds no colours)."""
    env = {**os.environ, "BROADSHEET_HOME": str(cwd / "home"), "PYTHONUTF8": "1"}
    done = subprocess.run(
        [sys.executable, "-m", "reader", *args], cwd=cwd, env=env, capture_output=True
    )
    assert done.returncode == 0, done.stderr.decode()
    return done.stdout


def as_the_reader_shows(article: Article) -> str:
    return render_article(article, width=200).plain()


def test_the_reader_shows_every_leaf_neutralized():
    shown = as_the_reader_shows(ARTICLE)
    for leaf in LEAVES:
        assert visible(leaf) in shown
    assert not CONTROLS & set(shown)


def test_show_prints_the_edition_as_the_reader_shows_it(edition_file, tmp_path):
    out = broadsheet("show", str(edition_file), cwd=tmp_path).decode()
    for leaf in LEAVES:
        assert visible(leaf) in out and visible(leaf) in as_the_reader_shows(ARTICLE)
    assert not CONTROLS & set(out)


@pytest.mark.parametrize("fmt", ["txt", "md"])
def test_show_article_prints_it_neutralized(edition_file, tmp_path, fmt):
    out = broadsheet("show", str(edition_file), "--article", "p1-1", "--format", fmt, cwd=tmp_path)
    text = out.decode()
    assert not CONTROLS & set(text)
    assert "[bold red]굵게[/bold red]" in text and "[/]" in text
    if fmt == "txt":
        for leaf in LEAVES:
            assert visible(leaf) in text


def snippets(edition_file: Path) -> list[str]:
    """What the search shows of each hit: the match with some text either side."""
    hits = search_edition(store.load(edition_file), "기사")
    assert len(hits) == len(LEAVES)
    return [h.snippet.before + h.snippet.match + h.snippet.after for h in hits]


def test_search_prints_every_snippet_as_the_reader_shows_it(edition_file, tmp_path):
    out = broadsheet("search", "기사", str(edition_file), cwd=tmp_path).decode()
    for snippet in snippets(edition_file):
        assert visible(snippet) in out
    for shown in (
        "기사 오른쪽\ufffd거꾸로\ufffd",
        "색␛[31m빨강␛[0m 창␛]0;",
        "널␀벨␇백␈",
        "[bold red]굵게",
    ):
        assert shown in out
    assert not CONTROLS & set(out)


@pytest.mark.parametrize(
    "args",
    [("show", "--json"), ("show", "--article", "p1-1", "--format", "json")],
    ids=["edition", "article"],
)
def test_show_json_keeps_every_character_escaped(edition_file, tmp_path, args):
    out = broadsheet(*args[:1], str(edition_file), *args[1:], cwd=tmp_path).decode()
    assert not CONTROLS & set(out)
    doc = json.loads(out)
    article = doc["pages"][0]["items"][0] if "pages" in doc else doc
    assert [article["headline"]["text"], *(b["text"] for b in article["body"])] == LEAVES


def test_search_json_keeps_every_character_escaped(edition_file, tmp_path):
    out = broadsheet("search", "기사", str(edition_file), "--json", cwd=tmp_path).decode()
    assert not CONTROLS & set(out)
    printed = [h["snippet"] for h in json.loads(out)["hits"]]
    assert [s["before"] + s["match"] + s["after"] for s in printed] == snippets(edition_file)
