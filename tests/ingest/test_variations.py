"""Other papers' habits, each on a small page of its own (none is from the seed).

Every rule the seed needs must hold here too, with different words: questions
as '-' with no space, 'Q.'/'A.', '▲'/'△'; answers in quotation marks; bylines at
the top and several at the end; captions with credit lines; bracketed subheads;
'-' bullets that are not questions; pages of short items; several pages.
Pages keep each paragraph on one line, as extraction gives them (hence the noqa).
"""

from __future__ import annotations

import pytest

from reader.ingest import ingest, ingest_text
from reader.ingest.coverage import coverage_problems
from reader.ingest.repair import Vocabulary, separator
from reader.model import Edition, edition_leaves
from tests.ingest.outline import leaf_text_problems, outline


def parse(text: str) -> Edition:
    edition = ingest_text(text)
    assert coverage_problems(edition, text) == []
    assert leaf_text_problems(edition, text) == []
    return edition


def items(text: str) -> list[dict]:
    [page] = outline(parse(text))
    return page["items"]


def article(headline, body, bylines=(), subheadline=None, deck=()) -> dict:
    return {
        "headline": headline,
        "subheadline": subheadline,
        "deck": list(deck),
        "body": list(body),
        "bylines": list(bylines),
    }


# --- questions and answers -------------------------------------------------------

DASH_NO_SPACE_QUOTED_ANSWERS = """\
"마을이 살아야 농촌이 산다"

귀농 10년차 김순자 씨

-요즘 가장 관심을 두는 일은.

"마을 공동체를 되살리는 일이다. 주민들이 스스로 모여 문제를 푸는 힘을 키우고 싶다."

-앞으로의 계획은?

"내년에는 마을 도서관을 열 계획이다. 아이들이 책을 읽으며 자랄 수 있는 공간을 만들겠다."

대담=최민호 기자
"""  # noqa: E501


def test_dash_questions_without_space_and_quoted_answers() -> None:
    assert items(DASH_NO_SPACE_QUOTED_ANSWERS) == [
        article(
            '"마을이 살아야 농촌이 산다"',
            subheadline="귀농 10년차 김순자 씨",
            body=[
                ("question", "요즘 가장 관심을 두는 일은."),
                (
                    "answer",
                    '"마을 공동체를 되살리는 일이다. '
                    '주민들이 스스로 모여 문제를 푸는 힘을 키우고 싶다."',
                ),
                ("question", "앞으로의 계획은?"),
                (
                    "answer",
                    '"내년에는 마을 도서관을 열 계획이다. '
                    '아이들이 책을 읽으며 자랄 수 있는 공간을 만들겠다."',
                ),
            ],
            # '대담=' says who held the interview; it is not a place.
            bylines=[("최민호", "기자", None, None)],
        )
    ]


Q_DOT_A_DOT = """\
"지역 대학이 살아야 청년이 돌아온다"

박영수 전남대 총장

박영수 총장은 취임 1년을 맞아 지역 대학의 역할을 강조했다. 그는 대학과 지자체가 함께 인재를 길러야 한다고 말했다.

Q. 취임 1년을 맞은 소감은.

A. 지난 1년은 학교의 방향을 다시 세우는 시간이었다. 구성원들의 의견을 듣는 데 가장 많은 시간을 썼다.

Q. 학령인구 감소에 어떻게 대응하나.
A. 정원을 줄이는 것만으로는 답이 되지 않는다. 평생교육과 외국인 유학생 유치로 새로운 수요를 만들어야 한다.

Q. 지역 기업과의 협력 계획은. A. 계약학과를 늘리고 현장실습을 의무화하겠다. 기업이 필요로 하는 인재를 함께 길러야 한다.

정리=이순신 기자 lee@gwangnam.co.kr
"""  # noqa: E501


def test_q_dot_a_dot_on_separate_lines_and_on_one_line() -> None:
    assert items(Q_DOT_A_DOT) == [
        article(
            '"지역 대학이 살아야 청년이 돌아온다"',
            subheadline="박영수 전남대 총장",
            body=[
                (
                    "lead",
                    "박영수 총장은 취임 1년을 맞아 지역 대학의 역할을 강조했다. "
                    "그는 대학과 지자체가 함께 인재를 길러야 한다고 말했다.",
                ),
                ("question", "취임 1년을 맞은 소감은."),
                (
                    "answer",
                    "지난 1년은 학교의 방향을 다시 세우는 시간이었다. "
                    "구성원들의 의견을 듣는 데 가장 많은 시간을 썼다.",
                ),
                ("question", "학령인구 감소에 어떻게 대응하나."),
                (
                    "answer",
                    "정원을 줄이는 것만으로는 답이 되지 않는다. "
                    "평생교육과 외국인 유학생 유치로 새로운 수요를 만들어야 한다.",
                ),
                ("question", "지역 기업과의 협력 계획은."),
                (
                    "answer",
                    "계약학과를 늘리고 현장실습을 의무화하겠다. "
                    "기업이 필요로 하는 인재를 함께 길러야 한다.",
                ),
            ],
            bylines=[("이순신", "기자", "lee@gwangnam.co.kr", None)],
        )
    ]


TRIANGLES = """\
고향 빈집서 찾은 두 번째 인생

▲ 귀농을 결심한 계기는.

△ 도시 생활에 지쳐 있을 때 고향 마을의 빈집을 보게 됐다. 그때 여기서 다시 시작하자고 마음먹었다.

▲ 가장 힘들었던 점은? △ 첫해 농사를 망쳤을 때다. 이웃들이 도와주지 않았다면 버티지 못했을 것이다.

최민호 기자
"""  # noqa: E501


def test_filled_and_hollow_triangles() -> None:
    assert items(TRIANGLES) == [
        article(
            "고향 빈집서 찾은 두 번째 인생",
            body=[
                ("question", "귀농을 결심한 계기는."),
                (
                    "answer",
                    "도시 생활에 지쳐 있을 때 고향 마을의 빈집을 보게 됐다. "
                    "그때 여기서 다시 시작하자고 마음먹었다.",
                ),
                ("question", "가장 힘들었던 점은?"),
                (
                    "answer",
                    "첫해 농사를 망쳤을 때다. 이웃들이 도와주지 않았다면 버티지 못했을 것이다.",
                ),
            ],
            bylines=[("최민호", "기자", None, None)],
        )
    ]


TRIANGLE_QUESTIONS_AND_CAPTION = """\
섬 진료 30년, 바다 위 의사

▲ 섬 진료를 시작한 계기는.

"의대를 졸업하던 해 병원선을 처음 탔다. 의사를 기다리는 섬 주민들을 보고 떠날 수 없었다."

▲ 가장 기억에 남는 환자는?

"태풍이 오던 밤 배를 타고 건너가 아이를 받았던 일이다."

▲ 병원선 위에서 주민들을 진료하고 있는 이재훈 원장.
ⓒ전남도 제공

정다운 기자 jung@gwangnam.co.kr
"""  # noqa: E501


def test_filled_triangle_is_a_question_or_a_caption() -> None:
    assert items(TRIANGLE_QUESTIONS_AND_CAPTION) == [
        article(
            "섬 진료 30년, 바다 위 의사",
            body=[
                ("question", "섬 진료를 시작한 계기는."),
                (
                    "answer",
                    '"의대를 졸업하던 해 병원선을 처음 탔다. '
                    '의사를 기다리는 섬 주민들을 보고 떠날 수 없었다."',
                ),
                ("question", "가장 기억에 남는 환자는?"),
                ("answer", '"태풍이 오던 밤 배를 타고 건너가 아이를 받았던 일이다."'),
                ("caption", "병원선 위에서 주민들을 진료하고 있는 이재훈 원장.\nⓒ전남도 제공"),
            ],
            bylines=[("정다운", "기자", "jung@gwangnam.co.kr", None)],
        )
    ]


DASH_BULLETS = """\
전남도, 올해 달라지는 제도

전남도가 올해부터 달라지는 주요 제도를 발표했다. 주요 내용은 다음과 같다.

- 청년 월세 지원 대상이 만 39세까지로 넓어진다.

- 농어민 공익수당이 1인당 연 60만원으로 오른다.

-출산 장려금이 첫째 아이부터 지급된다.

도는 누리집을 통해 자세한 내용을 안내할 예정이다.

김영희 기자
"""  # noqa: E501


def test_dash_paragraphs_that_are_not_questions_are_bullets() -> None:
    assert items(DASH_BULLETS) == [
        article(
            "전남도, 올해 달라지는 제도",
            body=[
                (
                    "lead",
                    "전남도가 올해부터 달라지는 주요 제도를 발표했다. 주요 내용은 다음과 같다.",
                ),
                ("bullet", "청년 월세 지원 대상이 만 39세까지로 넓어진다."),
                ("bullet", "농어민 공익수당이 1인당 연 60만원으로 오른다."),
                ("bullet", "출산 장려금이 첫째 아이부터 지급된다."),
                ("paragraph", "도는 누리집을 통해 자세한 내용을 안내할 예정이다."),
            ],
            bylines=[("김영희", "기자", None, None)],
        )
    ]


# --- bylines -------------------------------------------------------------------

TOP_DATELINE = """\
광주 수출 석 달째 증가…반도체·자동차 견인

지역 무역협회 "하반기도 회복세 이어질 것"

광주=홍길동 기자

광주지역 수출이 석 달 연속 증가세를 이어갔다. 한국무역협회 광주전남본부는 지난달 광주 수출액이 15억 달러로 지난해 같은 달보다 12% 늘었다고 밝혔다.

▲ 광주 평동산업단지의 한 자동차 부품 공장에서 직원들이 수출용 제품을 검사하고 있다.
ⓒ광남일보 DB

품목별로는 반도체가 35% 늘어 증가세를 이끌었고, 자동차와 가전이 뒤를 이었다. 무역협회는 하반기에도 회복세가 이어질 것으로 내다봤다.
"""  # noqa: E501


def test_dateline_byline_at_the_top_and_a_credited_caption() -> None:
    edition = parse(TOP_DATELINE)
    assert outline(edition)[0]["items"] == [
        article(
            "광주 수출 석 달째 증가…반도체·자동차 견인",
            # A line under the headline that names no one sums the story up: a deck line.
            deck=['지역 무역협회 "하반기도 회복세 이어질 것"'],
            body=[
                (
                    "lead",
                    "광주지역 수출이 석 달 연속 증가세를 이어갔다. 한국무역협회 광주전남본부는 "
                    "지난달 광주 수출액이 15억 달러로 지난해 같은 달보다 12% 늘었다고 밝혔다.",
                ),
                (
                    "caption",
                    "광주 평동산업단지의 한 자동차 부품 공장에서 직원들이 수출용 제품을 "
                    "검사하고 있다.\nⓒ광남일보 DB",
                ),
                (
                    "paragraph",
                    "품목별로는 반도체가 35% 늘어 증가세를 이끌었고, 자동차와 가전이 뒤를 "
                    "이었다. 무역협회는 하반기에도 회복세가 이어질 것으로 내다봤다.",
                ),
            ],
            bylines=[("홍길동", "기자", None, "광주")],
        )
    ]
    [byline] = edition.articles()[0].bylines
    assert byline.text == "광주=홍길동 기자"


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

BYLINES_ON_ONE_LINE = """\
광주 아파트값 3주 연속 하락

광주지역 아파트값이 3주 연속 내렸다.

김영희 기자 kim@gwangnam.co.kr 박철민 기자 park@gwangnam.co.kr
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


AGENCY_AT_THE_END = """\
폭설에 호남 고속도로 곳곳 정체

4일 오전 호남고속도로 광산나들목 인근에서 차량들이 눈길을 천천히 달리고 있다. /연합뉴스

밤사이 내린 폭설로 호남지역 고속도로 곳곳에서 정체가 이어졌다. 한국도로공사는 제설차 120대를 투입해 작업을 벌이고 있다고 밝혔다.

기상청은 5일까지 최대 10㎝의 눈이 더 내릴 것으로 예보했다.

연합뉴스
"""  # noqa: E501


def test_caption_ending_in_an_agency_and_an_agency_closing_the_article() -> None:
    assert items(AGENCY_AT_THE_END) == [
        article(
            "폭설에 호남 고속도로 곳곳 정체",
            body=[
                (
                    "caption",
                    "4일 오전 호남고속도로 광산나들목 인근에서 차량들이 눈길을 천천히 "
                    "달리고 있다. /연합뉴스",
                ),
                (
                    "lead",
                    "밤사이 내린 폭설로 호남지역 고속도로 곳곳에서 정체가 이어졌다. "
                    "한국도로공사는 제설차 120대를 투입해 작업을 벌이고 있다고 밝혔다.",
                ),
                ("paragraph", "기상청은 5일까지 최대 10㎝의 눈이 더 내릴 것으로 예보했다."),
            ],
            bylines=[("연합뉴스", None, None, None)],
        )
    ]


# --- column breaks and captions dropped inside sentences --------------------------

INSERTED_CAPTIONS = """\
섬마을 학교에 다시 아이들 웃음

신안 비금초 분교 3년 만에 신입생

신안군 비금면의 한 분교에 3년 만에 신입생이 들어왔다. 학교는 귀촌한 가족들이 늘면서 다시 활기를 되찾고 있다. 교사들의 고민은 이제 수업을 어디서 하느냐다.

교사들은 아이들이 섬의 자연 속에서 마음껏 뛰어놀 수 있도록 수업을 바다와 갯벌로 옮겨가는 방안을 고

민하고 있다. 학부모들도 수업에 함께 참여하며 학교를 돕고 있다.

올해 입학한 아이는 모두 네 명이다. 학교 관계자는 "섬에서 자라는 아이들이 더 많아질 수 있도록 주거 지원이 함께

비금초 분교 학생들이 3일 운동장에서 교사와 함께 줄넘기를 하고 있다.

마련돼야 한다"고 말했다. 교육청은 분교 유지 기준을 완화하는 방안도 검토하고 있다.

▲ 갯벌 체험 수업에 나선 비금초 분교 학생들.

군은 빈집을 고쳐 귀촌 가족에게 빌려주는 사업을 올해 두 배로 늘리기로 했다.

박지성 기자 park@gwangnam.co.kr
"""  # noqa: E501


def test_column_breaks_joined_and_an_inserted_caption_lifted_out() -> None:
    assert items(INSERTED_CAPTIONS) == [
        article(
            "섬마을 학교에 다시 아이들 웃음",
            deck=["신안 비금초 분교 3년 만에 신입생"],
            body=[
                (
                    "lead",
                    "신안군 비금면의 한 분교에 3년 만에 신입생이 들어왔다. 학교는 귀촌한 "
                    "가족들이 늘면서 다시 활기를 되찾고 있다. "
                    "교사들의 고민은 이제 수업을 어디서 하느냐다.",
                ),
                (
                    "paragraph",
                    # '고|민하고' joins: the page has '고민은' elsewhere.
                    "교사들은 아이들이 섬의 자연 속에서 마음껏 뛰어놀 수 있도록 수업을 바다와 "
                    "갯벌로 옮겨가는 방안을 고민하고 있다. "
                    "학부모들도 수업에 함께 참여하며 학교를 돕고 있다.",
                ),
                (
                    "paragraph",
                    # The caption fell inside the quote: the paragraph after it closes it.
                    '올해 입학한 아이는 모두 네 명이다. 학교 관계자는 "섬에서 자라는 아이들이 '
                    '더 많아질 수 있도록 주거 지원이 함께 마련돼야 한다"고 말했다. '
                    "교육청은 분교 유지 기준을 완화하는 방안도 검토하고 있다.",
                ),
                ("caption", "비금초 분교 학생들이 3일 운동장에서 교사와 함께 줄넘기를 하고 있다."),
                # Between two whole paragraphs a caption stays where it is.
                ("caption", "갯벌 체험 수업에 나선 비금초 분교 학생들."),
                (
                    "paragraph",
                    "군은 빈집을 고쳐 귀촌 가족에게 빌려주는 사업을 올해 두 배로 늘리기로 했다.",
                ),
            ],
            bylines=[("박지성", "기자", "park@gwangnam.co.kr", None)],
        )
    ]


MARKED_CAPTION_INSIDE_A_SENTENCE = """\
무등산 옛길 복원 마무리

광주시는 무등산 옛길 2구간 복원 공사를 마치고 다음 달부터 시민들에게 개방한다고 밝혔다. 옛길은 조선시대 장꾼들이 넘나들던 길로, 시는 훼손된 돌계단과 배수로를 옛 방식 그대로

▲ 복원 공사를 마친 무등산 옛길 2구간.
ⓒ광주시 제공

되살렸다. 시는 안내판과 쉼터도 새로 설치했다.

정다운 기자
"""  # noqa: E501


def test_marked_caption_and_credit_inside_a_sentence() -> None:
    assert items(MARKED_CAPTION_INSIDE_A_SENTENCE) == [
        article(
            "무등산 옛길 복원 마무리",
            body=[
                (
                    "lead",
                    "광주시는 무등산 옛길 2구간 복원 공사를 마치고 다음 달부터 시민들에게 "
                    "개방한다고 밝혔다. 옛길은 조선시대 장꾼들이 넘나들던 길로, 시는 훼손된 "
                    "돌계단과 배수로를 옛 방식 그대로 되살렸다. "
                    "시는 안내판과 쉼터도 새로 설치했다.",
                ),
                ("caption", "복원 공사를 마친 무등산 옛길 2구간.\nⓒ광주시 제공"),
            ],
            bylines=[("정다운", "기자", None, None)],
        )
    ]


@pytest.mark.parametrize(
    ("left", "right", "context", "sep"),
    [
        # Joined: the left end plus the right's first syllable begins a word elsewhere.
        ("방안을 고", "민하고 있다", "교사들의 고민은 깊다", ""),
        ("‘무등", "산 옛길’을 걷다", "무등산은 광주의 산이다", ""),
        ("지원이 이", "어질 전망이다", "지원이 이어지고 있다", ""),
        # Joined: a particle or an ending never starts a word.
        ("‘빛고을 광주’", "를 알리는 행사", "", ""),
        ("섬마을 분교", "에서 열린 졸업식", "", ""),
        ("예산을 늘리", "겠다고 밝혔다", "", ""),
        ("중요한 기회", "다. 서로 단절돼", "", ""),
        ("성과를 평가했", "고, 현재도", "", ""),  # no word ends in a past ending
        ("핵심", "적인 연산 자원", "", ""),
        # Closing marks join, opening marks do not wait for a space.
        ("말했다", ". 이어", "", ""),
        ("그는 “", "섬이 좋다”", "", ""),
        ('그는 "', '섬이 좋다"', "", ""),
        # A straight quote that closes a quotation is no opener, one that opens no closer.
        ('법원 "스토킹 해당"', "천장에 스피커를", "", " "),
        ("그는 말했다.", '"섬이 좋다"', "", " "),
        # A straight quote right after a letter is no opener, however many came before.
        ("two weeks'", "visit to the city", "", " "),
        ("Mrs. Reed's sons' and daughters'", "homes", "", " "),
        # Nothing spaces an address or a price range after its '@'.
        ("cows, $4.50@", "6.25.", "", ""),
        ("write to news@", "example.org", "", ""),
        ("He said, '", "Come in'", "", ""),
        # A space: whole words on both sides.
        ("협력하는 것이", "필요하다", "필요한 예산", " "),
        ("광주시는", "4일 밝혔다", "", " "),
        ("학생들이", "운동장에서 뛰었다", "학생들운동장", " "),
        ("만 39세", "까지 지원한다", "", " "),  # 까지 may start a word: no rule joins it
    ],
)
def test_join_or_space(left: str, right: str, context: str, sep: str) -> None:
    assert separator(left, right, Vocabulary(f"{left} {right} {context}")) == sep


# --- pages, items, sections ------------------------------------------------------

BRIEFS = """\
사람들

광주시의사회, 이웃돕기 성금 1천만원 기탁

광주시의사회는 3일 광주사회복지공동모금회를 찾아 이웃돕기 성금 1천만원을 기탁했다.

홍길동 기자

전남대 동문회, 장학금 전달

전남대 총동문회는 재학생 20명에게 장학금 2천만원을 전달했다고 4일 밝혔다.

김영희 기자


목포 해양소년단 창단식

목포 해양소년단이 2일 창단식을 열고 본격적인 활동에 들어갔다. 단원들은 올해 바다 정화 활동에 나설 예정이다.
"""  # noqa: E501


def test_page_of_short_items_split_at_bylines_and_wide_gaps() -> None:
    edition = parse(BRIEFS)
    [page] = outline(edition)
    assert (page["section"], page["inferred"]) == ("사람들", False)
    assert page["items"] == [
        article(
            "광주시의사회, 이웃돕기 성금 1천만원 기탁",
            body=[
                (
                    "lead",
                    "광주시의사회는 3일 광주사회복지공동모금회를 찾아 "
                    "이웃돕기 성금 1천만원을 기탁했다.",
                )
            ],
            bylines=[("홍길동", "기자", None, None)],
        ),
        article(
            "전남대 동문회, 장학금 전달",
            body=[
                (
                    "lead",
                    "전남대 총동문회는 재학생 20명에게 장학금 2천만원을 전달했다고 4일 밝혔다.",
                ),
            ],
            bylines=[("김영희", "기자", None, None)],
        ),
        article(
            "목포 해양소년단 창단식",
            body=[
                (
                    "lead",
                    "목포 해양소년단이 2일 창단식을 열고 본격적인 활동에 들어갔다. "
                    "단원들은 올해 바다 정화 활동에 나설 예정이다.",
                )
            ],
        ),
    ]
    assert [it.id for _, it in edition.items()] == ["p1-1", "p1-2", "p1-3"]
    assert edition.pages[0].label is not None and edition.pages[0].label.text == "사람들"


OTHER_PAPER = """\
전남매일
www.jndn.com
제9876호 ☎ 061-123-4567
2026년 3월 2일(월) 음력 1.14

[사회]

영산강 자전거길 새단장

광주시는 영산강 자전거길 20㎞ 구간을 새로 단장했다고 2일 밝혔다. 시는 노후 포장을 바꾸고 쉼터 다섯 곳을 새로 만들었다.

정다운 기자


봄맞이 가전 대축제

■ 행사 기간

3월 1일(토) ~ 3월 15일(일)

■ 할인 품목

품목	정상가	할인가
냉장고	1,890,000	1,490,000
세탁기	990,000	790,000

※ 재고 소진 시 조기 종료될 수 있습니다.

문의 ☎ 1588-1234
www.bomgajeon.co.kr


무안공항 국제선 다시 뜬다

무안국제공항 국제선 운항이 다음 달 재개된다. 전남도는 항공사 두 곳과 운항 협약을 맺었다고 밝혔다.

최민호 기자 choi@jndn.com
"""  # noqa: E501

SPRING_SALE = {
    "title": "봄맞이 가전 대축제",
    "advertiser": None,
    "blocks": [
        ("heading", "행사 기간"),
        ("paragraph", "3월 1일(토) ~ 3월 15일(일)"),
        ("heading", "할인 품목"),
        (
            "table",
            ["품목", "정상가", "할인가"],
            [["냉장고", "1,890,000", "1,490,000"], ["세탁기", "990,000", "790,000"]],
        ),
        ("note", "※ 재고 소진 시 조기 종료될 수 있습니다."),
        ("contact", "phone", "1588-1234", "1588-1234", "문의"),
        ("contact", "url", "www.bomgajeon.co.kr", "www.bomgajeon.co.kr", None),
    ],
    # Something follows it on the page: the ad is whole.
    "truncated": False,
}


def test_another_papers_masthead_label_and_an_ad_between_articles() -> None:
    edition = parse(OTHER_PAPER)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.url, m.edition_kind, m.issue, m.phone) == (
        "전남매일",
        "www.jndn.com",
        None,
        9876,
        "061-123-4567",
    )
    assert (m.date, m.weekday, m.lunar) == ("2026-03-02", "월요일", "01-14")
    assert edition.warnings == []
    assert edition.id == "전남매일-2026-03-02"
    [page] = outline(edition)
    assert (page["section"], page["inferred"]) == ("사회", False)
    assert page["items"] == [
        article(
            "영산강 자전거길 새단장",
            body=[
                (
                    "lead",
                    "광주시는 영산강 자전거길 20㎞ 구간을 새로 단장했다고 2일 밝혔다. "
                    "시는 노후 포장을 바꾸고 쉼터 다섯 곳을 새로 만들었다.",
                )
            ],
            bylines=[("정다운", "기자", None, None)],
        ),
        SPRING_SALE,
        article(
            "무안공항 국제선 다시 뜬다",
            body=[
                (
                    "lead",
                    "무안국제공항 국제선 운항이 다음 달 재개된다. "
                    "전남도는 항공사 두 곳과 운항 협약을 맺었다고 밝혔다.",
                )
            ],
            bylines=[("최민호", "기자", "choi@jndn.com", None)],
        ),
    ]


@pytest.mark.parametrize("label", ["경제", "[경제]", "■ 경제", "【경제】", "<경제>"])
def test_printed_section_label(label: str) -> None:
    text = f"{label}\n\n{BYLINES_ON_ONE_LINE}"
    edition = parse(text)
    page = edition.pages[0]
    assert (page.section, page.section_inferred) == ("경제", False)
    assert page.label is not None
    assert [text[s:e] for s, e in page.label.spans] == [label]
    assert edition.articles()[0].headline.text == "광주 아파트값 3주 연속 하락"


def test_unlabelled_pages_infer_their_section() -> None:
    sections = [p.section for p in parse(f"{TRIANGLES}\f{DASH_BULLETS}\f{SPRING_PAGE}").pages]
    assert sections == ["인터뷰", "종합", "광고"]


SPRING_PAGE = OTHER_PAPER[OTHER_PAPER.index("봄맞이") : OTHER_PAPER.index("무안공항")]

FORM_FED = f"{Q_DOT_A_DOT}\f경제\n\n{TOP_DATELINE}\f\n{BRIEFS}\f"


def test_pages_joined_by_form_feeds() -> None:
    edition = parse(FORM_FED)
    pages = outline(edition)
    assert [(p["section"], p["inferred"]) for p in pages] == [
        ("인터뷰", True),
        ("경제", False),
        ("사람들", False),
    ]
    assert [p.number for p in edition.pages] == [1, 2, 3]
    assert pages[0]["items"] == items(Q_DOT_A_DOT)
    assert pages[1]["items"] == items(TOP_DATELINE)
    assert pages[2]["items"] == outline(parse(BRIEFS))[0]["items"]
    ids = [it.id for _, it in edition.items()]
    assert ids == ["p1-1", "p2-1", "p3-1", "p3-2", "p3-3"]
    # A form feed is a page break, never part of any text.
    assert not any("\f" in leaf.text for leaf in edition_leaves(edition))


def test_folder_of_pages_in_name_order(tmp_path) -> None:
    pages = {"p1.txt": Q_DOT_A_DOT, "p2.txt": TOP_DATELINE, "p10.txt": BRIEFS}
    for name, text in pages.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "notes.md").write_text("not a page", encoding="utf-8")
    (tmp_path / ".p3.txt").write_text("an editor's leftover", encoding="utf-8")
    # A folder may mix encodings; each page is decoded on its own.
    (tmp_path / "p2.txt").write_bytes(TOP_DATELINE.encode("cp949"))
    edition = ingest(tmp_path)
    assert [p.section for p in edition.pages] == ["인터뷰", "종합", "사람들"]
    assert [p.items[0].title for p in edition.pages] == [
        '"지역 대학이 살아야 청년이 돌아온다"',
        "광주 수출 석 달째 증가…반도체·자동차 견인",
        "광주시의사회, 이웃돕기 성금 1천만원 기탁",
    ]
    assert edition.source.encoding == "mixed: utf-8,cp949,utf-8"
    text = "\f".join([Q_DOT_A_DOT, TOP_DATELINE, BRIEFS])
    assert edition.source.chars == len(text)
    assert coverage_problems(edition, text) == []


# --- mastheads ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("date_line", "fields", "warnings"),
    [
        # 2023 had a leap second month: 22 March was 윤2월 1일.
        ("2023년 3월 22일 수요일 (음력 윤2월 1일)", ("2023-03-22", "수요일", "02-01", True), []),
        (
            "2023년 3월 22일 수요일 (음력 2월 1일)",
            ("2023-03-22", "수요일", "02-01", False),
            ["masthead: lunar date of 2023-03-22 is 윤02-01, but the page prints 02-01"],
        ),
        ("2026년 3월 2일(월) 음력 1.14", ("2026-03-02", "월요일", "01-14", False), []),
        (
            "2026년 2월 30일 월요일",
            (None, "월요일", None, False),
            ["masthead: no such date as 2026년 2월 30일 월요일"],
        ),
    ],
)
def test_masthead_dates(date_line: str, fields: tuple, warnings: list[str]) -> None:
    text = f"한빛일보\n\n제 1234 호\n\n{date_line}\n\n{BYLINES_ON_ONE_LINE}"
    edition = parse(text)
    m = edition.masthead
    assert m is not None
    assert (m.paper, m.issue) == ("한빛일보", 1234)
    assert (m.date, m.weekday, m.lunar, m.lunar_leap) == fields
    assert edition.warnings == warnings
    assert edition.articles()[0].headline.text == "광주 아파트값 3주 연속 하락"


def test_no_masthead_is_no_masthead() -> None:
    edition = parse(BYLINES_ON_ONE_LINE)
    assert edition.masthead is None
    assert edition.id == "edition"


# --- more bylines, heads and contacts ---------------------------------------------

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


AD_WITH_AREA_CODE_IN_BRACKETS = """\
평생학습관 수강생 모집

• 모집 과정

- 스마트폰 활용 기초
- 생활 속 인공지능
매주 화·목 오후 2시

문의 (062)950-5636
홈페이지 www.lifelong.example
"""


def test_ad_contacts_with_the_area_code_in_brackets() -> None:
    [ad] = items(AD_WITH_AREA_CODE_IN_BRACKETS)
    assert ad == {
        "title": "평생학습관 수강생 모집",
        "advertiser": None,
        "blocks": [
            ("heading", "모집 과정"),
            ("list", ["스마트폰 활용 기초", "생활 속 인공지능\n매주 화·목 오후 2시"]),
            ("contact", "phone", "062-950-5636", "(062)950-5636", "문의"),
            ("contact", "url", "www.lifelong.example", "www.lifelong.example", "홈페이지"),
        ],
        "truncated": False,
    }


LONG_DASHES = """\
"연극은 결국 사람 이야기"

극단 '빛고을' 김미숙 대표

― 창단 20주년을 맞은 소감은.

"함께해 준 단원들 덕분이다. 무대를 지켜 준 관객들에게도 고맙다."

—다음 작품은?

"광주의 오래된 골목 이야기를 무대에 올릴 계획이다."

문) 젊은 배우들에게 하고 싶은 말은.
답) 무대를 두려워하지 말라는 것이다.
"""  # noqa: E501


def test_long_dashes_and_korean_q_a_markers() -> None:
    assert items(LONG_DASHES) == [
        article(
            '"연극은 결국 사람 이야기"',
            subheadline="극단 '빛고을' 김미숙 대표",
            body=[
                ("question", "창단 20주년을 맞은 소감은."),
                ("answer", '"함께해 준 단원들 덕분이다. 무대를 지켜 준 관객들에게도 고맙다."'),
                ("question", "다음 작품은?"),
                ("answer", '"광주의 오래된 골목 이야기를 무대에 올릴 계획이다."'),
                ("question", "젊은 배우들에게 하고 싶은 말은."),
                ("answer", "무대를 두려워하지 말라는 것이다."),
            ],
        )
    ]
