"""A ruling cited in brackets on a line of its own is the report's text (docs/
ingest-conventions.md, "Round sixty-five (lines torn inside a quotation)"): a legal paper
prints the court and the case number, '(대법원 2024다218845)', between the report's
paragraphs; a short line alone there is a subhead, but not this one. The page is made up."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.case_numbers import BRACKETED_CASE
from reader.model import Article

PAGE = """침수 상가 구청 배상 판결

지난여름 집중호우 때 배수로가 막혀 상가가 물에 잠긴 사고에 구청이 배상해야 한다는 판결이 나왔다.

법원은 구청이 예보를 받고도 배수로를 점검하지 않았다며 책임을 70%로 정했다.

{line}

구청은 판결문을 검토한 뒤 항소 여부를 정하겠다고 밝혔다."""


def _kinds(line: str) -> tuple[list[tuple[str, str]], str]:
    edition, trace = explain_text(PAGE.format(line=line), name="t")
    article = edition.pages[0].items[0]
    assert isinstance(article, Article)
    kinds = [(b.kind, b.text) for b in article.body]
    i = [t for _, t in kinds].index(line)
    return kinds, trace.rule(article.id, f"body.{i}")


def test_a_court_and_case_number_in_brackets_is_a_paragraph() -> None:
    for line in ("(서하지법 2025가합70412)", "(대법원 2026. 12. 17. 선고 2026다21784 판결)"):
        kinds, rule = _kinds(line)
        assert ("paragraph", line) in kinds
        assert rule == BRACKETED_CASE


def test_near_miss_a_short_bracketed_line_of_words_stays_a_subhead() -> None:
    # a year over words, no case's serial: a short line alone between paragraphs
    kinds, _ = _kinds("(2026년 달라지는 배상 기준)")
    assert ("subhead", "(2026년 달라지는 배상 기준)") in kinds
