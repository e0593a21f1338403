"""Notices, rosters and bracketed titles after a listing: an item of their own or the listing's."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.after_rows import NOTICE_UNDER_TITLE, TITLED_AFTER_ENTRIES
from reader.ingest.listing import BRACKETED_ENTRIES
from reader.ingest.listing_start import LISTING_AFTER_LISTING
from reader.ingest.sentence_heads import HEADING_OVER_SENTENCES
from tests.ingest.test_conventions import LEAD, items

PERSONNEL_PAGE = (
    "[인사] 솔뫼시\n"
    "◇국장급\n"
    "▲기획국장 여도윤 ▲복지국장 차나래\n\n"
    "[인사] 솔뫼교육청\n"
    "▲교육국장 반서율 ▲행정국장 구하람\n\n"
    "[부고]\n"
    "▲봉태수씨 별세, 봉지안(솔뫼시 기획팀장)씨 부친상=3일 솔뫼병원 장례식장, 발인 5일\n\n"
    "[알림] 솔뫼시 시민 법률상담 일정 변경\n\n"
    "솔뫼시는 이달 시민 법률상담을 매주 화요일에서 목요일로 옮긴다고 밝혔다. "
    "상담은 시청 1층 민원실에서 열린다.\n\n"
    "하다온 기자\n"
)


def test_a_bracketed_notice_over_prose_after_listings_is_an_item_of_its_own() -> None:
    # the notice's prose and byline stay its own, so the listings above it part as listings
    edition, trace = explain_text(PERSONNEL_PAGE)
    heads = [item["headline"] for item in items(PERSONNEL_PAGE)]
    assert heads == [
        "[인사] 솔뫼시",
        "[인사] 솔뫼교육청",
        "부고",
        "[알림] 솔뫼시 시민 법률상담 일정 변경",
    ]
    notice = items(PERSONNEL_PAGE)[-1]
    assert [b[0] for b in notice["bylines"]] == ["하다온"]
    assert trace.rule("p1-4").startswith(f"items: {LISTING_AFTER_LISTING}")


def test_a_bracketed_title_over_marked_sentences_after_listings_stays_the_listings() -> None:
    # '[동정]' over '▲NAME은 … 참석했다.': entries of a listing, not a notice's prose
    text = PERSONNEL_PAGE.split("[알림]")[0] + (
        "[동정]\n▲여도윤 솔뫼시 기획국장은 3일 도청에서 열린 시군 협의회에 참석했다.\n"
    )
    _, trace = explain_text(text)
    assert all(LISTING_AFTER_LISTING not in why for why in trace.notes.values())
    assert items(text)[-1]["headline"] == "동정"


ROSTER = "[인사] 누리변호사회\n▲회장 한누리 ▲부회장 오가람 ▲총무 서하늘\n\n"


PEOPLE = (
    "◇ 동정\n"
    "▲한누리 변호사는 3일 누리대에서 '마을 법률'을 주제로 특강했다.\n"
    "▲오가람 누리지법원장은 4일 민원실을 찾아 직원들을 격려했다.\n"
)


def test_a_marked_heading_after_a_roster_over_sentence_entries_opens_an_item() -> None:
    _, trace = explain_text(ROSTER + PEOPLE)
    roster, people = items(ROSTER + PEOPLE)
    assert roster["headline"] == "[인사] 누리변호사회"
    assert people["headline"] == "동정"
    assert [kind for kind, _ in people["body"]] == ["bullet", "bullet"]
    assert HEADING_OVER_SENTENCES in trace.rule("p1-2")


def test_a_marked_heading_like_the_group_label_above_it_stays_in_its_listing() -> None:
    # '◆ 연극' after '◆ 클래식''s entries: the listing's next group, not an item
    text = (
        "[이번 주 공연]\n\n◆ 클래식\n\n▲누리필 정기연주회 = 27일 오후 7시, 누리홀.\n\n"
        "◆ 연극\n\n▲'마지막 버스' = 30일까지, 소극장 나무.\n"
    )
    assert len(items(text)) == 1


NOTICE = (
    "공고\n누리변호사회 정기총회 개최 공고\n회칙 제9조에 따라 정기총회를 아래와 같이 엽니다.\n"
    "일시: 2027년 1월 20일 오후 3시\n누리변호사회장 한누리\n문의 사무국 (031)555-0101\n"
)


def test_a_notice_under_its_title_for_notices_after_a_listing_is_an_ad() -> None:
    text = f"[부고]\n▲한누리씨 별세=3일 누리병원 장례식장, 발인 5일\n\n{NOTICE}"
    edition, trace = explain_text(text)
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Article", "Ad"]
    _, title, ad = items(text)
    assert (title["headline"], title["body"]) == ("공고", [])
    assert ad["title"] == "누리변호사회 정기총회 개최 공고"
    assert TITLED_AFTER_ENTRIES in trace.rule("p1-2")
    assert NOTICE_UNDER_TITLE in trace.rule("p1-3")


def test_a_notice_word_over_entries_after_a_listing_opens_no_notice() -> None:
    # '공고' over '▲' lines is the listing's part: its lines are entries, no notice's text
    text = "[부고]\n▲한누리씨 별세=3일 누리병원\n\n공고\n▲누리시 입찰 2건\n▲누리군 입찰 1건\n"
    _, trace = explain_text(text)
    assert not any(TITLED_AFTER_ENTRIES in why for why in trace.notes.values())


FEW_OBITS = (
    f"누리시 새 청사 문 열어\n\n{LEAD}\n\n"
    "[부고]\n"
    "▲한가람(누리지법 판사)씨 부친상=5일 누리대병원 장례식장, 발인 7일 ☎ 062-220-4411\n"
    "▲서누리(변호사)씨 모친상=6일 한빛의료원 장례식장, 발인 8일 ☎ 061-310-8800\n"
)


def test_two_marked_entries_under_a_bracketed_title_are_a_listing_whatever_their_phones() -> None:
    _, trace = explain_text(FEW_OBITS)
    obits = items(FEW_OBITS)[1]
    assert obits["headline"] == "부고"  # an article: an ad has a title, no headline
    assert [kind for kind, _ in obits["body"]] == ["bullet", "bullet"]
    assert obits["body"][0][1].endswith("☎ 062-220-4411")
    assert trace.rule("p1-2", "body.0") == BRACKETED_ENTRIES


def test_a_bracketed_ad_title_over_marked_prices_and_a_phone_line_is_no_listing() -> None:
    # the line under the entries is no entry: the rule wants nothing but marked lines
    text = FEW_OBITS.replace("[부고]", "[분양]") + "문의 ☎ 062-000-1234\n"
    _, trace = explain_text(text)
    assert BRACKETED_ENTRIES not in trace.notes.values()
