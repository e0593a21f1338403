"""A column's writer line, on small made-up examples: the person (with a note or what they are)
under a column's or a contribution's headline is its byline; another person, or a line under a
plain headline, is not. Every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.writer_line import NAME_OVER_ROLE
from tests.ingest.rule_pages import COLUMN_TEXT
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_person_with_a_note_under_a_columns_headline_is_its_byline() -> None:
    text = (
        "[한누리의 약초 이야기] (8) 쑥 - 봄볕에 자란 잎이 약이 된다\n\n"
        "한누리 약사(누리약국 대표)\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("한누리", "약사", None, None)]
    assert item["deck"] == ["봄볕에 자란 잎이 약이 된다"]
    assert item["subheadline"] is None


def test_a_line_with_a_note_that_names_no_person_stays_in_the_deck() -> None:
    """Under a column's headline, over questions and answers: no columnist signs it."""
    text = (
        "[한누리의 약초 이야기] (8) 쑥 - 봄볕에 자란 잎이 약이 된다\n\n"
        "매주 화요일 싣는 약초 이야기(독자 질문)\n\n"
        "Q. 쑥은 언제 캐는 것이 좋은가요?\n\n"
        "A. 봄볕이 따뜻해지는 3월 말부터 4월 초까지 어린 잎을 캐는 것이 좋습니다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"][-1] == "매주 화요일 싣는 약초 이야기(독자 질문)"


def test_a_person_under_a_numbered_columns_headline_is_its_byline() -> None:
    text = f"[옛 노래 한 수] (12) 섬의 가을\n\n한솔빛 누리대 국문과 교수\n\n{COLUMN_TEXT}"
    [column] = items(text)
    assert column["bylines"] == [("한솔빛", "누리대 국문과 교수", None, None)]
    assert column["subheadline"] is None


def test_a_person_under_a_headline_whose_kicker_names_a_column_is_its_byline() -> None:
    text = f"[골목 칼럼] 섬의 가을 장터\n\n한솔빛 누리경제연구소장\n\n{COLUMN_TEXT}"
    [column] = items(text)
    assert column["bylines"] == [("한솔빛", "누리경제연구소장", None, None)]
    assert column["subheadline"] is None


def test_a_person_under_a_kicker_that_names_no_column_stays_the_subject() -> None:
    # '[이 사람]' is about the one named: an interview's subject, not its writer
    text = f"[이 사람] 섬의 가을 장터 지킨 30년\n\n한솔빛 누리장터 상인회장\n\n{LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert item["subheadline"] == "한솔빛 누리장터 상인회장"
    assert item["bylines"] == []


NAMED = (
    "[나가람의 동네경제] 시장 골목이 버티는 법\n\n"
    "나가람 칼럼니스트\n\n"
    "우리 동네 시장은 올해로 서른 해째 같은 자리에 있다. 길 건너 대형마트가 두 번 바뀌었다.\n\n"
    "작은 가게의 힘은 가격이 아니라 시간에서 나온다.\n"
)


def test_a_named_columns_writer_under_its_headline_is_the_byline() -> None:
    [column] = items(NAMED)
    assert column["deck"] == []
    assert column["bylines"] == [("나가람", "칼럼니스트", None, None)]


def test_another_person_under_a_named_columns_headline_is_no_byline() -> None:
    [column] = items(NAMED.replace("나가람 칼럼니스트", "한결 칼럼니스트"))
    assert column["bylines"] == []


OVER_ROLE = (
    "[기고] 한파 속 홀로 사는 어르신, 이웃이 먼저 두드려야\n\n"
    "도누리\n\n"
    "가람시노인복지관장\n\n"
    "올겨울 들어 가람시에서만 홀로 사는 어르신 세 분이 병원에 실려 갔다. 세 분 모두 지원 명단에 "
    "없었다.\n\n"
    "행정의 안전망은 명단에서 시작한다.\n"
)


def test_a_name_alone_over_what_they_are_under_a_contributions_headline_signs_it() -> None:
    [piece] = items(OVER_ROLE)
    assert piece["deck"] == []
    assert piece["bylines"] == [("도누리", "가람시노인복지관장", None, None)]
    _, trace = explain_text(OVER_ROLE)
    assert trace.rule("p1-1", "byline.0") == NAME_OVER_ROLE


def test_a_name_over_a_line_under_a_plain_headline_signs_nothing() -> None:
    [piece] = items(OVER_ROLE.replace("[기고] ", ""))
    assert piece["bylines"] == []


def test_a_long_column_headline_stands_apart_from_the_writer_line_under_it() -> None:
    text = (
        "[생활 법률] (12) 전세 보증금 돌려받는 순서와 절차 - 임차권등기명령을 먼저 신청해야\n"
        "남궁별 솔빛법률사무소 변호사\n\n"
        "계약이 끝났는데도 집주인이 보증금을 돌려주지 않는다면 무엇부터 해야 할까. "
        "먼저 임차권등기명령을 신청해 대항력을 지켜야 한다.\n"
    )
    _, trace = explain_text(text)
    [item] = items(text)
    assert item["headline"] == "[생활 법률] (12) 전세 보증금 돌려받는 순서와 절차"
    assert item["deck"] == ["임차권등기명령을 먼저 신청해야"]
    assert item["bylines"][0][:2] == ("남궁별", "솔빛법률사무소 변호사")
    assert item["body"][0][1].startswith("계약이 끝났는데도")


def test_a_two_line_deck_under_a_contributions_headline_is_no_writers_line() -> None:
    page = (
        "[시론] 저출산 대책의 함정\n골든타임\n이미 지나가고 있다\n\n"
        "정부가 올해 저출산 대책에 쓰는 돈은 역대 가장 많다. 그러나 출생아 수는 줄고 있다.\n"
    )
    [column] = _articles(page)
    assert not column.bylines
    assert [d.text for d in column.deck] == ["골든타임", "이미 지나가고 있다"]


def test_a_students_line_under_a_numbered_columns_headline_is_its_writer() -> None:
    for head in (
        "[교정 일기] (9) 첫 수업의 떨림",
        "[교정 일기] (9) 첫 수업의 떨림 - 교단에서 본 교실",
    ):
        text = f"{head}\n한누리 누리대 교육대학원 2학년\n\n{LEAD}\n\n{MORE}\n"
        [item] = items(text)
        assert item["bylines"] == [("한누리", "누리대 교육대학원 2학년", None, None)]
        assert "한누리 누리대 교육대학원 2학년" not in item["deck"]


def test_a_students_line_under_a_plain_headline_signs_nothing() -> None:
    # not a series one writer keeps: the student may be the story's subject
    text = f"누리고 축구부 전국대회 첫 우승\n한누리 누리고 3학년\n\n{LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert item["bylines"] == []


def test_a_winners_school_year_after_a_storys_last_paragraph_signs_nothing() -> None:
    text = (
        "누리초 환경 글짓기 대회 시상\n\n"
        "누리시교육지원청은 지난 3일 누리초에서 환경 글짓기 대회 시상식을 열었다. "
        "올해 대회에는 초등학생 420명이 글을 냈다.\n\n"
        "심사위원들은 학생들의 글이 생활 속 실천을 구체적으로 담았다고 평가했다.\n\n"
        "대상 김하늘 누리초 6학년\n\n"
        "금상 박바다 누리초 5학년\n"
    )
    [item] = items(text)
    assert item["bylines"] == []
    assert item["body"][-2:] == [
        ("paragraph", "대상 김하늘 누리초 6학년"),
        ("paragraph", "금상 박바다 누리초 5학년"),
    ]


def test_a_student_under_a_numbered_column_a_reporter_signs_is_its_subject() -> None:
    text = (
        "[우리동네 탐방] (14) 누리시장 골목\n\n김하늘 누리초 6학년\n\n"
        "누리시장 골목에는 60년 된 떡집과 방앗간이 나란히 있다. "
        "주말이면 이웃 동네에서도 손님이 찾아온다.\n\n"
        "상인회는 올해 골목 간판을 새로 달 계획이다.\n\n박바다 기자 bada@nurinews.kr\n"
    )
    [item] = items(text)
    assert [b[:2] for b in item["bylines"]] == [("박바다", "기자")]
    assert item["deck"] == ["김하늘 누리초 6학년"]
