"""The learned item-start clue (reader/ingest/start_clue.py): where it splits, where its
structure forbids a split, and that the shipped weights are what the training writes."""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from reader.ingest import explain_text, ingest_text, start_clue
from reader.ingest.lines import Line, Para
from reader.model import Article, leaves
from tests.ingest.start_clue_train import SETS, WEIGHTS, weights_file

STORY = (
    "한빛시, 골목 상권 살리기 나선다\n"
    "\n"
    "한빛시는 3일 골목 상권을 살리기 위한 특화거리 조성 계획을 발표했다.\n"
    "\n"
    "시는 올해 10억원을 들여 거리를 정비한다.\n"
    "\n"
    "이번 주에 마셔 본 술\n"
    "\n"
    "끊겼던 섬마을 여객선 항로가 다음 달부터 다시 운항한다.\n"
)
LISTING = (
    "한빛시 인사\n"
    "\n"
    "한빛시는 3일 다음과 같이 인사를 발령했다.\n"
    "\n"
    "▲기획조정실장 김영수 ▲자치행정과장 이미란\n"
    "\n"
    "복지정책과장 박철민\n"
    "\n"
    "▲문화관광과장 최은정\n"
)
INTERVIEW = (
    "“골목이 살아야 도시가 산다”\n"
    "\n"
    "김영수 한빛시장은 3일 인터뷰에서 골목 상권을 강조했다.\n"
    "\n"
    "Q. 왜 골목 상권인가\n"
    "\n"
    "A. 골목이 살아야 도시가 산다고 본다.\n"
    "\n"
    "올해 계획은 무엇인가\n"
    "\n"
    "A. 특화거리 다섯 곳을 만든다.\n"
)
# A member newsletter's page, made up: a story, then the next one's headline after its
# last paragraph; the rules read on (the twenty-third round's kicker rule now splits the
# readers' page this test once used, so it shows the clue no more).
BULLETIN = (
    "Why your rates change this spring\n\n"
    "By Ann Whitlow\nGeneral Manager\n\n"
    "Starting with May bills, members will see a separate line for the cost of the power we"
    " buy. It is not a new charge; it only shows what was already folded into the energy"
    " rate.\n\n"
    "If you have questions about your bill, our member services team is glad to help.\n\n"
    "Annual meeting: two seats on the board\n\n"
    "Ballots for the director election will be mailed in March and must be returned by"
    " April 15. Candidates are:\n\n"
    "• District 3: Peter Hollis, Jane Marsh\n"
    "• District 6: Carl Benning\n\n"
    "Results will be announced at the annual meeting in the high school gym.\n"
)
SURE_EVERYWHERE = {"bias": 30.0}  # the clue at p = 1 on every line: only structure stops it


def _heads(text: str) -> list[str | None]:
    return [
        it.headline.text if isinstance(it, Article) and it.headline else None
        for page in ingest_text(text).pages
        for it in page.items
    ]


def _unsplit(groups: list, *_: object) -> list:
    return groups


def test_the_shipped_weights_are_what_the_training_writes() -> None:
    assert WEIGHTS.read_text(encoding="utf-8") == weights_file(SETS)


def test_the_shipped_clue_splits_a_story_off_the_one_above_it() -> None:
    with mock.patch("reader.ingest.page_items.clue_splits", _unsplit):
        assert len(ingest_text(BULLETIN).pages[0].items) == 1  # the rules: one
    edition, trace = explain_text(BULLETIN)
    items = edition.pages[0].items
    assert len(items) == 2
    assert trace.rule(items[1].id).startswith("items: learned start clue (p = ")
    assert not any("Annual meeting" in leaf.text for leaf in leaves(items[0]))
    assert any("Annual meeting" in leaf.text for leaf in leaves(items[1]))


def test_a_confident_start_splits_a_story_and_explain_names_the_clue() -> None:
    with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
        edition, trace = explain_text(STORY)
    items = edition.pages[0].items
    assert [it.headline.text for it in items if isinstance(it, Article) and it.headline] == [
        "한빛시, 골목 상권 살리기 나선다",
        "이번 주에 마셔 본 술",
    ]
    assert trace.rule(items[1].id).startswith("items: learned start clue (p = 1.00)")
    with mock.patch.object(start_clue, "shipped_weights", lambda: {"bias": -30.0}):
        assert _heads(STORY) == ["한빛시, 골목 상권 살리기 나선다"]  # unsure: the rules' one


def test_the_clue_splits_no_listing_and_no_interview() -> None:
    for page in (LISTING, INTERVIEW):
        with mock.patch("reader.ingest.page_items.clue_splits", _unsplit):
            rules = ingest_text(page)
        with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
            assert ingest_text(page) == rules


WRAPPED = (  # a story hard-wrapped at 40 columns, two blank lines between paragraphs
    "City to Rebuild Old Bridge\n\n"
    "The city council voted Tuesday to\nrebuild the Elm Street bridge, which has\n"
    "been closed since the spring floods\ndamaged its supports.\n\n\n"
    "Council member Ana Ruiz said the bridge\nwas the quickest way to the hospital for\n"
    "people on the east side of town.\n\n\n"
    "Mayor Tom Hale said work would begin in\nJune, once the state grant of $2.4\n"
    "million arrives. The project will take\n14 months.\n\n\n"
    'Residents of the east side have waited\nlong enough, Ruiz said. "We have been\n'
    'cut off for a year."\n\n\n'
    "The contract goes to Harlan Brothers of\nAshford, which built the new library in\n"
    "2019.\n\nBy Ana Smith\n"
)
QUOTED_SUBHEAD = (
    "섬마을 여객선 다시 뜬다\n\n"
    "끊겼던 섬마을 여객선 항로가 다음 달부터 다시 운항한다. 해양수산청은 3일 한빛항과 "
    "소리도를 잇는 항로의 운항을 재개한다고 밝혔다.\n\n"
    "적자 노선 지원 늘려\n\n"
    "해수청은 적자 노선에 대한 지원금을 올해 두 배로 늘렸다. 선사는 하루 두 차례 배를 띄운다.\n\n"
    "주민들 “이제 병원 갈 수 있다”\n\n"
    '소리도 주민 이모(72)씨는 "배가 없어 병원에 못 갔다"며 반겼다.\n\n'
    "박미란 기자\n"
)
BRACKETED = (
    "섬마을 여객선 다시 뜬다\n\n"
    "해양수산청은 3일 한빛항과 소리도를 잇는 항로의 운항을 재개한다고 밝혔다.\n\n"
    "[전망]\n\n"
    "주민들은 반겼다. 선사는 하루 두 차례 배를 띄운다.\n"
)


def test_the_shipped_clue_leaves_a_wrapped_story_and_a_quoted_subhead_whole() -> None:
    """A first line as wide as the lines under it wraps a sentence on; a line ending in a
    quote is a story's subhead or pull quote: neither starts an item."""
    for page in (WRAPPED, QUOTED_SUBHEAD):
        assert len(ingest_text(page).pages[0].items) == 1, page[:20]


def test_a_sure_clue_splits_at_no_line_in_brackets_alone() -> None:
    with mock.patch("reader.ingest.page_items.clue_splits", _unsplit):
        rules = ingest_text(BRACKETED)
    with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
        assert ingest_text(BRACKETED) == rules


def test_a_missing_or_broken_weights_file_leaves_the_rules_alone(tmp_path: Path) -> None:
    with mock.patch("reader.ingest.page_items.clue_splits", _unsplit):
        rules = ingest_text(BULLETIN)
    for content in (None, "", "{not json", '{"weights": [1, 2]}', '{"weights": {"bias": "x"}}'):
        broken = tmp_path / "start_clue.json"
        if content is not None:
            broken.write_text(content, encoding="utf-8")
        start_clue.shipped_weights.cache_clear()
        try:
            with mock.patch.object(start_clue, "WEIGHTS_FILE", broken):
                assert ingest_text(BULLETIN) == rules, content
        finally:
            start_clue.shipped_weights.cache_clear()
            broken.unlink(missing_ok=True)


NOTICES = (  # a page of short notices, none ending a sentence, then an editorial
    "한빛시 소식\n\n"
    "시민 강좌 안내\n\n"
    "매주 화요일 오후 2시 시청 대강당\n\n"
    "강사 김영수 한빛대 교수\n\n"
    "[사설] 골목 상권, 시민 손에 맡겨야\n\n"
    "한빛시는 3일 골목 상권을 살리기 위한 계획을 발표했다.\n\n"
    "시는 올해 10억원을 들여 거리를 정비한다.\n"
)
UNDER_TITLE = (
    "독자의 소리\n\n"
    "[독자투고] 경로당 점심, 주 3회로는 부족하다\n\n"
    "우리 동네 경로당은 점심을 주 3회만 준다.\n\n"
    "김영수(한빛구 중앙동)\n"
)


def test_a_head_a_tag_opens_starts_an_item_with_no_prose_above_it() -> None:
    """'[사설] …' after notices with no sentence may start an item; a sure clue splits
    nothing else there, nor a tagged head right under the page's one-line title."""
    with mock.patch("reader.ingest.page_items.clue_splits", _unsplit):
        assert _heads(NOTICES) == ["한빛시 소식"]
        rules = ingest_text(UNDER_TITLE)
    with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
        edition, trace = explain_text(NOTICES)
        assert ingest_text(UNDER_TITLE) == rules
    items = edition.pages[0].items
    # what the shipped clue makes of it depends on its training (retrained each round)
    assert [it.headline.text for it in items if isinstance(it, Article) and it.headline] == [
        "한빛시 소식",
        "[사설] 골목 상권, 시민 손에 맡겨야",
    ]
    assert trace.rule(items[1].id).startswith("items: learned start clue (p = 1.00)")


# A tag that points inside its article, under the headline and deck (made up).
INSIDE_TAGS = (
    "전세사기 특별법 개정안 국회 통과\n\n피해자 인정 범위 넓혀\n\n{tag}\n\n"
    "전세사기 피해자로 인정받을 수 있는 범위를 넓힌 특별법 개정안이 4일 국회를 통과했다.\n\n"
    "국토교통부는 다음 달부터 새 기준을 적용하겠다고 밝혔다.\n"
)


def test_a_tag_that_points_inside_the_article_starts_no_item() -> None:
    """'[관련기사] 3면', '[사진] …', '(사진=…) …' under a deck are parts of the story: even a
    sure clue does not split there."""
    for tag in ("[관련기사] 3면", "[사진] 국회 본회의장", "(사진=연합뉴스) 본회의 풍경"):
        page = INSIDE_TAGS.format(tag=tag)
        with mock.patch.object(start_clue, "shipped_weights", lambda: SURE_EVERYWHERE):
            assert _heads(page) == ["전세사기 특별법 개정안 국회 통과"], tag


def test_the_clue_never_splits_at_a_groups_label_over_its_rows() -> None:
    paras = [
        Para([Line("Prices were firm at the close today.", 0)]),
        Para([Line("Barley—", 40)]),
        Para([Line("No. 2 .... 0.91", 48)]),
    ]
    assert not start_clue._room(paras, 1)
    paras[1] = Para([Line("Barley prices", 40)])
    assert start_clue._room(paras, 1)
