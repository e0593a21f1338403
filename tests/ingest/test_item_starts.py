"""Where an item starts after finished text (issue 14, sixth round), on small made-up
examples: a line without final punctuation over a table, a quiz or a deck line, after a
story's last sentence or byline, opens an item; so does a headline after a table's
rows, and a title over a list, a roster, a box score or dash briefs after a story. Short
lines right after a lead stay its deck. Every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.article import BOX_TITLE
from reader.ingest.blocks import KICKER_CUT
from reader.ingest.over_its_head import WIRE_LEAD
from reader.ingest.story_ends import (
    COLUMN_AFTER_LIST,
    HEAD_AFTER_BOX,
    TITLE_OVER_LIST,
    TITLED_AFTER_LIST,
)
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import LEAGUE, NEWSLETTER
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import LEAD, MORE, items

STORY = f"골목상권 살리기 속도\n\n{LEAD}\n{MORE}\n"
QUIZ = "Q. 나비는 겨울에 어디에 있을까요?\nA. 번데기가 되어 나뭇가지에 붙어 겨울을 나요.\n"
BOOK = (
    "이번 주 그림책\n『달빛 기차』 글 한누리·그림 한별\n"
    "달나라까지 가는 기차를 탄 아이의 이야기. 잠들기 전에 읽어 주기 좋아요.\n"
)


def test_title_over_a_table_after_the_last_sentence_opens_an_item() -> None:
    """No byline closes the story: its last sentence does, and the title over the rows
    is the box's headline, not the story's subhead."""
    text = f"{STORY}\n오늘의 물가\n쌀 20㎏\t52,000\t▲1,000\n달걀 30구\t6,900\t▼300\n"
    got = items(text)
    assert [it["headline"] for it in got] == ["골목상권 살리기 속도", "오늘의 물가"]
    assert [kind for kind, _ in got[0]["body"]] == ["lead", "paragraph"]
    assert got[1]["body"] == [
        ("paragraph", "쌀 20㎏\t52,000\t▲1,000"),
        ("paragraph", "달걀 30구\t6,900\t▼300"),
    ]


def test_a_table_inside_a_story_not_yet_signed_stays_in_it() -> None:
    """The story's text goes on under the table and its byline comes after: the title
    over the rows is one of its parts, not a box of its own."""
    table = "쌀 20㎏\t52,000\t▲1,000\n달걀 30구\t6,900\t▼300\n"
    text = f"{STORY}\n품목별 소매가격(3일 기준)\n{table}\n{MORE}\n한누리 기자\n"
    [item] = items(text)
    assert item["headline"] == "골목상권 살리기 속도"
    assert ("subhead", "품목별 소매가격(3일 기준)") in item["body"]
    assert [name for name, *_ in item["bylines"]] == ["한누리"]


def test_a_results_table_closing_a_story_before_its_byline_stays_in_it() -> None:
    """Seventh round: under the table comes the byline that closes the story, not a
    headline: the table is the story's last part."""
    rows = "누리FC\t2-1\t한빛시민\n동부FC\t0-0\t서해FC\n"
    text = f"{STORY}\n3일 전적\n{rows}\n한누리 기자 nuri@example.kr\n"
    [item] = items(text)
    assert item["headline"] == "골목상권 살리기 속도"
    assert ("subhead", "3일 전적") in item["body"]
    assert [name for name, *_ in item["bylines"]] == ["한누리"]


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


def test_headline_after_a_tables_rows_opens_an_item() -> None:
    text = STORY + (
        "한가람 기자\n\n오늘의 물가\n쌀 20㎏\t52,000\t▲1,000\n달걀 30구\t6,900\t▼300\n"
        "※ 누리시 전통시장 기준\n\n이달의 텃밭 일\n\n"
        "■ 상추\n모종을 심고 물을 흠뻑 준다.\n\n■ 감자\n싹이 난 씨감자를 심는다.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got][1:] == ["오늘의 물가", "이달의 텃밭 일"]
    assert got[1]["body"][-1] == ("paragraph", "※ 누리시 전통시장 기준")
    assert [kind for kind, _ in got[2]["body"]] == ["subhead", "paragraph", "subhead", "paragraph"]


def test_an_ads_table_does_not_end_the_ad() -> None:
    text = (
        "봄맞이 자전거 할인\n\n• 할인 품목\n\n품목\t정상가\t할인가\n"
        "접이식\t390,000\t290,000\n※ 재고 소진 시 종료\n\n문의 ☎ 1588-0000\n"
    )
    [ad] = items(text)
    assert ad["title"] == "봄맞이 자전거 할인"
    assert [b[0] for b in ad["blocks"]][-2:] == ["note", "contact"]


def test_prose_with_a_byline_is_never_an_ad() -> None:
    """Prices, a phone and an e-mail in a story do not make it an ad: it is signed."""
    text = (
        "골목시장 봄 할인전\n\n"
        "누리시장 상인회는 다음 달 1일부터 봄 할인전을 연다고 3일 밝혔다.\n"
        "품목\t정상가\t할인가\n사과 5㎏\t39,000원\t29,000원\n배 5㎏\t45,000원\t35,000원\n"
        "문의는 상인회 ☎ 061-000-0000.\n\n"
        "한가람 기자 garam@example.kr\n"
    )
    [item] = items(text)
    assert item["headline"] == "골목시장 봄 할인전"
    assert [b[:3] for b in item["bylines"]] == [("한가람", "기자", "garam@example.kr")]


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


def test_titles_over_results_and_fixtures_after_a_story_are_items() -> None:
    got = items(LEAGUE)
    assert [item["headline"] for item in got] == [
        "누리FC, 개막전서 가람유나이티드 꺾어",
        "1라운드 결과",
        "2라운드 일정",
        "청소년 리그도 개막",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]


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


def test_a_box_of_figures_on_a_page_without_blank_lines_ends_at_the_next_headline() -> None:
    text = (
        f"누리 바다 날씨\n{LEAD}\n"
        "물때\n만조 04:10 / 16:35\n간조 10:20 / 22:48\n"
        f"누리항 여객선 정상 운항\n{MORE}\n"
    )
    got = items(text)
    assert [item["headline"] for item in got] == [
        "누리 바다 날씨",
        "물때",
        "누리항 여객선 정상 운항",
    ]
    assert got[2]["body"] == [("lead", MORE)]
    _, trace = explain_text(text)
    assert sum(HEAD_AFTER_BOX in note for note in trace.notes.values()) == 1


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


def test_a_title_over_a_roster_after_a_tables_rows_opens_an_item() -> None:
    text = (
        "CLUB FIGURES\n\n"
        "Measure\t2025\t2024\nMembers\t412\t388\nEvents\t36\t31\n\n"
        "Officers\n\n"
        "Ada B. Quill, President\nLeo Marsh, Treasurer\nNina Park, Secretary\n"
    )
    figures, officers = items(text)
    assert figures["headline"] == "CLUB FIGURES"
    assert officers["headline"] == "Officers"
    assert [kind for kind, _ in officers["body"]] == ["paragraph"] * 3


BOX = "Herons\tAB\tR\tH\nVale cf\t4\t1\t2\nRusk ss\t3\t0\t1"


def test_a_games_score_tight_over_its_box_score_after_the_story_is_an_item() -> None:
    story_text = f"Herons edge Larks 3-2\n\n{EN_LEAD}\n\n{EN_MORE}\n\n"
    text = f"{story_text}Herons 3, Larks 2\n{BOX}\n"
    edition, trace = explain_text(text)
    story, box = items(text)
    assert story["body"] == [("lead", EN_LEAD), ("paragraph", EN_MORE)]
    assert box["headline"] == "Herons 3, Larks 2"
    assert box["body"][0] == ("paragraph", "Herons\tAB\tR\tH")
    assert BOX_TITLE in trace.rule("p1-2", "headline")


def test_a_score_line_among_a_storys_results_stays_text() -> None:
    """A score line with no table's rows under it is no box's title."""
    text = f"Herons edge Larks 3-2\n\n{EN_LEAD}\n\nHerons 3, Larks 2\n\n{EN_MORE}\n"
    [story] = items(text)
    assert ("paragraph", "Herons 3, Larks 2") in story["body"]


def test_a_marked_headline_over_text_after_a_brief_still_starts_the_next() -> None:
    text = (
        "■ 알림\n\n"
        "시청 민원실이 23일 하루 문을 닫습니다.\n\n"
        "◇정정\n\n"
        "<바로잡습니다>\n\n"
        "어제 3면 기사의 날짜를 바로잡습니다.\n"
    )
    assert [i["headline"] for i in items(text)][:2] == ["알림", "정정"]


def _heads(text: str) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in _articles(text)]


def test_a_headline_in_capitals_after_a_blank_line_over_rows_heads_its_own_item() -> None:
    page = (
        "RAIN STOPS GAMES.\n\n"
        "Rain stopped both of the games at the park this afternoon.\n\n"
        "The clubs will play two games to-day.\n\n"
        "HOW THE CLUBS STAND.\n"
        "Boston 80 50 .615\n"
        "Detroit 78 52 .600\n"
        "Chicago 70 60 .538\n"
    )
    assert _heads(page) == ["RAIN STOPS GAMES.", "HOW THE CLUBS STAND."]


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
