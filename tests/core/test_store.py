"""Edition files: round trip, schema checks, one-line errors, atomic writes."""

import json
import os
import stat
from pathlib import Path

import msgspec
import pytest

from reader import store
from reader.errors import BroadsheetError, EditionError
from reader.model import SCHEMA
from tests.editions import SEED_JSON


@pytest.fixture
def edition():
    return store.load(SEED_JSON)


def test_round_trip_is_byte_identical(edition):
    assert store.to_json(store.from_json(store.to_json(edition))) == SEED_JSON.read_bytes()


def test_check_finds_nothing_on_the_seed(edition):
    assert store.check(edition) == []


def test_check_finds_overlapping_spans(edition):
    raw = json.loads(SEED_JSON.read_bytes())
    art = raw["pages"][0]["items"][0]
    art["subheadline"]["spans"] = art["headline"]["spans"]
    problems = store.check(store.from_json(json.dumps(raw).encode()))
    assert problems and "overlap" in problems[0]


def test_check_finds_span_outside_source(edition):
    raw = json.loads(SEED_JSON.read_bytes())
    raw["source"]["chars"] = 10
    problems = store.check(store.from_json(json.dumps(raw).encode()))
    assert any("outside the source" in p for p in problems)


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b"  \n", "empty file"),
        (b'{"schema": 1, "id": ', "not valid JSON: the file ends before its JSON does"),
        (b'\xef\xbb\xbf{"schema": 1}', "not valid JSON: the file starts with a byte order mark"),
        (b'{"schema": 1} x', "not valid JSON (at byte 15)"),
        (b"[1, 2]", "expected a JSON object"),
        (b'{"id": "x"}', "no integer 'schema' field"),
        (b'{"schema": true}', "no integer 'schema' field"),
        (f'{{"schema": {SCHEMA + 1}}}'.encode(), "newer than this broadsheet reads"),
        (b'{"schema": 0}', "too old"),
        (f'{{"schema": {SCHEMA}, "id": 5}}'.encode(), "invalid edition"),
        (b'{"schema": 2, "id": "x", "extra": ' + b"[" * 1000 + b"]" * 1000 + b"}", "nested"),
    ],
)
def test_bad_files_give_one_line(tmp_path, data, reason):
    f = tmp_path / "bad.json"
    f.write_bytes(data)
    with pytest.raises(EditionError) as exc:
        store.load(f)
    message = str(exc.value)
    assert reason in message
    assert message.startswith(str(f))
    assert "\n" not in message
    with pytest.raises(EditionError):  # the shelf reads heads only, and is told the same
        store.head_of(data, f)


def test_wrong_field_type_names_the_field():
    raw = json.loads(SEED_JSON.read_bytes())
    raw["pages"][0]["number"] = "one"
    with pytest.raises(EditionError) as caught:
        store.from_json(json.dumps(raw).encode())
    # Our words, with the place the decoder found (a JSON path, data not wording).
    assert str(caught.value) == (
        "invalid edition: the field 'number' has a wrong value at $.pages[0].number"
    )


@pytest.mark.parametrize(
    ("cut", "reason"),
    [
        (
            lambda raw: raw["pages"][0].pop("section"),
            "invalid edition: the required field 'section' is missing at $.pages[0]",
        ),
        (  # an unknown field beside it changes nothing
            lambda raw: (raw.pop("source"), raw.update(sauce={})),
            "invalid edition: the required field 'source' is missing at $",
        ),
        (  # an item's fields are its kind's
            lambda raw: raw["pages"][0]["items"][0].pop("id"),
            "invalid edition: the required field 'id' is missing at $.pages[0].items[0]",
        ),
        (  # the tag that tells an item's kind
            lambda raw: raw["pages"][0]["items"][0].pop("kind"),
            "invalid edition: the required field 'kind' is missing at $.pages[0].items[0]",
        ),
    ],
)
def test_a_missing_field_is_named_with_where_it_is_missing(cut, reason):
    raw = json.loads(SEED_JSON.read_bytes())
    cut(raw)
    with pytest.raises(EditionError) as caught:
        store.from_json(json.dumps(raw).encode())
    assert str(caught.value) == reason


@pytest.mark.usefixtures("korean")
def test_bad_edition_files_are_told_in_the_readers_language():
    cases = [
        (
            f'{{"schema": {SCHEMA}, "id": 5}}',
            "잘못된 신문 파일: $.id의 'id' 필드 값이 맞지 않습니다",
        ),
        (
            f'{{"schema": {SCHEMA}}}',
            "잘못된 신문 파일: $에 꼭 있어야 할 'id' 필드가 없습니다",
        ),
        ('{"schema": 1} x', "올바른 JSON이 아닙니다 (바이트 15)"),
    ]
    for data, message in cases:
        with pytest.raises(EditionError) as caught:
            store.from_json(data.encode())
        assert str(caught.value) == message


def test_extra_fields_are_ignored_for_forward_compatibility():
    raw = json.loads(SEED_JSON.read_bytes())
    raw["future_field"] = {"x": 1}
    assert store.from_json(json.dumps(raw).encode()).id == "광남일보-2026-02-04"


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(EditionError, match="no such file"):
        store.load(tmp_path / "nope.json")
    with pytest.raises(EditionError, match="is a folder"):
        store.load(tmp_path)


def test_save_is_atomic_and_leaves_no_temp_file(tmp_path, edition):
    target = store.save(edition, tmp_path)
    assert target.name == "광남일보-2026-02-04.json"
    assert store.load(target) == edition
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_failed_write_keeps_the_old_file(tmp_path, edition, monkeypatch):
    target = store.save(edition, tmp_path)
    before = target.read_bytes()

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(store.os, "replace", boom)
    with pytest.raises(BroadsheetError, match="No space left"):
        store.save(edition, tmp_path)
    assert target.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == [target.name]


def test_saving_under_a_file_is_one_error_naming_the_file(tmp_path, edition):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(BroadsheetError) as caught:
        store.save(edition, blocker / "editions")
    assert str(caught.value) == f"{blocker}: is a file, not a folder"
    assert blocker.read_text() == "x"


def test_find_editions_skips_temp_and_hidden_files(tmp_path, edition):
    store.save(edition, tmp_path)
    (tmp_path / ".광남일보-2026-02-04.json.abc.tmp").write_bytes(b"{")
    (tmp_path / "notes.txt").write_text("x")
    assert [p.name for p in store.find_editions(tmp_path)] == ["광남일보-2026-02-04.json"]


def test_invalid_utf8_inside_a_string_is_one_line(tmp_path):
    data = SEED_JSON.read_bytes().replace("광남일보".encode(), b"\x9d\x9d", 1)
    f = tmp_path / "bad.json"
    f.write_bytes(data)
    at = data.index(b"\x9d\x9d")
    with pytest.raises(EditionError) as e:
        store.load(f)
    assert e.value.reason == f"not valid UTF-8 (undecodable byte at offset {at})"


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield os.umask
    os.umask(old)


@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_new_edition_files_follow_the_umask(edition, tmp_path, umask, mask):
    umask(mask)
    written = store.save(edition, tmp_path)
    assert stat.S_IMODE(written.stat().st_mode) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == [written.name]  # no temp file left


def test_a_file_written_over_keeps_its_mode(edition, tmp_path, umask):
    umask(0o022)
    written = store.save(edition, tmp_path)
    written.chmod(0o640)
    store.save(edition, tmp_path)
    assert stat.S_IMODE(written.stat().st_mode) == 0o640


SCHEMA1 = Path(__file__).parent / "data" / "schema1-광남일보-2026-02-04.json"


def test_a_schema_1_file_reads_as_the_current_schema(edition):
    old = store.load(SCHEMA1)
    assert json.loads(SCHEMA1.read_bytes())["schema"] == 1
    assert old.schema == SCHEMA == 3
    # the seed's own file at schema 3: nothing lost or changed, but the pages' printed
    # numbers, which the ingest reads since (an older file has none: docs/representation.md)
    assert [p.printed for p in edition.pages] == ["1"]
    # and its source's name, which an older ingest stored without the file's '.txt'
    assert (old.source.name, edition.source.name) == (edition.id, f"{edition.id}.txt")
    unprinted = [msgspec.structs.replace(p, printed=None) for p in edition.pages]
    named = msgspec.structs.replace(edition.source, name=old.source.name)
    assert old == msgspec.structs.replace(edition, pages=unprinted, source=named)


def test_a_schema_1_file_saves_as_the_current_schema(tmp_path):
    written = store.save(store.load(SCHEMA1), tmp_path)
    assert json.loads(written.read_bytes())["schema"] == SCHEMA
    assert store.load(written) == store.load(SCHEMA1)


def test_fields_at_their_default_are_left_out(edition):
    raw = json.loads(SEED_JSON.read_bytes())
    article = raw["pages"][0]["items"][0]
    assert "box" not in article and "size" not in raw["pages"][0]
    assert all("image" not in block and "box" not in block for block in article["body"])


@pytest.mark.parametrize(
    "stem",
    ["가" * 77 + "ab", "가" * 85, "a" * 254, "가나다 " * 40],
    ids=["233 bytes", "255 bytes", "254 ascii", "spaced"],
)
def test_a_long_source_name_makes_an_edition_file_that_can_be_written(tmp_path, stem):
    from reader.ingest import ingest_text

    text = "이 기사는 이름이 긴 원고에서 왔다.\n\n둘째 문단도 그 원고에 있다.\n"
    edition = ingest_text(text, name=stem)  # no masthead: the id is the source's name
    path = store.save(edition, tmp_path)
    assert len(path.name.encode()) <= 255
    assert stem.replace(" ", "-").startswith(edition.id) and edition.id
    assert store.load(path).id == edition.id
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temp left behind


@pytest.mark.parametrize("bad_id", ["", ".", "..", "a/b", "..\\editions\\x", "a\x00b"])
def test_an_id_that_names_no_folder_is_refused_saying_what_is_refused(bad_id):
    raw = json.loads(SEED_JSON.read_bytes())
    raw["id"] = bad_id
    with pytest.raises(EditionError) as caught:
        store.from_json(json.dumps(raw).encode())
    assert str(caught.value).endswith(
        "is no folder's name (it is empty, '.' or '..', or holds '/', '\\' or NUL)"
    )


@pytest.mark.parametrize("good_id", ["...", "한빛일보.2026-03-09", ".hidden-edition"])
def test_dotted_ids_name_a_folder_and_are_read(good_id):
    raw = json.loads(SEED_JSON.read_bytes())
    raw["id"] = good_id
    assert store.from_json(json.dumps(raw).encode()).id == good_id
