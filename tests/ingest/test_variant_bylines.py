"""Other papers' bylines and heads, each on a small page of its own (none is from the seed):
bylines at the top and several at the end, agency and paper bylines opening the lead, a
signed opinion column, bracketed subheads, a subheadline naming a person.
Pages keep each paragraph on one line, as extraction gives them (hence the noqa)."""

from __future__ import annotations

import pytest

from tests.ingest.outline import outline
from tests.ingest.test_conventions import items as en_items
from tests.ingest.variation_pages import BYLINES_ON_ONE_LINE, article, items, parse

TOP_BRACKETS_AND_SUBHEADS = """\
대법 "휴직 중 겸직도 징계 사유"

[홍길동 기자]

대법원이 휴직 중인 공무원이 허가 없이 다른 일을 한 것도 징계 사유가 된다고 판단했다.

[판결 요지]

재판부는 "휴직 중이라도 공무원의 신분은 유지되므로 겸직 금지 의무가 있다"고 밝혔다.

[향후 전망]

법조계에서는 이번 판결이 비슷한 소송에 영향을 줄 것으로 보고 있다.
"""  # noqa: E501


def test_marked_subheads() -> None:
    text = TOP_BRACKETS_AND_SUBHEADS.replace("[판결 요지]", "◇ 판결 요지").replace(
        "[향후 전망]", "■향후 전망"
    )
    [a] = items(text)
    assert [b for b in a["body"] if b[0] == "subhead"] == [
        ("subhead", "판결 요지"),
        ("subhead", "향후 전망"),
    ]


def test_bracketed_byline_at_the_top_and_bracketed_subheads() -> None:
    assert items(TOP_BRACKETS_AND_SUBHEADS) == [
        article(
            '대법 "휴직 중 겸직도 징계 사유"',
            body=[
                (
                    "lead",
                    "대법원이 휴직 중인 공무원이 허가 없이 다른 일을 한 것도 "
                    "징계 사유가 된다고 판단했다.",
                ),
                ("subhead", "판결 요지"),  # the brackets are a marker
                (
                    "paragraph",
                    '재판부는 "휴직 중이라도 공무원의 신분은 유지되므로 '
                    '겸직 금지 의무가 있다"고 밝혔다.',
                ),
                ("subhead", "향후 전망"),
                ("paragraph", "법조계에서는 이번 판결이 비슷한 소송에 영향을 줄 것으로 보고 있다."),
            ],
            bylines=[("홍길동", "기자", None, None)],
        )
    ]


AGENCY_LEAD = """\
여수산단 공장서 불…인명 피해 없어

▲ 4일 오전 전남 여수국가산업단지 한 화학공장에서 불이 나 소방대원들이 진화하고 있다.
ⓒ전남소방본부 제공

(여수=연합뉴스) 홍길동 기자 = 4일 오전 9시 10분께 전남 여수국가산업단지 내 한 화학공장에서 불이 났다. 불은 1시간여 만에 꺼졌으며 인명 피해는 없었다.

소방당국은 정확한 화재 원인을 조사하고 있다.
"""  # noqa: E501


def test_agency_byline_opening_the_lead_after_a_caption() -> None:
    edition = parse(AGENCY_LEAD)
    assert outline(edition)[0]["items"] == [
        article(
            "여수산단 공장서 불…인명 피해 없어",
            body=[
                (
                    "caption",
                    "4일 오전 전남 여수국가산업단지 한 화학공장에서 불이 나 소방대원들이 "
                    "진화하고 있다.\nⓒ전남소방본부 제공",
                ),
                (
                    "lead",
                    "4일 오전 9시 10분께 전남 여수국가산업단지 내 한 화학공장에서 불이 났다. "
                    "불은 1시간여 만에 꺼졌으며 인명 피해는 없었다.",
                ),
                ("paragraph", "소방당국은 정확한 화재 원인을 조사하고 있다."),
            ],
            bylines=[("홍길동", "기자", None, "여수")],
        )
    ]
    [byline] = edition.articles()[0].bylines
    assert byline.text == "여수=홍길동 기자"
    assert [AGENCY_LEAD[s:e] for s, e in byline.spans] == ["(여수=연합뉴스) 홍길동 기자 ="]


def test_agency_lead_byline_with_two_names() -> None:
    text = AGENCY_LEAD.replace("홍길동 기자 =", "홍길동·김철수 기자 =")
    [a] = items(text)
    assert a["bylines"] == [("홍길동", "기자", None, "여수"), ("김철수", "기자", None, "여수")]


PAPER_LEAD_EMAIL_AT_END = """\
광주 아파트값 3주 연속 하락

[광남일보 김영희 기자] 광주지역 아파트값이 3주 연속 내렸다. 한국부동산원에 따르면 이번 주 광주 아파트값은 0.05% 떨어졌다.

전문가들은 당분간 하락세가 이어질 것으로 내다봤다.

kim@gwangnam.co.kr
"""  # noqa: E501


def test_paper_and_name_opening_the_lead_with_the_email_at_the_end() -> None:
    edition = parse(PAPER_LEAD_EMAIL_AT_END)
    assert outline(edition)[0]["items"] == [
        article(
            "광주 아파트값 3주 연속 하락",
            body=[
                (
                    "lead",
                    "광주지역 아파트값이 3주 연속 내렸다. "
                    "한국부동산원에 따르면 이번 주 광주 아파트값은 0.05% 떨어졌다.",
                ),
                ("paragraph", "전문가들은 당분간 하락세가 이어질 것으로 내다봤다."),
            ],
            bylines=[("김영희", "기자", "kim@gwangnam.co.kr", None)],
        )
    ]
    [byline] = edition.articles()[0].bylines
    assert byline.text == "김영희 기자 kim@gwangnam.co.kr"
    assert [PAPER_LEAD_EMAIL_AT_END[s:e] for s, e in byline.spans] == [
        "[광남일보 김영희 기자]",
        "kim@gwangnam.co.kr",
    ]


SEVERAL_BYLINES_AT_THE_END = """\
광주·전남 상생 협약 체결

광주시와 전남도는 4일 도청에서 상생 발전 협약을 맺었다. 두 시도는 공항 이전과 에너지 분야에서 협력하기로 했다.

협약식에는 두 단체장과 지역 국회의원들이 참석했다.

홍길동·김영희 기자
박철민 선임기자 park@gwangnam.co.kr
"""  # noqa: E501


def test_several_bylines_at_the_end_names_without_email() -> None:
    [a] = items(SEVERAL_BYLINES_AT_THE_END)
    assert a["bylines"] == [
        ("홍길동", "기자", None, None),
        ("김영희", "기자", None, None),
        ("박철민", "선임기자", "park@gwangnam.co.kr", None),
    ]
    assert [kind for kind, _ in a["body"]] == ["lead", "paragraph"]
    [b] = items(BYLINES_ON_ONE_LINE)
    assert b["bylines"] == [
        ("김영희", "기자", "kim@gwangnam.co.kr", None),
        ("박철민", "기자", "park@gwangnam.co.kr", None),
    ]


OPINION_COLUMN = """\
[기고] 인공지능 시대의 지역 대학

지역 대학이 살아야 지역이 산다. 인공지능 시대에 대학은 지역 산업의 두뇌 역할을 해야 한다.

정부와 지자체의 지원도 필요하다. 학생들이 지역에 남을 수 있는 일자리가 있어야 한다.

{signature}
"""


@pytest.mark.parametrize(
    ("signature", "byline"),
    [
        ("홍길동 광주대 교수", ("홍길동", "광주대 교수", None, None)),
        ("<김철수 전남대 명예교수>", ("김철수", "전남대 명예교수", None, None)),
        ("/ 이영희 변호사", ("이영희", "변호사", None, None)),
    ],
)
def test_opinion_column_signed_at_the_end(signature: str, byline: tuple) -> None:
    [a] = items(OPINION_COLUMN.format(signature=signature))
    assert a["bylines"] == [byline]
    assert [kind for kind, _ in a["body"]] == ["lead", "paragraph"]


@pytest.mark.parametrize(
    "closing", ["감사합니다", "더 나은 내일을 위하여", "광주대 교수 홍길동 씀."]
)
def test_a_short_last_line_that_names_no_one_stays_body_text(closing: str) -> None:
    [a] = items(OPINION_COLUMN.format(signature=closing))
    assert a["bylines"] == []
    assert a["body"][-1][1] == closing


BRACKET_NAME_OPENS_LEAD = """\
광산구, 노후 놀이터 12곳 새단장

어린이 안전 위한 시설 교체

[이민재 기자] 광산구는 노후 놀이터 12곳의 시설을 모두 바꾼다고 밝혔다. 구는 다음 달까지 공사를 마칠 계획이다.

공사 기간에는 놀이터 이용이 제한된다.
"""  # noqa: E501


def test_bracketed_name_opening_the_lead_and_a_deck_line() -> None:
    assert items(BRACKET_NAME_OPENS_LEAD) == [
        article(
            "광산구, 노후 놀이터 12곳 새단장",
            deck=["어린이 안전 위한 시설 교체"],
            body=[
                (
                    "lead",
                    "광산구는 노후 놀이터 12곳의 시설을 모두 바꾼다고 밝혔다. "
                    "구는 다음 달까지 공사를 마칠 계획이다.",
                ),
                ("paragraph", "공사 기간에는 놀이터 이용이 제한된다."),
            ],
            bylines=[("이민재", "기자", None, None)],
        )
    ]


def test_subheadline_names_a_person_the_rest_is_deck() -> None:
    text = (
        "“섬마다 병원선 띄우겠다”\n\n이재훈 전남도 보건복지국장\n\n"
        "의료 취약지 순회 진료 확대\n\n원격 진료 시범 사업 추진\n\n"
        "이재훈 국장은 올해 병원선 두 척을 새로 띄운다고 밝혔다. "
        "섬 주민들의 진료 공백을 줄이기 위해서다.\n\n"
        "최민호 기자\n"
    )
    [a] = items(text)
    assert (a["headline"], a["subheadline"], a["deck"]) == (
        "“섬마다 병원선 띄우겠다”",
        "이재훈 전남도 보건복지국장",
        ["의료 취약지 순회 진료 확대", "원격 진료 시범 사업 추진"],
    )


_WIRE_HEAD = (
    "Storm to bury the valley in snow\n"
    "Up to a foot expected by Saturday\n"
    "By LENA MARSH\n"
    "{role}\n\n"
    "ASHGROVE, Ore. (AP) — A slow storm is expected to bring up to a foot of snow to the "
    "valley by Saturday, forecasters said Wednesday.\n\n"
    "Schools in three counties said they would close on Friday.\n"
)


def test_a_role_led_by_an_agencys_initials_is_the_bylines() -> None:
    [item] = en_items(_WIRE_HEAD.format(role="AP Science Writer"))
    assert item["deck"] == ["Up to a foot expected by Saturday"]
    assert [(b[0], b[1]) for b in item["bylines"]] == [("LENA MARSH", "AP Science Writer")]


def test_initials_over_a_sentence_are_no_role() -> None:
    [item] = en_items(_WIRE_HEAD.format(role="AP reported the storm first."))
    assert all(b[1] != "AP reported the storm first." for b in item["bylines"])
