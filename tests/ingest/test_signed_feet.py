"""A story signed at its foot runs on to its byline on a page of a PDF's extracted lines
(docs/ingest-conventions.md, "Round fifty-four (real extraction cut into items)"). The
pages are made up: lines torn mid-sentence at a column's edge, with no blank line, as an
extraction keeps them; the near misses are pages where an unsigned brief may stand beside a
signed story."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.signed_feet import SIGNED_BELOW

# Two stories signed at their feet; the first's second and third paragraphs open on lines
# that, alone, look like headlines (short, no stop at their end, after a sentence's end).
TORN = """시장 배추값 한 달 새 두 배로
김장철 앞두고 산지 출하 줄어
시내 전통시장의 배추 한 포기 값이 한
달 사이 두 배 가까이 올랐다고 시가 밝혔다.
상인들은 김장철을 앞두고 손님이
줄까 걱정하고 있다. 시는 다음 주
부터 직거래 장터를 열어 값을 낮출
계획이다.
산지 농민들은 가을 가뭄으로 배추
작황이 나빴다고 전했다.
김바다 기자 sea@hanbit.example
버스 노선 세 개 새로 생긴다
시는 다음 달부터 외곽 마을을 잇는
버스 노선 세 개를 새로 연다고 밝
혔다. 배차 간격은 30분이다.
이하늘 기자 sky@hanbit.example
"""


def _heads(text: str) -> list[str | None]:
    items = ingest_text(text, name="torn").pages[0].items
    return [item.headline.text if item.headline else None for item in items]


def test_a_story_signed_at_its_foot_runs_on_to_its_byline() -> None:
    edition, trace = explain_text(TORN, name="torn")
    items = edition.pages[0].items
    assert [item.headline.text for item in items if item.headline] == [
        "시장 배추값 한 달 새 두 배로",
        "버스 노선 세 개 새로 생긴다",
    ]
    assert len(items) == 2
    assert [b.name for b in items[0].bylines] == ["김바다"]
    assert SIGNED_BELOW in trace.rule(items[0].id)


def test_a_page_signing_a_story_at_its_head_keeps_its_unsigned_lines_apart() -> None:
    # near miss: the second story signed under its head, so the page signs no story only at
    # its foot: an unsigned brief may stand on it, and the first story's lines split as before
    text = TORN.replace(
        "버스 노선 세 개 새로 생긴다\n", "버스 노선 세 개 새로 생긴다\n박솔 기자\n"
    ).replace("이하늘 기자 sky@hanbit.example\n", "")
    assert "상인들은 김장철을 앞두고 손님이" in _heads(text)


def test_whole_lines_keep_an_unsigned_brief_apart_from_the_signed_story_under_it() -> None:
    # near miss: a page whose lines are whole paragraphs (a corpus), an unsigned brief over
    # a story signed at its foot: the story's headline opens its item
    text = """도서관 야간 열람실 문 연다
시립도서관은 다음 달부터 평일 밤 11시까지 열람실을 연다고 밝혔다.
이용하려면 회원증을 미리 만들어 두어야 한다.
강변 자전거길 조명 새로 단다
시는 강변 자전거길 4㎞ 구간에 조명 120개를 새로 단다고 밝혔다.
공사는 다음 주에 시작해 한 달 동안 이어진다.
김바다 기자 sea@hanbit.example
"""
    assert _heads(text) == ["도서관 야간 열람실 문 연다", "강변 자전거길 조명 새로 단다"]


def test_a_story_under_a_column_of_another_measure_is_another_story() -> None:
    # near miss: an unsigned brief set across a wide column, then a story in a narrow one
    # signed at its foot: the narrow story's head is no line of the brief
    text = """주민자치회 새해 첫 회의 열려
읍 주민자치회가 새해 첫 회의를 다음 달 6일 읍사무소 2층 회의실에서
연다. 회의에서는 올해 마을 축제의 날짜와 장소를 정하고, 주민 제안 사
업 다섯 건을 심사한다.
회의는 누구나 지켜볼 수 있다. 발언을 하려는 주민은 회의 전날까지 읍
사무소에 신청하면 된다.
읍내 주차장 200면 늘린다
군이 읍내 공영 주차장을 내년
말까지 200면 늘린다. 장날마다 장
터길 양쪽에 차가 늘어서 버스가 지
나가기 어렵다는 민원에 따른 것이다.
하늘빛 기자 sky@hanbit.example
"""
    assert "읍내 주차장 200면 늘린다" in _heads(text)


def test_a_story_signed_in_its_lead_keeps_its_unsigned_lines_apart() -> None:
    # near miss: the first story names its writer in its lead, as a wire's dateline does;
    # its foot need not be signed, so its lines do not run on to the next story's byline
    lead = TORN.replace("시내 전통시장의", "(한빛=한빛일보) 김바다 기자 = 시내 전통시장의")
    text = lead.replace("김바다 기자 sea@hanbit.example\n", "")
    assert "상인들은 김장철을 앞두고 손님이" in _heads(text)
    # and where the column's edge tears the writer's role ('기' / '자 =')
    torn = text.replace("김바다 기자 = 시내 전통시장의", "김바다 기\n자 = 시내 전통시장의")
    assert "상인들은 김장철을 앞두고 손님이" in _heads(torn)
