"""Tables: the paper's own (its source, its note, a figure box) or an ad's (a price list, a
contact, leader rows)."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text, ingest_text
from reader.ingest.ad import LEADER_TABLE
from reader.ingest.ad_marks import PAPER_TABLE
from reader.ingest.en_rows import leader_row
from reader.model import Ad, ListBlock, Paragraph, Table

# --- a boxed table that names its source --------------------------------------------------

STORY_OVER_TABLE = (
    "솔뫼시 아파트 매매가 넉 달째 보합\n\n"
    "솔뫼시 아파트 매매가가 넉 달째 제자리걸음을 하고 있다고 시세정보업체가 3일 밝혔다.\n"
    "가람 기자 garam@solmoe.kr\n\n"
)


def _kinds(text: str) -> list[str]:
    """The kinds of a one-page text's items, in order."""
    return [type(item).__name__ for item in explain_text(text)[0].pages[0].items]


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
    kinds = _kinds(text)
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
        kinds = _kinds(text)
        assert kinds == ["Article", "Ad"]


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
        kinds = _kinds(text)
        assert kinds == ["Article", "Ad"], contact


def test_an_ads_table_under_its_points_heading_cut_off_before_its_contact_stays_an_ad() -> None:
    text = (
        f"{STORY_OVER_TABLE}누리골프 회원 모집\n• 회원 구분\n"
        "구분\t금액\t혜택\n정회원\t780\t그린피 면제\n주중회원\t450\t주중 무료\n"
    )
    kinds = _kinds(text)
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
    assert _kinds(text) == ["Ad"]


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
    kinds = _kinds(text)
    assert kinds == ["Article", "Ad"]
