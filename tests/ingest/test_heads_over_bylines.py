"""A headline and its decks set at a justified column's measure by chance over their
byline (docs/ingest-conventions.md, "Round sixty-three (keyed entries and decks)"): on a
page set tight in justified columns, lines that ran on at the measure, none closing a
sentence, over a byline are no column's paragraph (prose closes its last sentence before
its writer signs): each stands alone, the head's lines; prose holding a sentence's stop
anywhere is no head, whatever its last line closes on. The page is
tests/ingest/test_tight_columns.py's, made up, its second story's head changed."""

from __future__ import annotations

import pytest

from reader.ingest.line_shape import cells
from reader.ingest.lines import Line
from reader.ingest.tight_columns import HEADS_OVER_BYLINE, column_paras
from tests.ingest.test_story_top_heads import BYLINE_HEAD
from tests.ingest.test_tight_columns import PAGE

HEAD = "강북대교 보수 공사로 다음 주부터 통행 제한"
DECKS = ["낮에는 차로 모두 열고 밤마다 한 차로씩 통제", "버스 노선 일부 우회하고 임시 정류장 설치"]
LEAD = "도로관리사업소는 다음 주 월요일부터 한 달"
# one more paragraph of the column, so that the page's pairs hold with the head's lines
MORE = (
    "한빛시는 내년부터 강변 산책로에 가로등을 더\n세우고 밤길 순찰도 두 배로 늘리기로 했다고\n"
    "밝혔다. 가로등은 모두 120개로 산책로를 따라\n30m마다 하나씩 서고 밤 11시까지 불을 켠\n다.\n"
)


def _paras(head_lines: list[str]) -> list:
    above = "김하늘 기자\n"
    page = PAGE.replace(BYLINE_HEAD, above + "\n".join(head_lines) + "\n이가람 기자\n") + MORE
    lines = [Line(text, 100 * k) for k, text in enumerate(page.splitlines())]
    paras = column_paras(lines)
    assert paras is not None
    return paras


def test_heads_over_bylines_a_head_and_its_decks_at_the_measure_stand_alone() -> None:
    # every line as wide as the lead's, to a syllable: they ran on as a column's would
    assert all(abs(cells(x) - cells(LEAD)) <= 2 for x in [HEAD, *DECKS])
    paras = _paras([HEAD, *DECKS])
    texts = [p.text for p in paras]
    for line in (HEAD, *DECKS):
        assert line in texts
        assert paras[texts.index(line)].cut == HEADS_OVER_BYLINE
    assert "이가람 기자" in texts
    assert any(t.startswith(LEAD) for t in texts)


def test_heads_over_bylines_near_miss_a_paragraph_closing_a_sentence_runs_on() -> None:
    # a column's paragraph signed under its last sentence: its lines run on as before
    closing = "공사 기간에는 밤마다 양방향 차로가 통제된다."
    paras = _paras([HEAD, DECKS[0], closing])
    texts = [p.text for p in paras]
    assert f"{DECKS[0]}\n{closing}" in [t.split(f"{HEAD}\n")[-1] for t in texts]
    assert not any(p.cut == HEADS_OVER_BYLINE for p in paras)


# The bridge story's last paragraph, at the measure, its last sentence closing on no
# syllable's stop, over its byline (round sixty-three's review)
LAST = "공사 기간에는 밤마다 양방향 차로가 하나씩\n통제되고 버스 노선 일부가 우회한다. 사업소\n"
CLOSED = "는 낮에는 차로를 모두 열어 출퇴근길 혼잡\n을 줄이겠다고 덧붙였다.\n"


@pytest.mark.parametrize(
    "end",
    [
        # a stop after a bracket: a reference to a graphic
        "는 낮에는 차로를 모두 열어 출퇴근길 혼잡\n을 줄일 계획이다(그래픽 참조).\n",
        # a stop after a figure
        "가 꼽은 출퇴근길 우회 차량 비율은 전체의\n12.5%.\n",
        # a stop after a quoted Latin name
        "는 통제 구간을 스마트폰 앱으로 알리며 앱\n이름은 'Hanbit Road'.\n",
        # no stop at the end, but one inside a line ('우회한다. 사업소')
        "장은 “출퇴근길 혼잡을 줄이려 낮에는 차로\n를 모두 열겠다”(사업소장)\n",
    ],
    ids=["bracket", "figure", "latin", "inside"],
)
def test_heads_over_bylines_near_miss_prose_whose_last_stop_follows_no_syllable(end: str) -> None:
    assert LAST + CLOSED in PAGE
    page = PAGE.replace(LAST + CLOSED, LAST + end + "이가람 기자\n")
    lines = [Line(text, 100 * k) for k, text in enumerate(page.splitlines())]
    paras = column_paras(lines)
    assert paras is not None
    assert not any(p.cut == HEADS_OVER_BYLINE for p in paras)
    last = (LAST + end).splitlines()
    assert [x.text for x in paras[[p.text for p in paras].index("\n".join(last))].lines] == last
