"""Credit lines: a reporter's role, desk and post, two credits on a line, datelines."""

from __future__ import annotations

from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import SERIAL, WEEKLY
from tests.ingest.test_conventions import LEAD, MORE, items

EN_STORY = (
    "Harbor ferry adds a late run\n"
    "By Mara Quill\n"
    "Gazette Staff Writer\n\n"
    "The harbor ferry will add a 10 p.m. run from the north pier on weekends, the port "
    "authority said on Thursday.\n\n"
    "Riders had asked for the later boat since the pier reopened last spring.\n\n"
    "Contact: mquill@harborgazette.com\n"
)


def test_an_english_role_line_under_by_name_and_a_contact_line_complete_the_byline() -> None:
    [item] = items(EN_STORY)
    assert item["headline"] == "Harbor ferry adds a late run"
    assert item["deck"] == []
    [byline] = item["bylines"]
    assert byline[:3] == ("Mara Quill", "Gazette Staff Writer", "mquill@harborgazette.com")
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_two_credits_on_one_line_and_a_title_before_the_name_are_bylines() -> None:
    [item] = items(f"누리시 골목 정원\n\n글=한누리 기자, 사진=서가람 작가\n\n{LEAD}\n\n{MORE}\n")
    assert [b[:2] for b in item["bylines"]] == [("한누리", "기자"), ("서가람", "작가")]
    [item] = items(f"누리시 골목 정원\n\n{LEAD}\n\n{MORE}\n\n정리=시민 기자 오누리\n")
    assert [b[:2] for b in item["bylines"]] == [("오누리", "시민 기자")]


def test_a_reporter_named_with_a_desk_before_the_title_is_the_byline() -> None:
    [item] = items(f"다리 놓인 섬\n\n{LEAD}\n\n{MORE}\n\n한누리 사회부 기자\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한누리", "사회부 기자", None, None)]


def test_a_correspondent_named_with_the_place_posted_to_is_the_byline() -> None:
    [item] = items(f"다리 놓인 섬\n\n{LEAD}\n\n{MORE}\n\n한누리 오슬로 특파원 nuri@gamun.kr\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한누리", "오슬로 특파원", "nuri@gamun.kr", None)]


def test_a_sentence_ending_on_a_correspondents_post_stays_text() -> None:
    # a full line is needed: a sentence naming a correspondent is no byline
    text = "한누리 오슬로 특파원이 부임했다는 소식이 왔다."
    [item] = items(f"다리 놓인 섬\n\n{LEAD}\n\n{text}\n")
    assert item["bylines"] == []
    assert item["body"][-1] == ("paragraph", text)


def test_a_tables_source_line_is_no_byline() -> None:
    # '자료=' names where the figures came from (a bank, an office), not who wrote the story
    rows = "구분\t올해\t지난해\n쌀\t1,200\t1,150\n보리\t340\t360\n"
    [item] = items(f"다리 놓인 섬\n\n{LEAD}\n{rows}자료=누리은행 조사부\n한누리 기자\n")
    assert item["bylines"] == [("한누리", "기자", None, None)]
    assert ("paragraph", "자료=누리은행 조사부") in item["body"]


def test_a_credit_whose_role_is_only_its_note_is_the_byline() -> None:
    text = (
        f"섬마을 분교의 1박 2일\n\n{LEAD}\n\n{MORE}\n\n"
        "아이들이 운동장에 지도를 그리고 있다.\nⓒ 한누리\n\n"
        "글·사진=한누리(누리중 3학년)\n"
    )
    [item] = items(text)
    assert item["body"][-1] == ("caption", "아이들이 운동장에 지도를 그리고 있다.\nⓒ 한누리")
    assert item["bylines"] == [("한누리", "누리중 3학년", None, None)]


def test_a_dateline_byline_in_lenticular_brackets_over_the_lead_is_the_byline() -> None:
    [item] = items(f"용접공 더 온다\n\n【누리=한가람 기자】 {LEAD}\n\n{MORE}\n")
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert item["bylines"] == [("한가람", "기자", None, "누리")]


def test_a_help_credit_closes_the_item_above_on_a_page_without_blank_lines() -> None:
    text = (
        f"수능 앞둔 마지막 한 주\n{LEAD}\n{MORE}\n"
        "도움말=한가람 누리고 진학부장\n"
        "시험장 가는 길 미리 살펴야\n"
        f"{MORE}\n"
    )
    first, second = items(text)
    assert first["bylines"] == [("한가람", "누리고 진학부장", None, None)]
    assert second["headline"] == "시험장 가는 길 미리 살펴야"


def test_an_answering_credit_closes_the_question_column_above() -> None:
    text = (
        "[건강 상담] 무릎이 아픈데요\n문: 예순 살입니다. 계단을 오를 때 무릎이 아픕니다.\n"
        "답: 연골이 닳았을 수 있습니다. 진료를 받아 보십시오.\n"
        "답변=한가람 누리대병원 정형외과 교수\n"
        f"경로당 요가 강사 모집\n{LEAD}\n"
    )
    qa, story = items(text)
    assert qa["bylines"] == [("한가람", "누리대병원 정형외과 교수", None, None)]
    assert story["headline"] == "경로당 요가 강사 모집"
    assert story["deck"] == []


def test_a_reporter_credited_in_the_lead_signs_the_next_story() -> None:
    """A bare 'NAME 기자' under a story whose lead already credits NAME closes a second
    story: the line over it is that story's headline, not a subhead of the first."""
    first, second = items(WEEKLY)
    assert first["headline"] == "누리군, 청년 창업 지원 확대"
    assert first["bylines"] == [("한가람", "기자", None, None)]
    assert second["headline"] == "군의회, 폐교 활용 조례 통과"
    assert second["bylines"] == [("한가람", "기자", None, None)]


def test_a_closing_that_adds_an_address_is_the_same_storys() -> None:
    text = WEEKLY.replace("\n\n한가람 기자\n", "\n\n한가람 기자 garam@nuri.kr\n")
    assert len(items(text)) == 1


def test_two_credits_on_one_line_are_two_bylines() -> None:
    novel, _ = items(SERIAL)
    assert novel["deck"] == ["제2부 나루터 ③"]
    assert novel["bylines"] == [("한가람", None, None, None), ("서누리", None, None, None)]


def test_an_english_dateline_set_with_a_hyphen_is_the_bylines() -> None:
    text = (
        "FALCONS EDGE RIVALS IN OVERTIME\n\n"
        "By Ada Quill\n\n"
        "LAKEPORT - Mia Stone scored with four seconds left and the Falcons beat Dover 61-59 "
        "on Friday night.\n\n"
        "Stone finished with 22 points.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("Ada Quill", None, None, "LAKEPORT")]
    assert item["body"][0] == (
        "lead",
        "Mia Stone scored with four seconds left and the Falcons beat Dover 61-59 on Friday night.",
    )


def test_a_hyphenated_name_at_the_leads_start_is_no_dateline() -> None:
    """The hyphen stands between spaces in a dateline; 'WINSTON-SALEM' is one word."""
    text = (
        "FALCONS EDGE RIVALS\n\nBy Ada Quill\n\n"
        "Mia Stone - the team's captain - scored with four seconds left on Friday night.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("Ada Quill", None, None, None)]


def test_a_byline_closing_a_story_under_its_last_line_opens_nothing() -> None:
    """'By NAME' under the story's prose is its closing byline, not a new story's head."""
    text = (
        "Ferry service resumes\n\n"
        "The Bayside ferry returned to its full schedule on Monday after repairs.\n\n"
        "By Ada Quill\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("Ada Quill", None, None, None)]


def test_a_head_over_its_by_line_on_a_page_without_blank_lines_opens_a_story() -> None:
    text = (
        f"Rotary auction raises $18,000\n{EN_LEAD}\n{EN_MORE}\n"
        f"From the Chair\nBy Henrietta Vos\nClub Chair\n{EN_LEAD}\n"
    )
    story, note = items(text)
    assert note["headline"] == "From the Chair"
    assert note["bylines"] == [("Henrietta Vos", "Club Chair", None, None)]
    assert story["bylines"] == []


BRIEF = "누리 소식\n\n누리군가족센터는 5일 통번역 도우미를 위촉했다고 밝혔다.\n\n"


def test_one_syllable_words_after_a_credited_name_are_the_rest_of_the_name() -> None:
    [story] = items(f"{BRIEF}글·사진=응우옌 반 안 기자\n")
    assert story["bylines"] == [("응우옌 반 안", "기자", None, None)]


def test_an_affiliation_after_a_credited_name_stays_in_the_role() -> None:
    [story] = items(f"{BRIEF}글=홍길동 누리대 교수\n")
    assert story["bylines"] == [("홍길동", "누리대 교수", None, None)]


def test_a_wire_storys_dateline_with_its_reporter_stays_the_lead() -> None:
    text = (
        "가람국 총리, 조기 총선 선언\n\n"
        "[누리시티=AP/뉴시스] 홍길동 특파원 = 가람국 총리가 의회를 해산하고 내년 1월 조기 "
        "총선을 치르겠다고 17일 밝혔다.\n\n"
        "여당의 지지율은 석 달째 20%대에 머물고 있다.\n"
    )
    [story] = items(text)
    assert [kind for kind, _ in story["body"]][0] == "lead"
