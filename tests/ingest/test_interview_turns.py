"""An interview's questions and answers by dash, speaker, triangle or number; false questions."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.turns import A_MARK, Q_MARK, TRIANGLE_ASKS
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.test_conventions import LEAD, MORE, items, parse


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


HEARING = (
    f"상임위, 교통요금 공방\n\n{LEAD}\n\n[주요 문답]\n\n"
    "▶한누리 의원(누리당)=요금 인상 근거가 무엇인가.\n\n"
    "▶박하늘 교통부 장관=적자가 쌓여 불가피하다.\n\n"
    "▶한 의원=서민 부담은 생각했나.\n\n"
    "▶박 장관=할인 제도를 함께 늘리겠다.\n\n"
    "조은별 기자\n"
)


def test_speaker_labelled_turns_are_questions_and_answers_by_title() -> None:
    [item] = items(HEARING)
    assert item["body"] == [
        ("lead", LEAD),
        ("subhead", "주요 문답"),
        ("question", "한누리 의원(누리당)=요금 인상 근거가 무엇인가."),
        ("answer", "박하늘 교통부 장관=적자가 쌓여 불가피하다."),
        ("question", "한 의원=서민 부담은 생각했나."),
        ("answer", "박 장관=할인 제도를 함께 늘리겠다."),
    ]
    _, trace = explain_text(HEARING)
    assert any("speaker labelled" in why for why in trace.notes.values())


def test_an_answer_marked_with_a_triangle_stays_an_answer() -> None:
    text = f"누리시장 인터뷰\n\n{LEAD}\n\n▲ 올해 목표는.\n\n△ 골목상권을 살리는 것이다.\n"
    [item] = items(text)
    assert item["body"][-1] == ("answer", "골목상권을 살리는 것이다.")


def test_a_second_speakers_answer_under_one_question_is_an_answer() -> None:
    text = (
        "“첫 무대, 떨렸어요”\n\n"
        f"{LEAD}\n\n"
        "― 첫 공연 소감은요.\n\n"
        "가온: 무대에 오르기 전까지 손이 떨렸어요.\n\n"
        "나래: 저는 관객석에서 부모님을 찾느라 바빴어요.\n\n"
        "― 다음 목표는요.\n\n"
        "가온: 전국 투어를 해 보고 싶어요.\n"
    )
    [item] = items(text)
    kinds = [kind for kind, _ in item["body"]]
    assert kinds == ["lead", "question", "answer", "answer", "question", "answer"]


def test_a_paragraph_after_an_answer_without_a_speaker_stays_a_paragraph() -> None:
    text = (
        "“첫 무대, 떨렸어요”\n\n"
        f"{LEAD}\n\n"
        "― 첫 공연 소감은요.\n\n"
        "가온: 무대에 오르기 전까지 손이 떨렸어요.\n\n"
        f"{MORE}\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("paragraph", MORE)


def test_answers_by_a_name_under_a_q_and_a_is_its_byline() -> None:
    qa = "Q. When should I prune roses?\nA. In early spring, before new growth starts."
    dates = [
        "May 2, 10 a.m. — Seed swap at the library; bring seeds in labelled envelopes",
        "May 9, 9 a.m. — Plant sale on the town green; volunteers meet at the gazebo",
    ]
    listed = "".join(f"* {d}\n" for d in dates)
    signed = "Answers by Ivo Brandt, Master Gardener"
    text = f"Ask the Gardener\n\n{qa}\n\n{signed}\n\nCalendar\n\n{listed}"
    qa_item, calendar = items(text)
    assert qa_item["bylines"] == [("Ivo Brandt", "Master Gardener", None, None)]
    assert calendar["headline"] == "Calendar"
    assert calendar["body"] == [("bullet", d) for d in dates]


def test_an_answer_on_the_line_under_its_question_is_its_own_turn() -> None:
    text = (
        "Ask the Gardener\n\nQ. When should I prune roses?\nA. In early spring, before new"
        " growth starts.\nQ. And hydrangeas?\nA. Right after they bloom.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]
    assert item["body"][1] == ("answer", "In early spring, before new growth starts.")


def test_an_initial_inside_a_wrapped_line_stays_text() -> None:
    """'A. Smith' under a line that asks nothing is a name's initial."""
    wrapped = "The auction was run by\nA. Smith and his daughters."
    text = f"Rotary auction raises $18,000\n\n{wrapped}\n\n{EN_MORE}\n"
    [item] = items(text)
    assert item["body"][0] == ("lead", "The auction was run by A. Smith and his daughters.")


def test_a_long_dash_before_a_figure_still_asks() -> None:
    text = (
        "[인터뷰] 누리책방 김한솔 대표\n\n"
        "누리책방이 문을 연 지 10년이 됐다. 김한솔 대표를 책방에서 만났다.\n"
        "― 10년을 버틴 비결은.\n"
        "단골 손님들이 모임을 만들어 줬다.\n"
        "― 앞으로의 계획은.\n"
        "어린이 서가를 꾸리고 싶다.\n"
    )
    [story] = items(text)
    assert ("question", "10년을 버틴 비결은.") in story["body"]


def test_a_hyphen_before_a_figure_is_a_negative_number() -> None:
    text = (
        "누리 산간 영하권 추위\n\n"
        "누리 산간 지역의 아침 기온이 크게 떨어졌다.\n"
        "-10도 안팎의 추위는 주말까지 이어진다고 기상청은 밝혔다.\n"
    )
    [story] = items(text)
    assert all(kind != "question" for kind, _ in story["body"])


HEAD = "[대표 인터뷰] “물류 창고, 2년 안에 두 배로”\n솔뫼로지스 한가람 대표\n\n"


def test_triangles_on_short_lines_over_unmarked_answers_ask() -> None:
    text = (
        f"{HEAD}"
        "△올해 목표는.\n"
        "창고 면적을 지난해보다 30% 늘리는 것이다. 하반기 2공장이 문을 연다.\n\n"
        "△인력은 충분한가.\n"
        "물류 자동화로 부족분을 메운다. 분류 로봇 40대를 들였다.\n\n"
        "정리=나은솔 기자\n"
    )
    edition, trace = explain_text(text)
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]
    assert trace.rule("p1-1", "body.0") == f"units: {TRIANGLE_ASKS}"


def test_triangles_under_a_marked_question_still_answer() -> None:
    text = (
        f"{HEAD}"
        "Q. 올해 목표는?\n△창고 면적을 지난해보다 30% 늘리는 것이다.\n\n"
        "Q. 인력은 충분한가?\n△물류 자동화로 부족분을 메운다.\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]
    assert item["body"][1] == ("answer", "창고 면적을 지난해보다 30% 늘리는 것이다.")


def test_bare_questions_in_a_story_credited_to_its_interviewer() -> None:
    text = (
        f"{HEAD}"
        "취임 뒤 무엇이 달라졌나?\n\n"
        "직원들과 매주 아침을 함께 먹는다. 현장의 이야기가 가장 빨리 들린다.\n\n"
        "새해 계획은 무엇인가?\n\n"
        "지방 거점 창고 세 곳을 더 연다. 부지는 이미 골라 두었다.\n\n"
        "대담=한가람 편집국장\n정리=나은솔 기자\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["question", "answer", "question", "answer"]


def test_rhetorical_questions_in_an_unsigned_column_stay_text() -> None:
    text = (
        "[시론] 물류 창고는 어디로 가야 하나\n\n"
        "왜 지금 창고인가?\n\n"
        "온라인 주문이 늘면서 도심 창고가 모자란다. 땅값이 걸림돌이다.\n\n"
        "누가 비용을 대나?\n\n"
        "결국 소비자가 낸다. 배송비가 오를 수밖에 없다.\n\n"
        "한가람 솔뫼대 교수\n"
    )
    [item] = items(text)
    assert "question" not in [kind for kind, _ in item["body"]]


def test_triangle_heads_of_a_list_in_a_story_stay_text() -> None:
    text = (
        "정부, 청년 지원책 발표\n\n"
        "정부가 청년 지원책을 내놨다. 주요 내용은 다음과 같다.\n\n"
        "△청년 주거 지원 확대\n\n"
        "월세 지원 대상을 연 소득 5천만원 이하로 넓힌다.\n\n"
        "△청년 일자리 창출\n\n"
        "중소기업 취업 청년에게 최대 1200만원을 지급한다.\n"
    )
    edition = parse(text)
    assert edition.pages[0].section != "인터뷰"
    [item] = items(text)
    assert item["headline"] == "정부, 청년 지원책 발표"
    assert "question" not in [kind for kind, _ in item["body"]]
    assert item["body"][0] == ("lead", "정부가 청년 지원책을 내놨다. 주요 내용은 다음과 같다.")


def test_numbered_questions_over_unmarked_answers_are_an_explainers_turns() -> None:
    text = (
        "누리시 버스 요금 개편 문답\n\n"
        f"{LEAD}\n\n"
        "Q1. 요금은 얼마나 오르나?\n성인 요금이 1500원에서 1700원으로 오른다.\n\n"
        "Q2. 환승 할인은 그대로인가?\n환승 할인은 그대로 유지된다. 시는 다음 달 세부안을 낸다.\n"
    )
    [item] = items(text)
    assert item["body"][1:] == [
        ("question", "요금은 얼마나 오르나?"),
        ("answer", "성인 요금이 1500원에서 1700원으로 오른다."),
        ("question", "환승 할인은 그대로인가?"),
        ("answer", "환승 할인은 그대로 유지된다. 시는 다음 달 세부안을 낸다."),
    ]
    _, trace = explain_text(text)
    assert trace.rule("p1-1", "body.1") == "units: marker 'Q1.'"


def test_a_quarters_figure_led_by_q_is_no_question() -> None:
    line = "Q1 매출은 1200억원으로 지난해보다 8% 늘었다."
    [item] = items(f"누리전자 실적 개선\n\n{LEAD}\n\n{line}\n")
    assert ("paragraph", line) in item["body"]
    [item] = items(f"누리전자 실적 개선\n\n{LEAD}\n\nQ1.5배 늘어난 매출이 눈에 띈다.\n")
    assert "question" not in [kind for kind, _ in item["body"]]


def test_numbered_answers_with_no_numbered_question_are_a_storys_text() -> None:
    # 'A1.' here is a credit grade, not the answer to a 'Q1.'
    text = (
        "회사채 등급 기준 바뀐다\n\n"
        "금융당국이 회사채 신용등급 기준을 내년부터 바꾼다고 3일 밝혔다.\n\n"
        "A1. 등급을 받은 회사채는 기관투자가가 제한 없이 살 수 있다.\n\n"
        "A2. 등급 이하 회사채는 담보를 더 쌓아야 한다.\n"
    )
    [item] = items(text)
    assert item["body"][1:] == [
        ("paragraph", "A1. 등급을 받은 회사채는 기관투자가가 제한 없이 살 수 있다."),
        ("paragraph", "A2. 등급 이하 회사채는 담보를 더 쌓아야 한다."),
    ]


def test_a_line_opening_on_a_names_initials_is_no_answer() -> None:
    assert A_MARK.match("A. C. Bergstrom, two-story frame dwelling, $4,800.") is None
    assert Q_MARK.match("Q. R. Dunn was elected clerk of the board.") is None


def test_an_answer_marker_before_a_word_still_answers() -> None:
    assert A_MARK.match("A. Every two hundred miles.") is not None
    assert Q_MARK.match("Q. How often should the cups be turned?") is not None
