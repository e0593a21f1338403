"""Habits of Korean e-editions and the rules that read them (round 7, pages 35-40): a
front's index box, a weather box of pictograms, a photo's credit turned along its edge,
footnotes in an opinion column, a pie chart in a story, a box whose own clip cuts its
text short; each on the page that showed it and, where a made-up input shows its edge
better, on that (docs/pdf-test-corpus.md, round 7)."""

from __future__ import annotations

from functools import cache

from reader.model import Article, Edition
from reader.pdf import ingest_pdf
from tests.pdfreal.report import FIXTURES


@cache
def _edition(name: str) -> Edition:
    return ingest_pdf(FIXTURES / f"{name}.pdf").edition


def test_a_boxed_storys_text_its_frame_clips_is_read_nowhere() -> None:
    """Page 40's box clips its own text at its frame (the page's clip path, no placed
    file): its third paragraph and byline lie below it, drawn over the story under the
    box, never printed. The box reads its two paragraphs without a byline, and the story
    under it keeps its own byline only (see tests/pdf/test_pdf_clips.py for the edge)."""
    items = _edition("40_ko_overflow_typst").pages[0].items
    assert [type(it).__name__ for it in items] == ["Article", "Article", "Article"]
    box, under = items[1], items[2]
    assert isinstance(box, Article) and isinstance(under, Article)
    assert [b.kind for b in box.body] == ["lead", "paragraph"] and box.bylines == []
    assert [b.name for b in under.bylines] == ["하늘빛"]
    text = ingest_pdf(FIXTURES / "40_ko_overflow_typst.pdf").text
    assert "12건을 벌였다" not in text and "haram@dallae.example" not in text


def test_a_credit_turned_along_a_photos_side_ends_its_caption() -> None:
    """Page 37 sets '사진=문하람 기자' in 6 pt turned a quarter (reading upwards) along
    the photo's right edge: read along its baseline as one line (it was eight, a glyph
    each, seven of them paragraphs of the story), the caption's credit (see
    tests/pdf/test_turned_text.py for the near misses)."""
    story = _edition("37_ko_credit_typst").pages[0].items[0]
    assert isinstance(story, Article)
    assert [b.kind for b in story.body][:3] == ["photo", "caption", "lead"]
    assert story.body[1].text.endswith("두고 있다.\n사진=문하람 기자")
    assert len(story.body) == 7


def test_footnote_marks_stay_on_their_words_and_the_notes_are_paragraphs() -> None:
    """Page 38's column: '1)' and '2)' raised in 5.4 pt on '‘지역필수의사제’' and
    '늘었다.' (they were paragraphs of their own, the word read '‘지역필수의사제’ 도'), and
    the notes in 7 pt at its foot, above the signature: paragraphs where they stand (the
    first was read as a caption). See tests/pdf/test_footnotes.py for the near misses."""
    column = _edition("38_ko_footnote_typst").pages[0].items[0]
    assert isinstance(column, Article)
    texts = [b.text for b in column.body]
    assert "‘지역필수의사제’1)도 아직" in texts[2] and texts[2].endswith("늘었다.2)")
    assert [b.kind for b in column.body][-2:] == ["paragraph", "paragraph"]
    assert texts[-2].startswith("1) 지역 의대를") and texts[-1].startswith("2) 달내군 보건소")
    assert [b.name for b in column.bylines] == ["채경민"]


def test_a_pie_charts_text_is_one_caption_of_its_story() -> None:
    """Page 39's pie: four wedges (filled shapes of curves about one centre), its title and
    unit, a legend beside it and its source under it: one caption where the chart stands
    (its pieces were seven paragraphs of the story), the source its credit."""
    story = _edition("39_ko_piechart_typst").pages[0].items[0]
    assert isinstance(story, Article)
    assert [b.kind for b in story.body][2:5] == ["paragraph", "caption", "paragraph"]
    assert story.body[3].text == (
        "가구주 나이별 가구 비중 (단위: %) 39세 이하 12.4 40·50대 30.1 60대 25.3 70세 이상 32.2"
        "\n자료=통계청(2025년)"
    )


def test_a_fronts_index_box_is_an_item_of_entries() -> None:
    """Page 35's framed '오늘의 주요 뉴스': each '▷' headline, its dotted leader (a path)
    and its page number flush right: an item of five entries, each '… 3면' (it was an ad
    of ten paragraphs, the headlines' column and then the numbers'). See
    tests/pdf/test_own_boxes.py for each rule's near misses."""
    index = _edition("35_ko_index_typst").pages[0].items[2]
    assert isinstance(index, Article) and index.headline is not None
    assert index.headline.text == "오늘의 주요 뉴스"
    assert [(b.kind, b.text) for b in index.body][:2] == [
        ("bullet", "새해 예산 5,800억 확정 3면"),
        ("bullet", "달내천 철새 320마리 6면"),
    ]
    assert [b.kind for b in index.body] == ["bullet"] * 5


def test_a_weather_box_is_an_item_its_grid_rows_and_its_pictograms_no_photos() -> None:
    """Page 36's framed '오늘의 날씨': its forecast the lead, the nine cities three rows of
    tab-parted cells, '자료=기상청' a paragraph, the nine pictograms no photos (it was an
    ad holding nine photos)."""
    items = _edition("36_ko_weather_typst").pages[0].items
    assert [type(it).__name__ for it in items] == ["Article", "Article"]
    box = items[1]
    assert isinstance(box, Article) and box.headline is not None
    assert box.headline.text == "오늘의 날씨"
    assert [b.kind for b in box.body] == [
        "lead",
        "paragraph",
        "paragraph",
        "paragraph",
        "paragraph",
    ]
    assert box.body[1].text == "서울 -6/2\t인천 -5/1\t춘천 -11/0"
    assert box.body[-1].text == "자료=기상청"
