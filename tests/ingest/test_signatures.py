"""Signatures under a story or a notice ('NAME, Title', dashes), and lines that sign nothing."""

from __future__ import annotations

from reader.ingest import explain_text, ingest_text
from reader.ingest.closings import SIGNED_RULE
from reader.ingest.en_rows import SIGNED_OFF
from reader.model import Article
from tests.ingest.rule_pages import EN_LEAD_ROTARY as EN_LEAD
from tests.ingest.rule_pages import EN_MORE_ROTARY as EN_MORE
from tests.ingest.test_conventions import LEAD, MORE, items


def test_a_signature_with_the_body_and_title_before_the_name() -> None:
    text = f"구청장 인사말\n\n{LEAD}\n\n{MORE}\n\n누리구의회 의장 한누리\n"
    [item] = items(text)
    assert item["bylines"] == [("한누리", "누리구의회 의장", None, None)]
    assert item["body"] == [("lead", LEAD), ("paragraph", MORE)]


def test_a_dashed_signature_is_a_byline_not_a_bullet_over_what_follows() -> None:
    text = (
        f"[절기 이야기] 곡우\n\n{LEAD}\n\n{MORE}\n\n― 한누리 누리민속박물관 학예사\n\n"
        "이번 주 물때\n\n지역\t만조\t간조\n누리\t05:12\t11:40\n가람\t05:40\t12:02\n"
    )
    column, table = items(text)
    assert column["body"] == [("lead", LEAD), ("paragraph", MORE)]
    assert column["bylines"] == [("한누리", "누리민속박물관 학예사", None, None)]
    assert table["headline"] == "이번 주 물때"


def test_a_signature_after_a_caption_and_its_credit_is_the_byline() -> None:
    text = (
        f"[옛길 이야기] 고개 너머 주막터\n\n{LEAD}\n\n{MORE}\n\n"
        "누리고개 주막터에 남은 우물.\nⓒ 조은별\n\n조은별 향토사학자\n"
    )
    [item] = items(text)
    assert item["bylines"] == [("조은별", "향토사학자", None, None)]
    assert item["body"][-1] == ("caption", "누리고개 주막터에 남은 우물.\nⓒ 조은별")


NOTE = "Thank you all for a fine season. Dues for next year are owed by June 1."


def test_a_by_line_with_any_title_after_its_comma_closes_the_story() -> None:
    text = (
        f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\n"
        f"By Odile Banerjee, Club Communications\n\n\nThe Week Ahead\n\n{EN_MORE}\n"
    )
    story, nxt = items(text)
    assert story["bylines"] == [("Odile Banerjee", "Club Communications", None, None)]
    assert nxt["headline"] == "The Week Ahead"


def test_a_name_comma_title_alone_under_the_last_sentence_signs_the_note() -> None:
    text = (
        f"From the Chair\n\n{NOTE}\n\n{EN_MORE}\n\nHenrietta Vos, Chair\n\n"
        f"Bake Sale Moves Indoors\n\n{EN_LEAD}\n"
    )
    edition, trace = explain_text(text)
    note, nxt = items(text)
    assert note["bylines"] == [("Henrietta Vos", "Chair", None, None)]
    assert nxt["headline"] == "Bake Sale Moves Indoors"
    assert SIGNED_RULE in trace.rule("p1-1", "byline.0")


def test_a_name_comma_title_over_text_is_no_signature() -> None:
    """Not under a finished sentence: the line heads what follows."""
    text = f"Henrietta Vos, Chair\n\n{NOTE}\n"
    [item] = items(text)
    assert item["bylines"] == []


def test_a_body_title_and_name_under_a_notice_is_its_byline() -> None:
    notice = "누리농협 정기총회를 3월 27일 본점에서 엽니다. 대의원께서는 참석해 주시기 바랍니다."
    text = f"[알림] 정기총회 개최\n{notice}\n누리농협 조합장 한가람\n"
    [item] = items(text)
    assert item["bylines"] == [("한가람", "누리농협 조합장", None, None)]
    assert item["body"] == [("lead", notice)]


REVIEW = (
    "[책과 사람] 섬을 기록한 교사의 일기\n\n"
    "누리섬 분교 교사였던 저자는 30년 동안 섬의 날씨와 아이들 이야기를 적었다. "
    "이 책은 그 기록을 엮었다.\n\n"
    "기록은 담담하지만 섬이 변해 온 모습이 또렷하다. 학생 수는 해마다 줄어 올해 세 명이 남았다.\n\n"
    "한솔빛 지음 / 누리출판 / 1만6천원\n\n"
    "나래솔(누리대 국어국문학과 3학년)\n\n"
)


def test_a_reviews_book_data_and_signature_stay_with_it_over_an_ad() -> None:
    text = (
        f"{REVIEW}가을맞이 할인전\n· 외투 최대 40% 할인\n· 구두 30% 할인\n"
        "기간: 10월 2일(금)~4일(일)\n누리백화점 3층 행사장\n문의 ☎ 062-555-0199\n"
    )
    review, ad = items(text)
    assert review["body"][-1] == ("paragraph", "한솔빛 지음 / 누리출판 / 1만6천원")
    assert review["bylines"] == [("나래솔", "누리대 국어국문학과 3학년", None, None)]
    assert ad["title"] == "가을맞이 할인전"


def test_a_dash_signature_whose_role_ends_on_a_stop_is_the_byline() -> None:
    text = (
        "SEED CORN SHOULD BE TESTED\n\n"
        "Farmers are urged to test their seed corn before planting this spring.\n\n"
        "—R. T. Vance, County Agent.\n"
    )
    [story] = items(text)
    assert story["bylines"] == [("R. T. Vance", "County Agent", None, None)]
    assert story["body"] == [
        ("lead", "Farmers are urged to test their seed corn before planting this spring.")
    ]


def test_a_dash_brief_with_a_comma_is_no_signature() -> None:
    text = (
        "LOCAL BREVITIES\n\n"
        "—Miss Ada Keel, who has been ill, is better.\n\n"
        "—Ben Cole, the grocer, is in Toledo on business.\n"
    )
    got = items(text)
    assert all(not i["bylines"] for i in got)


LETTERS = (
    "THE MILL ROAD\n"
    "The township has let the mill road go\n"
    "since the thaw, and it is time it acted.\n\n"
    "THE READERS' FORUM\n"
    "Mend the Mill Road\n"
    "To the Editor:—The mill road has been\n"
    "in bad shape since the thaw. Who is to\n"
    "fix it?\n"
    "—A. B. HALE, Farmer.\n"
    "Open the Reading Room\n"
    "To the Editor:—The reading room should\n"
    "stay open until nine in the evening.\n"
)


def test_the_line_after_a_dash_signature_starts_anew() -> None:
    got = items(LETTERS)
    signed = next(i for i in got if i["bylines"])
    assert signed["bylines"] == [("A. B. HALE", "Farmer", None, None)]
    assert not any("Open the Reading Room" in t for _, t in signed["body"])
    _, trace = explain_text(LETTERS)
    assert any(SIGNED_OFF in rule for rule in trace.notes.values())


def test_a_dash_signature_with_no_role_stop_still_runs_on_into_nothing() -> None:
    """A dash brief in a run runs on to its next line: no signature, no cut after it."""
    text = (
        "LOCAL BREVITIES\n\n"
        "—Mrs. Ora Flint of Ash street is visiting\n"
        "her sister in Dayton for the week.\n"
        "—Ben Cole has bought the Hanes farm west\n"
        "of town for $4,000 cash.\n"
    )
    got = items(text)
    assert [i["body"][0][1] for i in got[-2:]] == [
        "Mrs. Ora Flint of Ash street is visiting her sister in Dayton for the week.",
        "Ben Cole has bought the Hanes farm west of town for $4,000 cash.",
    ]


def test_a_place_under_a_storys_last_sentence_is_no_signature() -> None:
    """'NAME, Title' signs only with a title's word last: a church and its street do not."""
    line = "First Methodist Church, Main Street"
    [story] = items(f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\n{line}\n")
    assert story["bylines"] == []
    assert story["body"][-1] == ("paragraph", line)


def test_a_jump_line_under_a_storys_last_sentence_is_no_signature() -> None:
    """'See BUDGET, Page A6' is the story's jump on (tests/ingest/test_jump_lines.py)."""
    text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\nSee BUDGET, Page A6\n"
    [story] = ingest_text(text).pages[0].items
    assert isinstance(story, Article) and story.bylines == []
    assert story.jump_on is not None and story.jump_on.text == "See BUDGET, Page A6"


def test_a_place_line_does_not_end_the_story_over_a_subhead() -> None:
    text = (
        f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\nFirst Methodist Church, Main Street\n\n"
        f"Parking and Directions\n\n{EN_MORE}\n"
    )
    [story] = items(text)
    assert story["headline"] == "Rotary auction raises $18,000"
    assert ("paragraph", EN_MORE) in story["body"]


def test_a_signature_with_an_offices_title_still_closes() -> None:
    text = f"Rotary auction raises $18,000\n\n{EN_LEAD}\n\n{EN_MORE}\n\nHenrietta Vos, Chair\n"
    [story] = items(text)
    assert [b[:2] for b in story["bylines"]] == [("Henrietta Vos", "Chair")]
