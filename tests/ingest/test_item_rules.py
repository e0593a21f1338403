"""General rules of items and their parts, each on a small made-up example (issue 14,
second round).

Where an article without a closing byline ends, news that is not an ad, bylines of
other papers, listings, the lead, decks and rows. The rules were made on the blind set
(tests/ingest/blind/) and must hold on pages nobody tuned for: every example here is
new, every name and fact invented.
"""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from tests.ingest.outline import outline
from tests.ingest.test_conventions import LEAD, MORE, body, items, parse

OTHER = "누리도는 난방비 지원을 늘린다고 밝혔다. 지원 대상은 1만 가구다."


# --- where an article without a closing byline ends ------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "[시론] 골목이 살아야 도시가 산다",  # led by its column's tag
        "누리도, 난방비 지원 늘린다",  # a comma after the subject
        "난방비 지원 확대…1만 가구 혜택",  # an ellipsis between clauses
        "누리도 난방비 지원 두 배로 늘린다",  # a predicate with no period
    ],
)
def test_a_headline_that_shows_itself_opens_the_next_item(headline: str) -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n\n{headline}\n\n{OTHER}\n"
    first, second = items(text)
    assert [k for k, _ in first["body"]] == ["lead", "paragraph"]
    assert (second["headline"], second["body"]) == (headline, [("lead", OTHER)])


def test_a_noun_phrase_between_paragraphs_stays_a_subhead() -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n상인들의 기대\n\n{MORE}\n"
    assert [k for k, _ in body(text)] == ["lead", "subhead", "paragraph"]


def test_a_line_over_a_credited_cartoon_and_nothing_more_is_an_item() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n누리만평\n\n"
        f"“월세가 또 올랐네” “내년엔 나아지겠지” /한솔 화백\n\n[시론] 골목의 봄\n\n{MORE}\n"
    )
    assert [(it["headline"], [k for k, _ in it["body"]]) for it in items(text)] == [
        ("골목상권 살리기 속도", ["lead"]),
        ("누리만평", ["caption"]),
        ("[시론] 골목의 봄", ["lead"]),
    ]


def test_a_subhead_over_a_credited_photo_inside_an_article_stays_a_subhead() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n남은 과제\n\n"
        f"상인들이 3일 회의를 하고 있다. /누리시 제공\n\n{MORE}\n"
    )
    assert [k for k, _ in body(text)] == ["lead", "subhead", "caption", "paragraph"]


def test_a_line_over_a_byline_or_a_lead_with_its_byline_opens_an_item() -> None:
    text = (
        "■ 주요 지표\n코스피\t2,601.10\t▲5.20\n코스닥\t812.33\t▼1.02\n\n"
        "반도체 수출 석 달째 증가\n서해린 기자\n\n" + OTHER + "\n\n"
        "누리FC 3연승\n(누리=누리통신) 오가람 기자 = 누리FC가 3연승을 달렸다.\n"
    )
    got = items(text)
    assert [it["headline"] for it in got] == [
        "주요 지표",
        "반도체 수출 석 달째 증가",
        "누리FC 3연승",
    ]
    assert got[1]["bylines"] == [("서해린", "기자", None, None)]
    assert got[2]["bylines"] == [("오가람", "기자", None, "누리")]


def test_briefs_headed_by_marked_lines_are_an_item_each() -> None:
    text = (
        "◇누리은행, 청년 적금 출시\n누리은행은 연 5% 청년 적금을 내놓았다고 2일 밝혔다.\n"
        "◇한결전자, 공장 증설\n한결전자는 누리산단에 새 공장을 짓는다고 밝혔다.\n"
    )
    assert [(it["headline"], it["body"]) for it in items(text)] == [
        (
            "누리은행, 청년 적금 출시",
            [("lead", "누리은행은 연 5% 청년 적금을 내놓았다고 2일 밝혔다.")],
        ),
        ("한결전자, 공장 증설", [("lead", "한결전자는 누리산단에 새 공장을 짓는다고 밝혔다.")]),
    ]


def test_a_title_over_briefs_is_an_item_of_its_own() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n[간추린 소식]\n\n"
        f"■ 누리도, 난방비 지원 늘린다\n{OTHER}\n\n■ 누리시, 버스 증편\n{MORE}\n"
    )
    got = items(text)
    assert [(it["headline"], len(it["body"])) for it in got] == [
        ("골목상권 살리기 속도", 1),
        ("간추린 소식", 0),
        ("누리도, 난방비 지원 늘린다", 1),
        ("누리시, 버스 증편", 1),
    ]


@pytest.mark.parametrize(
    "notice", ["저작권자 © 누리뉴스 무단전재 금지", "<저작권자 © 누리뉴스 무단전재 및 재배포 금지>"]
)
def test_a_copyright_notice_closes_its_article(notice: str) -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n한가람 기자\n\n{notice}\n\n"
        f"누리도 난방비 지원\n\n{OTHER}\n"
    )
    first, second = items(text)
    assert first["body"][-1] == ("paragraph", notice)
    assert second["headline"] == "누리도 난방비 지원"


# --- news is not an ad ---------------------------------------------------------------


def test_a_weather_box_with_a_table_is_an_article() -> None:
    text = "■ 오늘의 날씨\n\n맑고 낮 기온 21도 안팎.\n\n지역\t오전\t오후\n누리\t☀\t☁\n한결\t☁\t☂\n"
    [item] = items(text)
    assert item["headline"] == "오늘의 날씨"
    assert item["body"] == [
        ("lead", "맑고 낮 기온 21도 안팎."),
        ("paragraph", "지역\t오전\t오후"),
        ("paragraph", "누리\t☀\t☁"),
        ("paragraph", "한결\t☁\t☂"),
    ]


def test_results_under_a_marked_heading_are_rows_not_a_deck_or_subheads() -> None:
    text = "■ 프로농구 전적\n누리 81-77 한결\n바다 90-88 하늘\n산들 70-65 가람\n"
    [item] = items(text)
    assert item["headline"] == "프로농구 전적"
    assert item["deck"] == []
    assert [k for k, _ in item["body"]] == ["paragraph"] * 3


def test_an_english_ad_names_prices_and_no_sentence() -> None:
    text = (
        "FERRY RUNS AGAIN.\n\nThe ferry to Long Island resumed its trips this morning after "
        "the ice went out of the harbor.\n\nWINTER COATS AT COBB'S\nHeavy Wool Coats, $9.50.\n"
        "Children's Mittens, 25 Cents.\nCOBB & SONS, Water Street.\n"
    )
    [page] = outline(parse(text))
    article, ad = page["items"]
    assert article["headline"] == "FERRY RUNS AGAIN."
    assert ad["title"] == "WINTER COATS AT COBB'S"


# --- bylines -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("printed", "want"),
    [
        ("[누리=한결일보] 오가람 기자 =", ("오가람", "기자", None, "누리")),
        ("(누리=바다통신) 오가람 기자 =", ("오가람", "기자", None, "누리")),
    ],
)
def test_a_prefix_byline_with_any_outlet(printed: str, want: tuple) -> None:
    [item] = items(f"골목상권 살리기 속도\n\n{printed} {LEAD}\n")
    assert item["bylines"] == [want]
    assert item["body"] == [("lead", LEAD)]


def test_credit_bylines_of_what_each_person_did() -> None:
    text = (
        f"골목상권 살리기 속도\n\n{LEAD}\n\n{MORE}\n\n"
        "대담=하누리 경제부장 / 정리=오가람 기자\n\n도움말=서해린 세무사(누리세무법인)\n"
    )
    [item] = items(text)
    assert item["bylines"] == [
        ("하누리", "경제부장", None, None),
        ("오가람", "기자", None, None),
        ("서해린", "세무사", None, None),
    ]


def test_a_reporter_named_over_the_lead_and_at_the_end_is_one_byline() -> None:
    text = (
        f"골목상권 살리기 속도\n\n(누리=누리통신) 오가람 기자 = {LEAD}\n\n"
        "오가람 기자 garam@nuri.example\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("오가람", "기자", "garam@nuri.example", "누리")]


# --- listings ------------------------------------------------------------------------


def test_a_bracketed_category_with_a_name_opens_the_next_listing() -> None:
    text = (
        "[인사] 누리시\n▲행정국장 한지훈 ▲복지국장 오민재\n▲감사관 서은비\n\n"
        "[인사] 누리도교육청\n<과장급>\n▲교육과장 임도현 ▲체육과장 배수아\n"
    )
    first, second = items(text)
    assert (first["headline"], len(first["body"])) == ("[인사] 누리시", 3)
    assert second["headline"] == "[인사] 누리도교육청"
    assert second["body"][0] == ("subhead", "과장급")


def test_long_diamond_lines_are_entries() -> None:
    text = (
        "[모임]\n◇누리고 20회 동창회=12월 6일 오후 6시 누리호텔.\n"
        "◇한결향우회 총회=12월 13일 오전 11시 한결빌딩 3층.\n"
        "◇바다산악회 송년회=12월 20일 오후 5시 바다식당.\n"
    )
    [item] = items(text)
    assert item["headline"] == "모임"
    assert [k for k, _ in item["body"]] == ["bullet"] * 3


def test_a_highlight_article_among_a_schedule_stays_an_article() -> None:
    text = (
        "[볼만한 프로] 섬마을 학교 (NTV 밤 9시)\n"
        "섬 분교의 1년을 담은 다큐멘터리다. 학생은 다섯 명뿐이다.\n\n"
        "NTV\n06:00 아침 뉴스\n09:00 생생 정보\n"
    )
    first, second = items(text)
    assert first["headline"] == "[볼만한 프로] 섬마을 학교 (NTV 밤 9시)"
    assert first["body"] == [("lead", "섬 분교의 1년을 담은 다큐멘터리다. 학생은 다섯 명뿐이다.")]
    assert (second["headline"], len(second["body"])) == ("NTV", 2)


# --- the lead, and why --------------------------------------------------------------


def test_the_lead_is_the_first_prose_not_a_tables_first_row() -> None:
    text = "■ 프로야구 순위\n순위\t팀\t승\n1\t누리\t80\n2\t한결\t75\n"
    [item] = items(text)
    assert [k for k, _ in item["body"]] == ["paragraph"] * 3


def test_explain_names_the_headline_rule_that_opened_an_item() -> None:
    text = f"골목상권 살리기 속도\n\n{LEAD}\n\n[시론] 골목의 봄\n\n{MORE}\n"
    edition, trace = explain_text(text)
    second = edition.pages[0].items[1]
    assert "column's tag" in trace.rule(second.id)
