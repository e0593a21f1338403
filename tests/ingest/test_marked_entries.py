"""Marked entries under a heading (issue 14, ninth round), on small made-up examples:
'◆NAME은 … 한다.' lines under '[동정]' and '▷단체 행사=…' lines under a bare heading are a
listing's entries, without their marker in the text, however few. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from tests.ingest.test_conventions import LEAD, items

DOINGS = (
    "[동정]\n\n"
    "◆한가람 누리시장은 10일 오전 시청 대회의실에서 열리는 ‘봄철 산불 예방회의’를 주재한다.\n\n"
    "◆서누리 누리시의회 의장은 10일 오후 남구 노인복지관을 찾아 어르신 배식 봉사를 한다.\n"
)


def test_marked_sentences_under_a_bracketed_heading_are_entries() -> None:
    [item] = items(DOINGS)
    assert item["headline"] == "동정"
    assert item["body"] == [
        (
            "bullet",
            "한가람 누리시장은 10일 오전 시청 대회의실에서 열리는 ‘봄철 산불 예방회의’를 주재한다.",
        ),
        (
            "bullet",
            "서누리 누리시의회 의장은 10일 오후 남구 노인복지관을 찾아 어르신 배식 봉사를 한다.",
        ),
    ]


def test_named_entries_under_a_bare_heading_on_a_page_without_blank_lines() -> None:
    text = (
        f"누리시, 응급실 인력 늘린다\n{LEAD}\n시는 내년에도 사업을 이어간다.\n"
        "학회 소식\n"
        "▷누리노인의학회 춘계학술대회=23일 누리컨벤션센터.\n"
        "▷누리시의사회 건강강좌=27일 오후 7시 의사회관.\n"
    )
    got = items(text)
    assert got[-1]["headline"] == "학회 소식"
    assert got[-1]["body"] == [
        ("bullet", "누리노인의학회 춘계학술대회=23일 누리컨벤션센터."),
        ("bullet", "누리시의사회 건강강좌=27일 오후 7시 의사회관."),
    ]


def test_marked_captions_under_a_headline_with_prose_stay_an_article() -> None:
    text = f"누리천 봄맞이 대청소\n\n{LEAD}\n\n▲ 주민들이 누리천 둑길을 청소하고 있다.\n"
    [item] = items(text)
    assert item["headline"] == "누리천 봄맞이 대청소"
    assert item["body"][-1] == ("caption", "주민들이 누리천 둑길을 청소하고 있다.")


def test_explain_names_the_marked_entries() -> None:
    _, trace = explain_text(DOINGS)
    assert any("listing of 2 entries" in note for note in trace.notes.values())
