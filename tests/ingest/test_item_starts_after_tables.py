"""Where an item starts after tables, results, rows and boxes of figures, and where it does not."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.after_rows import CAPS_AFTER_ENTRIES
from reader.ingest.head_rule import BOX_TITLE
from reader.ingest.story_ends import (
    HEAD_AFTER_BOX,
)
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.rule_pages import LEAGUE, STORY
from tests.ingest.rule_pages import _text_articles as _articles
from tests.ingest.test_conventions import LEAD, MORE, items


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


def test_titles_over_results_and_fixtures_after_a_story_are_items() -> None:
    got = items(LEAGUE)
    assert [item["headline"] for item in got] == [
        "누리FC, 개막전서 가람유나이티드 꺾어",
        "1라운드 결과",
        "2라운드 일정",
        "청소년 리그도 개막",
    ]
    assert got[0]["body"] == [("lead", LEAD), ("paragraph", MORE)]


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


# A title over matches set one a line, then a new story's head after a blank line.
FIXTURES = (
    "MATCHES TOMORROW.\n"
    "Dunmore at Kelso Falls.\n"
    "Arden City at Westbrook.\n\n"
    "RIFLE CLUB MEETS.\n\n"
    "The Kelso Falls Rifle club will meet at\n"
    "the armory on Friday evening to choose\n"
    "its officers for the coming season.\n"
)


def test_a_head_in_capitals_after_entries_one_a_line_opens_the_next_item() -> None:
    got = items(FIXTURES)
    assert [it["headline"] for it in got] == ["MATCHES TOMORROW.", "RIFLE CLUB MEETS."]
    _, trace = explain_text(FIXTURES)
    assert CAPS_AFTER_ENTRIES in trace.rule("p1-2")


def test_a_head_in_capitals_after_one_closed_line_stays_in_its_stack() -> None:
    # one line closing its sentence under a head is its deck or dateline, no list
    text = FIXTURES.replace("Arden City at Westbrook.\n", "")
    _, trace = explain_text(text)
    assert all(CAPS_AFTER_ENTRIES not in why for why in trace.notes.values())


# A story's list of names in groups, each group's label in capitals set tight over it.
CASUALTIES = (
    "COUNTY MEN ON THE LIST.\n\n"
    "The war department today made public\n"
    "its lists of casualties. The follow-\n"
    "ing are from this county.\n"
    "KILLED IN ACTION.\n"
    "Private Amos Hale, Dunmore.\n"
    "Private Leon Varga, Kelso Falls.\n"
    "WOUNDED SEVERELY.\n"
    "Corporal Ned Burke, Dunmore.\n"
    "Private Otto Lind, Arden.\n"
)


def test_a_label_in_capitals_set_tight_over_entries_stays_in_its_story() -> None:
    assert [it["headline"] for it in items(CASUALTIES)] == ["COUNTY MEN ON THE LIST."]


def test_a_head_in_capitals_after_a_blank_line_over_prose_opens_an_item() -> None:
    text = CASUALTIES.replace("county.\nKILLED", "county.\n\nKILLED").replace(
        "Private Amos Hale, Dunmore.\nPrivate Leon Varga, Kelso Falls.\n",
        "The men served with the county's own\ncompany of the infantry in France.\n",
    )
    assert [it["headline"] for it in items(text)][:2] == [
        "COUNTY MEN ON THE LIST.",
        "KILLED IN ACTION.",
    ]


RATES_THEN = (
    f"원·달러 환율 사흘째 올라\n\n{LEAD}\n한가람 기자 garam@nuri.kr\n\n"
    "주요국 통화 환율\n통화\t매매기준율\t전일 대비\n미국 달러\t1,386.40\t▲3.20\n"
    "일본 엔(100엔)\t912.75\t▼1.05\n유로\t1,458.10\t▲6.90\n\n{block}\n"
)


BRIEF_BLOCK = (
    "남대양 공동시장, 역내 관세 철폐 합의\n(산타벨라=남도통신) 남대양 연안 6개국이 참여한"
    " 정상회의가 26일 열려 2030년까지 역내 관세를 모두 없애기로 합의했다."
)


def test_a_brief_set_tight_over_its_sentence_after_a_tables_rows_is_an_item() -> None:
    # the table's last row ends its box as a sentence would: the head over its sentence
    # in the block under it is the next brief's, as after finished text
    got = items(RATES_THEN.format(block=BRIEF_BLOCK))
    assert [it["headline"] for it in got][1:] == [
        "주요국 통화 환율",
        "남대양 공동시장, 역내 관세 철폐 합의",
    ]


def test_a_brief_set_tight_after_a_tables_source_or_note_is_an_item() -> None:
    # the table's note under its rows ends its box as its last row does
    for note in ("자료: 누리은행", "※ 오후 3시 30분 기준"):
        text = RATES_THEN.replace("▲6.90\n\n", f"▲6.90\n{note}\n\n").format(block=BRIEF_BLOCK)
        got = items(text)
        assert [it["headline"] for it in got][1:] == [
            "주요국 통화 환율",
            "남대양 공동시장, 역내 관세 철폐 합의",
        ], note


def test_a_wrapped_paragraph_under_a_tables_rows_stays_the_tables() -> None:
    # the near miss: a plain short first line, no headline's punctuation, over the rest
    block = (
        "시장에서는 엔화 약세가 당분간\n이어질 것으로 보고 있다. 유로화는 사흘째 올랐고"
        " 위안화도 조금 올랐다고 외환당국은 밝혔다."
    )
    got = items(RATES_THEN.format(block=block))
    assert [it["headline"] for it in got][1:] == ["주요국 통화 환율"]
    assert got[-1]["body"][-1][1].startswith("시장에서는 엔화 약세가 당분간 이어질")
