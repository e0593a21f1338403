"""Ads set after the stories and the notices that only look like them, on small made-up
examples: a firm's ad or a job ad closed by its contacts after a story, a notice or a brief
telling its news over its contact, a note with a phone closing a story, display ads at an
old English page's foot (the groups that look like ads inside: test_ads_or_articles.py)."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.shop_ads import AD_AFTER_AD, CONTACT_AD, SELLER, SHOP_AD
from reader.model import Ad, Contact
from tests.ingest.rule_pages import GRAIN_STORY
from tests.ingest.test_conventions import LEAD, MORE, items

FIRM_AD = (
    "상속·가사 분쟁 상담\n법률사무소 누리결\n대표변호사 한가람\n"
    "누리시 법원로 12, 3층\n☎ 062-000-3390\n"
)


def test_a_firms_ad_after_a_story_keeps_its_lawyers_title_and_name_among_its_lines() -> None:
    # '대표변호사 NAME' inside the ad's block names its firm's head, no writer of the story
    text = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n\n{FIRM_AD}"
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad"]
    ad = page.items[1]
    assert isinstance(ad, Ad) and ad.title is not None and ad.title.text == "상속·가사 분쟁 상담"
    assert "a classified ad after the item" in trace.rule("p1-2")


def test_a_signature_closing_its_own_block_still_ends_the_piece_above_the_ad() -> None:
    text = f"[누리 칼럼] 골목의 봄\n\n{LEAD}\n\n논설위원 서누리\n\n{FIRM_AD}"
    first, second = items(text)
    assert first["bylines"] == [("서누리", "논설위원", None, None)]
    assert second.get("title") == "상속·가사 분쟁 상담"


JOB_AD = (
    "법무법인 누리 변호사 채용\n"
    "기업 송무 분야 경력 5년 이상 변호사를 모십니다.\n"
    "서류 접수: 3월 20일까지\n"
    "이메일 recruit@nurilaw.example\n"
    "전화 062-000-2301\n"
)


def test_a_title_over_terms_closed_by_contacts_after_the_stories_is_an_ad() -> None:
    notice = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n문의 누리시 법무과 062-000-1100\n\n"
    text = notice + JOB_AD
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad"]
    ad = page.items[1]
    assert isinstance(ad, Ad) and ad.title is not None
    assert ad.title.text == "법무법인 누리 변호사 채용"
    assert [b.label for b in ad.blocks if isinstance(b, Contact)] == ["이메일", "전화"]
    assert CONTACT_AD in trace.rule("p1-2")


def test_a_notice_telling_its_news_over_its_contact_stays_an_article() -> None:
    # sentences of news over the contact, or marked entries: a notice, not an ad's terms
    told = (
        "조합원 건강검진 안내\n"
        "올해 건강검진은 4월 1일부터 받을 수 있다. 검진 기관은 세 곳이다.\n"
        "문의 복지국 031-000-0192\n"
    )
    listed = (
        "조합원 건강검진 안내\n"
        "올해 건강검진은 4월 1일부터 지정 병원에서 받을 수 있다.\n"
        "▲누리중앙병원 (평일 오전)\n▲서부의원 (토요일 가능)\n"
        "문의 복지국 031-000-0192\n"
    )
    for notice in (told, listed):
        text = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n문의 누리시 법무과 062-000-1100\n\n{notice}"
        _, trace = explain_text(text)
        assert all(CONTACT_AD not in why for why in trace.notes.values())


def test_a_brief_reporting_its_news_over_its_contact_after_a_signed_story_is_no_ad() -> None:
    # one sentence in the plain style ('… 밝혔다.') is a brief's reported news; an ad's
    # one sentence speaks politely to its readers ('… 모십니다.')
    brief = (
        "남구, 청소년 진로박람회\n남구는 오는 10일 구민회관에서\n"
        "청소년 진로박람회를 연다고 4일 밝혔다.\n문의 051-607-4000\n"
    )
    text = f"누리시 법률 상담소 문 열어\n\n{LEAD}\n\n김누리 기자\n\n{brief}"
    edition, trace = explain_text(text)
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Article"]
    assert all(CONTACT_AD not in why for why in trace.notes.values())


def test_briefs_whose_sentences_wrap_onto_an_address_or_a_price_stay_articles() -> None:
    # lines running on into the next ('at the home of' / …, 'a remedy' / 'sold at …'):
    # a story's sentence, not an ad's display lines
    briefs = (
        "LADIES' AID TO MEET\nThe Ladies' Aid Society will meet\n"
        "Thursday afternoon at the home of\nMrs. J. W. Brown,\n114 Elm Street.\n\n"
        "BLAZE IN GROCERY\nFire in the basement of the Parker grocery\n"
        "did small damage last night. The store is at\n114 Elm Street.\n\n"
        "GIRL IS POISONED\nMary Lane, 6, ate tablets of a remedy\nsold at all druggists.\n"
    )
    edition, trace = explain_text(f"{GRAIN_STORY}{briefs}")
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article"] * 4
    assert all(SHOP_AD not in why for why in trace.notes.values())
    [lead] = items(f"{GRAIN_STORY}{briefs}")[1]["body"]
    assert lead[0] == "lead" and lead[1].endswith("Mrs. J. W. Brown, 114 Elm Street.")


def test_a_brief_over_its_address_at_the_top_of_an_english_page_is_no_shop_ad() -> None:
    # a shop's ad follows the stories; the page's first group is a brief, as on a Korean page
    text = "BAND CONCERT TONIGHT\nThe City Band plays at eight.\nPark Pavilion,\n114 Elm Street.\n"
    edition, trace = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == ["Article"]
    assert all(SHOP_AD not in why for why in trace.notes.values())


def test_a_notice_box_with_a_note_after_a_brief_is_an_ad() -> None:
    box = (
        "제3회 솔뫼천 연등축제\n"
        "2027. 4. 30.(금) ~ 5. 9.(일) 솔뫼천 일원\n"
        "연등 만들기 · 소원지 달기 · 야간 행렬\n"
        "※ 비가 오면 야간 행렬은 취소됩니다.\n"
        "문의 041-555-0192\n"
    )
    text = f"솔뫼시, 연등축제 준비 한창\n\n{LEAD}\n\n{box}"
    brief, ad = items(text)
    assert brief["body"] == [("lead", LEAD)]
    assert ad["title"] == "제3회 솔뫼천 연등축제"
    assert ("note", "※ 비가 오면 야간 행렬은 취소됩니다.") in ad["blocks"]


def test_a_storys_closing_note_with_a_phone_stays_the_storys() -> None:
    # the near miss: one note line under the story is no box of four short lines
    note = "※ 축제 관련 제보는 솔뫼시 문화과로 해 주십시오. 041-555-0192"
    text = f"솔뫼시, 연등축제 준비 한창\n\n{LEAD}\n\n{MORE}\n\n{note}\n"
    [story] = items(text)
    assert story["body"][-1][1] == note


def test_notes_alone_in_their_block_under_a_notices_rows_stay_the_notices() -> None:
    # the near miss of a notice box: '※' notes set apart under a table are the notice's,
    # so its date, signer and contact do not make a classified ad of their own
    text = (
        "솔뫼지방법원 부동산 매각기일 공고\n\n"
        "다음 부동산을 민사집행법에 따라 기일입찰 방법으로 매각합니다.\n\n"
        "사건번호\t용도\t감정가(원)\n"
        "2026타경1021\t아파트\t312,000,000\n"
        "2026타경1188\t토지\t56,700,000\n\n"
        "※ 매각기일: 2027년 3월 24일(수) 오전 10시, 솔뫼지방법원 경매법정\n"
        "※ 입찰보증금은 최저매각가격의 10%입니다.\n\n"
        "2027. 2. 27.\n"
        "솔뫼지방법원 사법보좌관 한누리\n\n"
        "문의 경매2계 ☎ 041)555-0192\n"
    )
    assert len(items(text)) == 1


# A display ad at an old English page's foot, closed by its seller's name and its corner.
HATS_AD = (
    "SPRING HATS\nFOR MEN AND BOYS\n$1.50 to $4.00\nStep in and see the new styles today.\n"
    "MERRILL BROS.\nCorner Elm and Third\n"
)


def test_a_display_ad_closed_by_its_sellers_name_and_corner_is_one_ad() -> None:
    edition, trace = explain_text(f"{GRAIN_STORY}{HATS_AD}")
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad"]
    ad = page.items[1]
    assert isinstance(ad, Ad) and ad.title is not None
    assert ad.title.text.startswith("SPRING HATS")
    assert SELLER in trace.rule("p1-2") and SHOP_AD in trace.rule("p1-2")


def test_display_ads_set_one_under_another_are_an_ad_each() -> None:
    coal = "COAL AND WOOD\nPrompt Delivery to Any Part of Town\nNURI FUEL CO.\nPhone 318\n"
    hats = "SPRING HATS\nFOR MEN AND BOYS\n$1.50 to $4.00\nMERRILL BROS.\n41 Elm Street\n"
    edition, trace = explain_text(f"{GRAIN_STORY}{hats}\n{coal}")
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Ad", "Ad"]
    ad = page.items[2]
    assert isinstance(ad, Ad) and ad.title is not None and ad.title.text == "COAL AND WOOD"
    assert AD_AFTER_AD in trace.rule("p1-3")


def test_a_headline_naming_a_firm_over_its_story_stays_the_storys() -> None:
    # set apart over prose, a firm's name in capitals is a headline, not an ad's seller
    story = (
        "NEW MILL FOR NURI LUMBER CO.\n\n"
        "The Nuri Lumber company will build a planing mill on the river\n"
        "front this summer, its manager said yesterday. Forty men will be\n"
        "employed when the mill is running.\n"
    )
    edition, trace = explain_text(f"{GRAIN_STORY}{story}")
    page = edition.pages[0]
    assert [type(item).__name__ for item in page.items] == ["Article", "Article"]
    assert all(SELLER not in why and AD_AFTER_AD not in why for why in trace.notes.values())


def test_a_story_after_an_address_line_that_closes_no_ad_is_not_an_ad_after_it() -> None:
    # the block above ends on an address but is a story's, so no ad follows an ad's foot
    story = (
        "STORE CHANGES HANDS\n\n"
        "The Parker & Lane store has been sold to J. T. Hale, who will take\n"
        "charge on Monday. Mr. Hale has been in business here ten years at\n"
        "41 Elm Street\n\n"
        "CITY BRIEFS\n\n"
        "The council will meet Tuesday evening to take up the paving bids.\n"
    )
    _, trace = explain_text(f"{GRAIN_STORY}{story}")
    assert all(AD_AFTER_AD not in why for why in trace.notes.values())
