"""A story's two columns flowing round a quote set across their gutter between rules: the
lines beside it, shortened to the box's edge, take their measure from that edge
(wraps.py): one that reaches it is full (its paragraph goes on, a syllable torn there
joins without a space), the second column's, flush with the column's right edge, are no
lines set flush right; the quote is read after the paragraph running past it in the
first column, as a paragraph. Near miss: the same short lines with no box beside them
end their paragraphs."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces, text_width

TOP, STEP = 320.0, 12.5  # the columns' first baseline, a line's pitch
COLUMNS = (40.0, 190.0)  # the columns' left edges, 136 pt wide (a 14 pt gutter)
WIDTH, CUT = 136.0, 64.0  # a column's measure; how far into each the box and its gap reach
BESIDE = range(3, 7)  # the rows (baselines) beside the box
QUOTE = ["“버스가 끊기면", "마을도 끊깁니다”"]
# Each paragraph as printed, a line a row, a line broken between words ending in the
# file's space (as Typst writes it): the first column's second paragraph opens beside the
# box and runs past it, torn inside words at the box's edge ('노선' / '은').
FIRST = [
    [
        "달내군 외곽 마을을 오가던 마",
        "을버스 노선 세 곳이 오는 3월 없",
        "어진다. 군은 13일 이런 내용의 ",
        "노선 조정안을 주",
        "민들에게 알렸다.",
    ],
    [
        "폐지되는 노선",
        "은 북면 산골마",
        "을과 동면 저수지 마을을 잇는 세 ",
        "개 노선이다. 노선을 타는 주민은 ",
        "하루 평균 40명 남짓이다.",
    ],
]
SECOND = [
    [
        "군은 노선이 끊기는 마을에 부",
        "르면 오는 ‘행복택시’를 대신 ",
        "넣겠다는 입장이다. 주민이 전화",
        "로 부르면 택시",
        "가 마을까지 와서 ",
        "읍내까지 1천원",
        "에 태워 준다. ",
        "군은 이장이 대신 불러 주는 방안",
        "도 함께 검토하기로 했다.",
    ],
]


def _measure(col: int, row: int) -> tuple[float, float]:
    """A row's left edge and width: a column's, or shortened beside the box (the first
    column's on the right, the second's on the left)."""
    x = COLUMNS[col]
    if row not in BESIDE:
        return x, WIDTH
    return (x, WIDTH - CUT) if col == 0 else (x + CUT, WIDTH - CUT)


def _page(path: Path, box: bool = True) -> Article:
    face = faces("cid")
    c = Canvas(str(path), pagesize=(400, 400))
    c.setFont(face.sans, 18)
    c.drawString(40, 360, "하루 두 번 오던 마을버스마저 끊긴다")
    for col, paras in enumerate((FIRST, SECOND)):
        row = 0
        for para in paras:
            for k, text in enumerate(para):
                x, width = _measure(col, row)
                indent = 9.0 if k == 0 else 0.0
                glyphs = text.rstrip()
                natural = text_width(glyphs, face.body, 9)
                assert natural <= width - indent, text  # the builder's own check
                last = k == len(para) - 1
                space = 0.0 if last else (width - indent - natural) / (len(glyphs) - 1)
                c.setFont(face.body, 9)
                c.drawString(x + indent, TOP - STEP * row, text, charSpace=space)
                row += 1
    if box:
        # rules beside the first and last shortened lines (under the first's middle, over
        # the last's), the quote's two lines between them, as a wrap leaves them
        mid = COLUMNS[0] + WIDTH + 7  # the gutter's middle
        for row, up in ((BESIDE[0], -1.5), (BESIDE[-1], 6.0)):
            c.rect(mid - 48, TOP - STEP * row + up, 96, 1.5, stroke=0, fill=1)
        c.setFont(face.sans, 12)
        for k, text in enumerate(QUOTE):
            c.drawCentredString(mid, TOP - STEP * (BESIDE[1] + k) - 0.7, text)
    c.showPage()
    c.save()
    [item] = ingest_pdf(path).edition.pages[0].items
    assert isinstance(item, Article)
    return item


def _texts(item: Article) -> list[str]:
    return [b.text for b in item.body]


def test_lines_shortened_beside_a_box_take_their_measure_from_its_edge(tmp_path: Path) -> None:
    item = _page(tmp_path / "wrap.pdf")
    # the quote a paragraph where it stands, as a pulled quote is: no subhead
    assert [b.kind for b in item.body] == ["lead", "paragraph", "paragraph", "paragraph"]
    texts = _texts(item)
    assert texts == [
        "달내군 외곽 마을을 오가던 마을버스 노선 세 곳이 오는 3월 없어진다. 군은 13일 "
        "이런 내용의 노선 조정안을 주민들에게 알렸다.",
        "폐지되는 노선은 북면 산골마을과 동면 저수지 마을을 잇는 세 개 노선이다. 노선을 "
        "타는 주민은 하루 평균 40명 남짓이다.",
        " ".join(QUOTE),
        "군은 노선이 끊기는 마을에 부르면 오는 ‘행복택시’를 대신 넣겠다는 입장이다. "
        "주민이 전화로 부르면 택시가 마을까지 와서 읍내까지 1천원에 태워 준다. 군은 "
        "이장이 대신 불러 주는 방안도 함께 검토하기로 했다.",
    ]


def test_short_lines_with_no_box_beside_them_end_their_paragraphs(tmp_path: Path) -> None:
    texts = _texts(_page(tmp_path / "plain.pdf", box=False))
    # with nothing standing in the room left, the short lines end their paragraphs: the
    # second paragraph's opening lines are no longer read with the rest of it
    assert not any(t.startswith("폐지되는 노선은 북면 산골마을과") for t in texts)
    assert "택시 가 마을까지" in " ".join(texts)  # the second column's: set flush right
