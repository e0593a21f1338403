"""`broadsheet search` through the real entry point."""

import json
import re
from pathlib import Path

import msgspec
from rich.cells import cell_len

from reader import store
from reader.cli import main
from reader.cli.search_rows import MATCH_STYLE, hit_line
from reader.search import search_edition
from tests.editions import SEED_JSON, SEED_TXT, multi_page, seed, shelf
from tests.search.search_editions import article, edition, one_article

ROOT = Path(__file__).resolve().parents[2]


def run_json(capsys, *args: str) -> tuple[int, list[dict]]:
    code = main(["search", *args, "--json"])
    return code, json.loads(capsys.readouterr().out)["hits"]


def test_prints_marked_snippets_and_a_count(capsys):
    assert main(["search", "오상진", str(SEED_JSON)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "광남일보-2026-02-04  (4)"
    # One row a place, named as a reader would; two hits of one paragraph share its row.
    assert sum(line.count("오상진") for line in lines[2:-1]) == 4
    assert "  subheadline  오상진 인공지능산업융합사업단장" in lines
    assert any(line.startswith("  paragraph 1 (2)  ") for line in lines)
    assert not any(".0" in line.split("  ")[1] for line in lines[2:-1])
    assert lines[-1] == "4 hits in 1 edition"


def test_json_for_scripts(capsys):
    code, hits = run_json(capsys, "오상진", str(SEED_JSON))
    assert code == 0
    assert [h["snippet"]["match"] for h in hits] == ["오상진"] * 4
    assert hits[0] == {
        "edition": "광남일보-2026-02-04",
        "item_id": "p1-1",
        "page": 1,
        "path": "subheadline",
        "start": 0,
        "end": 3,
        "snippet": {"before": "", "match": "오상진", "after": " 인공지능산업융합사업단장"},
        "printed": "1",
    }


def test_no_hits_exits_1(capsys):
    assert run_json(capsys, "쀍뛟", str(SEED_JSON)) == (1, [])
    assert main(["search", "쀍뛟", str(SEED_JSON)]) == 1
    assert capsys.readouterr().out.strip() == "No hits in the 1 edition searched"
    assert main(["search", "   ", str(SEED_JSON), "--json"]) == 2  # an empty query is said


def test_no_hits_in_several_editions_says_how_many_were_searched(capsys, tmp_path):
    three = seed(), multi_page("2026-02-05"), multi_page("2026-02-06", 8022)
    folder = shelf(tmp_path / "eds", *three)
    files = sorted(str(p) for p in folder.glob("*.json"))
    assert main(["search", "쀍뛟", *files]) == 1
    assert capsys.readouterr().out == "No hits in the 3 editions searched\n"


def test_raw_page_text_is_ingested_in_memory(capsys, tmp_path):
    from_txt = run_json(capsys, '"그린피 면제"', str(SEED_TXT))
    assert from_txt == run_json(capsys, '"그린피 면제"', str(SEED_JSON))
    assert len(from_txt[1]) == 4
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "1.txt").write_bytes(SEED_TXT.read_bytes())
    assert run_json(capsys, "해피니스CC", str(pages))[0] == 0
    assert not list(pages.glob("*.json"))


def test_a_folder_of_editions_and_several_editions(capsys, tmp_path):
    first = edition([article("a1", "광주 인공지능")])
    second = msgspec.structs.replace(first, id="other-2026-02-05")
    store.save(first, tmp_path)
    store.save(second, tmp_path)
    code, hits = run_json(capsys, "광주", str(tmp_path))
    assert code == 0
    assert [h["edition"] for h in hits] == ["other-2026-02-05", "test-2026-02-04"]
    code, hits = run_json(capsys, "광주", str(tmp_path / "test-2026-02-04.json"), str(SEED_JSON))
    order = ["test-2026-02-04", "광남일보-2026-02-04"]  # as named on the command line
    names = [h["edition"] for h in hits]
    assert set(names) == set(order)
    assert names == sorted(names, key=order.index)


def test_default_is_the_editions_folder(capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    code, hits = run_json(capsys, "오상진")
    assert code == 0
    assert len(hits) == 4


def test_choseong_hits_whole_words_first(capsys):
    """ㅇㅅㅈ matches across a space only between pieces of two (not 이상 진행); the
    names, whole words, lead."""
    code, hits = run_json(capsys, "ㅇㅅㅈ", str(SEED_JSON))
    assert code == 0
    matches = [h["snippet"]["match"] for h in hits]
    assert matches[:4] == ["오상진"] * 4
    assert "이상 진" not in matches
    main(["search", "ㅇㅅㅈ", str(SEED_JSON)])
    lines = capsys.readouterr().out.splitlines()
    # Printed by item, items in the order of their best hit: the interview first.
    assert lines[1] == " p1 “광주지역 전역, AI 실증 무대로 만들겠다”"
    names = [line for line in lines if "오상진" in line]
    assert names == lines[2 : 2 + len(names)]


def test_errors_are_one_line_with_exit_2(capsys, tmp_path, monkeypatch):
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert main(["search", "광주", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"broadsheet: {bad}: not valid JSON")
    assert err.count("\n") == 1
    assert main(["search", "광주", str(tmp_path / "missing.json")]) == 2
    assert "no such file" in capsys.readouterr().err
    (tmp_path / "empty").mkdir()
    assert main(["search", "광주", str(tmp_path / "empty")]) == 2
    assert capsys.readouterr().err.count("\n") == 1
    monkeypatch.chdir(tmp_path / "empty")
    monkeypatch.setattr("reader.library.shipped_dir", lambda: tmp_path / "empty")  # no sample
    assert main(["search", "광주"]) == 2
    assert "name an EDITION" in capsys.readouterr().err


def test_newspaper_text_is_never_markup(capsys, tmp_path):
    path = store.save(one_article("[bold]광고[/bold] 문구 [link=x]y[/link]"), tmp_path)
    assert main(["search", "문구", str(path)]) == 0
    assert "[bold]광고[/bold] 문구 [link=x]y[/link]" in capsys.readouterr().out


def test_the_match_is_styled():
    (hit,) = search_edition(one_article("[red]광주[/red] 전역"), "광주")
    line = hit_line(hit)
    styled = [line.plain[s.start : s.end] for s in line.spans if s.style == MATCH_STYLE]
    assert styled == ["광주"]
    assert line.plain.endswith("[red]광주[/red] 전역")


def test_control_characters_never_reach_the_terminal(capsys, tmp_path):
    path = store.save(one_article("색\x1b[31m빨강\x1b]0;hijacked\x07 \x9b끝"), tmp_path)
    assert main(["search", "빨강", str(path)]) == 0
    out = capsys.readouterr().out
    assert not any(ch in out for ch in "\x1b\x07\x9b")
    assert "색␛[31m빨강␛]0;hijacked␇ \ufffd끝" in out
    code, hits = run_json(capsys, "빨강", str(path))
    assert hits[0]["snippet"]["after"] == "\x1b]0;hijacked\x07 \x9b끝"  # data stays exact


def _rows(out: str) -> list[str]:
    return [re.sub(r"\x1b\[[0-9;]*m", "", line) for line in out.splitlines()]


def test_on_a_terminal_each_hit_is_one_row_cut_around_its_match(capsys, monkeypatch):
    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal, as far as the console can tell
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["search", "실증", str(SEED_JSON)]) == 0
    rows = [row for row in _rows(capsys.readouterr().out) if row.startswith("  paragraph")]
    assert rows and all(cell_len(row) <= 60 for row in rows)
    assert all("실증" in row for row in rows)  # the match is never what is cut
    assert any(row.endswith("…") for row in rows)


def test_piped_hits_keep_their_whole_snippet(capsys, monkeypatch):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("COLUMNS", "60")
    assert main(["search", "실증", str(SEED_JSON)]) == 0
    rows = [row for row in _rows(capsys.readouterr().out) if row.startswith("  paragraph")]
    assert max(cell_len(row) for row in rows) > 120


def test_piped_hits_far_apart_in_one_paragraph_keep_only_their_own_context(
    capsys, monkeypatch, tmp_path
):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    filler = "시의회는 이날 본회의에서 내년도 예산안을 심의하고 상임위원회 의견을 들었다. " * 700
    paragraph = f"가나문화재단이 문을 열었다. {filler}이 소식은 가나문화재단 누리집에 실렸다."
    store.save(one_article(paragraph), tmp_path)
    assert main(["search", "가나", str(tmp_path / "test-2026-02-04.json")]) == 0
    (row,) = [r for r in _rows(capsys.readouterr().out) if r.startswith("  paragraph")]
    assert row.startswith("  paragraph 1 (2)  가나문화재단이 문을 열었다.")
    assert row.endswith("이 소식은 가나문화재단 누리집에 실렸다.")
    first, second = row.split("…")  # not the 40,000 characters between
    assert cell_len(first) < 120 and cell_len(second) < 120  # 80 cells a side, at most


def test_piped_hits_whose_contexts_meet_share_one_part(capsys, monkeypatch, tmp_path):
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    paragraph = "가나문화재단과 가나초등학교가 함께 여는 음악회가 열린다."
    store.save(one_article(paragraph), tmp_path)
    assert main(["search", "가나", str(tmp_path / "test-2026-02-04.json")]) == 0
    (row,) = [r for r in _rows(capsys.readouterr().out) if r.startswith("  paragraph")]
    assert row == f"  paragraph 1 (2)  {paragraph}"


def test_an_ads_hits_are_placed_as_the_reader_places_them(capsys):
    # The seed's golf ad: a list under "2026년 연단체모집" and a table of memberships.
    assert main(["search", "신청조건", str(SEED_JSON)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert any(row.startswith("  2026년 연단체모집 · entry 1  ") for row in rows)
    assert not any("list item" in row for row in rows)
    assert main(["search", "지정회원 2인", str(SEED_JSON)]) == 0
    rows = capsys.readouterr().out.splitlines()
    assert any(row.startswith("  VVIP (A형)  ") for row in rows)
    assert not any("table row" in row for row in rows)
