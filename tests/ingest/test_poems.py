"""A poem's stanzas: short lines set tight, a blank line between stanzas; each stanza one
paragraph that keeps its lines. Small made-up examples; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.verse import STANZA
from tests.ingest.test_conventions import items

POEM = (
    "[독자 시] 저녁 부두\n\n"
    "갈매기 한 마리가\n"
    "빈 그물 위에 앉아\n\n"
    "오늘 잡은 바다를\n"
    "천천히 접고 있다\n\n"
    "윤하람(한빛시 동구)\n"
)


def test_each_stanza_of_a_poem_is_one_paragraph_keeping_its_lines() -> None:
    [item] = items(POEM)
    assert item["headline"] == "[독자 시] 저녁 부두"
    texts = [t for _, t in item["body"]]
    assert texts[:2] == [
        "갈매기 한 마리가\n빈 그물 위에 앉아",
        "오늘 잡은 바다를\n천천히 접고 있다",
    ]
    _, trace = explain_text(POEM)
    assert trace.rule("p1-1", "body.0").endswith(STANZA)


def test_short_lines_with_figures_or_stops_are_no_stanzas() -> None:
    # a recipe's ingredients and a notice's short sentences, in blocks of short lines
    text = (
        "굴무침\n\n"
        "굴 300g\n"
        "무 1/4개\n\n"
        "배 반 개\n"
        "고춧가루 2큰술\n\n"
        "모임은 쉽니다.\n"
        "다음 주에 뵙겠습니다.\n\n"
        "문의는 사무실로.\n"
        "고맙습니다.\n"
    )
    _, trace = explain_text(text)
    assert all(not rule.endswith(STANZA) for rule in trace.notes.values())
