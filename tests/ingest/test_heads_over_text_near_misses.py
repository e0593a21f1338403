"""Near misses of round forty-three's head over wrapped text, found by reading its rules as
an adversary: shapes a real page prints that the rule took for a story's headline (a
paragraph's first line over a line of Latin letters, a story's numbered part, a poem's
stanza, an interview's question). Every name and fact is invented.
"""

from __future__ import annotations

from reader.ingest.lines import Line
from tests.ingest.test_conventions import items


def _lines(*texts: str) -> list[Line]:
    return [Line(t, 0) for t in texts]


SIGNED = (
    "누리시, 골목상권 지원 두 배로\n\n"
    "누리시는 올해 골목상권 지원 예산을 두 배로 늘렸다고 18일 밝혔다.\n\n"
    "한가람 기자\n\n"
)


def test_a_paragraphs_first_line_over_a_line_of_latin_letters_is_no_head() -> None:
    # Hangul is two cells wide: the first line fills the column as the line of Latin
    # letters and figures under it does, though it holds fewer characters
    wrapped = (
        "누리전자는 18일 서울 본사에서 신제품 발표회를 열고 새\n"
        "TV 'NURI OLED Vision 2027 Pro X'(65·77·83 inch)를 공개했다. 가격은\n"
        "399만원부터다.\n"
    )
    texts = [t for item in items(SIGNED + wrapped) for _, t in item["body"]]
    assert " ".join(wrapped.split("\n")).strip() in texts  # the paragraph whole
    # the near miss: a head broken short over the same lines is still cut
    head = "누리전자, 새 TV 공개\n" + wrapped
    assert items(SIGNED + head)[1]["headline"] == "누리전자, 새 TV 공개"
