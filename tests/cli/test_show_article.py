"""`broadsheet show EDITION --article ID --format txt|md|json`, and `broadsheet --fresh`."""

import msgspec
import pytest

from reader import export, store
from reader.cli import main
from reader.model import Ad, Article
from reader.ui.app import BroadsheetApp
from tests.editions import SEED_JSON


def seed_article() -> Article:
    return store.load(SEED_JSON).articles()[0]


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], export.to_text),
        (["--format", "txt"], export.to_text),
    ],
    ids=["default", "txt"],
)
def test_one_article_as_text(capsys, argv, expected):
    assert main(["show", str(SEED_JSON), "--article", "p1-1", *argv]) == 0
    out = capsys.readouterr()
    assert out.out == expected(seed_article()) and out.err == ""


def test_one_article_as_markdown_says_where_it_was_printed_as_the_reader_saves_it(capsys):
    assert main(["show", str(SEED_JSON), "--article", "p1-1", "--format", "md"]) == 0
    out = capsys.readouterr().out
    where = "광남일보 · Wednesday, February 4, 2026 · page 1 · 인터뷰"
    assert out.splitlines()[4] == f"*{where}*"
    assert out == export.to_markdown(seed_article(), where=where)


def test_one_article_as_json(capsysbinary):
    assert main(["show", str(SEED_JSON), "--article", "p1-1", "--format", "json"]) == 0
    out = capsysbinary.readouterr().out
    assert msgspec.json.decode(out, type=Article) == seed_article()


def test_an_ad_as_text_markdown_and_json_as_the_reader_saves_it(capsysbinary):
    ad = store.load(SEED_JSON).ads()[0]
    show = ["show", str(SEED_JSON), "--article", ad.id]
    assert main(show) == 0
    assert capsysbinary.readouterr().out.decode() == export.to_text(ad)
    assert main([*show, "--format", "md"]) == 0
    where = "광남일보 · Wednesday, February 4, 2026 · page 1 · 인터뷰"
    out = capsysbinary.readouterr().out.decode()
    assert out == export.to_markdown(ad, where=where)
    assert out.startswith(
        f"# 행복한 미소가 넘치는 해피니스CC로 초대합니다!\n\n해피니스CC\n\n*{where}*\n"
    )
    assert "\n| 구 분 | 분양금액 | 구좌 | 회원 특 전 |\n|---|---|---|---|\n" in out
    assert main([*show, "--format", "json"]) == 0
    assert msgspec.json.decode(capsysbinary.readouterr().out, type=Ad) == ad


def test_an_unknown_id_is_one_line_and_exit_2(capsys):
    assert main(["show", str(SEED_JSON), "--article", "p9-9"]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    reason = "no article or ad 'p9-9' (ids: p1-1, p1-2)"
    assert out.err == f"broadsheet: {SEED_JSON}: {reason}\n"


@pytest.mark.parametrize(
    "argv",
    [["--format", "md"], ["--article", "p1-1", "--json"]],
    ids=["format without article", "article with json"],
)
def test_options_that_do_not_go_together(capsys, argv):
    assert main(["show", str(SEED_JSON), *argv]) == 2
    err = capsys.readouterr().err
    assert err.startswith("broadsheet: --") and err.count("\n") == 1


def test_a_bad_format_is_refused(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["show", str(SEED_JSON), "--article", "p1-1", "--format", "pdf"])
    assert exit_.value.code == 2
    # argparse words the refusal; ours is the choice list it names.
    err = capsys.readouterr().err
    assert "--format" in err and "'pdf'" in err and "'md'" in err


@pytest.mark.parametrize(
    "argv",
    [["--fresh"], ["--fresh", str(SEED_JSON)], [str(SEED_JSON), "--fresh"], ["open", "--fresh"]],
)
def test_fresh_opens_the_reader_without_resuming(monkeypatch, argv):
    seen = {}

    class App(BroadsheetApp):
        def __init__(self, *args, **kwargs):
            seen.update(kwargs)
            super().__init__(*args, **kwargs)

        def run(self, *args, **kwargs) -> None:
            self.reading.close()

    monkeypatch.setattr("reader.ui.app.BroadsheetApp", App)
    monkeypatch.setattr("reader.cli.open.has_terminal", lambda: True)
    assert main(argv) == 0
    assert seen["fresh"] is True
