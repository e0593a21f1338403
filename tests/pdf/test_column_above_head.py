"""A story's last column beside its head's span (abovehead.py): a story whose headline
spans three of its four columns, a second story under it whose head and text span
three. Reading order cuts the fourth column apart and reads it after the second story's
head; standing wholly above that head, a gutter right of the first story's body and
level with its top, it is the first story's next column. Lower than half the first
story's body, farther than a gutter from it, or reaching down past the second head, it
stays where reading order put it."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, Column, Flow, Sheet, write

_A = (
    "달내군이 옛길 140곳을 걸어 지도 한 장에 담았다. 향토사학자와 주민들이 10년 동안 "
    "고개와 나루터를 찾아다니며 옛 이름을 받아 적었다. 지도는 3천 부를 찍었고 보름 만에 "
    "다 나갔다. 군은 봄에 2쇄를 찍고 옛길 열 곳에 안내판을 세운다. 주민들은 주말마다 "
    "함께 걷는 모임도 꾸렸다. 걷기 모임에는 학생들도 나온다."
)
_LAST = "지도는 군청 민원실과 읍면 사무소에서 누구나 받을 수 있다. 누리집에서도 내려받는다."
_B = (
    "북면 작은도서관이 다음 달부터 평일 밤 9시까지 문을 연다. 지금은 오후 6시에 닫는다. "
    "군은 자원봉사자 여덟 명을 새로 뽑았다. 퇴근한 주민과 학생들이 쓸 수 있다."
)


def _page(
    path: Path, top: float = 80, gap: float = 15, foot: float = 150, times: int = 1
) -> list[Article]:
    """The first story's fourth column starts at `top` (its other columns at 80), `gap`
    points right of its third, holds its last paragraph `times` over and ends at `foot`;
    the second story's head stands at 230."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "마을 옛길 140곳, 지도 한 장에 담았다", SANS, 22)
    flow = Flow(s, [Column(40 + 135 * k, 80, 148, 120) for k in range(3)])
    flow.para(_A)
    x4 = 310 + 120 + gap
    last = Flow(s, [Column(x4, top, foot, 120)])
    last.para(" ".join([_LAST] * times))
    s.text(x4 + 40, foot + 4, "오민재 기자", SANS, 9)
    s.text(40, 230, "북면 작은도서관 밤 9시까지 연다", SANS, 18)
    second = Flow(s, [Column(40 + 135 * k, 262, 300, 120) for k in range(3)])
    second.para(_B)
    s.text(x4 + 40, 300, "서다온 기자", SANS, 9)
    items = ingest_pdf(write(path, [s])).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def _texts(story: Article) -> str:
    return " ".join(b.text for b in story.body)


def test_a_column_beside_its_heads_span_is_its_storys(tmp_path: Path) -> None:
    first, second = _page(tmp_path / "above.pdf")
    assert first.headline is not None
    assert first.headline.text == "마을 옛길 140곳, 지도 한 장에 담았다"
    assert "누리집에서도 내려받는다." in _texts(first)
    assert [b.name for b in first.bylines] == ["오민재"]
    assert "누리집" not in _texts(second)
    assert [b.name for b in second.bylines] == ["서다온"]


@pytest.mark.parametrize(
    ("top", "gap", "foot", "times"),
    [(125, 15, 200, 1), (80, 60, 150, 1), (80, 15, 290, 4)],
    ids=["low", "far", "past_the_head"],
)
def test_a_column_lower_farther_or_reaching_past_the_head_stays(
    tmp_path: Path, top: float, gap: float, foot: float, times: int
) -> None:
    first, *_ = _page(tmp_path / "apart.pdf", top, gap, foot, times)
    assert "누리집에서도 내려받는다." not in _texts(first)
