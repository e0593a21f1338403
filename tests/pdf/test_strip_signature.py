"""A four-panel strip's signature (cartoons.py): a short line, no sentence, under the
strip's last panel at one of its ends or in that panel's corner outside its balloons,
is the strip's byline, as a one-panel cartoon's is (docs/representation.md, "A cartoon's
credit"); a caption's sentence under the strip stays the strip's text."""

from __future__ import annotations

from pathlib import Path

from reportlab.pdfgen.canvas import Canvas

from reader.ingest.lines import Line as TextLine
from reader.model import Article
from reader.pdf.regionitems import signed_bylines
from tests.pdf.figure_pages import items, sans, story

TITLE = "[달내골 4컷] 새 징검다리"
SPEECH = ("징검다리가 놓인대!", "돌 60개나 놓는대요.", "다리는 왜 또 놓지?", "건너는 재미지!")
_LAST_FOOT = 700 - 96 * 3 - 90  # the last panel's foot (from the page's bottom)


def _strip(c: Canvas, line: str, under: bool) -> None:
    """A story, and down the right column a titled strip of four framed panels, each a
    drawn figure and a balloon holding its speech; `line` in 7.5 pt right-aligned under
    the last panel, or in its bottom right corner."""
    story(c)
    c.setFont(sans(), 12)
    c.drawString(330, 712, TITLE)
    for k, words in enumerate(SPEECH):
        top = 700 - 96 * k
        c.rect(330, top - 90, 140, 90, stroke=1, fill=0)
        c.circle(360, top - 55, 8, stroke=1, fill=0)
        c.line(360, top - 63, 360, top - 85)
        c.roundRect(336, top - 24, 128, 18, 6, stroke=1, fill=0)
        c.setFont(sans(), 7)
        c.drawString(342, top - 18, words)
    c.setFont(sans(), 7.5)
    base = _LAST_FOOT - 10 if under else _LAST_FOOT + 4
    c.drawRightString(470 if under else 466, base, line)


def _cartoon(path: Path, line: str, under: bool, head: float | None = None) -> Article:
    return _articles(path, line, under, head)[TITLE]


NEWS = "달내면 소식"
NEWS_LINE = "달내면 주민들은 오는 토요일 마을 잔치를"


def _articles(path: Path, line: str, under: bool, head: float | None = None) -> dict[str, Article]:
    """The page's articles by headline; `head`: the size of a story's short headline set
    under the strip (under its signature), its text under it."""

    def draw(c: Canvas) -> None:
        _strip(c, line, under)
        if head is not None:
            base = _LAST_FOOT - 24 - head
            c.setFont(sans(), head)
            c.drawString(330, base, NEWS)
            c.setFont(sans(), 9)
            for k in range(8):
                c.drawString(330, base - 22 - 12 * k, NEWS_LINE)

    found = [it for it in items(path, draw) if isinstance(it, Article)]
    return {a.headline.text: a for a in found if a.headline is not None}


def test_a_name_under_a_strips_last_panel_or_in_its_corner_is_its_byline(tmp_path: Path) -> None:
    for name, under in (("under.pdf", True), ("corner.pdf", False)):
        strip = _cartoon(tmp_path / name, "오솔 화백", under)
        assert [(b.name, b.role) for b in strip.bylines] == [("오솔", "화백")], name
        assert [b.text for b in strip.body] == list(SPEECH), name


def test_a_caption_sentence_under_a_strip_stays_its_text(tmp_path: Path) -> None:
    """Near miss: a sentence under the last panel is no signature."""
    strip = _cartoon(tmp_path / "caption.pdf", "돌다리가 놓였다.", True)
    assert strip.bylines == []
    assert "돌다리가 놓였다." in [b.text for b in strip.body]


def test_a_name_and_its_title_read_as_the_drawing_credit_they_shorten() -> None:
    """'오솔 화백' is '그림=오솔 화백' without its word: the name and the title apart. Near
    misses: '그림 한솔' (the credit's word and a name) and one word stay a name alone."""
    (signed,) = signed_bylines(TextLine("오솔 화백", 10))
    assert (signed.name, signed.role, signed.text, signed.spans) == (
        "오솔",
        "화백",
        "오솔 화백",
        [(10, 15)],
    )
    for text in ("그림 한솔", "한솔"):
        (bare,) = signed_bylines(TextLine(text, 0))
        assert (bare.name, bare.role) == (text, None)


def test_a_storys_short_headline_under_the_strip_stays_its_headline(tmp_path: Path) -> None:
    """Near misses: a story's short headline set under the strip, below its signature
    (under the last panel or in its corner) or with none: it was a second byline, the
    story under it read into the strip."""
    for name, line, under in (("under.pdf", "오솔 화백", True), ("corner.pdf", "오솔 화백", False),
                              ("none.pdf", "", True)):  # fmt: skip
        found = _articles(tmp_path / name, line, under, 16.0)
        signed = [("오솔", "화백")] if line else []
        assert [(b.name, b.role) for b in found[TITLE].bylines] == signed, name
        assert [b.text for b in found[TITLE].body] == list(SPEECH), name
        assert found[NEWS].body[0].text.startswith(NEWS_LINE), name


def test_a_line_under_the_strips_signature_is_no_second_signature(tmp_path: Path) -> None:
    """Near miss: a short line set hardly larger than the text (12 pt to 9, a subhead's
    tier) under the signature, under the last panel or in its corner: one signature a
    strip, the highest."""
    for name, under in (("under.pdf", True), ("corner.pdf", False)):
        strip = _articles(tmp_path / name, "오솔 화백", under, 12.0)[TITLE]
        assert [(b.name, b.role) for b in strip.bylines] == [("오솔", "화백")], name
