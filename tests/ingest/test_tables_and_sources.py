"""Tables with their titles and sources: data boxes, priced and leader tables, markets."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text, ingest_text
from reader.ingest.ad import LEADER_TABLE
from reader.ingest.ad_marks import PAPER_TABLE
from reader.ingest.after_rows import TABLE_AFTER_CONTACT
from reader.ingest.body import TABLE_NOTE_RULE
from reader.ingest.en_rows import leader_row
from reader.model import Ad, ListBlock, Paragraph, Table
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


# --- a boxed table that names its source --------------------------------------------------

STORY_OVER_TABLE = (
    "솔뫼시 아파트 매매가 넉 달째 보합\n\n"
    "솔뫼시 아파트 매매가가 넉 달째 제자리걸음을 하고 있다고 시세정보업체가 3일 밝혔다.\n"
    "가람 기자 garam@solmoe.kr\n\n"
)


def test_a_boxed_table_with_its_data_source_is_the_papers_not_an_ad() -> None:
    text = (
        f"{STORY_OVER_TABLE}◆ 주요 단지 평균 시세(단위: 억원)\n"
        "단지\t8월\t11월\n솔뫼자이\t5.1\t5.1\n강변하늘\t4.2\t4.3\n누리숲\t3.8\t3.8\n"
        "자료: 솔뫼시세연구소\n"
    )
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Article"]
    assert PAPER_TABLE in trace.rule("p1-2")


def test_a_boxed_price_table_without_a_source_stays_an_ad() -> None:
    text = (
        f"{STORY_OVER_TABLE}◆ 솔뫼마트 주말 특가\n"
        "품목\t정가\t할인가\n한우 등심\t9,900원\t7,900원\n사과 1봉\t8,000원\t5,900원\n"
        "딸기 1팩\t12,000원\t9,900원\n문의 061-555-0100\n"
    )
    kinds = [type(item).__name__ for item in explain_text(text)[0].pages[0].items]
    assert kinds == ["Article", "Ad"]


SALE_AD = (
    "NORDQUIST'S SPRING SALE\n"
    "Granulated Sugar, 20 lbs ........ $1.00\n"
    "Men's Suits, worth $18, now $14.75\n"
    "Coffee, per lb ........ 25c\n"
    "Ladies' Coats, worth $12, now $8.50\n"
    "Phone 212. NORDQUIST'S, Main St.\n"
)


def test_an_ads_priced_lines_between_leader_rows_keep_the_printed_order() -> None:
    edition, trace = explain_text(SALE_AD)
    [ad] = edition.pages[0].items
    assert isinstance(ad, Ad)
    shown = [
        [c.text for row in b.rows for c in row] if isinstance(b, Table) else b.items[0].text
        for b in ad.blocks
        if isinstance(b, Table | ListBlock)
    ]
    assert shown == [
        ["Granulated Sugar, 20 lbs", "$1.00"],
        "Men's Suits, worth $18, now $14.75",
        ["Coffee, per lb", "25c"],
        "Ladies' Coats, worth $12, now $8.50",
    ]
    # each block is explained by its own rule: the tables as leader rows, the lists as goods
    for k, block in enumerate(ad.blocks):
        if isinstance(block, Table):
            assert trace.rule(ad.id, f"blocks.{k}.rows.0.0") == LEADER_TABLE
        elif isinstance(block, ListBlock):
            assert trace.rule(ad.id, f"blocks.{k}.items.0").startswith("ad: lines of goods")


def test_leader_rows_are_told_from_an_ellipsis() -> None:
    for row in (
        "Rye, No. 1 .... $0.92",
        "Oats ........ .46",
        "E. J. HOLLOWAY........Editor and Manager",
        "Organ Prelude ........ Mrs. Ada Brown",
        "1부 개회 ........ 사회자",
    ):
        assert leader_row(row), row
    for prose in (
        "Come early.... Sale starts Monday.",
        "He waited.... and waited.",
        "그런데...... 결국 그는 돌아오지 않았다.",
        "그런데......결국 그는 돌아오지 않았다.",
    ):
        assert not leader_row(prose), prose


def test_an_ellipsis_in_an_ad_is_its_text_not_a_table() -> None:
    text = SALE_AD.replace("Granulated Sugar, 20 lbs ........ $1.00", "Come early.... Sale Monday.")
    [ad] = ingest_text(text).pages[0].items
    assert isinstance(ad, Ad)
    assert "Come early.... Sale Monday." in [b.text for b in ad.blocks if isinstance(b, Paragraph)]


def test_a_table_moved_up_by_the_ads_title_is_explained_by_its_own_rule() -> None:
    # 'OF SPRING MILLINERY' goes on the title: the table takes its place, not its rule
    text = (
        "GRAND OPENING\nOF SPRING MILLINERY\n"
        "Trimmed Hats ........ $2.50\nChildren's Bonnets ........ 95c\n"
        "MRS. ADA NORD, 14 Main Street. Phone 88.\n"
    )
    edition, trace = explain_text(text)
    [ad] = edition.pages[0].items
    assert isinstance(ad, Ad) and isinstance(ad.blocks[0], Table)
    assert trace.rule(ad.id, "blocks.0") == LEADER_TABLE
    assert trace.rule(ad.id, "blocks.0.rows.1.1") == LEADER_TABLE


def test_a_boxed_table_of_figures_without_a_source_is_the_papers_too() -> None:
    # a market's box: a marked title over figures, no price, phone or address in its rows
    text = (
        f"{STORY_OVER_TABLE}◆ 주요 지수\n"
        "지수\t종가\t등락\n코스피\t2,712.58\t▼23.41\n코스닥\t801.34\t▲5.62\n"
        "코스피200\t362.17\t▼3.90\n"
    )
    edition, trace = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article", "Article"]
    assert PAPER_TABLE in trace.rule("p1-2")


def test_a_table_closed_by_its_note_or_its_unit_is_the_papers() -> None:
    # a calendar whose rows give each event's phone, closed by the paper's note; a table
    # closed by its unit: neither sells anything
    phoned = (
        "12월 겨울 축제 달력\n기간\t축제\t문의\n12.5~12.28\t겨울빛 정원\t063-620-4411\n"
        "12.12~12.14\t눈꽃 캠핑\t033-330-2727\n12.19~1.4\t얼음 트레킹\t033-450-5151\n"
        "※ 일정은 날씨에 따라 바뀔 수 있습니다.\n"
    )
    united = (
        "지역별 관람객\n지역\t올해\t지난해\n누리시\t1,204\t1,100\n한빛시\t2,871\t2,500\n"
        "가람군\t968\t901\n\n(단위: 명, 누적 기준)\n"
    )
    for box in (phoned, united):
        edition, trace = explain_text(f"{STORY_OVER_TABLE}{box}")
        assert [type(item).__name__ for item in edition.pages[0].items] == ["Article", "Article"]
        assert PAPER_TABLE in trace.rule("p1-2")


def test_a_boxed_price_list_or_a_note_giving_a_phone_stays_an_ad() -> None:
    # the near misses: prices in a marked box with no source (in tab rows, which round
    # forty-two's news table would read as the paper's but for ad_marks.price_list, or in
    # leader-dot rows), or a note asking for a call
    priced = (
        f"{STORY_OVER_TABLE}◆ 객실 요금\n"
        "객실\t평일\t주말\n스탠다드\t89,000원\t129,000원\n디럭스\t119,000원\t159,000원\n"
        "스위트\t219,000원\t269,000원\n"
    )
    dotted = (
        f"{STORY_OVER_TABLE}◆ 객실 요금\n"
        "스탠다드 ........ 89,000원\n디럭스 .......... 119,000원\n스위트 .......... 219,000원\n"
    )
    called = (
        f"{STORY_OVER_TABLE}겨울 캠프 일정\n"
        "기간\t대상\t인원\n1.5~1.7\t초등 3~4학년\t40명\n1.12~1.14\t초등 5~6학년\t40명\n"
        "1.19~1.21\t중학생\t30명\n※ 신청 061-555-0100\n"
    )
    for text in (priced, dotted, called):
        kinds = [type(item).__name__ for item in explain_text(text)[0].pages[0].items]
        assert kinds == ["Article", "Ad"]


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


# --- round forty-two: a table of figures beside no contact ----------------------------------

INDEX_BOX = (
    "◆ 주요 지수\n"
    "지수\t종가\t등락\n누리지수\t2,712.58\t▼23.41\n솔뫼지수\t801.34\t▲5.62\n"
    "상장 예정\t18,000원\t-\n"
)


def test_a_table_of_figures_beside_no_contact_is_the_papers_not_an_ad() -> None:
    """A marked title over tab rows with a price among them and no source: an ad's marks,
    but nothing to call or write to and nothing sold. A sentence under a story's table
    citing a web address gives no contact either."""
    from reader.ingest.news_tables import NEWS_TABLE

    edition, trace = explain_text(f"{STORY_OVER_TABLE}{INDEX_BOX}")
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article", "Article"]
    assert NEWS_TABLE in trace.rule("p1-2")
    cited = f"{INDEX_BOX}※ 지난 시세는 누리집(www.nuri-news.example)에서 볼 수 있다.\n"
    edition = explain_text(f"{STORY_OVER_TABLE}{cited}")[0]
    assert not isinstance(edition.pages[0].items[1], Ad)


def test_the_same_table_beside_a_phone_or_a_web_address_alone_stays_an_ad() -> None:
    for contact in ("☎ 061-555-0100", "www.nuri-mart.example"):
        text = f"{STORY_OVER_TABLE}{INDEX_BOX}{contact}\n"
        kinds = [type(item).__name__ for item in explain_text(text)[0].pages[0].items]
        assert kinds == ["Article", "Ad"], contact


def test_an_ads_table_under_its_points_heading_cut_off_before_its_contact_stays_an_ad() -> None:
    text = (
        f"{STORY_OVER_TABLE}누리골프 회원 모집\n• 회원 구분\n"
        "구분\t금액\t혜택\n정회원\t780\t그린피 면제\n주중회원\t450\t주중 무료\n"
    )
    kinds = [type(item).__name__ for item in explain_text(text)[0].pages[0].items]
    assert kinds == ["Article", "Ad"]


# Mended after round forty-two: a phone the paper cites in its own sentence under a table.
RESULTS = (
    "누리시 생활체육 축구 리그 결과\n\n◆ 11월 셋째 주 경기 결과\n"
    "팀\t승\t무\t패\t승점\n누리FC\t5\t1\t0\t16\n한결유나이티드\t4\t0\t2\t12\n청솔클럽\t2\t1\t3\t7\n"
)


def test_a_results_table_whose_note_cites_a_phone_in_the_papers_sentence_is_the_papers() -> None:
    """'※ … 시체육회(061-…)로 하면 된다.': the paper's plain style tells readers where to
    ask; the results table over it is news, as one citing a web address is."""
    from reader.ingest.news_tables import NEWS_TABLE

    text = f"{RESULTS}※ 다음 경기 일정 문의는 시체육회(061-000-1234)로 하면 된다.\n"
    edition, trace = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article"]
    assert NEWS_TABLE in trace.rule("p1-1")


def test_a_table_whose_note_asks_politely_to_call_stays_an_ad() -> None:
    """Near miss: '… 문의 바랍니다.' is an ad's polite request, its phone the ad's contact."""
    text = f"{RESULTS}※ 다음 경기 일정은 061-000-1234로 문의 바랍니다.\n"
    assert [type(item).__name__ for item in explain_text(text)[0].pages[0].items] == ["Ad"]


# Mended after round forty-two: a market's words in the paper's story or under a source.
SALES_BOX = (
    "◆ 월별 스마트폰 출하량\n(단위: 만 대)\n월\t올해\t지난해\n9월\t120\t98\n10월\t131\t101\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "누리전자 스마트폰 판매 늘어\n\n"
        "누리전자의 스마트폰 판매가 석 달째 늘었다. 회사는 새 모델이 잘 팔렸다고 밝혔다.\n\n"
        f"{SALES_BOX}",
        "누리시 아파트값 3주째 올라\n\n누리시 아파트값이 3주째 올랐다.\n\n"
        "◆ 주간 아파트 매매가격 변동률\n(단위: %)\n지역\t이번 주\t지난주\n"
        "누리시\t0.12\t0.08\n솔뫼군\t0.03\t0.01\n자료: 한국부동산원\n",
    ],
    ids=["told", "sourced"],
)
def test_a_markets_words_in_the_papers_story_or_its_sourced_table_sell_nothing(text) -> None:
    """'판매' in the story's plain sentences ('… 늘었다.'), '매매가격' in a table that names
    its source: the paper reports a market. The story and its box were one ad."""
    from reader.ingest.news_tables import NEWS_TABLE

    edition, trace = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article"]
    assert NEWS_TABLE in trace.rule("p1-1")


def test_a_table_that_sells_in_an_ads_words_with_no_story_or_source_stays_an_ad() -> None:
    """Near miss: '■ 겨울 특가' over prices, asking politely ('… 할인합니다.'), cut off
    before its contact: an ad's own words, no story told in the paper's style."""
    text = (
        f"{STORY_OVER_TABLE}■ 겨울 특가\n품목\t정가\t할인가\n패딩\t129,000원\t89,000원\n"
        "부츠\t99,000원\t69,000원\n전 품목 30% 할인합니다.\n"
    )
    kinds = [type(item).__name__ for item in explain_text(text)[0].pages[0].items]
    assert kinds == ["Article", "Ad"]
