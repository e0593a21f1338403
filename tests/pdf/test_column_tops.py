"""A paragraph that opens at a column's top, flush left (columntops.py): the column
before is justified, and its last line stops short of the edge after a sentence's stop,
so its paragraph ended there. A column whose last line runs full, or one set ragged,
carries on."""

from __future__ import annotations

from pathlib import Path

from reader.pdf import ingest_pdf
from reader.pdf.blocks import Block
from reader.pdf.columntops import ended_short
from reader.pdf.lines import Line
from tests.pdf.paper import SANS, SERIF, Sheet, write

_MEASURE = 150.0
_LINES = [
    "달내시는 오늘부터 시내버스노선",
    "열두 개를 새로 고쳐 달린다고 밝혔",
    "다. 시는 지난해 시민 설문에서 나온",
    "뜻을 모아 노선을 다시",
]
# the second column: its first word ('이번') would not fit in the room the first
# column's last line leaves, so the room at a line's end tells nothing here
_NEXT = ["이번 새 노선은 읍내와 신도시를 곧장", "잇는다. 첫차는 새벽 다섯 시에 떠난다."]
_LAST = "짰다고 시의 관계자가 덧붙였다."


def _page(path: Path, last: str, justify_last: bool, justify: bool = True) -> Path:
    """A headline over two columns, justified or set ragged: the first column's four
    lines and `last`, the second column's two lines flush left at its top."""
    s = Sheet(w=420, h=400)
    s.text(40, 30, "달내시 버스 노선 새로 달린다", SANS, 20)
    for k, line in enumerate([*_LINES, last]):
        if justify and (k < len(_LINES) or justify_last):
            s.justified(40, 80 + 13 * k, line, SERIF, 9, _MEASURE)
        else:
            s.text(40, 80 + 13 * k, line, SERIF, 9)
    s.justified(215, 80, _NEXT[0], SERIF, 9, _MEASURE)
    s.text(215, 93, _NEXT[1], SERIF, 9)
    return write(path, [s])


def _body(path: Path) -> list[str]:
    items = ingest_pdf(path).edition.pages[0].items
    return [b.text for b in items[0].body]


def test_a_paragraph_opens_at_a_column_top_after_a_short_last_line(tmp_path: Path) -> None:
    body = _body(_page(tmp_path / "top.pdf", _LAST, justify_last=False))
    assert len(body) == 2
    assert body[0].endswith("덧붙였다.")
    assert body[1].startswith("이번 새 노선은")


def test_a_sentence_torn_at_a_columns_full_foot_carries_on(tmp_path: Path) -> None:
    """Near misses: the first column's last line runs to the edge, a sentence torn there
    or ending at the edge, or the column is set ragged (a short line tells nothing): the
    second column carries the paragraph on."""
    cases = [
        ("torn.pdf", "짰다고 시의 관계자가 덧붙였다. 시는", True, True),
        ("stop.pdf", _LAST, True, True),
        ("ragged.pdf", _LAST, False, False),
    ]
    for name, last, justify_last, justify in cases:
        body = _body(_page(tmp_path / name, last, justify_last, justify))
        assert len(body) == 1, name
        assert body[0].endswith("떠난다."), name


def _column(last: str, last_x1: float) -> Block:
    """A justified column's four lines, to x 190, and its last line ending at last_x1."""
    texts = [*_LINES, last]
    x1s = [40 + _MEASURE] * len(_LINES) + [last_x1]
    return Block(
        [
            Line(40, 80 + 13 * k, x1, 89 + 13 * k, 88 + 13 * k, 9, SERIF, t, 60, len(t))
            for k, (t, x1) in enumerate(zip(texts, x1s, strict=True))
        ]
    )


def test_a_short_last_line_on_no_sentences_stop_ends_no_paragraph() -> None:
    """Near miss of the rule itself (the page above would be joined again downstream): a
    short last line that stops on no sentence's stop ('…덧붙였고') ended no paragraph."""
    assert ended_short(_column(_LAST, 160))
    assert not ended_short(_column("짰다고 시의 관계자가 덧붙였고", 160))
