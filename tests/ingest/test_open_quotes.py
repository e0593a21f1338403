"""A paragraph is not cut inside its quotation (docs/ingest-conventions.md, "Round
sixty-five (lines torn inside a quotation)"): on a page whose producer keeps the space
where a line broke between words, a line at a column's measure that ends bare, closing no
sentence, with a quotation left open, runs on into the line under it when that line closes
the quotation; it is not a new item's headline, however its width differs from the line
under it (a justified column's lines count their cells apart by their spaces, digits and
Latin letters). A head quotes whole on its lines, and a head wrapped short is the head
rules' to read. The pages are made up, as an extraction gives them (no indent, no blank
line); '|' marks a line's trailing space."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.open_quotes import QUOTE_RUNS_ON
from reader.ingest.repair import Vocabulary
from reader.ingest.segment import pages
from reader.ingest.spaced_runs import spaced_runs_on
from reader.model import Article

PAGE = """6 사회 2027년 2월 3일 수요일
달내천 징검다리 새로 놓는다
예솔비 기자
달내군이 읍내 앞 달내천에 돌다리를|
새로 놓는다. 군은 다음 달 공사를|
시작해 6월까지 마칠 계획이라고 밝혔다.
{first}
{second}
{third}
군이 모두 낸다."""
# '벌어' / '져': torn inside a word, 37 cells over 49 (the columns' lines differ by their
# spaces, digits and Latin letters): no measure's slack shows the column going on, the
# quotation the line under closes does
TORN = "군 관계자는 “지금 다리는 돌 틈이 벌어"
UNDER = "져 아이들이 건너기에 위험하다”며 난간 설치를 요청"
THIRD = "했다. 공사비 2억원은 모두 군비로 충당하고, 남는|"


def _text(first: str, second: str, third: str = THIRD) -> str:
    return PAGE.format(first=first, second=second, third=third).replace("|", " ")


def _paras(text: str) -> list[list[str]]:
    paras = spaced_runs_on(pages(text)[0].paras, Vocabulary(text))
    return [[x.text for x in p.lines] for p in paras]


def _articles(text: str) -> list[Article]:
    items = ingest_text(text, name="t").pages[0].items
    return [x for x in items if isinstance(x, Article)]


def test_open_quotes_a_torn_line_left_inside_its_quotation_stays_in_its_story() -> None:
    text = _text(TORN, UNDER)
    assert [TORN, UNDER, THIRD.rstrip("|"), "군이 모두 낸다."] in _paras(text)
    articles = _articles(text)
    assert [a.headline.text if a.headline else None for a in articles] == [
        "달내천 징검다리 새로 놓는다"
    ]
    texts = [getattr(b, "text", "") for b in articles[0].body]
    assert f"{TORN}져 아이들이 건너기에 위험하다”며 난간 설치를 요청했다. 공사비" in texts[1]


def test_open_quotes_the_join_names_its_rule_for_explain() -> None:
    edition, trace = explain_text(_text(TORN, UNDER), name="t")
    item = edition.pages[0].items[0]
    assert QUOTE_RUNS_ON in trace.rule(item.id)


def test_open_quotes_near_miss_a_head_quoting_whole_opens_an_item() -> None:
    # a head closes what it quotes on its line: under a sentence's end it opens the next story
    head = "주민들 “다리 없인 학교도 못 가” 호소"
    lead = "서하군 주민들이 읍내 학교로 가는 다리를 놓아"
    text = _text(head, lead, "달라고 군에 요청했다. 공사비는|")
    assert [head] in _paras(text)
    heads = [a.headline.text for a in _articles(text) if a.headline]
    assert heads == ["달내천 징검다리 새로 놓는다", head]


def test_open_quotes_near_miss_a_head_wrapped_short_is_not_run_on() -> None:
    # a head's quotation wrapped over two short lines: no column's line, the rule leaves it
    first, second = "군수 “징검다리 대신", "출렁다리 놓겠다”"
    text = _text(first, second, "서하군수가 7일 달내천에 출렁다리를|")
    paras = _paras(text)
    assert [first] in paras and [first, second] not in paras


def test_open_quotes_near_miss_a_quotation_the_line_under_does_not_close() -> None:
    # the line under opens a quotation of its own before it closes any: no proof the
    # quotation above goes on there
    under = "“져 아이들이 건너기에 위험하다”며 난간 설치를 요"
    paras = _paras(_text(TORN, under))
    assert not any(p[:2] == [TORN, under] for p in paras)
