"""What every new paper's first run missed (issue 14, eighteenth round): item boundaries
inside a story (a subhead in a story not yet signed, sentences after a wide gap). Each on
a small made-up example of its own; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.ingest.body import BOXED_RUN
from reader.ingest.items import GOES_ON
from reader.ingest.label import LABEL_OVER_HEADLINE
from reader.ingest.story_ends import BRIEF_UNDER_TITLE
from reader.ingest.story_parts import AFTER_GROUPS, SUBHEAD_OF_A_LIST, SUBHEAD_OF_UNSIGNED
from reader.model import Ad
from tests.ingest.test_conventions import LEAD, MORE, items

# --- a subhead in a story not yet signed -------------------------------------------------

HEAD = "누리시 골목상권 지원 두 배로…청년 상인 임대료 절반 지원"
TAIL = "시장 상인회는 다음 달 설명회를 열어 신청 방법을 안내한다. 신청은 온라인으로 받는다."


def test_a_short_line_in_an_unsigned_story_over_its_byline_is_a_subhead() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n{MORE}\n\n설명회 다음 달 연다\n\n{TAIL}\n\n한누리 기자\n"
    edition, trace = explain_text(text)
    [story] = items(text)
    assert ("subhead", "설명회 다음 달 연다") in story["body"]
    assert story["body"][-1] == ("paragraph", TAIL)
    assert SUBHEAD_OF_UNSIGNED in trace.rule("p1-1")


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


# --- sentences after a wide gap ----------------------------------------------------------


def test_sentences_after_a_wide_gap_go_on_with_the_story() -> None:
    caption = "상인들이 18일 누리시장에서 지원 안내문을 살펴보고 있다.\nⓒ 누리일보"
    text = f"{HEAD}\n\n{LEAD}\n\n\n{MORE}\n\n{caption}\n\n\n{TAIL}\n\n\n누리 소식\n\n{LEAD}\n"
    edition, trace = explain_text(text)
    story, second = items(text)
    assert [kind for kind, _ in story["body"]] == ["lead", "paragraph", "caption", "paragraph"]
    assert second["headline"] == "누리 소식"
    assert GOES_ON in trace.rule("p1-1")


def test_a_headline_after_a_wide_gap_still_opens_an_item() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n\n누리 소식\n\n{MORE}\n"
    story, second = items(text)
    assert story["body"] == [("lead", LEAD)]
    assert second["headline"] == "누리 소식"


# --- briefs under a bracketed title, each headline right over its sentence ----------------

BRIEFS = (
    "[누리 단신]\n\n"
    "누리시장 주차 요금 3월부터 인상\n"
    "누리시장 공영주차장 요금이 3월부터 하루 5000원에서 6000원으로 오른다.\n\n"
    "누리역 화물 물동량 두 달 연속 증가\n"
    "지난달 누리역 화물 물동량은 800t으로 지난해 같은 달보다 9% 늘었다.\n"
)


def test_briefs_under_a_bracketed_title_each_open_an_item() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n한누리 기자\n\n{BRIEFS}"
    edition, trace = explain_text(text)
    story, title, first, second = items(text)
    assert title["headline"] == "누리 단신"
    assert first["headline"] == "누리시장 주차 요금 3월부터 인상"
    assert second["body"] == [
        ("lead", "지난달 누리역 화물 물동량은 800t으로 지난해 같은 달보다 9% 늘었다.")
    ]
    assert BRIEF_UNDER_TITLE in trace.rule("p1-3")


def test_wrapped_paragraphs_under_a_bracketed_subhead_stay_one_story() -> None:
    """A wrapped paragraph's first line is its longest: no headline over a sentence."""
    text = (
        f"{HEAD}\n\n{LEAD}\n\n[현장에서]\n\n"
        "누리시장 상인들은 지원 예산이 두 배로 늘었다는 소식에 반색하면서도\n"
        "신청 절차를 걱정했다.\n\n"
        "시는 다음 달 설명회를 열어 신청 방법을 상인들에게 차례로 안내하기로\n"
        "했다.\n"
    )
    [story] = items(text)
    assert ("subhead", "[현장에서]") in story["body"] or ("subhead", "현장에서") in story["body"]


# --- a section's name right over a column's headline -------------------------------------


def test_a_pair_of_subjects_over_a_columns_headline_is_the_pages_label() -> None:
    text = (
        f"밥·차\n[한누리의 찻잔 이야기] (4) 봄날의 녹차 - 첫물차가 귀한 까닭\n\n{LEAD}\n\n{MORE}\n"
    )
    edition, trace = explain_text(text)
    label = edition.pages[0].label
    assert label is not None and label.text == "밥·차"
    [story] = items(text)
    assert story["headline"] == "[한누리의 찻잔 이야기] (4) 봄날의 녹차"
    assert story["deck"] == ["첫물차가 귀한 까닭"]
    assert trace.rule("p1") == LABEL_OVER_HEADLINE


def test_a_pair_over_a_plain_headline_in_one_block_stays_the_headline() -> None:
    """No column's tag under it: the pair may be the headline ('한·미') over its deck."""
    text = f"한·미\n정상회담 다음 달 워싱턴서 열려\n\n{LEAD}\n"
    [story] = items(text)
    assert story["headline"] == "한·미"


# --- a list announced by its lead, its groups headed in capitals --------------------------

TRANSFERS = (
    "Land sales\n\n"
    "The following land sales were recorded at the Orvale County office last week.\n\n"
    "MILLER TOWNSHIP\n\n"
    "Ann Tully to Bo Park, 12 Elm St., $150,000.\n\n"
    "Cory Dunn to Eli Shaw, 40 Oak Road, $210,000.\n\n"
    "TOWN OF ORVALE\n\n"
    "Fay Gill to Hal Moss, 3 Pine Lane, $99,000.\n\n"
)


def test_capitals_over_entries_under_a_lead_that_announces_them_are_subheads() -> None:
    text = (
        TRANSFERS
        + "Fence permits\n\nPermits issued by the Orvale building department last week:\n\n"
        + "Ida Vance, 8 Elm St., $4,000.\n"
    )
    edition, trace = explain_text(text)
    transfers, permits = items(text)
    kinds = [kind for kind, _ in transfers["body"]]
    assert kinds == ["lead", "subhead", "paragraph", "paragraph", "subhead", "paragraph"]
    assert permits["headline"] == "Fence permits"
    assert SUBHEAD_OF_A_LIST in trace.rule("p1-1")
    assert AFTER_GROUPS in trace.rule("p1-2")


def test_a_headline_in_capitals_after_a_story_that_announces_nothing_opens_an_item() -> None:
    text = (
        "Mill pond\n\nThe ice on the mill pond is now sixteen inches thick this week.\n\n"
        "Farmers began the harvest on Monday and expect to finish soon.\n\n"
        "SCHOOL BOARD\n\nThe school board met on Tuesday and approved the budget.\n"
    )
    first, second = items(text)
    assert second["headline"] == "SCHOOL BOARD"


# --- '□' lines one under another ----------------------------------------------------------


def test_boxed_lines_one_under_another_are_a_checklists_items() -> None:
    text = (
        f"{HEAD}\n\n{LEAD}\n\n우리 집 점검표\n\n"
        "□ 전기장판을 접어 두지 않았나요\n\n□ 멀티탭에 여러 개를 꽂지 않았나요\n\n"
        f"{MORE}\n\n한누리 기자\n"
    )
    edition, trace = explain_text(text)
    [story] = items(text)
    bullets = [text for kind, text in story["body"] if kind == "bullet"]
    assert bullets == ["전기장판을 접어 두지 않았나요", "멀티탭에 여러 개를 꽂지 않았나요"]
    assert BOXED_RUN in trace.rule("p1-1", "body.3")


def test_a_boxed_line_alone_over_its_paragraph_stays_a_subhead() -> None:
    text = f"{HEAD}\n\n{LEAD}\n\n□ 설명회 일정\n\n{MORE}\n\n한누리 기자\n"
    [story] = items(text)
    assert ("subhead", "설명회 일정") in story["body"]


# --- two small ads over a third cut off at the page's edge --------------------------------


def test_two_small_ads_over_one_cut_off_by_the_page_are_three_ads() -> None:
    text = (
        "CLASSIFIEDS\n\n"
        "GARAGE SALE\nSat., May 2, 8 a.m.\n14 Birch Lane, Orvale\nCall (555) 555-0101\n\n"
        "FIREWOOD FOR SALE\nSeasoned oak, split and stacked.\nText 555-555-0102\n\n"
        "WANTED: BARN SPACE\nDry storage for two boats through the winter, within ten\n"
    )
    edition, trace = explain_text(text)
    ads = edition.pages[0].items
    assert len(ads) == 3
    assert all(isinstance(ad, Ad) for ad in ads)
    assert "a small ad with its own contact" in trace.rule("p1-3")


# --- review mends ---------------------------------------------------------------------------


def test_a_story_that_tells_the_following_day_announces_no_list() -> None:
    text = (
        "COUNCIL APPROVES NEW BUDGET FOR PARKS\n\n"
        "The city council approved a new budget for parks on Monday after a long debate.\n\n"
        "The following day, the mayor signed the measure and said work would begin soon.\n\n"
        "LIBRARY HOURS EXTENDED\n\n"
        "The public library will stay open until nine on weeknights, officials said.\n"
    )
    assert [i["headline"] for i in items(text)] == [
        "COUNCIL APPROVES NEW BUDGET FOR PARKS",
        "LIBRARY HOURS EXTENDED",
    ]


def test_a_run_a_reporters_byline_closes_is_one_signed_story() -> None:
    """Briefs under a title are unsigned: heads tight on their text, signed at the end, are
    one story's parts, its byline kept with them."""
    text = (
        "[누리 인터뷰]\n\n"
        "김한빛 누리시장 골목상권 살리기 나선다\n"
        "김한빛 누리시장은 18일 시청에서 기자들과 만나 지원 예산을 두 배로 늘리겠다고 밝혔다.\n\n"
        "청년 상인 임대료 절반 지원한다\n"
        "김 시장은 청년 상인에게 임대료 절반을 지원하는 사업을 다음 달부터 시작한다고 말했다.\n\n"
        "한누리 기자\n"
    )
    [story] = items(text)
    assert [b[0] for b in story["bylines"]] == ["한누리"]


def test_a_long_run_of_briefs_under_a_title_is_read_once_a_brief() -> None:
    """Each brief's run was walked again for every brief (minutes for a page of them)."""
    briefs = "".join(
        f"누리공항 주차장 요금 {i}차 인상\n누리공항은 주차 요금을 다음 달 올린다고 밝혔다.\n\n"
        for i in range(1000)
    )
    found = items(f"[공항 단신]\n\n{briefs}")
    # the title, on the page's first line, is its label (docs/representation.md, "Listings")
    assert len(found) == 1000 and found[-1]["headline"] == "누리공항 주차장 요금 999차 인상"
