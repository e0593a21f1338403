"""Where an item starts after quizzes, decks, lists, briefs and bracketed kickers."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import KICKER_CUT
from reader.ingest.over_its_head import WIRE_LEAD
from reader.ingest.story_ends import (
    COLUMN_AFTER_LIST,
    TITLE_OVER_LIST,
    TITLED_AFTER_LIST,
)
from tests.ingest.rule_pages import LEAGUE, NEWSLETTER, STORY
from tests.ingest.test_conventions import LEAD, MORE, items

QUIZ = "Q. 나비는 겨울에 어디에 있을까요?\nA. 번데기가 되어 나뭇가지에 붙어 겨울을 나요.\n"


BOOK = (
    "이번 주 그림책\n『달빛 기차』 글 한누리·그림 한별\n"
    "달나라까지 가는 기차를 탄 아이의 이야기. 잠들기 전에 읽어 주기 좋아요.\n"
)


def test_title_over_a_quiz_opens_an_item() -> None:
    got = items(f"{STORY}\n과학 퀴즈\n\n{QUIZ}")
    assert [it["headline"] for it in got] == ["골목상권 살리기 속도", "과학 퀴즈"]
    assert [kind for kind, _ in got[1]["body"]] == ["question", "answer"]


def test_headline_over_a_deck_line_in_one_block_after_a_quiz_opens_an_item() -> None:
    """Three lines without a blank between: the first two are far shorter than the text
    under them, so they are a headline and its deck, not a wrapped paragraph."""
    got = items(f"과학 퀴즈\n\n{QUIZ}\n{BOOK}")
    assert [it["headline"] for it in got] == ["과학 퀴즈", "이번 주 그림책"]
    assert got[1]["deck"] == ["『달빛 기차』 글 한누리·그림 한별"]
    assert [kind for kind, _ in got[1]["body"]] == ["lead"]


def test_headline_over_a_deck_after_the_second_paragraph_opens_an_item() -> None:
    text = f"{STORY}\n상인회 새 회장 선출\n회장 선거에 세 명 나서\n\n{MORE}\n"
    got = items(text)
    assert [it["headline"] for it in got] == ["골목상권 살리기 속도", "상인회 새 회장 선출"]
    assert got[1]["deck"] == ["회장 선거에 세 명 나서"]


def test_short_lines_right_after_the_lead_stay_its_deck() -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n청년 상인 지원 확대\n임대료 절반 지원\n\n{MORE}\n"
    [item] = items(text)
    assert item["deck"] == ["청년 상인 지원 확대", "임대료 절반 지원"]


def test_a_wide_gap_under_a_headline_and_its_deck_does_not_cut_the_story() -> None:
    text = f"골목상권 살리기 속도\n청년 상인 지원 확대\n\n\n{LEAD}\n\n{MORE}\n\n한가람 기자\n"
    [item] = items(text)
    assert item["headline"] == "골목상권 살리기 속도"
    assert item["deck"] == ["청년 상인 지원 확대"]
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_explain_names_the_rules_of_this_round() -> None:
    ads = (
        "알림마당\n\n투룸 전세\n문의 010-0000-1111\n\n학원 강사 모집\n☎ 061)000-2222\n\n"
        "중고 피아노 팝니다\n누리악기 061-000-3333\n"
    )
    _, trace = explain_text(f"{STORY}\n과학 퀴즈\n\n{QUIZ}\n{BOOK}\f{ads}")
    rules = set(trace.notes.values())
    assert any(r.startswith("items: title over a quiz's questions") for r in rules)
    assert any("blocks: a headline over its deck in one block" in r for r in rules)
    assert any(r.startswith("items: a small ad with its own contact") for r in rules)


def test_a_caption_under_a_signed_columns_headline_is_no_run_title() -> None:
    """Two signed columns, the first with a credited caption under its headline: the
    headline is not the title of a run of letters."""
    text = (
        "[사설] 골목상권 지원, 속도보다 방향\n\n누리시장 골목을 걷는 시민들/누리일보 DB\n\n"
        f"{LEAD}\n\n한가람 논설위원\n\n[사설] 버스 노선 개편 서둘러야\n\n{MORE}\n\n한별 논설위원\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "[사설] 골목상권 지원, 속도보다 방향",
        "[사설] 버스 노선 개편 서둘러야",
    ]


def test_a_headline_and_deck_after_a_listings_entries_open_a_story() -> None:
    text = (
        "[이번 주 공연]\n\n"
        "◇누리합창단 정기공연=16일 오후 7시 누리아트홀.\n"
        "◇한빛 국악 한마당=20일까지 한빛문화회관. 무료.\n"
        "◇청소년 뮤지컬 ‘봄’=22~23일 누리청소년센터.\n\n"
        "누리 공예 명장전 개막\n전통 옻칠 작품 50여점\n\n"
        f"{LEAD}\n\n{MORE}\n"
    )
    listing, story = items(text)
    assert listing["headline"] == "이번 주 공연"
    assert [kind for kind, _ in listing["body"]] == ["bullet"] * 3
    assert story["headline"] == "누리 공예 명장전 개막"
    assert story["deck"] == ["전통 옻칠 작품 50여점"]
    assert story["body"] == [("lead", LEAD), ("paragraph", MORE)]


PERSONNEL = (
    "누리농협, 봄 영농교육\n\n"
    f"{LEAD}\n\n한가람 기자\n\n"
    "[인사] 누리농협\n"
    "◇전무 ▲서누리\n"
    "◇상무 ▲경제사업 한결 ▲신용사업 오가람\n\n"
    "조합장 칼럼 : 봄은 다시 온다\n\n"
    f"{MORE}\n\n"
    "서한빛 누리농협 조합장\n"
)


def test_a_notice_and_a_column_after_a_signed_story_are_items_of_their_own() -> None:
    got = items(PERSONNEL)
    assert len(got) == 3
    assert got[0]["body"] == [("lead", LEAD)]
    assert got[1]["headline"].startswith("[인사] 누리농협")
    assert "조합장 칼럼" in got[2]["headline"]
    assert got[2]["body"][0][1] == MORE


def test_explain_names_the_title_over_a_list_and_column_after_a_list_rules() -> None:
    _, trace = explain_text(LEAGUE)
    assert sum(TITLE_OVER_LIST in note for note in trace.notes.values()) == 2
    _, trace = explain_text(PERSONNEL)
    assert sum(COLUMN_AFTER_LIST in note for note in trace.notes.values()) == 1


def test_dash_lines_are_bullets_and_a_titled_piece_after_them_is_an_item() -> None:
    got = items(NEWSLETTER)
    assert [item["headline"] for item in got] == [
        "Library Keeps Sunday Hours",
        "Coming Up",
        "Volunteer Corner: Meet the Trail Crew",
    ]
    assert got[1]["deck"] == []
    assert got[1]["body"] == [
        ("bullet", "Mar. 4: Council meeting, Town Hall, 7 p.m."),
        ("bullet", "Mar. 18: Spring cleanup, Riverside Park"),
    ]
    assert [kind for kind, _ in got[2]["body"]] == ["lead", "paragraph"]


def test_explain_names_the_newsletter_rules() -> None:
    _, trace = explain_text(NEWSLETTER)
    notes = list(trace.notes.values())
    assert any(TITLED_AFTER_LIST in why for why in notes)
    assert any("'Vol. N, No. N'" in why for why in notes)


def test_a_title_over_a_list_after_a_finished_story_still_opens_an_item() -> None:
    text = (
        f"누리시 새 청사 착공\n\n{LEAD}\n\n"
        "이번 주 당직 약국\n▲누리약국(누리동)\n▲가람약국(가람동)\n▲나래약국(나래동)\n"
    )
    story, pharmacies = items(text)
    assert pharmacies["headline"] == "이번 주 당직 약국"


def test_a_marked_headline_over_text_after_a_brief_still_starts_the_next() -> None:
    text = (
        "■ 알림\n\n"
        "시청 민원실이 23일 하루 문을 닫습니다.\n\n"
        "◇정정\n\n"
        "<바로잡습니다>\n\n"
        "어제 3면 기사의 날짜를 바로잡습니다.\n"
    )
    assert [i["headline"] for i in items(text)][:2] == ["알림", "정정"]


BRIEFS = (
    "LOCAL BREVITIES\n\n"
    "—Mrs. Harriet Connolly of Birch street is visiting her sister in Albany this week.\n\n"
    "—The Ladies' Aid will meet at the home of Mrs. Dana on Thursday afternoon.\n\n"
    "—Work on the new bridge over Mill creek began on Monday with a crew of ten men.\n"
)


def test_a_run_of_dash_briefs_under_a_title_are_items_and_the_titles_notes_go() -> None:
    edition, trace = explain_text(BRIEFS)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "LOCAL BREVITIES"
    assert len(page.items) == 3
    for item in page.items:  # renumbered once the title became the label; its notes gone
        assert trace.rule(item.id, "headline") == "no rule recorded"
        assert trace.rule(item.id, "body.0").startswith("article: a dash brief's text")


WIRE_BRIEFS = (
    "솔뫼국 총선 투표율 역대 최고\n\n"
    "(솔뫼=누리통신) 한가람 특파원 = 솔뫼국 선관위는 총선 투표율이 71.2%라고 밝혔다.\n"
    "개표는 8일 새벽 끝날 것으로 보인다.\n\n"
    "가람 홍수 복구 지원에 12개국 동참\n\n"
    "(가람=AFP 누리) 가람 북부를 휩쓴 홍수의 이재민이 3만명으로 늘었다.\n"
    '재난청은 "복구에 석 달은 걸린다"고 말했다.\n'
)


def test_a_line_over_a_lead_opening_with_a_wire_dateline_heads_an_item() -> None:
    edition, trace = explain_text(WIRE_BRIEFS)
    first, second = items(WIRE_BRIEFS)
    assert second["headline"] == "가람 홍수 복구 지원에 12개국 동참"
    assert second["body"][0][1].startswith("(가람=AFP 누리) 가람 북부를")
    assert WIRE_LEAD in trace.rule("p1-2")


def test_a_line_over_a_bracketed_aside_stays_a_subhead() -> None:
    # the near miss: '(사진)' or '(하략)' opens no wire lead: no '=' between place and agency
    text = (
        "솔뫼국 총선 투표율 역대 최고\n\n"
        "솔뫼국 선거관리위원회는 총선 투표율이 71.2%로 집계됐다고 밝혔다.\n\n"
        "개표 전망\n\n"
        "(참고) 개표는 8일 새벽 끝날 것으로 보인다고 위원회는 덧붙였다.\n"
    )
    _, trace = explain_text(text)
    assert WIRE_LEAD not in trace.rule("p1-2")
    assert WIRE_LEAD not in trace.rule("p1-1")


SEMINAR = (
    "[세미나] 솔뫼 지역 상권의 미래\n"
    "솔뫼상공회의소는 오는 20일 오후 2시 솔뫼시청 대회의실에서 세미나를 연다.\n"
    "◇ 발표 순서\n"
    "▲1부 '골목상권의 오늘'(한가람 솔뫼대 교수) ▲2부 '온라인 판로'(누리 대표) ▲종합토론\n"
    "참가비는 없으며 누리집에서 신청하면 된다.\n"
)


def test_a_bracketed_kicker_over_a_sentence_in_a_block_after_finished_text_heads_an_item() -> None:
    text = f"[동정] 솔뫼상공회의소, 장학금 전달\n{LEAD}\n\n{SEMINAR}"
    edition, trace = explain_text(text)
    first, second = items(text)
    assert second["headline"] == "[세미나] 솔뫼 지역 상권의 미래"
    assert second["body"][0][1].startswith("솔뫼상공회의소는 오는 20일")
    assert KICKER_CUT in trace.rule("p1-2")


def test_a_bracketed_kicker_over_a_wrapped_sentence_after_a_schedules_rows_heads_an_item() -> None:
    # the block above ends on a schedule's row, and the kicker's sentence wraps to a
    # second line: the kicker still heads a notice of its own
    schedule = "오늘의 편성\n19:00 저녁 뉴스\n21:30 주간 다큐 '솔뫼의 사계'\n"
    notice = (
        "[동네 극장가] '솔뫼의 여름' 관객 10만 넘어\n"
        "지난 주말 솔뫼시 극장가에서는 가족 영화 '솔뫼의 여름'이 누적 관객 10만 명을 넘기며\n"
        "3주째 1위를 지켰다. 2위는 다큐멘터리 '바다로 간 소년'이었다.\n"
    )
    text = f"{schedule}\n{notice}"
    edition, trace = explain_text(text)
    last = items(text)[-1]
    assert last["headline"] == "[동네 극장가] '솔뫼의 여름' 관객 10만 넘어"
    assert last["body"][0][1].startswith("지난 주말 솔뫼시 극장가에서는")
    assert any(KICKER_CUT in trace.rule(f"p1-{i}") for i in (1, 2, 3))


def test_a_bracketed_kicker_under_an_unfinished_line_stays_in_its_block() -> None:
    # the near miss: the block above stops mid-sentence, so no item ends before the kicker
    text = f"[동정] 솔뫼상공회의소, 장학금 전달\n솔뫼상공회의소는 장학금을 전달하고\n\n{SEMINAR}"
    _, trace = explain_text(text)
    assert all(KICKER_CUT not in trace.rule(f"p1-{i}") for i in (1, 2, 3))
