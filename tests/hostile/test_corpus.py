"""Every row of the bad-input corpus: the exact error line, or a correct edition."""

from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from reader.ingest.coverage import coverage_problems
from reader.ingest.decode import decode
from reader.model import leaves
from reader.sources import ingest
from tests.hostile import corpus


@pytest.fixture(scope="module")
def folder(tmp_path_factory) -> Path:
    d = tmp_path_factory.mktemp("corpus")
    corpus.write(d)
    return d


def _texts(edition):
    """What a reader sees: every leaf's path and text, page by page."""
    return [(item.id, leaf.path, leaf.text) for _, item in edition.items() for leaf in leaves(item)]


REFUSED = {
    "empty.txt": "empty file",
    "whitespace.txt": "no text (only whitespace)",
    "random.txt": "binary file (contains NUL bytes), not page text",
    "png.txt": "binary file (contains NUL bytes), not page text",
    "nul.txt": "binary file (contains NUL bytes), not page text",
    "seed-utf16le-nobom.txt": (
        "looks like UTF-16 (little-endian) without a byte-order mark; save it as UTF-8"
    ),
    "seed-utf16be-nobom.txt": (
        "looks like UTF-16 (big-endian) without a byte-order mark; save it as UTF-8"
    ),
    # The UTF-8 offset is where the pasted CP949 half starts: the place to look.
    "mixed-utf8-cp949.txt": (
        "not UTF-8 or CP949 text (undecodable byte at offset 4895 as UTF-8, at offset 8 as CP949)"
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_sources_give_one_line(folder, tmp_path, capsys, name):
    out = tmp_path / "out"
    assert main(["ingest", str(folder / name), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"broadsheet: {folder / name}: {REFUSED[name]}\n"
    assert captured.out == ""
    assert not out.exists() or not any(out.iterdir())
    for argv in (
        ["show", str(folder / name)],
        ["search", "광주", str(folder / name)],
        ["open", str(folder / name)],
    ):
        assert main(argv) == 2
        assert capsys.readouterr().err == f"broadsheet: {folder / name}: {REFUSED[name]}\n"


ENCODED = {
    "seed-cp949.txt": "cp949",
    "seed-utf16.txt": "utf-16",
    "seed-utf8bom.txt": "utf-8-sig",
    "seed-crlf.txt": "utf-8",
    "seed-cr.txt": "utf-8",
}


@pytest.mark.parametrize("name", sorted(ENCODED))
def test_encodings_and_line_endings_give_the_seed_edition(folder, name):
    seed = store.load(corpus.SEED_JSON)
    edition = ingest(folder / name)
    assert edition.source.encoding == ENCODED[name]
    assert _texts(edition) == _texts(seed)
    text, _ = decode((folder / name).read_bytes())
    assert coverage_problems(edition, text) == []


def test_one_megabyte_line_without_a_space(folder):
    edition = ingest(folder / "longline.txt")
    [article] = edition.articles()
    # One block, whole; no sentence ends in it, so it is no lead (docs/representation.md).
    assert [b.kind for b in article.body] == ["paragraph"]
    assert article.body[0].text == "가" * (1024 * 1024 // 3)


def test_hostile_text_is_kept_character_for_character(folder):
    edition = ingest(folder / "hostile.txt")
    [article] = edition.articles()
    assert article.headline is not None
    assert article.headline.text == "“광주지역 전역, AI 실증 무대로 만들겠다 [bold red]”"
    lead = article.body[0].text
    for piece in corpus.IN_THE_LEAD:
        assert piece in lead
    text, _ = decode((folder / "hostile.txt").read_bytes())
    assert coverage_problems(edition, text) == []


BAD_JSON = {
    "truncated.json": "not valid JSON: the file ends before its JSON does",
    "array.json": "not an edition (expected a JSON object)",
    "future.json": "schema 99 is newer than this broadsheet reads (3); upgrade",
    "wrongtype.json": (
        "invalid edition: the field 'text' has a wrong value at $.pages[0].items[0].body[0].text"
    ),
}


@pytest.mark.parametrize("name", sorted(BAD_JSON))
def test_bad_edition_files(folder, capsys, name):
    path = folder / name
    for argv in (
        ["validate", str(path)],
        ["show", str(path)],
        ["show", "--json", str(path)],
        ["search", "광주", str(path)],
        ["open", str(path)],
    ):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"broadsheet: {path}: {BAD_JSON[name]}")
        assert err.count("\n") == 1


def test_extra_fields_are_read(folder, capsys):
    assert main(["validate", str(folder / "extra.json")]) == 0
    assert "ok" in capsys.readouterr().out
