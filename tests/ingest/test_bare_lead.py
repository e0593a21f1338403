"""A lead's first line torn under the byline, told by the page's line-end habit
(docs/ingest-conventions.md, "Round fifty-nine (daily pages of real extraction)"): on a page
whose producer keeps the space where a line broke between words, a line under the byline
that ends bare at the column's measure tore a word into the line under it, a verb's form as
readily as a noun: it is the lead's, joined with no space. The pages are made up, as an
extraction gives them (no indent, no blank line); '|' marks a line's trailing space."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article

PAGE = """5 사회 2027년 2월 3일 수요일
달내천 징검다리 새로 놓는다
예솔비 기자
{first}
르는 징검다리를 달내군이 새로 놓는
다. 군은 다음 달 공사를 시작해 오는|
6월까지 마칠 계획이라고 2일 밝혔
다. 지금 다리는 1998년에 놓여 돌|
사이가 벌어졌다.
공사비 2억원은 군이 모두 내기로|
했다."""
TORN = "달내천을 건너 읍내로 장을 보러 나"


def _read(text: str) -> tuple[list[str], str]:
    items = ingest_text(text.replace("|", " "), name="t").pages[0].items
    item = next(x for x in items if isinstance(x, Article) and x.headline)
    return [d.text for d in item.deck], getattr(item.body[0], "text", "")


def test_bare_lead_a_line_under_the_byline_ending_bare_at_the_measure_is_the_leads() -> None:
    # '나' / '르는': a verb's form torn, which no lexicon knows; the line ends bare where
    # the page's other full lines keep the producer's space
    deck, lead = _read(PAGE.format(first=TORN))
    assert deck == []
    assert lead.startswith(f"{TORN}르는 징검다리를 달내군이 새로 놓는다. 군은")


def test_bare_lead_near_miss_a_short_line_under_the_byline_stays() -> None:
    # a line ending bare well short of the measure is a block's last line: no tear
    deck, lead = _read(PAGE.format(first="주민 숙원 풀려"))
    assert deck == ["주민 숙원 풀려"]
    assert lead.startswith("르는 징검다리를")


def test_bare_lead_near_miss_a_page_without_the_habit_says_nothing() -> None:
    # the same lines with no trailing space anywhere: bare ends say nothing of a tear
    deck, lead = _read(PAGE.replace("|", "").format(first=TORN))
    assert deck == [TORN]
    assert lead.startswith("르는 징검다리를")
