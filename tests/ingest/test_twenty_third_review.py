"""Round twenty-three's rules, mended after review: each made-up page here was read wrongly
by the round as first written (docs/ingest-conventions.md, "Twenty-third round")."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.ad import PHONE
from reader.model import Ad, Article, Edition


def _items(edition: Edition) -> list[Article | Ad]:
    return [it for page in edition.pages for it in page.items if isinstance(it, (Article, Ad))]


def _kinds(article: Article) -> list[str]:
    return [b.kind for b in article.body]


def test_a_boxs_entries_with_a_slash_are_entries_not_captions() -> None:
    page = (
        "청림군, 봄꽃 축제 연다\n\n"
        "청림군은 다음 달 5일부터 사흘간 군청 앞 광장에서 봄꽃 축제를 연다고 밝혔다. "
        "올해로 12회째다.\n\n"
        "축제 개요는 다음과 같다.\n\n"
        "▲ 일시 / 4월 5~7일\n"
        "▲ 장소 / 청림군청 앞 광장\n"
        "▲ 주최 / 청림군\n"
        "▲ 문의 / 문화관광과\n\n"
        '군 관계자는 "많은 분들이 찾아 주시길 바란다"고 말했다.\n\n'
        "김하늘 기자\n"
    )
    [story] = _items(ingest_text(page))
    assert isinstance(story, Article)
    assert "caption" not in _kinds(story)
    assert _kinds(story).count("bullet") == 4


def test_an_english_storys_closing_agency_credits_the_story_not_a_photo() -> None:
    page = (
        "QUAKE SHAKES CHILE\n\n"
        "A strong earthquake shook northern Chile on Wednesday, officials said.\n\n"
        "Power was cut in two towns and schools were closed for the day. AP\n"
    )
    [story] = _items(ingest_text(page))
    assert isinstance(story, Article)
    assert "caption" not in _kinds(story)


def test_a_copys_copyright_tail_ends_its_paragraph_not_a_caption() -> None:
    page = (
        "동네 서점 되살린 청년들\n\n"
        "청년 창업가 세 명이 문을 닫은 동네 서점을 되살렸다. 이들은 서점을 바꿨다.\n\n"
        "서점은 매주 토요일 작가와의 만남을 연다. ⓒ한결일보 무단전재\n"
    )
    [story] = _items(ingest_text(page))
    assert isinstance(story, Article)
    assert "caption" not in _kinds(story)


def test_a_headlines_first_tier_naming_two_people_is_no_page_label() -> None:
    page = (
        "ROOSEVELT AND TAFT\n\n"
        "BOTH CLAIM OHIO\n"
        "AS PRIMARY NEARS\n\n"
        "Columbus, O., May 20.—Managers of both candidates claimed the state tonight.\n"
    )
    edition = ingest_text(page)
    [story] = _items(edition)
    assert isinstance(story, Article) and story.headline is not None
    assert story.headline.text == "ROOSEVELT AND TAFT"
    assert edition.pages[0].section != "ROOSEVELT AND TAFT"


def test_a_nameplate_over_its_running_line_names_the_paper() -> None:
    page = (
        "MERIDIAN DAILY HERALD\n"
        "THE HERALD, MERIDIAN, OHIO, TUESDAY, OCTOBER 17, 1916.\n\n"
        "BARN BURNS NEAR TOWN\n\n"
        "The barn of Amos Reed was destroyed by fire on Tuesday night. The loss is $900.\n"
    )
    edition = ingest_text(page)
    assert edition.masthead.paper == "MERIDIAN DAILY HERALD"
    assert edition.pages[0].section != "MERIDIAN DAILY HERALD"


def test_a_notice_set_full_to_its_column_reads_as_one_paragraph() -> None:
    page = (
        "LEGAL NOTICES\n"
        "8 THE MAPLETON WEEKLY STAR, FRIDAY, JUNE 6, 1919.\n\n"
        "NOTICE OF SHERIFF'S SALE\n"
        "By virtue of an order of sale issued by J. W.\n"
        "Baxter, Clerk of the Court of Common Pleas of Lane\n"
        "County, Ohio, in the case of Amos Reed vs. Ella\n"
        "Dorn, I will offer for sale at the door of the Court\n"
        "House in Mapleton, on Saturday, June 28, 1919.\n"
        "Terms of sale: Cash.\n"
        "JOHN R. AMES, Sheriff.\n"
    )
    [notice] = _items(ingest_text(page))
    assert isinstance(notice, Ad)
    texts = [b.text for b in notice.blocks if hasattr(b, "text")]
    assert texts[0].startswith("By virtue of an order of sale issued by J. W. Baxter, Clerk")
    assert texts[0].endswith("on Saturday, June 28, 1919.")
    assert texts[1:] == ["Terms of sale: Cash.", "JOHN R. AMES, Sheriff."]


def test_a_phones_name_is_no_number_to_call() -> None:
    assert PHONE.search("애플, 새 iPhone 16 공개") is None
    assert PHONE.search("Phone 418") is not None
    page = (
        "애플 신제품 발표회 열어\n\n"
        "애플이 9일 신제품 발표회를 열었다. 새 제품은 다음 주 출시된다.\n\n"
        "애플, 새 iPhone 16 공개\n\n"
        "애플이 새 제품을 공개했다. 가격은 동결됐다.\n"
    )
    heads = [
        it.headline.text
        for it in _items(ingest_text(page))
        if isinstance(it, Article) and it.headline
    ]
    assert heads == ["애플 신제품 발표회 열어", "애플, 새 iPhone 16 공개"]
