"""Bylines, on small made-up examples: a reporter named with a desk or a note, datelines in
brackets or set with a hyphen, wire bylines and datelines, bylines after a story's last sentence
or over its headline, credits that name more than one person. Every name is invented."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.article_bylines import SIGNED_UNDER
from reader.ingest.byline_lines import WIRE_BYLINE, bylines_in, credit_bylines
from reader.ingest.closing_lines import BYLINE_OVER_HEAD
from reader.ingest.en_rows import SALUTED
from reader.ingest.letters import CAPS_SIGNED_RULE, NEXT_LETTER, PEN_NAME_RULE
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


ALONE = (
    "가람국 폭설로 항공편 300편 결항\n\n"
    "가람국 북부에 이틀째 폭설이 내려 공항 세 곳의 항공편 300여편이 결항했다고 현지 언론이 "
    "17일 전했다.\n\n"
    "(누리시티=연합뉴스) 홍길동 특파원\n\n"
    "나라국 대통령, 내달 국빈 방문\n\n"
    "나라국 대통령이 다음 달 국빈 방문길에 오른다고 대통령실이 17일 발표했다.\n"
)


def test_a_wire_byline_alone_under_a_story_signs_it_and_heads_nothing() -> None:
    first, second = items(ALONE)
    assert first["bylines"] == [("홍길동", "특파원", None, "누리시티")]
    assert second["headline"] == "나라국 대통령, 내달 국빈 방문"
    assert second["deck"] == [] and second["bylines"] == []
    _, trace = explain_text(ALONE)
    assert WIRE_BYLINE in trace.rule("p1-1", "byline.0")


def test_a_wire_dateline_over_its_text_still_opens_the_lead() -> None:
    text = (
        "나라국 대통령, 내달 국빈 방문\n\n"
        "(누리시티=연합뉴스) 홍길동 특파원 = 나라국 대통령이 다음 달 국빈 방문길에 오른다고 "
        "대통령실이 17일 발표했다.\n"
    )
    [story] = items(text)
    assert story["bylines"] == [("홍길동", "특파원", None, "누리시티")]
    assert story["body"][0][1].startswith("나라국 대통령이")


LETTER = (
    "MORE LAMPS WANTED.\n\n"
    "To the Editor of The Gazette:\n"
    "Sir—Will the council not light the lamps\n"
    "on Pine street before some one falls?\n"
    "JOHN T. MARSH.\n"
    "Elmdale, Nov. 2.\n"
)


def test_a_letters_salutation_stands_alone_and_its_name_in_capitals_signs_it() -> None:
    # printed without blank lines (a page of one block) or under its headline set apart
    assert items(LETTER.replace("\n\n", "\n")) == items(LETTER)
    [letter] = items(LETTER)
    assert letter["headline"] == "MORE LAMPS WANTED."
    assert letter["body"] == [
        ("paragraph", "To the Editor of The Gazette:"),
        (
            "paragraph",
            "Sir—Will the council not light the lamps on Pine street before some one falls?",
        ),
        ("paragraph", "Elmdale, Nov. 2."),
    ]
    assert letter["bylines"] == [("JOHN T. MARSH", None, None, None)]
    _, trace = explain_text(LETTER)
    assert SALUTED in trace.rule("p1-1")
    assert trace.rule("p1-1", "byline.0").endswith(CAPS_SIGNED_RULE)


CAPS_BY = (
    "MINERS DROP TWO\n\n"
    "Locals Outhit in Opener, Then Lose in Ten Innings.\n\n"
    "BY AMOS KELLER.\n\n"
    "Eight thousand fans saw the Miners lose both games of the double-header yesterday "
    "afternoon at Miners park.\n"
)


def test_a_by_line_in_capitals_closed_by_its_stop_is_the_byline() -> None:
    [item] = items(CAPS_BY)
    assert item["bylines"] == [("AMOS KELLER", None, None, None)]
    assert item["deck"] == ["Locals Outhit in Opener, Then Lose in Ten Innings."]


@pytest.mark.parametrize("line", ["BY CREAMERY COMPANY", "BY THE RIVER."])
def test_a_capitals_line_opening_with_by_but_no_name_closed_by_a_stop_signs_nothing(
    line: str,
) -> None:
    [item] = items(CAPS_BY.replace("BY AMOS KELLER.", line))
    assert item["bylines"] == []


# Two dispatches under one head, each told by how it came: the wire is no writer.
BY_CABLE = (
    "REVOLT IN MEXICO\n\n"
    "BY CABLE.\n"
    "MEXICO CITY, June 3.—Troops were sent north today to put down the rising in Sonora, "
    "it was announced at the palace.\n\n"
    "BY ASSOCIATED PRESS.\n"
    "WASHINGTON, June 3.—The State department has received no word of the fighting.\n"
)


def test_how_a_dispatch_came_in_capitals_is_no_byline_and_two_dispatches_stay_two() -> None:
    first, second = items(BY_CABLE)
    assert first["bylines"] == second["bylines"] == []
    assert first["body"][0][1].startswith("MEXICO CITY, June 3.")
    assert second["body"][0][1].startswith("WASHINGTON, June 3.")


@pytest.mark.parametrize("line", ["BY WIRELESS.", "BY REQUEST.", "BY UNITED PRESS."])
def test_a_wire_or_a_method_after_by_in_capitals_signs_nothing(line: str) -> None:
    [item] = items(CAPS_BY.replace("BY AMOS KELLER.", line))
    assert item["bylines"] == []


COUNTY_LETTERS = (
    "NEWS FROM OUR\nCORRESPONDENTS\n\n"
    "ELM GROVE.\n"
    "May 3.—Mr. and Mrs. Carl Voss visited\n"
    "relatives at Dover on Sunday. The Elm\n"
    "Grove school will close Friday.\n"
    "WREN.\n\n"
    "PINE HOLLOW.\n"
    "May 2.—Farmers here are about done planting oats.\n"
    "A TAXPAYER.\n"
)


def test_a_pen_name_tight_under_a_correspondents_letter_signs_it() -> None:
    title, grove, hollow = items(COUNTY_LETTERS)
    assert (title["headline"], title["body"]) == ("NEWS FROM OUR CORRESPONDENTS", [])
    assert grove["headline"] == "ELM GROVE."
    assert grove["bylines"] == [("WREN", None, None, None)]
    assert grove["body"][0][1].startswith("May 3.—")
    assert hollow["headline"] == "PINE HOLLOW."
    _, trace = explain_text(COUNTY_LETTERS)
    assert trace.rule("p1-2", "byline.0").endswith(PEN_NAME_RULE)


def test_a_one_word_head_after_a_blank_line_over_its_text_signs_nothing() -> None:
    # 'ARRIVED.' stands after a blank line over the lines it heads: no signature
    text = (
        "SHIPPING NEWS.\n\nThe schooner Dora came in on Monday with coal.\n\n"
        "ARRIVED.\nSch. Dora, Hale, Perth Amboy, coal.\n"
    )
    assert all(item["bylines"] == [] for item in items(text))


LETTERS_COLUMN = (
    "THE READERS' FORUM\n\n"
    "To the Editor of The Gazette:\n"
    "Will the council not light the lamps on Pine street before some one falls?\n"
    "A PINE STREET WIDOW.\n"
    "Elmdale, Route 2, Nov. 2.\n\n"
    "To the Editor of The Gazette:\n"
    "The ferry landing wants a rail, and has wanted one since spring.\n"
    "OTTO K. BRANDT.\n"
    "Lower Elmdale.\n"
)


def test_letters_under_their_columns_title_are_items_each_signed_by_its_writer() -> None:
    # the title heads the column, no letter: each salutation under it, or under the letter
    # before's signature and place, opens a letter of its own with no headline
    assert items(LETTERS_COLUMN.replace("\n\n", "\n")) == items(LETTERS_COLUMN)
    # on the page's first line, the title over the run is the page's label
    # (docs/representation.md, "A title over the page's run of items")
    first, second = items(LETTERS_COLUMN)
    edition, trace = explain_text(LETTERS_COLUMN)
    assert edition.pages[0].section == "THE READERS' FORUM"
    assert first["headline"] is None and second["headline"] is None
    assert first["body"][-1] == ("paragraph", "Elmdale, Route 2, Nov. 2.")
    assert first["bylines"] == [("A PINE STREET WIDOW", None, None, None)]
    assert second["body"][-1] == ("paragraph", "Lower Elmdale.")
    assert second["bylines"] == [("OTTO K. BRANDT", None, None, None)]
    assert NEXT_LETTER in trace.rule("p1-1") and NEXT_LETTER in trace.rule("p1-2")


def test_a_letters_own_headline_over_its_salutation_stays_its_headline() -> None:
    # 'MORE LAMPS WANTED.' names one letter, not a column; a pen name over a plain line
    # ('A CORRECTION.' over text) is a headline, not a signature
    assert items(LETTER)[0]["headline"] == "MORE LAMPS WANTED."
    text = (
        "The lamps were lit on Tuesday, as the council had promised.\n\n"
        "A SMALL CORRECTION.\nThe Elmdale Band plays on Friday, not on Thursday.\n"
    )
    assert [item["headline"] for item in items(text)][-1] == "A SMALL CORRECTION."


def test_a_bracketed_byline_over_a_headline_heads_that_story() -> None:
    text = (
        "[하도윤 기자]\n시립미술관 야간 개장 연장\n"
        "시립미술관이 야간 개장을 다음 달까지 연장한다.\n"
        "관람객이 지난해보다 30% 늘었다고 미술관은 밝혔다.\n"
        "[남궁별 기자]\n항구 여객선 증편 운항\n"
        "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다.\n"
    )
    _, trace = explain_text(text)
    first, second = items(text)
    assert first["headline"] == "시립미술관 야간 개장 연장"
    assert [b[:2] for b in first["bylines"]] == [("하도윤", "기자")]
    assert second["headline"] == "항구 여객선 증편 운항"
    assert [b[:2] for b in second["bylines"]] == [("남궁별", "기자")]
    assert trace.rule("p1-2").startswith(f"items: {BYLINE_OVER_HEAD}")


def test_a_bracketed_byline_under_its_story_still_closes_it() -> None:
    text = (
        "시립미술관 야간 개장 연장\n"
        "시립미술관이 야간 개장을 다음 달까지 연장한다.\n"
        "[하도윤 기자]\n"
        "관람객 늘어 주말 해설 프로그램도 확대\n"
    )
    _, trace = explain_text(text)
    assert all(BYLINE_OVER_HEAD not in why for why in trace.notes.values())
    assert [b[:2] for b in items(text)[0]["bylines"]] == [("하도윤", "기자")]


def test_a_place_and_a_reporter_after_the_last_sentence_are_the_byline() -> None:
    lead = "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다. 해운조합은 증편 기간을 늘렸다."
    [item] = items(f"항구 여객선 증편 운항\n\n{lead} 목포=남궁별 기자\n")
    assert item["body"] == [("lead", lead)]
    assert item["bylines"] == [("남궁별", "기자", None, "목포")]


def test_a_reporter_in_brackets_after_the_last_sentence_is_the_byline() -> None:
    lead = "섬을 오가는 여객선이 주말마다 두 차례 더 운항한다. 해운조합은 증편 기간을 늘렸다."
    [item] = items(f"항구 여객선 증편 운항\n\n{lead} [남궁별 기자 star@solbit.kr]\n")
    assert item["body"] == [("lead", lead)]
    assert item["bylines"] == [("남궁별", "기자", "star@solbit.kr", None)]


def test_a_dateline_inside_a_bracketed_byline_is_its_place() -> None:
    text = (
        "항구 여객선 증편 운항\n\n[목포=솔빛통신 남궁별 기자] 섬을 오가는 여객선이 주말마다 "
        "두 차례 더 운항한다.\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("남궁별", "기자", None, "목포")]


def test_former_opens_the_post_not_the_name() -> None:
    text = (
        "장관에게 듣는다\n\n대담=홍길동 전 장관 / 정리=김철수 기자\n\n"
        "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다.\n"
    )
    [item] = items(text)
    assert item["bylines"][0][:2] == ("홍길동", "전 장관")


def test_a_wire_byline_in_parentheses_closes_its_story_under_its_own_rule() -> None:
    byline = "(상파울루=연합뉴스) 배다은 특파원"
    text = f"가람국 총리 방한\n\n{LEAD}\n\n{byline}\n\n나라국 대통령 사임\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    _, second = edition.pages[0].items
    assert trace.rule(second.id).startswith("items: the item before ends with its byline")


# --- a credit in angle brackets closing a story ------------------------------------------

COURT_BRIEF = (
    "솔뫼지법, 조정 주간 운영\n\n"
    "솔뫼지방법원은 다음 달 3일부터 일주일 동안 조정 주간을 운영한다고 밝혔다.\n"
    "법원은 이 기간 민사 사건 120건을 조정에 회부할 예정이다.\n"
)


def test_a_credit_in_angle_brackets_closes_the_story_as_its_byline() -> None:
    [item] = items(f"{COURT_BRIEF}<정리=한가람 기자>\n")
    assert item["bylines"] == [("한가람", "기자", None, None)]
    assert all("정리" not in text for _, text in item["body"])


def test_a_photo_credit_in_angle_brackets_is_no_byline() -> None:
    # '사진=' credits a photo, not the story's writer, in brackets as bare
    [item] = items(f"{COURT_BRIEF}<사진=한가람 기자>\n")
    assert item["bylines"] == []


def test_half_an_angle_bracket_makes_no_credit_line() -> None:
    # a credit in angle brackets closes a story only with both of them
    assert credit_bylines("<정리=한가람 기자>") is not None
    assert credit_bylines("<정리=한가람 기자") is None
    assert credit_bylines("정리=한가람 기자>") is None


def test_a_heads_title_first_signature_under_a_column_kicker_is_its_byline() -> None:
    text = f"[군수 칼럼] 골목이 살아야 군이 산다\n누리군수 한다온\n\n{LEAD}\n\n{MORE}\n"
    edition, trace = explain_text(text)
    [item] = items(text)
    assert item["deck"] == []
    assert item["bylines"] == [("한다온", "누리군수", None, None)]
    assert trace.rule("p1-1", "byline.0") == SIGNED_UNDER


def test_a_title_first_line_under_a_plain_headline_is_no_writers_byline() -> None:
    text = f"골목이 살아야 군이 산다\n누리군수 한다온\n\n{LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert ("한다온", "누리군수", None, None) not in item["bylines"]


def test_a_surname_of_two_syllables_set_apart_from_the_given_name_is_one_name() -> None:
    text = (
        "누리천 정비 판결 요지\n\n"
        f"{LEAD}\n\n{MORE}\n\n"
        "정리=남궁 현 기자 namgung@nuri.kr\n\n"
        "[판례 읽기] 누리천 판결의 뜻\n"
        f"{LEAD}\n\n한누리 변호사(법무법인 누리)\n"
    )
    digest, reading = items(text)
    assert digest["bylines"] == [("남궁 현", "기자", "namgung@nuri.kr", None)]
    assert reading["headline"] == "[판례 읽기] 누리천 판결의 뜻"
    assert bylines_in("황보 민 기자") is not None


def test_a_compound_surname_in_a_sentence_is_no_byline() -> None:
    assert bylines_in("남궁 현 기자회견장 앞에 시민들이 모였다.") is None
    assert bylines_in("남궁 현장감 기자") is None  # a given name of two syllables at most


def test_a_common_word_and_a_modifier_before_a_reporter_are_no_set_apart_name() -> None:
    # '사공' (a boatman) and '서문' (a preface) spell common words; '많은', '쓴' modify
    for line in ("사공 많은 기자", "서문 쓴 기자", "남궁 많은 기자"):
        found = bylines_in(line)
        assert found is None or all(" " not in m["names"] for m in found), line


def test_a_card_storys_maker_credited_at_its_foot_is_its_byline() -> None:
    text = f"미세먼지 이렇게 피하세요\n\n{LEAD}\n\n{MORE}\n\n자료=환경부\n기획·제작=한누리 기자\n"
    [item] = items(text)
    assert item["bylines"] == [("한누리", "기자", None, None)]


def test_a_sentence_about_planning_is_no_credit() -> None:
    # the near miss: the word without '=' and a name says nothing of who made the piece
    text = f"미세먼지 이렇게 피하세요\n\n{LEAD}\n\n기획 단계부터 시민 의견을 들었다고 밝혔다.\n"
    [item] = items(text)
    assert item["bylines"] == []
