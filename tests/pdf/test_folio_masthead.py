"""An inner page's dated folio dates the edition when the file begins with it
(docs/representation.md, "A folio under the section's label"): made-up pages, a running
head of section, page number and date over one story."""

from __future__ import annotations

from pathlib import Path

from reader.pdf import ingest_pdf
from tests.pdf.paper import SANS, SERIF, Column, Flow, Sheet, write

W, H, M = 595.0, 842.0, 36.0
_BODY = (
    "군은 다음 달부터 읍내 공영주차장 다섯 곳을 평일 저녁과 주말에 무료로 연다고 밝혔다. "
    "주차장 이용객은 지난해보다 두 배 가까이 늘었고 상인들은 손님이 늘 것으로 기대했다. "
)


def _story(s: Sheet, top: float, head: str) -> None:
    s.text(M, top, head, SANS, 20)
    cols = [Column(M + i * 180, top + 40, H - M - 30, 166) for i in range(3)]
    flow = Flow(s, cols, font=SERIF, size=9, leading=13)
    for _ in range(6):
        flow.para(_BODY * 2, fill_breaks=False)


def _inner(number: int, section: str, folio: str | None, foot: str | None = None) -> Sheet:
    """An inner page: its number and section at the left of the running head, the folio's
    date (when printed) at its right, a rule under them; `foot`: a running foot's line."""
    s = Sheet(W, H)
    s.text(M, 22, str(number), SANS, 11)
    s.text(M + 20, 22, section, SANS, 11)
    if folio:
        s.text(W - M - 110, 24, folio, SANS, 8)
    s.hrule(M, W - M, 40)
    _story(s, 56, f"장터 살리기 {number}년째 이어진다")
    if foot:
        s.hrule(M, W - M, H - M - 16)
        s.text(M, H - M - 10, foot, SANS, 8)
    return s


def _front() -> Sheet:
    s = Sheet(W, H)
    s.text(M, 20, "한빛일보", SANS, 40)
    s.text(M, 72, "제3127호 2026년 12월 9일 수요일", SANS, 9)
    s.hrule(M, W - M, 88)
    _story(s, 100, "읍내 공영주차장 저녁에 무료로 연다")
    return s


def _ingest(tmp_path: Path, *sheets: Sheet):
    return ingest_pdf(write(tmp_path / "pages.pdf", list(sheets)))


def _said(done, spans) -> list[str]:
    return [done.text[s:e] for s, e in spans]


def test_an_inner_page_alone_gives_a_masthead_of_its_folios_date(tmp_path: Path) -> None:
    done = _ingest(tmp_path, _inner(14, "문화", "2026년 12월 8일 화요일"))
    m = done.edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == (None, None, "2026-12-08", "화요일")
    assert _said(done, m.spans) == ["2026년 12월 8일 화요일"]
    page = done.edition.pages[0]
    assert page.section == "문화" and not page.section_inferred
    assert page.folio is None or "2026" not in page.folio.text  # the masthead's alone
    heads = [it.headline.text for _, it in done.edition.items() if getattr(it, "headline", None)]
    assert heads == ["장터 살리기 14년째 이어진다"]


def test_a_front_page_keeps_its_nameplates_masthead(tmp_path: Path) -> None:
    m = _ingest(tmp_path, _front()).edition.masthead
    assert m is not None
    assert (m.paper, m.issue, m.date, m.weekday) == ("한빛일보", 3127, "2026-12-09", "수요일")


def test_the_second_pages_dated_folio_stays_its_own(tmp_path: Path) -> None:
    """A front and an inner page of another day's folio: the front's masthead; the
    inner page's date is its folio, not the edition's."""
    done = _ingest(tmp_path, _front(), _inner(2, "경제", "2026년 12월 10일 목요일"))
    m = done.edition.masthead
    assert m is not None and (m.paper, m.date) == ("한빛일보", "2026-12-09")
    second = done.edition.pages[1]
    assert second.folio is not None and "2026년 12월 10일 목요일" in second.folio.text


def test_two_inner_pages_take_the_first_pages_date(tmp_path: Path) -> None:
    done = _ingest(
        tmp_path,
        _inner(2, "경제", "2026년 12월 8일 화요일"),
        _inner(3, "사회", "2026년 12월 8일 화요일"),
    )
    m = done.edition.masthead
    assert m is not None and m.date == "2026-12-08"
    first, second = done.edition.pages
    assert all(first.folio is None or s not in first.folio.spans for s in m.spans)
    assert second.folio is not None and "2026년 12월 8일 화요일" in second.folio.text
    assert not set(m.spans) & set(second.folio.spans)


def test_a_folio_without_a_date_gives_no_masthead(tmp_path: Path) -> None:
    """The page's number and section alone, the paper named in its running foot: no
    date, no masthead."""
    done = _ingest(tmp_path, _inner(14, "문화", None, foot="한빛일보"))
    assert done.edition.masthead is None
    assert done.edition.pages[0].section == "문화"


def test_a_running_foots_dated_folio_dates_the_edition_with_its_paper(tmp_path: Path) -> None:
    """A page whose date is printed at its foot beside the paper's name: the masthead
    names the paper and the date."""
    done = _ingest(tmp_path, _inner(4, "문화", None, foot="누리신문 2026년 12월 7일 월요일"))
    m = done.edition.masthead
    assert m is not None and (m.paper, m.date, m.weekday) == ("누리신문", "2026-12-07", "월요일")
    assert _said(done, m.spans) == ["누리신문 2026년 12월 7일 월요일"]


def _one_line(line: str) -> Sheet:
    """An inner page whose running head sets its number, section and date on one line."""
    s = Sheet(W, H)
    s.text(M, 22, line, SANS, 11)
    s.hrule(M, W - M, 40)
    _story(s, 56, "장터 살리기 14년째 이어진다")
    return s


def test_a_label_and_its_date_on_one_line_date_the_edition(tmp_path: Path) -> None:
    """'14 문화 2026년 12월 8일 화요일': the date and weekday are the masthead's, the
    section's name stays the page's label and its number the page's folio."""
    done = _ingest(tmp_path, _one_line("14 문화 2026년 12월 8일 화요일"))
    m = done.edition.masthead
    assert m is not None
    assert (m.paper, m.date, m.weekday) == (None, "2026-12-08", "화요일")
    assert _said(done, m.spans) == ["2026년 12월 8일 화요일"]
    page = done.edition.pages[0]
    assert page.section == "문화" and not page.section_inferred
    assert page.label is not None and _said(done, page.label.spans) == ["문화"]
    assert page.folio is not None and page.folio.text == "14"


def test_a_label_line_without_a_full_date_gives_no_masthead(tmp_path: Path) -> None:
    """Near misses: a date without its year, a date beside a headline's word: the line
    stays the label's, whole."""
    for line in ("14 문화 12월 8일 화요일", "14 문화 2026년 12월 8일 개막"):
        done = _ingest(tmp_path, _one_line(line))
        assert done.edition.masthead is None, line
        page = done.edition.pages[0]
        assert page.section == "문화" and page.label is not None
        assert _said(done, page.label.spans) == [line]


def test_a_known_sections_name_beside_the_date_is_the_label_not_a_paper(tmp_path: Path) -> None:
    """'문화 2026년 12월 8일 화요일' on an inner page's running head, no page number: the
    section's name is the page's label, the date the masthead's, no paper named."""
    done = _ingest(tmp_path, _one_line("문화 2026년 12월 8일 화요일"))
    m = done.edition.masthead
    assert m is not None
    assert (m.paper, m.date, m.weekday) == (None, "2026-12-08", "화요일")
    assert _said(done, m.spans) == ["2026년 12월 8일 화요일"]
    page = done.edition.pages[0]
    assert page.section == "문화" and not page.section_inferred
    assert page.label is not None and _said(done, page.label.spans) == ["문화"]
    # the label before the paper's name: the paper is the name after it
    done = _ingest(tmp_path, _one_line("문화 남해신문 2026년 12월 8일 화요일"))
    m = done.edition.masthead
    assert m is not None and (m.paper, m.date) == ("남해신문", "2026-12-08")
    page = done.edition.pages[0]
    assert page.label is not None and _said(done, page.label.spans) == ["문화"]


def test_an_unknown_label_beside_the_page_number_and_date_is_the_label(tmp_path: Path) -> None:
    """'14 우리 마을 2026년 12월 8일 화요일': the words between the page's number and its
    date are its label though no section the ingest knows."""
    done = _ingest(tmp_path, _one_line("14 우리 마을 2026년 12월 8일 화요일"))
    m = done.edition.masthead
    assert m is not None and (m.paper, m.date) == (None, "2026-12-08")
    assert _said(done, m.spans) == ["2026년 12월 8일 화요일"]
    page = done.edition.pages[0]
    assert page.section == "우리 마을" and not page.section_inferred
    assert page.label is not None and _said(done, page.label.spans) == ["우리 마을"]
    assert page.folio is not None and page.folio.text == "14"


def _nameplate(name: str) -> Sheet:
    """A front page: the paper's name set large over its date line."""
    s = Sheet(W, H)
    s.text(M, 20, name, SANS, 40)
    s.text(M, 72, "2026년 12월 9일 수요일", SANS, 9)
    s.hrule(M, W - M, 88)
    _story(s, 100, "읍내 공영주차장 저녁에 무료로 연다")
    return s


def test_a_papers_name_beside_the_date_stays_the_papers(tmp_path: Path) -> None:
    """Near misses: a paper whose name holds a section's word ('문화일보') beside the date
    on one line, and a nameplate that is a section's word set over its date line on page
    1, are the paper's name."""
    done = _ingest(tmp_path, _one_line("문화일보 2026년 12월 8일 화요일"))
    m = done.edition.masthead
    assert m is not None and (m.paper, m.date) == ("문화일보", "2026-12-08")
    assert done.edition.pages[0].section_inferred
    done = _ingest(tmp_path, _nameplate("문화"))
    m = done.edition.masthead
    assert m is not None and (m.paper, m.date) == ("문화", "2026-12-09")
    assert _said(done, m.spans) == ["문화", "2026년 12월 9일 수요일"]
