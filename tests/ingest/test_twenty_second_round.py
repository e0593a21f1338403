"""What the nineteenth to twenty-first sets' first runs missed (issue 14, twenty-second
round), rules for mechanisms that fail on more than one set: English paragraphs, bulletins
and table rows printed without a blank line between them, a title over a run of items, a
letter's salutation and its signature in capitals, a corpus line's headline before ' | '.
Each on a small made-up example of its own, with a counter-example the rule must not fire
on; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.brevities import DATED_RUN_START
from reader.ingest.en_rows import SALUTED, UNFILLED
from reader.ingest.figure_rows import FIGURE_ROWS
from reader.ingest.letters import CAPS_SIGNED_RULE
from reader.ingest.runs import TITLE_OVER_CAPS
from reader.ingest.tab_head import BAR_HEAD
from reader.ingest.units import WEB_BYLINE_RULE
from reader.ingest.writer_line import NAME_OVER_ROLE
from tests.ingest.test_conventions import items

# --- a paragraph's last line the column did not fill ----------------------------------

UNFILLED_TEXT = (
    "THE NEW BRIDGE.\n\n"
    "The township trustees will open bids on\n"
    "Monday for the iron bridge over Clear\n"
    "creek, which the spring flood carried\n"
    "away in April.\n"
    "Farmers west of the creek have since\n"
    "driven six miles round by the mill road.\n"
)


def test_a_sentences_last_line_the_column_did_not_fill_ends_its_paragraph() -> None:
    [story] = items(UNFILLED_TEXT)
    assert [text for _, text in story["body"]] == [
        "The township trustees will open bids on Monday for the iron bridge over Clear "
        "creek, which the spring flood carried away in April.",
        "Farmers west of the creek have since driven six miles round by the mill road.",
    ]
    _, trace = explain_text(UNFILLED_TEXT)
    assert UNFILLED in trace.rule("p1-1")


def test_a_sentence_ending_where_the_next_word_would_not_fit_runs_on() -> None:
    text = (
        "THE NEW BRIDGE.\n\n"
        "The township trustees will open bids on\n"
        "Monday for the iron bridge, they said.\n"
        "Farmers west of the creek have since\n"
        "driven six miles round by the mill road.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


def test_a_short_line_under_an_ads_sentence_stays_with_it() -> None:
    text = (
        "HAY FOR SALE\n\n"
        "Small square bales, first cutting, stored inside. $6 per bale.\n"
        "Call 555-0911\n"
    )
    _, trace = explain_text(text)
    assert all(UNFILLED not in rule for rule in trace.notes.values())


# --- dated bulletins one under another --------------------------------------------------

BULLETINS = (
    "CABLE NEWS.\n\n"
    "OSLO, Nov. 3.—The storting met today\n"
    "and voted the harbor loan at once.\n"
    "BERNE, Nov. 3.—Snow has closed the\n"
    "passes into the southern valleys.\n"
    "VIENNA, Nov. 3.—The Danube is open\n"
    "again to barges from the east.\n"
)


def test_a_bulletins_dateline_after_a_sentence_starts_a_paragraph() -> None:
    # Each bulletin of the run under the title is an item of its own (docs/representation.md,
    # "Dash briefs and place notes", twenty-fourth round); the dateline starts it.
    assert [[text for _, text in it["body"]] for it in items(BULLETINS)] == [
        ["OSLO, Nov. 3.—The storting met today and voted the harbor loan at once."],
        ["BERNE, Nov. 3.—Snow has closed the passes into the southern valleys."],
        ["VIENNA, Nov. 3.—The Danube is open again to barges from the east."],
    ]
    _, trace = explain_text(BULLETINS)
    assert trace.rule("p1-2").startswith(f"items: {DATED_RUN_START}")


def test_a_place_and_a_date_inside_a_sentence_run_on() -> None:
    text = (
        "CABLE NEWS.\n\n"
        "The storting met today and voted the\n"
        "harbor loan at once, and the king left\n"
        "Oslo, Nov. 3, for the southern valleys.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


# --- a box score under the story ---------------------------------------------------------

BOX = (
    "HAWKS WIN IN NINTH\n\n"
    "The Hawks beat the Larks yesterday, 3 to 2,\n"
    "when Pell doubled home the winning run.\n"
    "HAWKS. AB. R. H. O. A. E.\n"
    "Pell, 2b 4 1 2 3 4 0\n"
    "Dorr, cf 4 0 1 2 0 0\n"
    "Totals 33 3 8 27 11 1\n"
)


def test_a_box_scores_rows_are_paragraphs_under_their_header_not_an_item() -> None:
    [story] = items(BOX)
    assert story["headline"] == "HAWKS WIN IN NINTH"
    assert [text for _, text in story["body"]] == [
        "The Hawks beat the Larks yesterday, 3 to 2, when Pell doubled home the winning run.",
        "HAWKS. AB. R. H. O. A. E.",
        "Pell, 2b 4 1 2 3 4 0",
        "Dorr, cf 4 0 1 2 0 0",
        "Totals 33 3 8 27 11 1",
    ]
    _, trace = explain_text(BOX)
    assert FIGURE_ROWS in trace.rule("p1-1")


def test_one_line_ending_in_figures_is_a_sentences_wrapped_end() -> None:
    text = (
        "HAWKS WIN IN NINTH\n\n"
        "The Hawks beat the Larks yesterday before\n"
        "Crowds 4 0 0 of the season, the largest.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


# --- a title in title case over a headline in capitals -----------------------------------

TITLED = (
    "ROAD TAX DUE.\n\n"
    "The county treasurer reminds owners that the road tax falls due on Monday.\n\n"
    "Voices of Our Readers\n"
    "A PLEA FOR SHADE TREES.\n"
    "The elms on Main street are dying, and nobody plants new ones in their place.\n"
)


def test_a_title_case_line_over_a_headline_in_capitals_is_an_item_of_its_own() -> None:
    got = items(TITLED)
    assert [it["headline"] for it in got] == [
        "ROAD TAX DUE.",
        "Voices of Our Readers",
        "A PLEA FOR SHADE TREES.",
    ]
    assert got[1]["body"] == []
    _, trace = explain_text(TITLED)
    assert TITLE_OVER_CAPS in trace.rule("p1-2")


def test_a_name_and_role_over_a_headline_in_capitals_titles_nothing() -> None:
    text = (
        "LEGAL NOTICES\n\n"
        "NOTICE OF HEARING\n\n"
        "The board will hear the matter on Monday at noon in the town hall.\n\n"
        "/s/ Ada Pell, Town Clerk\n\n"
        "AUCTION OF GOODS\n\n"
        "Unclaimed goods will be sold on Saturday at ten o'clock in the morning.\n"
    )
    _, trace = explain_text(text)
    assert all(TITLE_OVER_CAPS not in rule for rule in trace.notes.values())


# --- a letter: its salutation and its signature in capitals ------------------------------

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


def test_a_short_headline_in_capitals_over_text_starts_an_item() -> None:
    text = (
        "MORE LAMPS WANTED.\n\n"
        "The council will light the lamps on Pine street next month.\n\n"
        "A CORRECTION.\n\n"
        "The fair opens on Tuesday, not on Monday as was printed last week.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == ["MORE LAMPS WANTED.", "A CORRECTION."]
    assert all(it["bylines"] == [] for it in got)


# --- a corpus line's headline before ' | ' ----------------------------------------------

BARS = (
    "가람항 물동량 역대 최대 | 가람항의 지난해 컨테이너 물동량이 200만TEU를 넘었다고 "
    "가람항만공사가 5일 밝혔다. 새 항로 세 개가 열린 덕분이다.\n"
    "누리대, 기숙사 착공 | 누리대가 외국인 유학생 600명이 머물 기숙사를 짓기 시작했다. "
    "내년 8월 완공이 목표다.\n"
)


def test_a_short_part_before_a_lines_only_bar_heads_the_sentences_after_it() -> None:
    got = items(BARS)
    assert [it["headline"] for it in got] == ["가람항 물동량 역대 최대", "누리대, 기숙사 착공"]
    assert got[1]["body"] == [
        (
            "lead",
            "누리대가 외국인 유학생 600명이 머물 기숙사를 짓기 시작했다. 내년 8월 완공이 목표다.",
        )
    ]
    _, trace = explain_text(BARS)
    assert BAR_HEAD in trace.rule("p1-1")


def test_a_line_of_several_bars_keeps_them() -> None:
    text = (
        "가람항 물동량 역대 최대\n\n"
        "가람항의 지난해 컨테이너 물동량이 200만TEU를 넘었다고 가람항만공사가 5일 밝혔다.\n\n"
        "좋아요 14 | 공유하기 | 댓글 2\n"
    )
    _, trace = explain_text(text)
    assert all(BAR_HEAD not in rule for rule in trace.notes.values())


# --- the writer's line under a contribution's or a named column's headline ---------------

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


# --- a web page's byline line with its stamps, no bar between them ----------------------

STAMPED = (
    "누리투데이\n\n"
    "가람산 산불 이틀째… 주민 300명 대피\n\n"
    "한누리 기자 입력 2026.04.02 08:10 수정 2026.04.02 11:30\n\n"
    "가람산 일대에서 난 산불이 이틀째 이어지고 있다. 산림당국은 헬기 12대를 투입했다.\n\n"
    "저작권자 © 누리투데이 무단전재 및 재배포 금지\n"
)


def test_a_reporter_before_the_pages_stamps_is_the_byline_and_the_stamp_its_date() -> None:
    edition, trace = explain_text(STAMPED)
    [story] = items(STAMPED)
    assert story["bylines"] == [("한누리", "기자", None, None)]
    assert story["body"][0] == (
        "lead",
        "가람산 일대에서 난 산불이 이틀째 이어지고 있다. 산림당국은 헬기 12대를 투입했다.",
    )
    assert edition.masthead is not None and edition.masthead.date == "2026-04-02"
    assert trace.rule("p1-1", "byline.0").endswith(WEB_BYLINE_RULE)


def test_a_sentence_naming_a_reporter_and_an_input_stays_text() -> None:
    text = STAMPED.replace(
        "한누리 기자 입력 2026.04.02 08:10 수정 2026.04.02 11:30",
        "산불을 처음 본 주민은 한누리 기자에게 입력 2026년 기록을 보여 주었다.",
    )
    [story] = items(text)
    assert story["bylines"] == []
