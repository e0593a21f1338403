"""Round twenty's rules, held back where a review found them reading ordinary text wrong
(issue 14). Each test fails on the round's first code; every name is invented."""

from __future__ import annotations

from reader.ingest import explain_text
from reader.model import Ad
from tests.ingest.test_conventions import items, parse

QUOTES = (
    "MAYOR DEFENDS BUDGET\n\n"
    "The mayor spoke at length to the council last night about the budget.\n\n"
    "—We will not raise taxes this year, not while I hold this office.\n\n"
    "—Nor will we cut the schools, he added to loud applause from the floor.\n\n"
    "The council votes on Tuesday.\n"
)
BRIEFS = (
    "LOCAL BREVITIES\n\n"
    "—Mrs. Harriet Connolly of Birch street is visiting her sister in Albany this week.\n\n"
    "—The Ladies' Aid will meet at the home of Mrs. Dana on Thursday afternoon.\n\n"
    "—Work on the new bridge over Mill creek began on Monday with a crew of ten men.\n"
)


def test_dashes_leading_a_storys_quotes_are_no_run_of_briefs() -> None:
    """A run of dash briefs sits under a title or opens the page; quotes have prose above."""
    [story] = items(QUOTES)
    assert story["headline"] == "MAYOR DEFENDS BUDGET"
    assert story["body"][-1] == ("paragraph", "The council votes on Tuesday.")


def test_a_run_of_dash_briefs_under_a_title_are_items_and_the_titles_notes_go() -> None:
    edition, trace = explain_text(BRIEFS)
    page = edition.pages[0]
    assert page.label is not None and page.label.text == "LOCAL BREVITIES"
    assert len(page.items) == 3
    for item in page.items:  # renumbered once the title became the label; its notes gone
        assert trace.rule(item.id, "headline") == "no rule recorded"
        assert trace.rule(item.id, "body.0").startswith("article: a dash brief's text")


def test_a_hyphen_without_a_stop_leads_no_run_in_head() -> None:
    """'UCLA-Stanford drew …' opens with a word; a run-in head ends in '.—' or '.-'."""
    text = (
        "COLLEGE FOOTBALL\n\n"
        "Four games were played in the conference on Saturday afternoon.\n\n"
        "UCLA-Stanford drew a crowd of 40,000 and ended in a tie, 14 to 14.\n\n"
        "USC-Oregon went to the visitors, who scored twice in the last quarter.\n"
    )
    [story] = items(text)
    assert (
        "paragraph",
        "USC-Oregon went to the visitors, who scored twice in the last quarter.",
    ) in story["body"]


def test_an_ads_list_of_goods_is_not_joined_into_a_sentence() -> None:
    goods = "Fresh eggs\nButter and cheese\nCountry ham\nOpen daily till 9 p.m."
    text = f"JONES GROCERY\n\n{goods}\n\nPhone Main 1234\n"
    [ad] = parse(text).pages[0].items
    assert isinstance(ad, Ad)
    texts = [b.text for b in ad.blocks if hasattr(b, "text")]
    assert texts[:4] == ["Fresh eggs", "Butter and cheese", "Country ham", "Open daily till 9 p.m."]


def test_former_opens_the_post_not_the_name() -> None:
    text = (
        "장관에게 듣는다\n\n대담=홍길동 전 장관 / 정리=김철수 기자\n\n"
        "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다.\n"
    )
    [item] = items(text)
    assert item["bylines"][0][:2] == ("홍길동", "전 장관")


def test_two_english_words_either_side_of_a_chevron_are_a_headline() -> None:
    text = (
        "Supply > Demand\n\n"
        "Prices rose again in March as the harvest fell short of what growers had planned.\n\n"
        "The market expects relief by summer.\n"
    )
    edition, _ = explain_text(text)
    assert edition.pages[0].label is None
    assert items(text)[0]["headline"] == "Supply > Demand"
