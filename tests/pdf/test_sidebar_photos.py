"""A photo in a boxed sidebar: when the box is read into the story beside it
(sidebars.py), its photo stays a photo block of that story, its caption after it, and
every picture saved beside the edition is named by exactly one photo block."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reader.model import Ad, Article, Edition, Paragraph, Photo
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, jpeg, write

_STORY = (
    "달내시는 오늘부터 시내버스 노선 열두 개를 새로 고쳐 달린다고 밝혔다. 시는 지난해 "
    "시민 설문에서 나온 뜻을 모아 노선을 다시 짰다고 했다. 새 노선은 읍내와 신도시를 곧장 잇는다."
)


def _page(
    path: Path, box_top: float, caption: tuple[str, ...] = ("새 노선에 투입된 저상버스.",)
) -> Path:
    """A story over two columns and a framed box beside them holding a photo and its
    caption (its lines) between its lines, its top at box_top."""
    s = Sheet(w=595, h=842)
    s.text(40, 40, "달내시 새 버스 노선 오늘부터 달린다", SANS, 22)
    flow = Flow(s, [Column(40, 90, 330, 160), Column(215, 90, 330, 160)])
    for _ in range(6):
        flow.para(_STORY)
    s.frame(390, box_top - 2, 560, box_top + 330)
    s.text(400, box_top + 6, "한눈에 보는 새 노선", SANS, 11)
    for k, line in enumerate(["• 1번 읍내-신도시 15분 간격", "• 2번 역-시장 20분 간격"]):
        s.text(400, box_top + 26 + 13 * k, line, SERIF, 9)
    s.image(400, box_top + 80, 550, box_top + 180, jpeg(150, 100))
    for k, line in enumerate(caption):
        s.text(400, box_top + 184 + 9.5 * k, line, SANS, 7.5)
    s.text(400, box_top + 230, "• 3번 공단-항구 40분 간격", SERIF, 9)
    return write(path, [s])


def _photo_srcs(edition: Edition) -> list[str]:
    out = []
    for item in edition.pages[0].items:
        blocks = item.body if isinstance(item, Article) else item.blocks
        out += [b.image.src for b in blocks if getattr(b, "image", None) is not None]
    return out


def test_a_photo_in_a_sidebar_stays_its_storys_photo_with_its_caption(tmp_path: Path) -> None:
    read = ingest_pdf(_page(tmp_path / "side.pdf", 90), pictures=True)
    items = read.edition.pages[0].items
    assert [type(i) for i in items] == [Article]
    kinds = [(b.kind, b.text) for b in items[0].body]
    at = [k for k, _ in kinds].index("photo")
    assert kinds[at + 1] == ("caption", "새 노선에 투입된 저상버스.")
    assert kinds[at - 1] == ("bullet", "2번 역-시장 20분 간격")
    assert Counter(_photo_srcs(read.edition)) == Counter(set(read.photos))
    assert len(read.photos) == 1


def test_the_same_box_lower_down_stays_an_ad_with_its_photo(tmp_path: Path) -> None:
    """Near miss: the box's top well under the story's first line: an ad, its photo the
    ad's, its caption the ad's text."""
    read = ingest_pdf(_page(tmp_path / "ad.pdf", 200), pictures=True)
    items = read.edition.pages[0].items
    assert [type(i) for i in items] == [Article, Ad]
    assert all(b.kind != "photo" for b in items[0].body)
    assert [type(b) for b in items[1].blocks].count(Photo) == 1
    texts = [b.text for b in items[1].blocks if isinstance(b, Paragraph)]
    assert "새 노선에 투입된 저상버스." in texts
    assert Counter(_photo_srcs(read.edition)) == Counter(set(read.photos))
    assert len(read.photos) == 1


def test_a_sidebar_photos_credit_line_stays_its_own_as_in_the_storys_columns(
    tmp_path: Path,
) -> None:
    """A caption wrapped over two lines and its credit ('사진=…') on a line of its own: read
    as a story's own photo's (storybody.photo_captions), the credit on its own line; the
    box's caption read as one paragraph ran the credit into its sentence."""
    caption = ("새 노선에 투입된 저상버스가 읍내 정류장에", "들어서고 있다.", "사진=달내시 제공")
    read = ingest_pdf(_page(tmp_path / "side.pdf", 90, caption), pictures=True)
    body = read.edition.pages[0].items[0].body
    at = [b.kind for b in body].index("photo")
    said = "새 노선에 투입된 저상버스가 읍내 정류장에 들어서고 있다.\n사진=달내시 제공"
    assert (body[at + 1].kind, body[at + 1].text) == ("caption", said)
    assert (body[at + 2].kind, body[at + 2].text) == ("bullet", "3번 공단-항구 40분 간격")
