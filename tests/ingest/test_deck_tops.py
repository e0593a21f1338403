"""A deck set at a justified column's measure by chance under its headline (docs/ingest-
conventions.md, "Round sixty-one (torn lines and head wraps)"): on a page set tight in
justified columns, a line under a head line that stood alone and shows a head's mark is
where the story's head goes on; with a head's punctuation of its own ('…') it stands alone
too instead of running on into the lead. The page is tests/ingest/test_tight_columns.py's,
made up, its second story's head and deck changed."""

from __future__ import annotations

from reader.ingest.lines import Line
from reader.ingest.tight_columns import column_paras
from tests.ingest.test_story_top_heads import BYLINE_HEAD
from tests.ingest.test_tight_columns import PAGE

HEAD = "강북대교, 다음 주부터 한 달간 보수 공사"
LEAD = "도로관리사업소는 다음 주 월요일부터 한 달"


def _texts(deck: str) -> list[str]:
    page = PAGE.replace(BYLINE_HEAD, f"김하늘 기자 sky@hanbit.co.kr\n{HEAD}\n{deck}\n")
    lines = [Line(text, 100 * k) for k, text in enumerate(page.splitlines())]
    paras = column_paras(lines)
    assert paras is not None
    return [p.text for p in paras]


def test_deck_tops_a_deck_with_clauses_apart_under_its_headline_stands_alone() -> None:
    # as wide as the lead's lines, under a headline with a topic's comma that stood alone
    deck = "밤마다 양방향 차로 통제…버스 노선 일부 우회"
    texts = _texts(deck)
    assert HEAD in texts and deck in texts
    assert any(t.startswith(LEAD) for t in texts)


def test_deck_tops_near_miss_a_deck_without_a_heads_mark_runs_on() -> None:
    # no head's punctuation on the line: it runs on as the column's line it may be
    deck = "밤마다 양방향 차로 통제하고 버스 노선 우회"
    texts = _texts(deck)
    assert HEAD in texts
    assert any(t.startswith(f"{deck}\n{LEAD}") for t in texts)
