"""The learned title clue (tests/ingest/title_clue.py, an experiment beside the ingest): the
subheads it cuts out of the rules' text, the site's name it reads over a web page, where
it must not act, and its weights file."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.start_clue import probability
from reader.model import Article, Edition
from tests import gen
from tests.ingest import title_clue
from tests.ingest.title_clue_train import SETS, WEIGHTS, clued, unit_cuts, weights_file

# A police log: each day's calls under the day, printed with no blank line between them.
POLICE_LOG = """\
Police Log

The following calls were logged by the Elm Ridge Police Department from
June 2 to June 8. An arrest is an accusation, not a finding of guilt.

Tuesday, June 3
9:40 a.m. — A resident of the 200 block of Birch Lane reported a bicycle
taken from an unlocked garage.

Friday, June 6
10:15 p.m. — A caller on Hawthorne Road reported loud music. Officers
asked the hosts to turn it down.
"""

# A story whose first line is short and unpunctuated: its lead, under the head.
SHORT_LEAD = """\
시립도서관 야간 개방 연장

밤 10시까지
시립도서관이 다음 달부터 평일 밤 10시까지 문을 연다고 3일 밝혔다.
시는 시험 기간 학생들의 요청을 반영했다고 설명했다.
"""


# A web page: the site's name, its address and the section over a tagged head; no credit
# in a form the rules read ('© NAME', '[NAME=…]').
WEB_PAGE = """\
누리바람뉴스
nuribaram.kr
사회

[단독] 시립수영장 다음 달부터 야간 개장
주민 요청 반영…평일 밤 10시까지

김하늘 기자 | 입력 2026.12.03 10:20

시립수영장이 다음 달부터 평일 밤 10시까지 문을 연다고 3일 밝혔다.

시는 직장인 이용객의 요청을 반영했다고 설명했다.

저작권자 누리바람뉴스 무단 전재 및 재배포 금지
"""

# A feature's headline and deck open the page; the page never names the headline again.
FEATURE = """\
폐교가 마을 부엌이 되기까지
옛 분교 살린 주민 협동조합 3년

산골 마을의 옛 분교가 주민 식당으로 바뀐 지 3년이 됐다.

협동조합은 올해 처음 흑자를 냈다고 밝혔다.
"""


def _named(text: str, clue: bool) -> Edition:
    names = title_clue.shipped_names() if clue else {}
    with clued({"weights": {}, "names": names}, title_clue.SURE):
        return ingest_text(text)


def _read(text: str, clue: bool) -> Edition:
    with unit_cuts(None, title_clue.shipped_weights() if clue else None, title_clue.SURE):
        return ingest_text(text)


def _subheads(edition: Edition) -> list[str]:
    return [
        block.text
        for page in edition.pages
        for item in page.items
        if isinstance(item, Article)
        for block in item.body
        if block.kind == "subhead"
    ]


def test_the_written_weights_are_what_the_training_writes() -> None:
    assert WEIGHTS.read_text(encoding="utf-8") == weights_file(SETS)


def test_the_clue_reads_a_day_over_its_calls_as_a_subhead() -> None:
    """The rules read each day as the first line of its calls' paragraph."""
    assert _subheads(_read(POLICE_LOG, clue=False)) == []
    clued = _read(POLICE_LOG, clue=True)
    assert _subheads(clued) == ["Tuesday, June 3", "Friday, June 6"]
    story = clued.pages[0].items[0]
    assert isinstance(story, Article)
    assert [b.kind for b in story.body] == ["lead", "subhead", "paragraph", "subhead", "paragraph"]
    assert story.body[2].text.startswith("9:40 a.m. — A resident")


def test_the_clue_leaves_a_short_lead_under_the_head_to_the_rules() -> None:
    assert _read(SHORT_LEAD, clue=True) == _read(SHORT_LEAD, clue=False)


def test_the_clue_changes_nothing_on_generated_english_pages() -> None:
    """Their decks in capitals ('WORK TO BEGIN AT ONCE') and their crosslines stay the rules'."""
    for seed in (7, 8):
        text = gen.generate_edition(seed, pages=4, conventions=("english",)).text
        assert _read(text, clue=True) == _read(text, clue=False)


def test_the_clue_weighs_no_sentence_no_marked_line_and_no_wrapped_tail() -> None:
    assert not title_clue._room("시는 시험 기간 학생들의 요청을 반영했다.")
    assert not title_clue._room("▲ 주최 / 청림군")
    assert not title_clue._room("자료: 산업통상부")
    assert title_clue._room("Ⅱ. 평석")


def test_the_clue_reads_a_sites_name_over_a_web_page_as_its_masthead() -> None:
    without = _named(WEB_PAGE, clue=False)
    assert without.masthead is None
    # the rules read the name as a headline (whether the start clue, retrained each round,
    # splits the story's head off it is not this test's)
    assert [i.headline.text for i in without.pages[0].items if i.headline][0] == "누리바람뉴스"
    clued_page = _named(WEB_PAGE, clue=True)
    assert clued_page.masthead is not None
    m = clued_page.masthead
    assert (m.paper, m.url, m.date) == ("누리바람뉴스", "nuribaram.kr", "2026-12-03")
    assert clued_page.pages[0].label is not None and clued_page.pages[0].label.text == "사회"
    [story] = clued_page.pages[0].items
    assert isinstance(story, Article) and story.headline is not None
    assert story.headline.text == "[단독] 시립수영장 다음 달부터 야간 개장"


def test_the_clue_leaves_a_headline_the_page_never_names_again() -> None:
    assert _named(FEATURE, clue=True) == _named(FEATURE, clue=False)


def test_the_clue_weighs_its_features_with_the_ingests_one_logistic():
    assert title_clue.probability is probability  # one formula: a fix to it reaches both
