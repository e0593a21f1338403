"""`broadsheet show --explain PAGES`: the rule behind every item and block."""

from __future__ import annotations

import pytest

from reader.cli import main
from tests.editions import SEED_JSON, SEED_TXT

PAGE = (
    "골목상권 살리기\n\n누리시는 지원을 늘렸다고 밝혔다.\n\n"
    "시민들이 걷고 있다. /연합뉴스\n\n박하늘 기자\n"
)


def test_explain_names_the_rule_of_each_item_and_block(tmp_path, capsys) -> None:
    src = tmp_path / "page.txt"
    src.write_text(PAGE, encoding="utf-8")
    assert main(["show", "--explain", str(src)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert (
        lines[0] == "p1 section '종합'  [page: no label printed, section inferred from its items]"
    )
    assert lines[1].startswith("p1-1 article  [items: first item of the page; article:")
    assert (
        "  body.1 caption '시민들이 걷고 있다. /연합뉴스'  [units: credit suffix '/연합뉴스']"
        in lines
    )
    assert "  byline.0 '박하늘 기자'  [units: reporter byline]" in lines


def test_explain_covers_the_seed_masthead_and_its_ad(capsys) -> None:
    assert main(["show", "--explain", str(SEED_TXT)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("masthead  [masthead: paper, issue and date lines")
    assert "p1-2 ad  [items: the item before ends with its byline; ad: ad marks outweigh" in out
    assert "no rule recorded" not in out


def test_control_characters_in_the_page_never_reach_the_terminal(tmp_path, capsys) -> None:
    src = tmp_path / "page.txt"
    src.write_text(PAGE.replace("골목상권", "골목\x1b[31m상권"), encoding="utf-8")
    assert main(["show", "--explain", str(src)]) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out and "headline '골목\\x1b[31m상권 살리기'" in out


def test_an_edition_file_has_no_rules_to_explain(capsys) -> None:
    assert main(["show", "--explain", str(SEED_JSON)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    reason = "--explain reads page text: an edition file keeps no record of its rules"
    assert err == [f"broadsheet: {SEED_JSON}: {reason}"]


@pytest.mark.parametrize("other", [["--json"], ["--article", "p1-1"]])
def test_explain_goes_alone(capsys, other) -> None:
    assert main(["show", "--explain", *other, str(SEED_TXT)]) == 2
    assert "--explain goes alone" in capsys.readouterr().err
