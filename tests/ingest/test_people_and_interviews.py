"""People and interviews (issue 14, sixth round), on small made-up examples: any '-기자'
compound is a reporter's title; a person named by a title and a note in brackets right
after prose is the column's signature; '―' questions over unmarked answers are an
interview. Every name and fact is invented.
"""

from __future__ import annotations

import pytest

from tests.ingest.test_conventions import LEAD, MORE, items


@pytest.mark.parametrize("title", ["어린이기자", "교육전문기자", "시민기자"])
def test_any_reporter_compound_is_a_title(title: str) -> None:
    """Under the headline and at the end, 'NAME ○○기자' is a byline, not a deck line."""
    text = f"골목상권 살리기 속도\n\n한누리 {title}(누리초 5학년)\n\n{LEAD}\n"
    [item] = items(text)
    assert item["deck"] == []
    assert [b[:2] for b in item["bylines"]] == [("한누리", title)]
    closing = f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n\n한누리 {title} nuri@example.kr\n"
    [item] = items(closing)
    assert [b[:3] for b in item["bylines"]] == [("한누리", title, "nuri@example.kr")]


def test_a_closing_byline_with_a_compound_title_ends_the_article() -> None:
    """The reporter's line closes the story: the table after it is another item, and the
    story (prose with its byline) is never an ad."""
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n\n한누리 경제전문기자 nuri@example.kr\n\n"
        "올해 시장 일정 (누리시 기준)\n3월 4일\t봄 장터\n5월 6일\t야시장 개장\n"
    )
    got = items(text)
    assert [it.get("headline") for it in got] == [
        "골목상권 살리기 속도",
        "올해 시장 일정 (누리시 기준)",
    ]
    assert got[0].get("kind") != "ad"


@pytest.mark.parametrize(
    ("signature", "role"),
    [
        ("한누리 공인중개사(누리부동산연구소장)", "공인중개사"),
        ("한누리 역사학자(누리역사연구회장)", "역사학자"),
    ],
)
def test_person_with_title_and_note_after_prose_signs_the_column(signature: str, role: str) -> None:
    text = f"[한누리의 집 이야기] (3) 전셋값의 그늘\n{LEAD}\n{MORE}\n{signature}\n[부고]\n"
    text += "▲한가람씨 별세, 한별(누리시청 과장)씨 모친상=3일 누리병원 장례식장, 발인 5일\n"
    got = items(text)
    assert [b[:2] for b in got[0]["bylines"]] == [("한누리", role)]
    assert got[0]["body"][-1] == ("paragraph", MORE)


def test_dash_questions_over_unmarked_answers_are_an_interview() -> None:
    text = (
        "“끝까지 뛰겠다”\n\n"
        f"{LEAD}\n\n"
        "―개막 두 경기 연속 골이다. 비결은.\n"
        "겨울 동안 체력을 끌어올렸다. 끝까지 뛸 수 있게 됐다.\n"
        "동료들 덕분이기도 하다.\n\n"
        "―팬들에게 한마디.\n"
        "늘 고맙다. 올해는 꼭 보답하겠다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == [
        "lead",
        "question",
        "answer",
        "paragraph",
        "question",
        "answer",
    ]
    assert item["body"][1] == ("question", "개막 두 경기 연속 골이다. 비결은.")


def test_dashed_lines_one_under_another_stay_a_list() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n"
        "-전통시장 주차장 확충.\n-지역화폐 할인율 상향.\n"
        "시는 두 사업에 예산을 쓸 계획이다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]][1:3] == ["bullet", "bullet"]
