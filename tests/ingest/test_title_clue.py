"""The learned title clue (tests/ingest/title_clue.py, an experiment beside the ingest): the
subheads it cuts out of the rules' text, where it must not act, and its weights file."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Article, Edition
from tests import gen
from tests.ingest import title_clue
from tests.ingest.title_clue_train import SETS, WEIGHTS, unit_cuts, weights_file

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
