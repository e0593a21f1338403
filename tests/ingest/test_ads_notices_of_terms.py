"""A notice of terms ('label: value' lines) closed by its contact and signed by its sender:
an ad of its own at the stories' foot; the ads under a notices column's title."""

from __future__ import annotations

import pytest

from reader.ingest import explain_text
from reader.ingest.notice_ads import NOTICE_AD, NOTICE_AFTER
from reader.ingest.notices_title import UNDER_NOTICES_TITLE
from reader.model import Ad, Article

STORY = (
    "솔뫼군, 사과 저온창고 2곳 짓는다\n"
    "솔뫼군은 내년 사과 농가의 저온창고 2곳을 새로 짓는다고 12일 밝혔다. 사업비는 4억원이다.\n\n"
)
NOTICE = (
    "솔뫼사과농협 정기 총회 소집 공고\n"
    "조합 정관 제24조에 따라 제31기 정기 총회를 아래와 같이 소집하오니 조합원께서는 빠짐없이"
    " 참석하여 주시기 바랍니다.\n"
    "1. 일시: 2027년 1월 15일(금) 오후 2시\n"
    "2. 장소: 본점 3층 강당\n"
    "3. 안건: 2026년도 결산 승인의 건\n"
    "2026년 12월 28일\n"
    "솔뫼사과농협 조합장 문태오\n"
    "문의 054)381-2270\n"
)


def test_a_signed_notice_of_terms_after_a_story_is_an_ad_of_its_own() -> None:
    """The notice set apart under an unsigned brief: no headline or byline ends the brief
    above it; the notice's shape does."""
    edition, trace = explain_text(STORY + NOTICE)
    story, notice = edition.pages[0].items
    assert isinstance(story, Article) and story.headline is not None
    assert isinstance(notice, Ad) and notice.title is not None
    assert notice.title.text == "솔뫼사과농협 정기 총회 소집 공고"
    assert NOTICE_AFTER in trace.rule(notice.id) and NOTICE_AD in trace.rule(notice.id)


def test_the_papers_own_announcement_unsigned_stays_an_article() -> None:
    """The near miss: the same terms, closed by where to ask and signed by no sender."""
    own = (
        "[알림] 제3회 솔뫼신문 독자 수필 공모\n"
        "솔뫼신문은 독자 여러분의 수필을 받습니다.\n"
        "▲주제: 우리 마을의 겨울\n"
        "▲분량: 원고지 15매 안팎\n"
        "▲마감: 2027년 1월 31일\n"
        "문의 054)381-0100\n"
    )
    edition, trace = explain_text(STORY + own)
    assert all(isinstance(item, Article) for item in edition.pages[0].items)
    assert all(NOTICE_AD not in why for why in trace.notes.values())


def test_a_quiz_whose_labels_come_again_is_no_notice() -> None:
    """The near miss: '문:' and '답:' over and over, closed by a line with an e-mail."""
    quiz = (
        "[수수께끼] 이번 주 문제\n"
        "이번 주 문제의 정답을 맞혀 엽서나 전자우편으로 보내 주신 독자 가운데 다섯 분을 추첨해 솔뫼"
        " 사과 한 상자씩을 댁으로 보내 드립니다.\n"
        "문: 겨울에만 피는 꽃은?\n"
        "답: 눈꽃\n"
        "문: 발이 없어도 가는 것은?\n"
        "답: 시간\n"
        "솔뫼신문 편집부\n"
        "보낼 곳 quiz@solmoe.kr\n"
    )
    _, trace = explain_text(STORY + quiz)
    assert all(NOTICE_AD not in why for why in trace.notes.values())


def test_a_box_of_entries_that_asks_nothing_is_no_notice() -> None:
    """The near miss: a month's programmes, each 'label: value', under a title with no
    sentence asking the reader to come: a listing, not a notice."""
    box = (
        "이달의 강좌\n"
        "△서예 교실: 매주 화요일 오전 10시, 무료\n"
        "△생활 영어: 매주 목요일 오후 7시, 월 2만원\n"
        "△목공 체험: 12월 20일(토) 오후 2시, 10명\n"
        "솔뫼군민회관\n"
        "문의 054)381-3300\n"
    )
    _, trace = explain_text(STORY + box)
    assert all(NOTICE_AD not in why for why in trace.notes.values())


def test_a_story_that_reports_the_terms_is_no_notice() -> None:
    """The near miss: terms under a sentence of reported news ('… 밝혔다.'), signed."""
    story = (
        "솔뫼군, 겨울 방학 캠프 연다\n"
        "솔뫼군은 겨울 방학 캠프를 연다고 3일 밝혔다.\n"
        "일시: 1월 8일부터 10일까지\n"
        "장소: 솔뫼청소년수련관\n"
        "2026년 12월 3일\n"
        "문의 054)381-4400\n"
    )
    _, trace = explain_text(STORY + story)
    assert all(NOTICE_AD not in why for why in trace.notes.values())


def test_the_small_ads_under_a_classified_title_are_an_ad() -> None:
    text = (
        "Rink lights approved\n\n"
        "The town council approved new lights for the outdoor rink on Monday night.\n\n"
        "CLASSIFIEDS\n\n"
        "Boat trailer, single axle, new bearings. $600.\n"
        "Call (306) 555-0143\n\n"
        "Piano lessons for beginners, any age, Tuesdays after school.\n"
        "Call (306) 555-0187\n"
    )
    edition, trace = explain_text(text)
    *_, title, ads = edition.pages[0].items
    assert isinstance(title, Article) and title.headline is not None
    assert title.headline.text == "CLASSIFIEDS"
    assert isinstance(ads, Ad) and UNDER_NOTICES_TITLE in trace.rule(ads.id)


def test_a_story_under_a_heading_in_capitals_stays_a_story() -> None:
    """The near miss: a heading in capitals that titles no notices column."""
    text = (
        "Rink lights approved\n\n"
        "The town council approved new lights for the outdoor rink on Monday night.\n\n"
        "HOCKEY\n\n"
        "The Hawks won twice on the road and came home with a new goaltender.\n"
        "Call the rink office for the schedule of home games this winter.\n"
    )
    edition, _ = explain_text(text)
    assert not any(isinstance(item, Ad) for item in edition.pages[0].items)


def test_a_notices_title_closed_by_its_stop_still_heads_notices() -> None:
    """An old page closes every head on a stop ('LEGAL NOTICES.')."""
    text = (
        "FERRY RUNS AGAIN.\n\nThe ferry made its first trip of the season on Monday.\n\n"
        "LEGAL NOTICES.\n\n"
        "EXECUTOR'S NOTICE.\nAll persons having claims against the estate of John Hale,\n"
        "late of Millvale, deceased, will present them for settlement.\n"
        "MARY HALE, Executrix.\n"
    )
    edition, trace = explain_text(text)
    notice = edition.pages[0].items[-1]
    assert isinstance(notice, Ad) and UNDER_NOTICES_TITLE in trace.rule(notice.id)


def test_a_title_in_capitals_that_names_no_notices_heads_no_ad() -> None:
    """The near miss: 'LEGAL NEWS.' over a story of the courts."""
    text = (
        "FERRY RUNS AGAIN.\n\nThe ferry made its first trip of the season on Monday.\n\n"
        "LEGAL NEWS.\n\n"
        "COURT OPENS MONDAY.\nJudge Hale will open the spring term of the circuit court\n"
        "on Monday, with forty cases on the docket.\n"
    )
    edition, _ = explain_text(text)
    assert not any(isinstance(item, Ad) for item in edition.pages[0].items)


# Round forty-two: every notice under a notices column's title is one, not only the first.
COLUMN = (
    "FERRY RUNS AGAIN.\n\nThe ferry made its first trip of the season on Monday.\n\n"
    "{title}\n\n"
    "EXECUTOR'S NOTICE.\nAll persons having claims against the estate of John Hale,\n"
    "late of Millvale, deceased, will present them for settlement.\n\n"
    "DISSOLUTION OF PARTNERSHIP.\nThe partnership between the undersigned is this day\n"
    "dissolved by mutual consent. John Tobin will settle all accounts.\n"
)


def test_every_notice_under_a_notices_columns_title_is_an_ad() -> None:
    from reader.ingest.notices_title import IN_NOTICES_COLUMN

    for title in ("LEGAL NOTICES.", "NEW ADVERTISEMENTS."):
        edition, trace = explain_text(COLUMN.format(title=title))
        story, head, first, second = edition.pages[0].items
        assert isinstance(story, Article) and isinstance(head, Article)
        assert isinstance(first, Ad) and isinstance(second, Ad), title
        assert IN_NOTICES_COLUMN in trace.rule(second.id)


def test_items_under_a_title_that_names_no_notices_column_stay_stories() -> None:
    """Near miss: 'LOCAL NEWS.' over two paragraphs headed in capitals."""
    edition, _ = explain_text(COLUMN.format(title="LOCAL NEWS."))
    assert not any(isinstance(item, Ad) for item in edition.pages[0].items)


# Mended after round forty-two: a story ends a notices column (it ran to the page's foot).
APART = (
    "MILL BURNS AT NIGHT.\n\n"
    "The grist mill of Peter Crane on the river road burned to the ground on Tuesday\n"
    "night, with a loss of some two thousand dollars.\n"
)
DATELINED = (
    "SCHOOL BOARD MEETS.\n"
    "MILLVALE, May 3.—The school board voted on Wednesday evening to open a second\n"
    "room in the east district.\n"
)
BYLINED = (
    "SCHOOL BOARD MEETS.\n"
    "By John T. Marsh\n"
    "The school board voted on Wednesday evening to open a second\n"
    "room in the east district.\n"
)


@pytest.mark.parametrize("story", [APART, DATELINED, BYLINED], ids=["apart", "dated", "signed"])
def test_a_story_set_otherwise_than_the_notices_or_datelined_ends_their_column(story) -> None:
    """Under 'LEGAL NOTICES.', whose first notice runs its head into its text: a headline
    alone over its text, a head over a dateline ('MILLVALE, May 3.—') or a byline, is a story's."""
    edition, _ = explain_text(COLUMN.format(title="LEGAL NOTICES.") + "\n" + story)
    items = edition.pages[0].items
    assert [type(item).__name__ for item in items] == ["Article", "Article", "Ad", "Ad", "Article"]
    assert items[4].headline is not None and items[4].headline.text == story.split("\n")[0]


def test_notices_set_alike_with_their_heads_apart_stay_the_columns() -> None:
    """Near miss: a column whose every notice sets its head apart from its text is one
    form throughout; its third notice is the column's as its first is."""
    notices = "".join(
        f"{head}\n\n{text}\n\n"
        for head, text in (
            ("NOTICE OF PUBLIC HEARING", "The council will hear comment on the budget on May 4."),
            ("NOTICE TO BIDDERS", "Sealed bids for paving Elm Street are due on May 9."),
            ("NOTICE OF ELECTION", "A school election will be held in the district on May 20."),
        )
    )
    ferry = "FERRY RUNS AGAIN.\n\nThe ferry made its first trip on Monday.\n\n"
    text = f"{ferry}LEGAL NOTICES\n\n{notices}"
    edition, _ = explain_text(text)
    assert [type(item).__name__ for item in edition.pages[0].items] == [
        "Article",
        "Article",
        "Ad",
        "Ad",
        "Ad",
    ]


def test_notices_under_a_first_notice_with_no_head_stay_the_columns() -> None:
    """Near miss: a first notice with no head ('Notice is hereby given …') shows no form of
    the column's heads; the notices under it with their heads apart are the column's."""
    notices = (
        "Notice is hereby given that the partnership between John Tobin\n"
        "and Peter Hale is this day dissolved by mutual consent.\n\n"
        "NOTICE TO CREDITORS.\n\nAll persons having claims against the estate of John Hale\n"
        "will present them to the undersigned for settlement.\n\n"
        "SHERIFF'S SALE.\n\nBy virtue of an execution I will sell at public auction the\n"
        "farm of Peter Crane on the river road.\n"
    )
    edition, _ = explain_text(
        f"FERRY RUNS AGAIN.\n\nThe ferry ran on Monday.\n\nLEGAL NOTICES.\n\n{notices}"
    )
    kinds = [type(item).__name__ for item in edition.pages[0].items]
    assert kinds == ["Article", "Article", "Ad", "Ad", "Ad"]


def test_a_notices_small_words_name_no_advertiser() -> None:
    """Every notice under a column's title is an ad since round forty-two, and an English
    notice repeats its small words: 'is' in its first line and its text made 'is' its
    advertiser. A name is capitalised; 'Tobin' repeated still names the firm."""
    from reader.ingest.advertiser import advertiser
    from reader.model import Text

    title = Text("Notice is hereby given that the partnership between John Tobin", [])
    text = Text("and Peter Hale is this day dissolved by mutual consent.", [])
    assert advertiser(title, [text]) is None
    signed = Text("All accounts are to be settled with Tobin at the store.", [])
    assert advertiser(title, [text, signed]) == "Tobin"
