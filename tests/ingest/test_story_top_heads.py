"""A head set at a justified column's measure by chance (docs/ingest-conventions.md, "Round
fifty-nine (daily pages of real extraction)"): on a page set tight in justified columns, a
line where a story may open (the page's first two lines, or under a sentence's end, a
byline or its address alone) that shows a headline's punctuation (a topic's comma, clauses
apart by '…', a predicate's '다' without its stop) stands alone instead of running on into
the lead. The page is tests/ingest/test_tight_columns.py's, made up, its second story's head
and byline changed."""

from __future__ import annotations

import pytest

from reader.ingest.lines import Line
from reader.ingest.tight_columns import column_paras
from tests.ingest.test_tight_columns import PAGE

BYLINE_HEAD = "김하늘 기자 sky@hanbit.co.kr\n낡은 다리 보수 공사로 한 달간 통행 제한\n"


def _texts(page: str) -> list[str]:
    lines = [Line(text, 100 * k) for k, text in enumerate(page.splitlines())]
    paras = column_paras(lines)
    assert paras is not None
    return [p.text for p in paras]


def test_story_top_a_head_with_clauses_apart_under_a_sentences_end_stands_alone() -> None:
    # no byline closes the story above: its last sentence does
    head = "강북대교 한 달간 보수 공사…밤마다 차로 통제"
    page = PAGE.replace("▶관련기사 5면\n" + BYLINE_HEAD, head + "\n")
    texts = _texts(page)
    assert head in texts
    assert any(t.startswith("도로관리사업소는 다음 주") for t in texts)


def test_story_top_a_head_with_a_topic_comma_under_an_address_alone_stands_alone() -> None:
    # the byline's address set on a line of its own under the name
    head = "강북대교, 한 달간 보수 공사로 차로 통제해"
    page = PAGE.replace(BYLINE_HEAD, f"김하늘 기자\nsky@hanbit.co.kr\n{head}\n")
    assert head in _texts(page)


def test_story_top_near_miss_a_paragraph_opening_a_quotation_runs_on() -> None:
    # a paragraph's first line under a sentence's end, ending on '보다' inside a quotation
    # it opens: no predicate, the paragraph runs on
    line = "구민재 교통공학과 교수는 “강변공원보다"
    page = PAGE.replace(
        "▶관련기사 5면\n" + BYLINE_HEAD,
        f"{line}\n장터가 먼저”라고 말했다.\n" + BYLINE_HEAD,
    )
    assert f"{line} 장터가 먼저”라고 말했다." in " ".join(_texts(page)).replace("\n", " ")
    assert line not in _texts(page)


def test_story_top_near_miss_clauses_apart_inside_a_paragraph_run_on() -> None:
    # the same punctuation on a line inside a paragraph (the line above runs on into it)
    line = "역 농산물 장터와 거리 공연을 함께…열어 관"
    page = PAGE.replace("역 농산물 장터와 거리 공연을 함께 열어 관", line)
    assert line not in _texts(page)
    assert any(line in t for t in _texts(page))


def _with_paragraph(lines: tuple[str, str, str]) -> str:
    """PAGE with a paragraph of three lines (two at the measure) under a sentence's end."""
    end = "저녁 7시 야외무대에서 시작한다.\n"
    return PAGE.replace(end, end + "\n".join(lines) + "\n")


@pytest.mark.parametrize(
    "lines",
    [
        # a comparative particle's '다', a noun's, a particle of 'every'
        (
            "시는 올해 축제를 찾는 방문객이 지난해보다",
            "두 배쯤 늘어 10만 명에 이를 것으로 내다",
            "봤다.",
        ),
        (
            "축제장 한쪽에는 동해를 옮겨 온 듯한 바다",
            "체험관이 들어서 아이들이 모래놀이를 즐길",
            "수 있다.",
        ),
        (
            "장터에 나오는 농산물 품목도 올해는 해마다",
            "늘어 온 과일과 버섯에 약초까지 더해져 스",
            "무 가지다.",
        ),
        # a connective's comma, no topic's
        (
            "다만, 비가 오면 공연은 실내 체육관으로 옮",
            "겨 열리고 장터는 천막 아래에서 그대로 이",
            "어진다.",
        ),
    ],
)
def test_story_top_near_miss_a_paragraphs_first_line_only_looking_marked_runs_on(
    lines: tuple[str, str, str],
) -> None:
    texts = _texts(_with_paragraph(lines))
    assert lines[0] not in texts
    assert "\n".join(lines) in texts


def test_story_top_a_head_ending_on_a_predicate_after_a_final_consonant_stands_alone() -> None:
    # the same place, the line a head's: its '다' a predicate's ('…연다')
    lines = (
        "솔빛면 저수지 둘레길 다음 달 새로 연다",
        "솔빛면은 저수지를 한 바퀴 도는 둘레길을",
        "연다.",
    )
    texts = _texts(_with_paragraph(lines))
    assert lines[0] in texts
