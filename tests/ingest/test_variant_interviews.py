"""Other papers' questions and answers, each on a small page of its own (none is from the
seed): questions as '-' with no space, 'Q.'/'A.', '▲'/'△' and long dashes; answers in
quotation marks; '-' bullets that are not questions.
Pages keep each paragraph on one line, as extraction gives them (hence the noqa)."""

from __future__ import annotations

from tests.ingest.variation_pages import DASH_BULLETS, Q_DOT_A_DOT, TRIANGLES, article, items

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
