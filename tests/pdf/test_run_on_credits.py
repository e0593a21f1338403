"""A credit run on after its caption in smaller type ('… 쌓여 있다. 사진=문하람 기자', the
credit 6.5 pt after 7.5 pt text, page 64 of tests/pdfreal): a line of its own, as a
credit set under its caption is (page 37), not words of the caption's last sentence."""

from __future__ import annotations

from pathlib import Path

from reader.model import Article
from reader.pdf import ingest_pdf
from reader.pdf.lines import make_lines
from tests.pdf.paper import SANS, SERIF, Sheet, png, width, write
from tests.pdf.test_pdf_stages import run

W, H, M = 595.0, 842.0, 40.0
CAPTION = ("19일 달내천 하류 습지에서 큰고니 떼가 먹이를 찾고", "있다. 물가에 쓰레기가 쌓여 있다.")
BODY = (
    "달내천 하류 습지에 큰고니 40여 마리가 내려앉았다. 군이 5년 동안 하수 처리 시설을 "
    "늘리고 물가를 정비한 뒤 처음 찾아온 큰 무리다. 철새 모니터링단은 수질이 나아지면서 "
    "먹이인 수초가 다시 자라기 시작했다고 말했다."
)


def _captions(tmp: Path, tail: str, size: float = 6.5) -> list[str]:
    """A photo, its caption under it in 7.5 pt, `tail` set right after the caption's last
    line in `size` type, the story's text under both: the story's captions as read."""
    s = Sheet(W, H)
    s.text(M, 40, "수질 개선 5년 만에 큰고니 월동", SANS, 20)
    s.image(M, 80, M + 260, 240, png(260, 160))
    s.text(M, 245, CAPTION[0], SANS, 7.5)
    s.text(M, 255, CAPTION[1], SANS, 7.5)
    after = M + width(CAPTION[1], SANS, 7.5) + 0.3 * 7.5
    s.text(after, 255 + 7.5 - size, tail, SANS, size)  # on the caption's baseline
    top = 280.0
    for k in range(0, len(BODY), 30):
        s.text(M, top, BODY[k : k + 30], SERIF, 9)
        top += 13
    done = ingest_pdf(write(tmp / "page.pdf", [s]))
    (story,) = [it for _, it in done.edition.items() if isinstance(it, Article)]
    return [b.text for b in story.body if b.kind == "caption"]


def test_a_credit_run_on_in_smaller_type_is_a_line_of_its_own(tmp_path: Path) -> None:
    (caption,) = _captions(tmp_path, "사진=문하람 기자")
    assert caption.endswith("쌓여 있다.\n사진=문하람 기자")


def test_a_smaller_run_that_is_no_credit_carries_the_caption_on(tmp_path: Path) -> None:
    """Near miss: words set smaller that read as no credit (a unit and what follows): one
    caption line."""
    (caption,) = _captions(tmp_path, "㎥ 규모다.")
    assert "\n" not in caption and caption.endswith("쌓여 있다. ㎥ 규모다.")


def test_a_credits_words_in_the_captions_own_size_carry_its_line_on() -> None:
    """Near miss: the rule asks smaller type; a run of a credit's words in the line's own
    size (set apart by a word space a justified line widens) stays on the line."""
    last = run(10, 20, "쌓여 있다.", 7.5)
    words = [run(last.x1 + 4, 20, "사진=문하람 기자", size) for size in (7.5, 6.5)]
    assert [x.text for x in make_lines([last, words[0]], [])] == ["쌓여 있다. 사진=문하람 기자"]
    assert [x.text for x in make_lines([last, words[1]], [])] == ["쌓여 있다.", "사진=문하람 기자"]
