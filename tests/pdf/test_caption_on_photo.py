"""A caption printed on its photo (a band across the picture's foot holding the caption's
sentence, and its credit set right on a line of its own, page 78 of tests/pdfreal): read
as the photo's caption, its credit parted as a caption under a photo's is
(`storybody.photo_captions`), not run on after the sentence as a cartoon's speech is."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Sheet, png, width, write

W, H, M = 595.0, 842.0, 40.0
SENTENCE = "31일 달내천 송어 축제장을 찾은 가족들이 낚싯줄을 드리우고 있다."
BODY = (
    "달내천 송어 축제에 문을 연 지 사흘 만에 3만 명이 다녀갔다. 달내군은 지난 28일 개막한 "
    "축제에 31일까지 3만1천여 명이 찾았다고 1일 밝혔다. 축제는 다음 달 9일까지 이어진다."
)


def _story(tmp: Path, last: str, shade: bool) -> Article:
    """A headline, a photo with a band across its foot holding SENTENCE over `last` (set
    flush right), the story's text under the photo."""
    s = Sheet(W, H)
    s.text(M, 40, "얼음 위 송어 낚시, 사흘 만에 3만 명", SANS, 20)
    s.image(M, 80, M + 400, 260, png(200, 90))
    s.frame(M, 226, M + 400, 260, shade=shade)
    s.text(M + 8, 230, SENTENCE, SANS, 7.5)
    s.text(M + 392 - width(last, SANS, 7), 243, last, SANS, 7)
    top = 280.0
    for k in range(0, len(BODY), 30):
        s.text(M, top, BODY[k : k + 30], SERIF, 9)
        top += 13
    done = ingest_pdf(write(tmp / "page.pdf", [s]))
    (story,) = [it for _, it in done.edition.items() if isinstance(it, Article)]
    return story


def test_a_caption_on_its_photo_keeps_its_credit_on_a_line_of_its_own(tmp_path: Path) -> None:
    story = _story(tmp_path, "사진=문하람 기자", shade=False)
    assert [b.kind for b in story.body[:2]] == ["photo", "caption"]
    assert story.body[1].text == f"{SENTENCE}\n사진=문하람 기자"


def test_a_last_line_on_a_photo_that_is_no_credit_carries_the_text_on(tmp_path: Path) -> None:
    """Near miss: the band's last line reads as no credit (a sentence of its own): the
    band's lines stay one paragraph, as a cartoon's speech on its picture does."""
    story = _story(tmp_path, "가족 단위 방문객이 많았다.", shade=False)
    texts = [b.text for b in story.body]
    assert f"{SENTENCE} 가족 단위 방문객이 많았다." in texts
