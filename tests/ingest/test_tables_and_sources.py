"""Tables with their titles and sources: data boxes in stories, markets, a table after a notice
or a story, and the head after its rows."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.ad_marks import PAPER_TABLE
from reader.ingest.after_rows import TABLE_AFTER_CONTACT
from reader.ingest.body import TABLE_NOTE_RULE
from reader.model import Ad, Table
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_calendar_table_keeps_its_rows() -> None:
    text = "학사 일정\n\n5월 12일(화)\t개교기념일\n5월 15일(금)\t체육대회\n"
    [item] = items(text)
    assert not any(kind == "bullet" for kind, _ in item["body"])


def test_table_rows_ending_in_a_discount_stay_rows_of_the_table() -> None:
    """A row of cells (tabs between) is a table's, whatever its last cell ends in."""
    text = (
        f"누리시장 봄맞이\n\n{LEAD}\n\n한가람 기자\n\n"
        "누리CC 회원모집\n구분\t금액\t혜택\n"
        "정회원\t780\t그린피 50% 할인\n주중회원\t450\t그린피 30% 할인\n"
        "전화 031-555-0199\n"
    )
    story, ad = items(text)
    kinds = [block[0] for block in ad["blocks"]]
    assert "list" not in kinds and "table" in kinds, ad["blocks"]


def test_a_data_boxs_source_line_stays_in_its_box() -> None:
    text = (
        f"누리시 기온 상승\n\n{LEAD}\n\n{MORE}\n\n"
        "[데이터로 본 올겨울]\n구분\t올겨울\t평년\n평균기온\t3.1\t1.4\n자료=누리지방기상청\n\n"
        "한가람 기자 garam@nuri.kr\n\n탄소 포인트 가입 10만명\n\n"
        "누리시가 도입한 탄소 포인트 가입자가 10만명을 넘었다.\n"
    )
    story, brief = items(text)
    assert story["body"][-1] == ("paragraph", "자료=누리지방기상청")
    assert story["bylines"] == [("한가람", "기자", "garam@nuri.kr", None)]
    assert brief["headline"] == "탄소 포인트 가입 10만명"


def test_a_titled_table_and_its_source_inside_a_signed_story_stay_the_storys() -> None:
    # the byline under the source line signs the story the table stands in
    text = (
        f"누리시 기온 상승\n\n{LEAD}\n{MORE}\n누리시 월평균 기온 (단위: ℃)\n"
        "구분\t올겨울\t평년\n12월\t3.1\t1.4\n1월\t0.8\t-0.6\n자료=누리지방기상청\n"
        "한가람 기자 garam@nuri.kr\n"
    )
    [story] = items(text)
    assert ("subhead", "누리시 월평균 기온 (단위: ℃)") in story["body"]
    assert story["body"][-1] == ("paragraph", "자료=누리지방기상청")
    assert story["bylines"] == [("한가람", "기자", "garam@nuri.kr", None)]


def test_a_titled_table_with_its_source_after_a_signed_story_is_an_item() -> None:
    text = (
        f"누리시 기온 상승\n\n{LEAD}\n{MORE}\n한가람 기자\n\n누리시 월평균 기온 (단위: ℃)\n"
        "구분\t올겨울\t평년\n12월\t3.1\t1.4\n1월\t0.8\t-0.6\n자료=누리지방기상청\n"
    )
    story, table = items(text)
    assert story["bylines"] == [("한가람", "기자", None, None)]
    assert table["headline"] == "누리시 월평균 기온 (단위: ℃)"


def test_a_markets_quotation_rows_are_its_paragraphs_not_notes_nor_ads() -> None:
    text = (
        "LIVE STOCK\n\n"
        "Receipts at the yards were light today and\n"
        "prices held steady on all classes.\n"
        "CATTLE—Choice steers, $9.50@10.25; cows,\n"
        "$4.50@6.25.\n"
        "HOGS—Heavy, $10.40@10.60; pigs, $8.50@\n"
        "9.25.\n"
    )
    [item] = items(text)
    assert item["headline"] == "LIVE STOCK"
    assert item["body"] == [
        ("lead", "Receipts at the yards were light today and prices held steady on all classes."),
        ("paragraph", "CATTLE—Choice steers, $9.50@10.25; cows, $4.50@6.25."),
        ("paragraph", "HOGS—Heavy, $10.40@10.60; pigs, $8.50@9.25."),
    ]


def test_place_notes_without_quotations_stay_notes() -> None:
    text = (
        "AROUND THE COUNTY\n\n"
        "CEDAR RUN.—Miss Ruth Kimble spent Sunday\n"
        "with her parents.\n\n"
        "FOX HOLLOW.—The Grange will meet on\n"
        "Friday evening at the hall.\n"
    )
    assert [it["headline"] for it in items(text)] == ["CEDAR RUN", "FOX HOLLOW"]


NOTICE_THEN_TABLE = (
    "[알림] 누리병원 야간진료 시간 변경\n"
    "누리병원은 다음 달 2일부터 소아과 야간진료를 평일 오후 10시까지 연장한다.\n"
    "문의 누리병원 고객지원팀 062-000-3300\n\n"
    "올해 달라진 급여 기준\n"
    "(단위: 원, 1인 가구 기준)\n"
    "구분\t2025년\t2026년\n"
    "생계급여\t765,000\t802,000\n"
    "주거급여\t341,000\t352,000\n"
    "자료=누리시\n"
)


def test_a_titled_table_after_a_notice_closed_by_its_contact_is_the_papers_own_item() -> None:
    edition, trace = explain_text(NOTICE_THEN_TABLE)
    page = edition.pages[0]
    assert len(page.items) == 2
    table = page.items[1]
    assert not isinstance(table, Ad)  # its unit under the title: the paper's table
    assert TABLE_AFTER_CONTACT in trace.rule("p1-2")
    assert PAPER_TABLE in trace.rule("p1-2")


def test_a_title_over_prose_after_a_notices_contact_is_no_table() -> None:
    text = NOTICE_THEN_TABLE.split("올해")[0] + f"올해 달라진 급여 기준\n{LEAD}\n"
    _, trace = explain_text(text)
    assert all(TABLE_AFTER_CONTACT not in why for why in trace.notes.values())


def test_a_notices_own_schedule_under_its_contact_stays_in_the_notice() -> None:
    # no unit or source under its title: the notice's own classes, not the paper's table
    text = (
        "누리문화센터 겨울강좌 수강생 모집\n"
        "누리문화센터는 다음 달 5일부터 겨울강좌를 연다고 4일 밝혔다.\n"
        "강좌는 모두 12개로, 요가와 서예 등 주민이 많이 찾는 강좌를 넓혔다.\n"
        "접수는 오는 20일까지 센터 누리집에서 받는다.\n"
        "문의 02-123-4567\n\n"
        "강좌 안내\n강좌\t요일\t수강료\n요가\t월·수\t3만원\n서예\t화·목\t2만원\n"
    )
    edition, trace = explain_text(text)
    [notice] = edition.pages[0].items
    assert all(TABLE_AFTER_CONTACT not in why for why in trace.notes.values())
    assert isinstance(notice, Ad) and notice.title is not None
    assert notice.title.text == "누리문화센터 겨울강좌 수강생 모집"
    [table] = [b for b in notice.blocks if isinstance(b, Table)]
    assert [[c.text for c in row] for row in table.rows][0] == ["요가", "월·수", "3만원"]


STOCKS = (
    "GRAIN STOCKS STEADY\n\n"
    "Trading was light on the exchange today, and most shares closed near\n"
    "where they opened.\n\n"
    "CITY STOCKS\n"
    "High. Low. Close.\n"
    "Oak Mills 68½ 67¾ 68¼\n"
    "River Gas 119 117½ 118¾\n"
    "Dover Bank 106⅜ 105¾ 106¼\n\n"
    "MONEY MARKET.\n"
    "Call money was easy at 2½ per cent. Time loans were firm at 3 per cent.\n"
)


def test_a_stock_tables_header_row_is_its_first_row_and_a_head_after_its_rows_opens_an_item() -> (
    None
):
    edition, trace = explain_text(STOCKS)
    got = items(STOCKS)
    assert [it["headline"] for it in got] == ["GRAIN STOCKS STEADY", "CITY STOCKS", "MONEY MARKET."]
    assert got[1]["deck"] == []
    assert got[1]["body"][0] == ("paragraph", "High. Low. Close.")
    assert "capitalised headline after a table's rows" in trace.rule("p1-3")


PRODUCE_THEN_STACK = (
    "GRAIN AND PRODUCE\n"
    "Wheat, No. 2 hard .... $2.12\n"
    "Corn, No. 3 yellow ... 1.38\n"
    "Oats, No. 2 white .... .68\n\n"
    "BARN RAISING\nON THE MOTT FARM\n"
    "Neighbors turned out Tuesday to help Carl Mott raise his new barn, the\n"
    "largest in the township.\n"
)


def test_a_stacked_headline_in_capitals_after_a_tables_rows_opens_an_item() -> None:
    heads = [it["headline"] for it in items(PRODUCE_THEN_STACK)]
    assert heads == ["GRAIN AND PRODUCE", "BARN RAISING ON THE MOTT FARM"]


def test_a_head_closed_by_its_stop_over_a_lists_label_is_no_stack() -> None:
    # 'ARRIVALS.' under 'SHIPPING.' labels the list below the head, in the same item
    text = PRODUCE_THEN_STACK.split("BARN")[0] + (
        "SHIPPING.\nARRIVALS.\nStr. Tamarack, from San Pedro, in bal-\nlast.\n"
    )
    _, trace = explain_text(text)
    assert all("after a table's rows" not in why for why in trace.notes.values())


def test_a_tables_source_line_between_its_rows_and_prose_is_no_subhead() -> None:
    for note in ("자료: 누리시 통계과", "※ 자료: 누리시 통계과(잠정)"):
        text = (
            f"누리시 인구 석 달째 늘어\n\n{LEAD}\n\n"
            "동\t인구\t증감\n새터동\t12,400\t▲120\n솔뫼동\t9,850\t▲45\n\n"
            f"{note}\n\n{MORE}\n"
        )
        edition, trace = explain_text(text)
        [item] = items(text)
        assert ("paragraph", note) in item["body"]
        assert not any(kind == "subhead" for kind, _ in item["body"])
        k = next(i for i, (_, t) in enumerate(item["body"]) if t == note)
        assert trace.rule("p1-1", f"body.{k}") == TABLE_NOTE_RULE


def test_a_short_line_naming_data_inside_its_words_is_still_a_subhead() -> None:
    text = f"누리시 인구 석 달째 늘어\n\n{LEAD}\n\n새 자료로 본 인구\n\n{MORE}\n"
    [item] = items(text)
    assert ("subhead", "새 자료로 본 인구") in item["body"]
