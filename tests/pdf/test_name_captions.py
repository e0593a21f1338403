"""Mug shots in a row over a people column (namecaptions.py): under each portrait the
name in one face and the post in another, centred on it, are one caption ('김하늘
기획실장'), not two. Lines set flush left, under a picture wider than tall, or ending a
sentence stay the captions they were, one a line."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, jpeg, width, write

_STORY = (
    "달내군이 15일 자로 국장과 과장 8명을 새로 발령했다. 설 연휴 전에 조직 개편을 "
    "마무리하려는 것이다. 이번 인사에서 군은 복지국을 둘로 나눴다. 노인 돌봄과 아이 "
    "돌봄으로 흩어져 있던 업무를 돌봄국 한곳에서 맡는다. 국장 네 명 가운데 세 명은 50대 "
    "초반이다. 군 관계자는 현장을 잘 아는 사람을 앞에 세웠다고 말했다."
)
_PEOPLE = [("김하늘", "기획실장"), ("남궁솔", "복지국장"), ("이도윤", "돌봄국장")]


def _page(path: Path, centred: bool = True, tall: float = 62, post: str = "") -> list[Article]:
    """A story in two columns and, beside it, three pictures 50 points wide and `tall`
    high in a row, each with a name (8 pt sans) over a post (7 pt serif) under it, centred
    or flush left; `post` replaces the first post."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "달내군 새 부서장 8명 발령", SANS, 20)
    flow = Flow(s, [Column(40, 80, 200, 120), Column(175, 80, 200, 120)])
    flow.para(_STORY)
    s.vrule(302, 40, 220)
    s.text(315, 40, "[인사] 달내군", SANS, 12)
    for k, (name, role) in enumerate(_PEOPLE):
        x = 315 + 80 * k
        s.image(x, 62, x + 50, 62 + tall, jpeg(50, int(tall)))
        role = post or role if k == 0 else role
        for text, font, size, top in ((name, SANS, 8, 66 + tall), (role, SERIF, 7, 77 + tall)):
            left = x + (50 - width(text, font, size)) / 2 if centred else x
            s.text(left, top, text, font, size)
    items = ingest_pdf(write(path, [s]), pictures=True).edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def _captions(items: list[Article]) -> list[str]:
    return [b.text for it in items for b in it.body if b.kind == "caption"]


def test_a_name_over_a_post_centred_under_a_portrait_is_one_caption(tmp_path: Path) -> None:
    items = _page(tmp_path / "names.pdf")
    assert _captions(items) == [f"{name} {role}" for name, role in _PEOPLE]


@pytest.mark.parametrize(
    ("centred", "tall", "post"),
    [(False, 62, ""), (True, 36, ""), (True, 62, "새 기획실장이다.")],
    ids=["flush_left", "landscape", "sentence"],
)
def test_lines_flush_left_under_a_wide_picture_or_a_sentence_stay_apart(
    tmp_path: Path, centred: bool, tall: float, post: str
) -> None:
    captions = _captions(_page(tmp_path / "apart.pdf", centred, tall, post))
    assert captions[:2] == ["김하늘", post or "기획실장"]
