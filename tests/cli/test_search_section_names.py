"""`broadsheet search --all` names a result's section as the reader's section list does: a
section the ingest gave a page that prints none in the reader's language (the shipped
page's 인터뷰 is Interview in English), a printed one as printed."""

from __future__ import annotations

import msgspec
import pytest

from reader.cli import main
from reader.model import Edition
from tests.editions import seed, shelf


def printed(edition: Edition) -> Edition:
    """The edition with its page's section printed, not inferred: the near miss."""
    pages = [msgspec.structs.replace(p, section_inferred=False) for p in edition.pages]
    return msgspec.structs.replace(edition, pages=pages)


def result_line(capsys: pytest.CaptureFixture[str]) -> str:
    out = capsys.readouterr().out
    return next(line for line in out.splitlines() if "광주지역 전역" in line)


@pytest.mark.parametrize(
    ("lang", "shown"), [("C.UTF-8", " Interview  "), ("ko_KR.UTF-8", " 인터뷰  ")]
)
def test_an_inferred_section_is_named_in_the_readers_language(
    tmp_path, capsys, monkeypatch, lang, shown
):
    monkeypatch.setenv("LANG", lang)
    assert seed().pages[0].section_inferred and seed().pages[0].section == "인터뷰"
    folder = shelf(tmp_path / "editions", seed())
    assert main(["search", "--all", "광주지역", str(folder)]) == 0
    line = result_line(capsys)
    assert shown in line, line
    assert main(["search", "--all", "광주지역", str(folder), "--json"]) == 0
    (result,) = msgspec.json.decode(capsys.readouterr().out)["results"]
    assert (result["section"], result["section_inferred"]) == ("인터뷰", True)  # as stored


def test_a_printed_section_is_shown_as_printed(tmp_path, capsys):
    folder = shelf(tmp_path / "editions", printed(seed()))
    assert main(["search", "--all", "광주지역", str(folder)]) == 0
    line = result_line(capsys)
    assert " 인터뷰  " in line and "Interview" not in line, line
