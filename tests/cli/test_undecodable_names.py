"""A source whose name is not UTF-8 (a CP949 name, as a Windows zip gives) ingests: the
edition keeps its name readable, decoded as CP949 where its bytes decode, else with
\\x escapes; never a traceback from the edition file's encoder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from reader import store
from reader.cli import main
from reader.ingest.page_files import readable_name
from tests.hostile.corpus import seed_text

CP949_GA = b"\xb0\xa1"  # 가 in CP949; no UTF-8


def _named(folder: Path, raw: bytes) -> Path:
    path = Path(os.fsdecode(os.fsencode(folder) + b"/" + raw))
    try:
        path.touch()
        path.unlink()
    except (OSError, UnicodeEncodeError):
        pytest.skip("the file system takes only UTF-8 names")
    return path


def test_a_cp949_named_page_text_ingests_under_its_korean_name(tmp_path, capsys):
    source = _named(tmp_path, b"bad" + CP949_GA + b".txt")
    source.write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(source), "-o", str(out)]) == 0
    assert capsys.readouterr().err == ""
    (edition_file,) = store.find_editions(out)
    assert store.load(edition_file).source.name == "bad가.txt"  # as a PDF keeps .pdf


def test_a_cp949_named_folder_of_pages_ingests_under_its_korean_name(tmp_path, capsys):
    folder = _named(tmp_path, b"pages" + CP949_GA)
    folder.mkdir()
    (folder / "p1.txt").write_text(seed_text(), encoding="utf-8")
    out = tmp_path / "out"
    assert main(["ingest", str(folder), "-o", str(out)]) == 0
    (edition_file,) = store.find_editions(out)
    assert store.load(edition_file).source.name == "pages가"


def test_a_name_of_no_known_code_keeps_its_bytes_as_escapes(tmp_path, capsys):
    source = _named(tmp_path, b"x\xff\xfe.txt")
    source.write_text(seed_text(), encoding="utf-8")
    assert main(["ingest", str(source), "-o", str(tmp_path / "out")]) == 0
    (edition_file,) = store.find_editions(tmp_path / "out")
    assert store.load(edition_file).source.name == "x\\xff\\xfe.txt"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("광남일보.txt".encode(), "광남일보.txt"),  # UTF-8: as it is
        ("신문".encode("cp949") + b"-p1.txt", "신문-p1.txt"),
        ("광남".encode() + b"\xff", "광남\\xff"),  # UTF-8 but for a byte
        (b"a\xff", "a\\xff"),
    ],
)
def test_readable_name(raw, shown):
    assert readable_name(os.fsdecode(raw)) == shown
