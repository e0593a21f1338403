"""A caption set beside its photo (sidecaptions.py): small type in a narrow column a
gutter from the picture's side, flush with its foot, the credit under it, is the photo's
caption, not the story's last paragraph (page 60 of tests/pdfreal read it so)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from reader.model import Article, Item
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces
from tests.pdfreal.photos import make_photo

BODY = (
    "달내면 옹기마을의 가마에 새해 첫 불이 붙었다. 옹기장 한정우씨는 지난 11일 가마에 "
    "장작을 넣기 시작해 사흘 밤낮으로 불을 지켰고, 14일 아침 항아리 300점을 꺼냈다. "
    "한씨는 할아버지 때부터 3대째 옹기를 굽는다. 흙을 밟아 반죽하고 손으로 쌓아 올려 빚는 "
    "방식을 지금도 지킨다. 가마 하나를 채우려면 석 달이 걸린다. 올해는 전통 장독 대신 작은 "
    "김치 항아리와 화분을 많이 빚었다. 한씨는 아파트에 사는 사람들도 옹기를 쓸 수 있게 크기를 "
    "줄였다고 말했다."
)
CAPTION = ("옹기장 한정우씨가", "14일 가마 앞에서", "항아리를 꺼내고", "있다.")
CREDIT = "사진=문하람 기자"


def _items(tmp: Path, x: float, beside: Callable[[Canvas, str], None]) -> list[Item]:
    """The page's items: a photo 200 x 130 at `x` under the headline, what `beside` draws
    (given the canvas and the face), the story's text under the photo."""
    photo = tmp / "kiln.jpg"
    make_photo(photo)
    c = Canvas(str(tmp / "page.pdf"), pagesize=(595, 842))
    font = faces("ttf").body
    c.setFont(font, 20)
    c.drawString(40, 790, "가마 불 지핀 지 사흘")
    c.drawImage(ImageReader(str(photo)), x, 630, width=200, height=130)
    beside(c, font)
    c.setFont(font, 9)
    y = 585.0
    for k in range(0, len(BODY), 26):
        c.drawString(40, y, BODY[k : k + 26])
        y -= 13
    c.showPage()
    c.save()
    return ingest_pdf(tmp / "page.pdf").edition.pages[0].items


def _story(items: list[Item]) -> Article:
    (story,) = [it for it in items if isinstance(it, Article) and it.headline is not None]
    return story


def _page(
    tmp: Path,
    gap: float = 6,
    lift: float = 0,
    size: float = 7,
    drop: float = 0,
    credit: float = 6,
    lines: tuple[str, ...] = CAPTION,
    left: bool = False,
    mark: str = "",
) -> Article:
    """The caption's `lines` in `size` type `gap` points right of the photo (or left),
    their foot `lift` points over the picture's, the credit under them in `credit` type
    (`drop` points lower); `mark` set over the photo's top left corner."""
    x = 120 if left else 40  # the photo's left side; its caption's column right or left

    def caption(c: Canvas, font: str) -> None:
        wide = max(stringWidth(line, font, size) for line in lines)
        cx = x - gap - wide if left else x + 200 + gap  # left: its longest line ends at the gutter
        y = 630 + lift + 7 + len(lines) * (size + 2.5)
        c.setFont(font, size)
        for line in lines:
            c.drawString(cx, y, line)
            y -= size + 2.5
        c.setFont(font, credit)
        if left:  # set flush right under the caption, as a credit is
            c.drawRightString(cx + wide, y - drop, CREDIT)
        else:
            c.drawString(cx, y - drop, CREDIT)
        c.setFont(font, 11)
        c.drawString(x + 5, 630 + 130 - 15, mark)

    return _story(_items(tmp, x, caption))


def _caption(story: Article) -> str | None:
    kinds = [b.kind for b in story.body]
    k = kinds.index("photo")
    after = story.body[k + 1] if k + 1 < len(story.body) else None
    return after.text if after is not None and after.kind == "caption" else None


def test_a_caption_beside_its_photo_flush_with_its_foot_is_its_caption(tmp_path: Path) -> None:
    story = _page(tmp_path)
    text = _caption(story)
    assert text is not None and text.startswith("옹기장 한정우씨가") and CREDIT in text
    assert not any("옹기장 한정우씨가" in b.text for b in story.body if b.kind != "caption")


def test_a_caption_at_its_photos_left_is_its_caption(tmp_path: Path) -> None:
    text = _caption(_page(tmp_path, left=True))
    assert text is not None and text.startswith("옹기장 한정우씨가") and CREDIT in text


def test_small_type_beside_a_photo_not_flush_with_it_is_no_caption(tmp_path: Path) -> None:
    assert _caption(_page(tmp_path, lift=40)) is None


def test_body_type_beside_a_photo_is_no_caption(tmp_path: Path) -> None:
    assert _caption(_page(tmp_path, size=9, credit=9)) is None


def test_small_type_a_column_away_from_a_photo_is_no_caption(tmp_path: Path) -> None:
    assert _caption(_page(tmp_path, gap=30)) is None


def test_small_type_running_under_a_photos_foot_is_no_caption(tmp_path: Path) -> None:
    assert _caption(_page(tmp_path, drop=30)) is None


def test_small_type_running_past_a_photos_top_is_no_caption(tmp_path: Path) -> None:
    text = _caption(_page(tmp_path, lines=CAPTION * 4))
    assert text is None or "옹기장" not in text


BRIEFS = (
    ("▲달내면 주민센터는 15일", "까지 경로당 난방비를", "신청받는다."),
    ("▲가람도서관은 설 연휴", "사흘 동안 문을 닫는다.", "반납은 무인함에 한다."),
    ("▲솔모초등학교 동창회는", "20일 정기 총회를 연다.", "회비는 1만원이다."),
    ("▲누리시장 상인회는 설", "대목 할인 행사를 연다.", "주차는 두 시간 무료다."),
    ("▲달내보건소는 17일", "독감 예방 접종을", "마친다."),
)


def test_briefs_in_small_type_running_on_past_a_photo_are_no_caption(tmp_path: Path) -> None:
    """A column of briefs in 7 pt beside a photo, the first flush with its top, running on
    under its foot: the briefs within the photo's height are no caption of it (sidecaptions
    took them, cutting the column in two)."""

    def briefs(c: Canvas, font: str) -> None:
        c.setFont(font, 7)
        y = 753.0
        for brief in BRIEFS:
            for line in brief:
                c.drawString(246, y, line)
                y -= 9.5
            y -= 8

    items = _items(tmp_path, 40, briefs)
    story = _story(items)
    assert _caption(story) is None
    body = [b for it in items if isinstance(it, Article) for b in it.body]
    assert not any(b.kind == "caption" for b in body)
    # the column read whole, its first brief and its last once each
    assert sum(1 for b in body if "달내면 주민센터는" in b.text or "달내보건소는" in b.text) == 2


def test_a_caption_beside_its_photo_flush_with_its_top_is_its_caption(tmp_path: Path) -> None:
    """The column's first line level with the picture's top, its foot well over the
    picture's: the caption hangs from the top."""
    text = _caption(_page(tmp_path, lift=78))
    assert text is not None and text.startswith("옹기장 한정우씨가") and CREDIT in text


def test_a_photos_mark_stays_with_it_when_its_caption_stands_beside_it(tmp_path: Path) -> None:
    """A number over the photo's corner (photomarks.py) is read with the photo, its
    character the caption's (gathered.paired), not lost as the caption beside is joined
    (the source text is made from what is read: a mark dropped is in none of it)."""
    _page(tmp_path, mark="1")
    done = ingest_pdf(tmp_path / "page.pdf")
    caption = next(b for b in _story(done.edition.pages[0].items).body if b.kind == "caption")
    assert caption.text.startswith("옹기장 한정우씨가")
    assert [done.text[a:b] for a, b in caption.spans][0] == "1"
