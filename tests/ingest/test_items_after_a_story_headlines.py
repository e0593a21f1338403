"""Headlines after a story: after a signature, a brief or a wide gap; quotes, punctuated heads."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.blocks import AFTER_SIGNATURE, PAGE_TOP, SIGNED_BLOCK
from reader.ingest.book_notes import BOOK_UNDER_TITLE
from reader.ingest.en_heads import HEAD_OVER_BYLINE
from reader.ingest.headlines import HEADLINE_PUNCTUATION, OVER_A_DECK
from reader.ingest.run_briefs import BRIEF_UNDER_TITLE
from tests.ingest.rule_pages import BOOK_COLUMN, TAIL, en_page
from tests.ingest.rule_pages import EN_LEAD_FERRY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_FERRY as EN_MORE
from tests.ingest.rule_pages import HEAD_WITH_BANK as HEAD
from tests.ingest.test_conventions import LEAD, MORE, items

SECOND = "A GOAT wandered into a village bakery and ate three loaves before it was caught."


def test_a_sentence_case_headline_after_a_story_signed_above_its_lead_opens_an_item() -> None:
    text = en_page(
        "FERRY HERO BACK AT THE HELM",
        "By MAX DRAKE",
        EN_LEAD,
        EN_MORE,
        "Goat eats village bakery's bread",
        SECOND,
        "By Lina Park",
    )
    first, second = items(text)
    assert first["bylines"] == [("MAX DRAKE", None, None, None)]
    assert second["headline"] == "Goat eats village bakery's bread"
    assert second["bylines"] == [("Lina Park", None, None, None)]


def test_quote_headlines_over_the_speaker_each_open_an_item() -> None:
    text = (
        "5분 발언\n\n"
        "“누리천 산책로에 조명 달아야”\n한가람 의원(누리1동)\n"
        "한 의원은 누리천 산책로 4㎞ 가운데 조명이 있는 곳은 1㎞뿐이라고 지적했다.\n\n"
        "“경로당 냉방비 지원 늘려야”\n서누리 의원(한빛동)\n"
        "서 의원은 경로당 냉방비 지원이 3년째 그대로라며 인상을 촉구했다.\n\n"
        "의회 일정\n"
        "5월 12일(화) 상임위원회 현장 방문\n"
        "5월 15일(금) 본회의\n"
    )
    edition, trace = explain_text(text)
    got = items(text)
    assert [item["headline"] for item in got] == [
        "“누리천 산책로에 조명 달아야”",
        "“경로당 냉방비 지원 늘려야”",
        "의회 일정",
    ]
    assert [item["subheadline"] for item in got[:2]] == [
        "한가람 의원(누리1동)",
        "서누리 의원(한빛동)",
    ]
    assert all(item["bylines"] == [] for item in got)
    assert got[2]["body"] == [
        ("bullet", "5월 12일(화) 상임위원회 현장 방문"),
        ("bullet", "5월 15일(금) 본회의"),
    ]
    notes = list(trace.notes.values())
    assert any("quote headline over the speaker" in note for note in notes)
    assert any("calendar's entry" in note for note in notes)


def test_a_column_labelled_headline_after_a_signed_column_is_no_subhead() -> None:
    text = (
        f"[누리 건강 교실] 봄철 어지럼증\n{LEAD}\n한누리 누리한의원 원장\n"
        f"[독자 마당] 공원에 그늘을\n{MORE}\n박하늘 회사원(누리시 동구)\n"
    )
    first, second = items(text)
    assert second["headline"] == "[독자 마당] 공원에 그늘을"
    assert second["bylines"] == [("박하늘", "회사원", None, None)]


def test_a_wide_gap_before_a_new_headline_still_ends_the_item() -> None:
    text = f"누리시 예산 확정\n\n{LEAD}\n\n한가람 기자\n\n\n누리군 축제 연기\n\n{MORE}\n\n{LEAD}\n"
    assert [item["headline"] for item in items(text)] == ["누리시 예산 확정", "누리군 축제 연기"]


LONG_LEAD = (
    "누리시는 지난달 말 기준 공공자전거 회원이 12만명을 넘어섰고 하루 평균 이용 건수도 "
    "1만8천여건으로 지난해보다 30% 늘었다고 밝혔다."
)


def test_a_short_line_over_its_text_after_a_columns_signature_is_a_headline() -> None:
    column = f"[시론] 누리시의 선택\n\n{LEAD}\n\n{MORE}\n\n한가람 누리대 행정학과 교수"
    text = f"{column}\n\n\n공공자전거 회원 12만명 돌파\n{LONG_LEAD}\n"
    first, second = items(text)
    assert first["bylines"] == [("한가람", "누리대 행정학과 교수", None, None)]
    assert second["headline"] == "공공자전거 회원 12만명 돌파"
    assert second["body"] == [("lead", LONG_LEAD)]
    _, trace = explain_text(text)
    assert any(AFTER_SIGNATURE in why for why in trace.notes.values())


def test_a_short_line_after_a_sentence_may_still_start_a_wrapped_paragraph() -> None:
    [item] = items(f"누리시 예산 확정\n\n{LEAD}\n\n공공자전거 회원\n{LONG_LEAD}\n")
    assert [kind for kind, _ in item["body"]] == ["lead", "paragraph"]


def test_a_short_line_over_one_long_sentence_line_at_the_pages_top_is_a_headline() -> None:
    text = f"공공자전거 회원 12만명 돌파\n{LONG_LEAD}\n\n{MORE}\n"
    [item] = items(text)
    assert item["headline"] == "공공자전거 회원 12만명 돌파"
    assert item["body"] == [("lead", LONG_LEAD), ("paragraph", MORE)]
    _, trace = explain_text(text)
    assert any(PAGE_TOP in why for why in trace.notes.values())


REVIEWS = (
    "REVIEW: A quiet 'Harbor Lights' shines\n"
    "★★★★\n"
    "By Ada Quill\n"
    "Special to the Courier\n\n"
    "The Bayside Players open their season with a gentle comedy about a ferry crew.\n\n"
    "It runs through May 3.\n\n"
    "REVIEW: 'Salt Road' loses its way\n"
    "★★\n"
    "By Ada Quill\n\n"
    "The new musical at the Grange has two good songs and a story that wanders.\n"
)


def test_a_headline_over_its_byline_after_prose_opens_the_next_story() -> None:
    edition, trace = explain_text(REVIEWS)
    first, second = items(REVIEWS)
    assert first["bylines"] == [("Ada Quill", "Special to the Courier", None, None)]
    assert first["deck"] == ["★★★★"]
    assert second["headline"] == "REVIEW: 'Salt Road' loses its way"
    assert second["bylines"] == [("Ada Quill", None, None, None)]
    assert HEAD_OVER_BYLINE in trace.rule("p1-2")


def test_a_headline_after_a_one_paragraph_brief_still_opens_an_item() -> None:
    """One unsigned paragraph is a brief: the byline under the next text is that item's."""
    text = f"{HEAD}\n\n{LEAD}\n\n설명회 다음 달 연다\n\n{TAIL}\n\n한누리 기자\n"
    brief, story = items(text)
    assert brief["body"] == [("lead", LEAD)]
    assert story["headline"] == "설명회 다음 달 연다"


def test_a_headline_as_long_as_the_storys_still_opens_an_item() -> None:
    other = "누리시 청년 창업 지원센터 다음 달 문 연다…입주 기업 모집"
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{other}\n\n{TAIL}\n\n한누리 기자\n"
    story, second = items(text)
    assert second["headline"] == other


def test_a_headline_after_a_wide_gap_still_opens_an_item() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n\n누리 소식\n\n{MORE}\n"
    story, second = items(text)
    assert story["body"] == [("lead", LEAD)]
    assert second["headline"] == "누리 소식"


def test_a_headline_in_capitals_after_a_story_that_announces_nothing_opens_an_item() -> None:
    text = (
        "Mill pond\n\nThe ice on the mill pond is now sixteen inches thick this week.\n\n"
        "Farmers began the harvest on Monday and expect to finish soon.\n\n"
        "SCHOOL BOARD\n\nThe school board met on Tuesday and approved the budget.\n"
    )
    first, second = items(text)
    assert second["headline"] == "SCHOOL BOARD"


BRIEF_THEN_STORY = (
    "▲솔뫼읍 작은도서관 문 열어\n"
    "솔뫼읍 행정복지센터 2층에 작은도서관이 28일 문을 열었다.\n\n"
    "솔뫼시의회, 내년 예산안 심사 돌입\n"
    '"복지 예산 놓고 진통 예상"\n\n'
    "솔뫼시의회가 1조원 규모의 내년도 예산안 심사에 들어갔다.\n\n"
    "시의회는 17일 본회의에서 예산안을 확정한다.\n"
)


def test_a_punctuated_headline_over_its_deck_after_a_brief_opens_the_next_story() -> None:
    first, second = items(BRIEF_THEN_STORY)
    assert first["headline"] == "솔뫼읍 작은도서관 문 열어"
    assert [kind for kind, _ in first["body"]] == ["lead"]
    assert second["headline"] == "솔뫼시의회, 내년 예산안 심사 돌입"
    assert second["deck"] == ['"복지 예산 놓고 진통 예상"']


def test_short_lines_under_a_punctuated_line_are_looked_past_two_at_most() -> None:
    # three short lines under it are a list, not a deck: the brief's sentence goes on to them
    text = BRIEF_THEN_STORY.replace(
        '"복지 예산 놓고 진통 예상"\n',
        '"복지 예산 놓고 진통 예상"\n상임위 예비심사\n예결위 종합심사\n',
    )
    assert items(text)[0]["headline"] == "솔뫼읍 작은도서관 문 열어"
    assert "솔뫼시의회, 내년 예산안 심사 돌입" not in [item["headline"] for item in items(text)]


def test_a_bracketed_title_over_a_headline_and_its_text_is_that_headline_s_tag() -> None:
    # no book's credit line under the short line: the column's title does not stand alone
    text = BOOK_COLUMN.replace("하늘빛 지음, 솔뫼책방, 196쪽, 1만4000원\n", "")
    _, trace = explain_text(text)
    assert all(BOOK_UNDER_TITLE not in why for why in trace.notes.values())


def test_an_unsigned_editorials_parts_under_its_headline_stay_one_item() -> None:
    # '청년 일자리 대책 서둘러야' ends on a predicate: an editorial's headline over its headed
    # parts, not a column's title over briefs, though nobody signs it
    text = (
        "사설\n\n"
        "청년 일자리 대책 서둘러야\n\n"
        "주거 지원 대상부터 넓혀야\n"
        "정부가 청년 주거 지원을 늘린다고 밝혔지만 대상이 너무 좁다. 기준을 고쳐야 한다.\n\n"
        "취업 연계 프로그램도 손봐야\n"
        "기업과 연계한 취업 프로그램은 참여율이 낮다. 참여 기업에 혜택을 줘야 한다.\n"
    )
    edition, trace = explain_text(text)
    [editorial] = items(text)
    assert editorial["headline"] == "청년 일자리 대책 서둘러야"
    assert not any(BRIEF_UNDER_TITLE in why for why in trace.notes.values())


BRIEF_THEN_HEAD_BLOCK = (
    "ST. ANNE'S, MILLBROOK\n"
    "The choir will sing carols on the green on Sunday at four; all are welcome to join.\n\n"
    "Parish Walk to Holy Island\n"
    "June 6-8, 2027 · Led by the Rev. Clara Voss and the youth group\n\n"
    "The parish invites families to walk the pilgrims' way across the sands to Holy Island.\n"
)


def test_a_headline_tight_over_a_long_deck_after_a_brief_opens_an_item() -> None:
    # a head block of its own (headline and a deck too long to be short) after a brief of
    # one paragraph: the deck is the new item's, not the brief's lead's
    first, second = items(BRIEF_THEN_HEAD_BLOCK)
    assert first["headline"] == "ST. ANNE'S, MILLBROOK"
    assert second["headline"] == "Parish Walk to Holy Island"
    assert second["deck"] == ["June 6-8, 2027 · Led by the Rev. Clara Voss and the youth group"]
    _, trace = explain_text(BRIEF_THEN_HEAD_BLOCK)
    assert OVER_A_DECK in trace.rule("p1-2")


def test_a_short_line_set_apart_under_a_briefs_lead_stays_in_the_brief() -> None:
    # the same lines each set apart: the near miss the veto keeps (a deck under the lead)
    text = BRIEF_THEN_HEAD_BLOCK.replace("Holy Island\nJune", "Holy Island\n\nJune")
    _, trace = explain_text(text)
    assert all(OVER_A_DECK not in rule for rule in trace.notes.values())


# Lines wrapped at the column's width, as a page prints them: a block so set stays whole.
SIGNED_STORY = (
    "누리시 야시장 내달 문 연다\n\n"
    "누리시는 옛 역전 광장에서 다음 달 1일부터 금요일과 토요일 밤마다 야시장을 연다고\n"
    "3일 밝혔다. 시는 점포 40곳을 모집해 먹거리와 공예품을 팔 수 있게 하고, 광장 둘레에\n"
    "조명과 쉼터를 새로 갖출 계획이다.\n"
    "한가람 기자 garam@nurinews.kr\n\n"
)


def test_a_whole_story_set_tight_after_a_signed_story_opens_the_next_item() -> None:
    text = SIGNED_STORY + (
        '상인회 "주차장부터 늘려야"\n'
        "역전 상인회는 야시장 개장을 반기면서도 주차 공간이 모자라 손님이 오래 머물지 못할\n"
        "것이라고 걱정했다. 상인회는 시에 임시 주차장 200면을 마련해 달라고 요청했다.\n"
        "서누리 기자 nuri@nurinews.kr\n"
    )
    edition, trace = explain_text(text)
    first, second = items(text)
    assert first["bylines"] == [("한가람", "기자", "garam@nurinews.kr", None)]
    assert second["headline"] == '상인회 "주차장부터 늘려야"'
    assert second["bylines"] == [("서누리", "기자", "nuri@nurinews.kr", None)]
    assert SIGNED_BLOCK in trace.rule("p1-2")


def test_a_tight_block_under_an_unsigned_story_is_not_cut_as_a_signed_story() -> None:
    """No byline closes the story above: nothing says the block starts a story afresh."""
    unsigned = SIGNED_STORY.replace("한가람 기자 garam@nurinews.kr\n", "")
    text = unsigned + (
        '상인회 "주차장부터 늘려야"\n'
        "역전 상인회는 야시장 개장을 반기면서도 주차 공간이 모자라 손님이 오래 머물지 못할\n"
        "것이라고 걱정했다. 상인회는 시에 임시 주차장 200면을 마련해 달라고 요청했다.\n"
        "서누리 기자 nuri@nurinews.kr\n"
    )
    edition, trace = explain_text(text)
    assert all(SIGNED_BLOCK not in trace.rule(item.id) for item in edition.pages[0].items)


def test_a_headline_led_by_a_quotation_after_an_unsigned_story_opens_an_item() -> None:
    # '"…" 헌법소원 각하': a quotation closed inside the line, words after it
    head = '"급식 기록 5년 보존" 헌법소원 각하'
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n{head}\n\n{TAIL}\n"
    _edition, trace = explain_text(text)
    got = items(text)
    assert [it["headline"] for it in got] == [HEAD, head]
    assert HEADLINE_PUNCTUATION in trace.rule("p1-2")


def test_a_quotation_alone_on_its_line_stays_a_subhead_of_the_story() -> None:
    # nothing after the quotation: a quote the story sets apart, no headline's shape
    text = f'{HEAD}\n\n{LEAD}\n\n"골목이 살아야 도시가 산다"\n\n{TAIL}\n'
    assert len(items(text)) == 1
