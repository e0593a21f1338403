"""Dash questions set tight over their wrapped answers, on small made-up examples: an
interview whose answers run on over lines, a quoted answer that ends where its quotation
closes, and dashed items that run on or open on no short question, which stay a list (the
other turns: test_interview_turns.py)."""

from __future__ import annotations

from tests.ingest.test_conventions import LEAD, items

INTERVIEW = (
    '"수비가 살아야 역습이 산다"\n\n'
    f"{LEAD}\n\n"
    "―올 시즌 돌풍의 비결은.\n"
    "특별한 비결은 없다. 비시즌에 수비 훈련만 하루 네 시간씩 했다. 선수들이 지겨워했지만\n"
    "결국 수비가 돼야 역습이 산다는 걸 몸으로 알게 됐다.\n"
    "―팬들에게 한마디.\n"
    "{answer}\n"
    "정리=한누리 기자\n"
)


def test_dash_questions_set_tight_over_their_wrapped_answers_are_an_interview() -> None:
    answer = (
        "평일 저녁에도 체육관을 채워주시는 팬들 덕분에 여기까지 왔다. 결승에서 꼭 보답하\n겠다."
    )
    [item] = items(INTERVIEW.format(answer=answer))
    assert item["body"][1:] == [
        ("question", "올 시즌 돌풍의 비결은."),
        (
            "answer",
            "특별한 비결은 없다. 비시즌에 수비 훈련만 하루 네 시간씩 했다. 선수들이 지겨워했지만"
            " 결국 수비가 돼야 역습이 산다는 걸 몸으로 알게 됐다.",
        ),
        ("question", "팬들에게 한마디."),
        (
            "answer",
            "평일 저녁에도 체육관을 채워주시는 팬들 덕분에 여기까지 왔다. 결승에서 꼭 보답하겠다.",
        ),
    ]


def test_a_quoted_answer_ends_where_its_quotation_closes() -> None:
    # the quotation wraps: the answer holds its lines down to the one that closes it
    answer = (
        '"팬들 덕분에 여기까지 왔다. 결승에서 꼭\n보답하겠다."\n'
        "이 말을 하며 그는 웃었다. 인터뷰는 한 시간 이어졌다."
    )
    [item] = items(INTERVIEW.format(answer=answer))
    assert item["body"][-2:] == [
        ("answer", '"팬들 덕분에 여기까지 왔다. 결승에서 꼭 보답하겠다."'),
        ("paragraph", "이 말을 하며 그는 웃었다. 인터뷰는 한 시간 이어졌다."),
    ]


def test_dashed_items_that_run_on_to_the_next_line_stay_a_list() -> None:
    # one dashed line closes on its own line, the next runs on: a list, not an interview
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n"
        "-전통시장 주차장을 늘린다.\n"
        "공영 주차장 200면을 새로 만들고 주차 요금은 첫 한 시간 동안 받지 않기로 했다.\n"
        "-지역화폐 할인율을 10%로 올리고 발행액도 지난해의 두 배로\n"
        "늘린다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["lead", "bullet", "bullet"]


def test_dashed_items_whose_first_line_is_no_short_question_stay_a_list() -> None:
    # the near misses: each item's first sentence fills its line (no shorter than the line
    # under it), or runs past a question's length in a wide column
    filled = [
        "-전통시장 공영 주차장을 200면 늘린다.",
        "주차 요금은 첫 한 시간 동안 받지",
        "않는다.",
        "-지역화폐 할인율을 10%로 높인다.",
        "발행액도 지난해의 두 배로 늘리기",
        "로 했다.",
    ]
    wide = [
        "-전통시장 공영 주차장을 올해 안에 200면 새로 만들고 주차 요금은 평일 낮 첫 한 시간"
        " 동안 받지 않는다.",
        "시는 이를 위해 올해 예산 30억원을 추가로 편성했으며 공사는 다음 달 초에 시작해 올해"
        " 연말까지 공사를 모두 마칠",
        "계획이다.",
        "-지역화폐 할인율을 10%로 올리고 발행액도 지난해의 두 배인 500억원으로 늘리기로"
        " 시의회와 최종 결정했다.",
        "상인회는 이번 조치로 전통시장 매출이 크게 늘어날 것으로 보고 있으며 시와 함께 올해"
        " 내내 적극 홍보에 나설 계획이",
        "라고 밝혔다.",
    ]
    for lines in (filled, wide):
        text = f"골목상권 살리기 속도\n\n{LEAD}\n\n" + "\n".join(lines) + "\n"
        [item] = items(text)
        assert [kind for kind, _ in item["body"]] == ["lead", "bullet", "bullet"], lines[0]
