"""People's titles and the person an interview is with: reporter compounds, subheadlines."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.interviewee import INTERVIEWEE_UNDER_DECK
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


# --- a teacher named under an interview's headline ------------------------------------------

INTERVIEW_BODY = (
    "솔뫼초 합창단이 도 대회에서 금상을 받았다. 단원들을 이끈 교사를 3일 학교에서 만났다.\n"
    "―수상 소감은.\n"
    '"아이들이 끝까지 웃으며 노래해 준 것이 가장 고맙습니다."\n'
)


def test_a_teacher_named_by_title_under_the_headline_is_the_subheadline() -> None:
    text = f'"열두 명의 목소리가 하나로"\n전남 합창대회 금상 이끈 한가람 교사\n\n{INTERVIEW_BODY}'
    [item] = items(text)
    assert item["subheadline"] == "전남 합창대회 금상 이끈 한가람 교사"
    assert item["deck"] == []


def test_a_deck_line_about_teachers_stays_a_deck_entry() -> None:
    text = f'"열두 명의 목소리가 하나로"\n교사 정원 줄어 합창단 해체 위기\n\n{INTERVIEW_BODY}'
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["deck"] == ["교사 정원 줄어 합창단 해체 위기"]


INTERVIEW = (
    "[의사에게 묻는다] 겨울 무릎 통증\n"
    '"계단보다 평지를 걸으세요"\n'
    "한누리 누리대병원 정형외과 교수\n\n"
    f"{LEAD}\n\n"
    "―무릎이 겨울에 더 아픈 이유는.\n"
    '"기온이 내려가면 관절 주변 근육이 굳기 때문입니다."\n\n'
    "―운동은 어떻게 하나.\n"
    '"하루 30분 평지를 걷는 것이 좋습니다."\n'
)


def test_the_person_under_an_interviews_quoted_deck_is_its_subheadline() -> None:
    [item] = items(INTERVIEW)
    assert item["deck"] == ['"계단보다 평지를 걸으세요"']
    assert item["subheadline"] == "한누리 누리대병원 정형외과 교수"
    _, trace = explain_text(INTERVIEW)
    assert trace.rule("p1-1", "subheadline") == INTERVIEWEE_UNDER_DECK


def test_a_person_under_a_deck_with_no_questions_stays_in_the_deck() -> None:
    # no interview under it: the line is the deck's, as printed
    text = (
        "겨울 무릎 통증 늘어\n"
        + '"계단보다 평지를 걸으세요"\n'
        + "한누리 누리대병원 정형외과 교수\n\n"
    )
    [item] = items(f"{text}{LEAD}\n\n{MORE}\n")
    assert item["subheadline"] is None


def test_a_talkers_line_under_a_transcripts_plain_deck_is_no_subheadline() -> None:
    # '■ 대담 : NAME 직함' under a programme line (no quote): the transcript's deck, as printed
    text = INTERVIEW.replace(
        '"계단보다 평지를 걸으세요"\n', "■ 방송 : 누리FM '아침 건강'\n"
    ).replace("한누리 누리대병원", "■ 대담 : 한누리 누리대병원")
    [item] = items(text)
    assert item["subheadline"] is None


@pytest.mark.parametrize(
    ("deck", "person"),
    [
        (["[인터뷰] 20년째 새벽에 문 여는 빵집 주인"], "한누리 누리빵집 대표"),
        (["앨범 발매…다음 달 첫 단독 공연"], "가수 한누리"),
        ([], "한누리 누리해양연구소 책임연구원"),
    ],
)
def test_the_person_an_interview_is_with_is_its_subheadline_on_any_line_of_the_head(
    deck: list[str], person: str
) -> None:
    head = "\n".join(['"새벽 빵이 동네를 깨웁니다"', *deck, person])
    text = f'{head}\n\n{LEAD}\n\n―새벽에 여는 이유는.\n"출근하는 손님이 많기 때문입니다."\n'
    [item] = items(text)
    assert item["subheadline"] == person
    assert item["deck"] == deck
    _, trace = explain_text(text)
    assert trace.rule("p1-1", "subheadline") == INTERVIEWEE_UNDER_DECK


def test_a_person_in_charge_is_named_by_a_title() -> None:
    text = f'"달 얼음은 식수이자 연료"\n한누리 누리별 2호 총괄책임자\n\n{LEAD}\n'
    assert items(text)[0]["subheadline"] == "한누리 누리별 2호 총괄책임자"


def test_a_broadcasts_labelled_header_line_names_no_interviewee() -> None:
    text = (
        '[라디오 인터뷰] "횡단보도, 사람이 먼저입니다"\n\n'
        "■ 방송 : 누리FM 라디오 '아침 광장'\n■ 대담 : 한누리 누리시 교통안전과장\n\n"
        "◇ 한가람> 올해 달라지는 게 있습니까?\n◆ 한누리> 신호 시간을 늘립니다.\n"
    )
    [item] = items(text)
    assert item["subheadline"] is None


@pytest.mark.parametrize(
    ("head", "writer", "byline"),
    [
        ('[독자의 소리] "횡단보도 신호 너무 짧다"', "한누리 주부", ("한누리", "주부")),
        ('[독자 기고] "버스 노선 바꿔 주세요"', "김하늘 누리중 2학년", ("김하늘", "누리중 2학년")),
    ],
)
def test_a_readers_letter_under_a_quoted_headline_is_signed_by_its_writer(
    head: str, writer: str, byline: tuple[str, str]
) -> None:
    # no questions: the line under a reader's quoted headline is the writer, not an interviewee
    [item] = items(f"{head}\n{writer}\n\n{LEAD}\n\n{MORE}\n")
    assert item["subheadline"] is None
    assert [b[:2] for b in item["bylines"]] == [byline]
    assert writer not in item["deck"]


@pytest.mark.parametrize("post", ["현장 책임자", "개인정보 보호 책임자"])
def test_a_post_in_charge_with_no_name_is_no_person(post: str) -> None:
    text = f'"달 얼음은 식수이자 연료"\n{post}\n\n{LEAD}\n'
    [item] = items(text)
    assert item["subheadline"] is None
    assert item["bylines"] == []


def _interview(person: str) -> str:
    return (
        '"갯벌은 탄소를 가장 오래 품는 땅"\n'
        f"{person}\n"
        "갯벌 30곳 5년 관측 결과 첫 공개\n\n"
        "서해 갯벌이 숲보다 탄소를 오래 붙잡아 둔다는 관측 결과가 나왔다.\n\n"
        "― 관측은 어떻게 했나.\n"
        '"갯벌 30곳에 관측 장비를 묻고 5년 동안 자료를 모았습니다."\n'
    )


@pytest.mark.parametrize(
    "person",
    [
        "한빛해양연구원 도서진 책임연구원",  # the institute first, then name and grade
        "가람면 솔내마을 하동수 이장",  # the village first, then name and post
        "다큐멘터리 '갯벌의 시간' 연출 감독 하윤슬",  # the role first, then the name
    ],
)
def test_an_interviewee_named_after_their_group_or_role_is_the_subheadline(person: str) -> None:
    [item] = items(_interview(person))
    assert item["subheadline"] == person
    assert item["deck"] == ["갯벌 30곳 5년 관측 결과 첫 공개"]


def test_a_deck_line_ending_on_no_title_is_no_interviewee() -> None:
    # the same shape of words, its last word no post nor title: the deck
    [item] = items(_interview("한빛해양연구원 갯벌 관측 자료 공개"))
    assert item.get("subheadline") is None
    assert item["deck"][0] == "한빛해양연구원 갯벌 관측 자료 공개"
