"""Rows of a name and figures: box scores, score lines, ranked lines, tab rows."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.body import COLON_OVER_ROWS, SCORES_HEAD
from reader.ingest.en_rows import GROUP_LABEL, LABEL_OVER, starts_anew
from reader.ingest.figure_rows import FIGURE_ROWS
from reader.ingest.lines import Line
from reader.ingest.ranks import RANK_RUN
from tests.ingest.rule_pages import SPORTS_PAGE, STORY_KO
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_subhead_over_table_rows_with_rises_is_a_subhead_and_rows() -> None:
    text = (
        f"누리 환율 다시 올라\n\n{LEAD}\n\n"
        "주요 통화\n통화\t기준율\t대비\n미국 USD\t1,400.10\t▲5.20\n일본 JPY\t940.30\t▲1.10\n\n"
        f"{MORE}\n\n한누리 기자\n"
    )
    [item] = items(text)
    kinds = [kind for kind, _ in item["body"]]
    assert ("subhead", "주요 통화") in item["body"]
    assert kinds[-1] == "paragraph" and item["body"][-1][1] == MORE


def test_a_label_before_figures_is_still_a_box_score_row() -> None:
    text = (
        "Prep Basketball\n\nDOVER (47): Ruiz 15, Lamb 11, Ortiz 9\nWESTON (40): Kell 20, Ames 8\n"
    )
    [item] = items(text)
    assert [kind for kind, _ in item["body"]] == ["paragraph", "paragraph"]


def test_score_lines_are_rows_under_their_headings_and_end_the_head() -> None:
    _, scores, rowing = items(SPORTS_PAGE)
    assert scores["headline"] == "RIVER LEAGUE." and scores["deck"] == []
    assert scores["body"] == [
        ("subhead", "Upper Division."),
        ("paragraph", "At Dover-Dover 3, Weston 2."),
        ("paragraph", "At Lyme-Lyme 7, Stanton 1."),
        ("subhead", "Lower Division."),
        ("paragraph", "At Ferris-Ferris 5, Hale 4."),
        ("paragraph", "At Crane-Crane 2, Bell 0."),
    ]
    assert rowing["headline"] == "ROWING CLUB ELECTS."
    _, trace = explain_text(SPORTS_PAGE)
    assert any(SCORES_HEAD in why for why in trace.notes.values())


BOARD = (
    "FALCONS EDGE RIVALS\n\nBy Ada Quill\n\n"
    "Mia Stone scored with four seconds left and the Falcons beat Dover 61-59 on Friday night.\n\n"
    "aquill@lakeportnews.com\n\n"
    "WEEKEND SCORES\n\n"
    "Boys hockey\nLakeport 3, Dover 2 (OT)\nWeston 5, Fenwick 1\n\n"
    "Girls soccer\nFenwick 2, Lakeport 0\nDover 1, Weston 1\n"
)


def test_headings_over_scores_under_a_boards_title_are_its_subheads() -> None:
    story, board = items(BOARD)
    assert board["headline"] == "WEEKEND SCORES"
    assert board["deck"] == []
    assert board["body"] == [
        ("subhead", "Boys hockey"),
        ("paragraph", "Lakeport 3, Dover 2 (OT)"),
        ("paragraph", "Weston 5, Fenwick 1"),
        ("subhead", "Girls soccer"),
        ("paragraph", "Fenwick 2, Lakeport 0"),
        ("paragraph", "Dover 1, Weston 1"),
    ]


def test_a_results_boxs_title_stays_an_item() -> None:
    text = (
        "누리 조정대회 결과\n\n"
        "남자 싱글스컬\n1위 한바다(누리시청) 7분02초\n2위 오가람(가람군청) 7분05초\n\n"
        "여자 싱글스컬\n1위 박하늘(누리시청) 7분31초\n2위 최나래(가람군청) 7분40초\n"
    )
    edition = ingest_text(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "누리 조정대회 결과"


def test_rows_of_a_name_and_figures_are_paragraphs_of_their_own() -> None:
    text = (
        "BOWLING.\n"
        "Church League standing:\n"
        "Hawks 30 12 .714\n"
        "Owls 22 20 .524\n"
        "Red Wings 12 30 .286\n"
    )
    edition, trace = explain_text(text)
    [story] = items(text)
    assert story["body"] == [
        ("paragraph", "Church League standing:"),
        ("paragraph", "Hawks 30 12 .714"),
        ("paragraph", "Owls 22 20 .524"),
        ("paragraph", "Red Wings 12 30 .286"),
    ]
    assert FIGURE_ROWS in trace.rule("p1-1")


def test_one_line_ending_in_figures_is_a_wrapped_sentence() -> None:
    text = (
        "SCHOOL NEWS.\n"
        "The school board met last evening and voted to buy new desks for Room\n"
        "Twelve 40 30 dollars being the price agreed.\n"
    )
    [story] = items(text)
    assert len(story["body"]) == 1


RANKED = (
    f"{STORY_KO}\n"
    "홍길동 기자 hong@garam.kr\n\n"
    "많이 본 뉴스\n\n"
    "1 누리천 벚꽃길 다음 주 만개\n\n"
    "2 “주차장 늘려달라” 가람시장 상인들\n\n"
    "3 프로농구 누리FC, 홈 6연승\n"
)


def test_ranked_lines_counting_up_are_entries_keeping_their_ranks() -> None:
    box = items(RANKED)[-1]
    assert box["body"] == [
        ("bullet", "1 누리천 벚꽃길 다음 주 만개"),
        ("bullet", "2 “주차장 늘려달라” 가람시장 상인들"),
        ("bullet", "3 프로농구 누리FC, 홈 6연승"),
    ]
    _, trace = explain_text(RANKED)
    assert RANK_RUN in trace.notes.values()


def test_lines_opening_with_figures_that_do_not_count_up_stay_text() -> None:
    text = f"{STORY_KO}\n오늘의 기록\n\n3 팀이 동점으로 시즌을 마쳤다\n\n7 경기 연속 무승부 기록\n"
    _, trace = explain_text(text)
    assert RANK_RUN not in trace.notes.values()


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


def test_a_second_teams_column_heads_after_the_first_teams_rows_open_no_item() -> None:
    text = (
        "GRAYS WIN OPENER\n\n"
        "The Grays beat the Clippers in ten innings before a big crowd. The score:\n\n"
        "GRAYS AB R H PO A E\nDoyle, ss 4 1 2 3 4 0\nMarsh, 2b 4 0 1 2 3 0\n\n"
        "CLIPPERS AB R H PO A E\nPrice, 2b 5 1 2 3 4 1\nLutz, c 4 0 1 8 1 0\n"
    )
    assert len(items(text)) == 1


SCHEDULE = (
    "이번 주 공연 일정\n\n"
    "날짜\t장소\t번호\t공연\n"
    "3.2(월)\t누리아트홀\t2027-11\t솔뫼시립교향악단 정기연주회\n"
    "3.4(수)\t가람시민회관 대공연장\t2027-12\t청소년 오케스트라 겨울 방학 특별 합동 연주회\n"
    "3.6(금)\t누리아트홀\t2027-13\t현악 사중주의 밤\n"
)


def test_a_tab_row_never_runs_on_into_the_row_under_it_however_long() -> None:
    [item] = items(SCHEDULE)
    rows = [text for kind, text in item["body"]]
    assert len(rows) == 4
    assert (
        rows[2]
        == "3.4(수)\t가람시민회관 대공연장\t2027-12\t청소년 오케스트라 겨울 방학 특별 합동 연주회"
    )


def test_a_long_line_without_a_tab_stopped_mid_sentence_still_goes_on() -> None:
    # the near miss: a sentence broken by a column, no tab in it, joins the line under it
    text = (
        "솔뫼시립교향악단 정기연주회\n\n"
        "솔뫼시립교향악단은 다음 달 2일 누리아트홀에서 첫 정기연주회를 열고 청소년 관객에게\n\n"
        "무료 입장권 200장을 나눠 준다고 밝혔다.\n"
    )
    [item] = items(text)
    assert len(item["body"]) == 1


MARKET_BOX = (
    "HOME MARKETS.\n\n"
    "Prices paid at the elevator and the creamery this morning:\n"
    "Grain—\n"
    "Wheat, No. 2 red ........ $2.12\n"
    "Oats .................... .66\n"
    "Sheep and Lambs—\n"
    "Lambs, 70 to 80 lbs. ... $14.20\n"
    "Ewes, fair to good ..... $6.75\n"
    "Wethers, choice ........ $9.10\n"
)


def test_a_label_of_two_words_and_rows_with_short_leaders_are_apart() -> None:
    [item] = items(MARKET_BOX)
    assert ("subhead", "Sheep and Lambs") in item["body"]
    assert ("paragraph", "Lambs, 70 to 80 lbs. ... $14.20") in item["body"]
    assert ("paragraph", "Ewes, fair to good ..... $6.75") in item["body"]


def test_a_dash_closing_a_phrase_of_many_words_is_no_group_label() -> None:
    # the near miss: a sentence broken off at a dash is no label over rows
    assert GROUP_LABEL.match("Sheep and Lambs—")
    assert not GROUP_LABEL.match("Farmers who sold lambs early—")


GAME = (
    "MILLERS WIN THIRD\n\n"
    "The Millers took the third game of the series from\n"
    "Salem yesterday afternoon, 4 to 2. Krueger struck out\n"
    "nine men.\n"
    "The score:\n"
    "MILLERS\tAB\tR\tH\n"
    "Voss, 2b\t4\t2\t2\n"
    "Krueger, p\t3\t0\t1\n"
)


def test_the_score_line_under_a_games_story_is_a_paragraph_over_its_own_rows() -> None:
    edition, trace = explain_text(GAME)
    [item] = items(GAME)
    k = item["body"].index(("paragraph", "The score:"))
    assert trace.rule("p1-1", f"body.{k}") == COLON_OVER_ROWS
    assert item["body"][-1] == ("paragraph", "Krueger, p\t3\t0\t1")
    assert item["body"][0][1].endswith("struck out nine men.")


def test_the_score_line_set_apart_over_the_rows_titles_no_box_of_its_own() -> None:
    # a line closing on a colon goes on into what it heads: no headline ends so
    text = GAME.replace("nine men.\nThe score:\n", "nine men.\n\nThe score:\n")
    [item] = items(text)
    assert item["headline"] == "MILLERS WIN THIRD"
    assert item["body"][-1] == ("paragraph", "Krueger, p\t3\t0\t1")


def test_a_colon_line_under_a_line_that_fills_the_column_starts_nothing() -> None:
    # the near miss: the sentence's last line filled the column, so the column tells no
    # break there; under a short last line the colon line stands apart
    full = Line("Salem yesterday afternoon, four to two, at the park.", 0)
    short = Line("nine men.", 0)
    colon = Line("The score:", 0)
    assert starts_anew(len(full.text), full, colon) == ""
    assert starts_anew(len(full.text), short, colon) == LABEL_OVER
