"""A columnist's mug shot (mugshots.py): a small head-and-shoulders photo beside a column's
headline, the writer's name and role set under it, is the column's photo and those lines
its byline, not a caption (page 59 of tests/pdfreal read them as an item of its own)."""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces
from tests.pdfreal.photos import make_photo

BODY = (
    "달내 들판에 겨울이 오면 논마다 기러기가 내려앉던 때가 있었다. 추수가 끝난 논에 "
    "떨어진 낟알을 찾아 수천 마리가 날아들었고, 아이들은 그 소리에 잠을 깼다. 올겨울 "
    "들판은 조용하다. 군이 지난달 센 기러기는 800마리 남짓으로 10년 전의 5분의 1이다."
)
HEAD = "[아침 창] 철새가 돌아오지 않는 들판"


def _page(
    tmp: Path,
    width: float = 50,
    height: float = 72,
    lines: tuple[str, ...] = ("금나래", "논설위원"),
    gap: float = 10,
    after: bool = False,
    mark: str = "",
) -> list[Article]:
    """The shot at the top left (its top at 784), its lines under it, the headline `gap`
    points to its right (or, `after`, the headline at the left and the shot `gap` points
    after its end), the column's text under both; `mark` over the shot's top left corner."""
    photo = tmp / "face.jpg"
    make_photo(photo)
    c = Canvas(str(tmp / "page.pdf"), pagesize=(595, 842))
    font = faces("ttf").body
    x = 40 + stringWidth(HEAD, font, 18) + gap if after else 40
    c.drawImage(ImageReader(str(photo)), x, 784 - height, width=width, height=height)
    c.setFont(font, 11)
    c.drawString(x + 4, 784 - 14, mark)
    c.setFont(font, 18)
    c.drawString(40 if after else 40 + width + gap, 760, HEAD)
    y = 784 - height - 12
    for k, line in enumerate(lines):
        c.setFont(font, 8.5 if k == 0 and len(lines) > 1 else 7.5)
        c.drawString(x, y, line)
        y -= 10
    c.setFont(font, 9)
    y -= 8
    for k in range(0, len(BODY), 26):
        c.drawString(40, y, BODY[k : k + 26])
        y -= 13
    c.showPage()
    c.save()
    items = ingest_pdf(tmp / "page.pdf").edition.pages[0].items
    assert all(isinstance(it, Article) for it in items)
    return items  # type: ignore[return-value]


def test_a_mug_shots_name_and_role_are_its_columns_byline(tmp_path: Path) -> None:
    (column,) = _page(tmp_path)
    assert column.headline is not None and column.headline.text == HEAD
    assert [(b.name, b.role) for b in column.bylines] == [("금나래", "논설위원")]
    assert [b.kind for b in column.body][:2] == ["photo", "lead"]
    assert not any(b.kind == "caption" for b in column.body)


def test_a_mug_shot_after_its_headline_is_its_columns(tmp_path: Path) -> None:
    """The shot at the headline's right (its end a gutter from the shot's left side)."""
    (column,) = _page(tmp_path, after=True)
    assert column.headline is not None and column.headline.text == HEAD
    assert [(b.name, b.role) for b in column.bylines] == [("금나래", "논설위원")]
    assert "photo" in [b.kind for b in column.body]


def test_a_mug_shots_mark_is_read_with_it(tmp_path: Path) -> None:
    """A number over the shot's corner (photomarks.py) stays with the shot moved after
    its headline: with no caption, the mark is the photo's caption (gathered.paired)."""
    (column,) = _page(tmp_path, mark="1")
    assert [(b.name, b.role) for b in column.bylines] == [("금나래", "논설위원")]
    kinds = [(b.kind, b.text) for b in column.body]
    assert kinds[kinds.index(("photo", "")) + 1] == ("caption", "1")


def test_a_wide_photos_lines_stay_its_caption(tmp_path: Path) -> None:
    items = _page(tmp_path, width=100, height=110)
    assert not any(it.bylines for it in items)
    assert any(b.kind == "caption" and "금나래" in b.text for it in items for b in it.body)


def test_a_small_landscape_photos_lines_stay_its_caption(tmp_path: Path) -> None:
    items = _page(tmp_path, width=60, height=40)
    assert not any(it.bylines for it in items)
    assert any(b.kind == "caption" and "금나래" in b.text for it in items for b in it.body)


def test_a_caption_that_is_a_sentence_is_no_byline(tmp_path: Path) -> None:
    items = _page(tmp_path, lines=("금나래 씨", "웃는다."))
    assert not any(it.bylines for it in items)
    assert any(b.kind == "caption" and "금나래" in b.text for it in items for b in it.body)


def test_a_small_photos_credit_is_no_byline(tmp_path: Path) -> None:
    items = _page(tmp_path, width=72, lines=("사진=문하람 기자",))
    (column,) = [it for it in items if it.headline is not None]
    assert not column.bylines and not any(b.kind == "photo" for b in column.body)


def test_a_shot_a_column_away_from_the_headline_keeps_its_caption(tmp_path: Path) -> None:
    items = _page(tmp_path, gap=60)
    assert not any(it.bylines for it in items)
    assert any(b.kind == "caption" and "금나래" in b.text for it in items for b in it.body)


def test_a_mug_shots_signature_is_its_columns_byline(tmp_path: Path) -> None:
    """A contributor's name over what they are (a school before the role, page 71 of
    tests/pdfreal): no byline to the text ingest but a column's signature, read as one,
    its characters kept."""
    (column,) = _page(tmp_path, lines=("윤서하", "달내대 교수"))
    assert [(b.name, b.role, b.text) for b in column.bylines] == [
        ("윤서하", "달내대 교수", "윤서하 달내대 교수")
    ]
    assert not any(b.kind == "caption" for b in column.body)
