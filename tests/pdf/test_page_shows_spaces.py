"""A short story whose every line end fell inside a word (Korean breaks between any two
syllables) shows nothing of how its producer writes a break between words; the page's
other stories do (one producer sets a page): where their columns write the space, a
full line without one was torn inside a word, in the short story's headline ('노선 조' /
'정', page 64 of tests/pdfreal) and body ('밤 9시' / '까지', page 61). Near miss: the
same page whose long story writes no space at its line ends leaves the short story's
joins to the vocabulary, as before."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdfgen.fonts import faces, text_width

# the long story, a line a row; a line broken between words ends in the file's space
LONG = [
    "달내군이 내년부터 시내버스 준공영",
    "제를 도입하겠다고 밝혔다. 버스 ",
    "회사의 적자를 군이 메워 주는 대",
    "신 노선과 배차를 군이 정하는 ",
    "방식이다. 해마다 되풀이된 노선 ",
    "폐지와 감차를 막겠다는 뜻이다. ",
    "군은 올해 안에 조례를 고쳐 준비",
    "를 마칠 계획이다.",
]
# the short story: its two full lines torn inside words ('9시까지', '주민이')
SHORT = [
    "달내군 보건소가 다음 달부터 밤 9시",
    "까지 진료를 늘린다. 일을 마치고 주",
    "민이 많아서다.",
]
HEAD = ("읍내 공영버스 노선 조", "정")


def _column(c: Canvas, x0: float, x1: float, top: float, lines: list[str], spaced: bool) -> None:
    """Body lines in 9 pt, full lines justified from x0 to x1 (spaced: a line's end keeps
    the file's space where it has one)."""
    face = faces("cid")
    c.setFont(face.body, 9)
    for k, text in enumerate(lines):
        shown = text if spaced else text.rstrip()
        natural = text_width(shown.rstrip(), face.body, 9)
        last = k == len(lines) - 1
        space = 0.0 if last else (x1 - x0 - natural) / (len(shown.rstrip()) - 1)
        c.drawString(x0, top - 12.5 * k, shown, charSpace=space)


def _short_story(path: Path, spaced: bool) -> Article:
    face = faces("cid")
    c = Canvas(str(path), pagesize=(420, 300))
    c.setFont(face.sans, 18)
    c.drawString(40, 262, "준공영제 도입")
    _column(c, 40, 184, 236, LONG, spaced)
    c.setLineWidth(0.5)
    c.line(197, 280, 197, 120)  # the rule between the stories' columns
    x0 = 210.0
    x1 = x0 + max(text_width(t, face.body, 9) for t in SHORT) + 4
    c.setFont(face.sans, 14)
    c.drawString(x1 - 6 - text_width(HEAD[0], face.sans, 14), 262, HEAD[0])  # 6 pt short
    c.drawString(x0, 246, HEAD[1])
    _column(c, x0, x1, 222, SHORT, spaced)
    c.showPage()
    c.save()
    items = ingest_pdf(path).edition.pages[0].items
    (story,) = [
        it for it in items if isinstance(it, Article) and it.headline and "읍내" in it.headline.text
    ]
    return story


def test_a_short_story_takes_its_pages_spaces_at_line_ends(tmp_path: Path) -> None:
    story = _short_story(tmp_path / "shown.pdf", spaced=True)
    assert story.headline is not None and story.headline.text == "읍내 공영버스 노선 조정"
    assert "밤 9시까지 진료를" in story.body[0].text
    assert "마치고 주민이 많아서다." in story.body[0].text


def test_a_page_that_writes_no_spaces_leaves_the_short_story_to_the_vocabulary(
    tmp_path: Path,
) -> None:
    story = _short_story(tmp_path / "plain.pdf", spaced=False)
    assert story.headline is not None and story.headline.text == "읍내 공영버스 노선 조 정"
