"""Multi-page editions with running heads, both font kinds, folders of pages, workers."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from reader.ingest.coverage import coverage_problems
from reader.model import Article, Edition
from reader.pdf import document, ingest_pdf, words
from reader.pdf.parts import PageLayout
from tests.pdf.pages import Made, PageTruth, edition
from tests.pdf.paper import write


def _check_page(ed: Edition, number: int, truth: PageTruth) -> None:
    page = ed.pages[number - 1]
    assert page.number == number
    if truth.section == "World":  # not a section name: the running head is the folio
        assert page.label is None and page.folio is not None
        assert page.folio.text == f"World {truth.number}"
    else:
        assert page.label is not None and page.label.text == truth.section
        assert page.section == truth.section and not page.section_inferred
        assert page.folio is not None and page.folio.text == str(truth.number)
    main, brief = page.items
    assert isinstance(main, Article) and isinstance(brief, Article)
    assert main.headline is not None and main.headline.text == truth.main.headline
    texts = [b.text for b in main.body if b.kind not in ("photo", "caption")]
    assert texts == truth.main.paragraphs
    kinds = [b.kind for b in main.body]
    assert kinds[:5] == ["lead", "paragraph", "photo", "caption", "paragraph"]
    assert main.body[3].text == truth.caption
    assert brief.headline is not None and brief.headline.text == truth.brief.headline
    # The brief beside the main story, past its rule, is an article of its own.
    assert [b.text for b in brief.body] == truth.brief.paragraphs
    assert [b.kind for b in brief.body] == ["lead", "paragraph"]


@pytest.mark.parametrize("order", ["reading", "shuffled"])
def test_korean_pages_in_cid_fonts(order: str, tmp_path: Path) -> None:
    made = edition(3, seed=7)
    done = ingest_pdf(write(tmp_path / "ed.pdf", made.sheets, order, seed=3), pictures=True)
    for n, truth in enumerate(made.truth, start=1):
        _check_page(done.edition, n, truth)
    assert coverage_problems(done.edition, done.text) == []
    assert [s.rsplit("-", 1)[0] for s in sorted(done.photos)] == [
        f"ed/p{n}-photo1" for n in (1, 2, 3)
    ]
    assert all(
        s.endswith(f"-{hashlib.sha256(d).hexdigest()[:12]}.png") for s, d in done.photos.items()
    )
    assert all(data.startswith(b"\x89PNG\r\n\x1a\n") for data in done.photos.values())


def test_latin_pages_in_an_embedded_truetype_subset(tmp_path: Path) -> None:
    made = edition(2, seed=5, latin=True)
    done = ingest_pdf(write(tmp_path / "en.pdf", made.sheets, "reverse"))
    for n, truth in enumerate(made.truth, start=1):
        _check_page(done.edition, n, truth)
    assert coverage_problems(done.edition, done.text) == []


def test_a_folder_of_one_page_pdfs_and_a_text_page(tmp_path: Path) -> None:
    made = edition(3, seed=2)
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder / "p1.pdf", made.sheets[:1])
    (folder / "p2.txt").write_text("[경제]\n\n텍스트 면의 기사 제목\n\n본문이다. 끝난다.\n")
    write(folder / "p10.pdf", made.sheets[2:])
    done = ingest_pdf(folder)
    ed = done.edition
    assert [p.number for p in ed.pages] == [1, 2, 3]
    assert ed.source.encoding == "mixed: pdf,utf-8,pdf"
    _check_page(ed, 1, made.truth[0])
    assert ed.pages[1].section == "경제"
    _check_page(ed, 3, made.truth[2])
    assert coverage_problems(ed, done.text) == []
    assert done.text.count("\f") == 2


def test_workers_read_pages_as_this_process_does(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: Made = edition(document.POOL_PAGES + 1, seed=4)
    pdf = write(tmp_path / "big.pdf", made.sheets, "shuffled")
    seen: list[tuple[int, int]] = []
    pooled = ingest_pdf(pdf, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (len(made.sheets), len(made.sheets))
    monkeypatch.setattr(document, "POOL_PAGES", 10**6)
    alone = ingest_pdf(pdf)
    assert pooled.edition == alone.edition
    assert pooled.text == alone.text


def test_each_pages_printed_lines_are_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # They feed both the spacing statistics and the vocabulary: one reading a page.
    made = edition(3, seed=2)
    folder = tmp_path / "pages"
    folder.mkdir()
    write(folder / "p1.pdf", made.sheets[:2])
    (folder / "p2.txt").write_text("[경제]\n\n텍스트 면의 기사 제목\n\n본문이다. 끝난다.\n")
    write(folder / "p3.pdf", made.sheets[2:])
    read: list[PageLayout] = []

    def page_lines(page: PageLayout) -> str:
        read.append(page)
        return real(page)

    real = words.page_lines
    monkeypatch.setattr(words, "page_lines", page_lines)
    done = ingest_pdf(folder)
    assert len(read) == 3 and len({id(p) for p in read}) == 3  # the three PDF pages
    assert coverage_problems(done.edition, done.text) == []


def test_ingest_in_a_terminal_lays_pages_out_in_workers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The progress bar must not cost the workers: forking waits for a process of one
    thread, and a bar redrawn by its own thread made every terminal ingest one process."""
    from reader.cli import main

    made: Made = edition(document.POOL_PAGES + 1, seed=4)
    pdf = write(tmp_path / "big.pdf", made.sheets, "shuffled")
    pools = _count_starts(monkeypatch)
    # Only the threads the command starts count: earlier tests may leave some running.
    import threading

    before = threading.active_count()
    monkeypatch.setattr(
        document.threading, "active_count", lambda: len(threading.enumerate()) - before + 1
    )
    monkeypatch.setenv("FORCE_COLOR", "1")  # the bar's console is a terminal's
    assert main(["ingest", str(pdf), "-o", str(tmp_path / "out")]) == 0
    assert pools == [1]


def _count_starts(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Two cores, whatever the machine; the list notes each start of the workers."""
    pools: list[int] = []
    start = document._start

    def counted(*args: Any, **kwargs: Any) -> Any:
        pools.append(1)
        return start(*args, **kwargs)

    monkeypatch.setattr(document, "_start", counted)
    monkeypatch.setattr(document.os, "cpu_count", lambda: 2)
    return pools


def _in_workers(monkeypatch: pytest.MonkeyPatch, layout: Any) -> list[int]:
    """Lay pages out in two forked workers, whatever the machine and the test threads,
    each page by `layout` (a worker inherits it); the list notes each start of them."""
    import threading

    pools = _count_starts(monkeypatch)
    monkeypatch.setattr(document, "_layout", layout)
    monkeypatch.setattr(document.threading, "active_count", lambda: 1)
    assert threading.current_thread() is threading.main_thread()
    return pools


def test_a_page_a_worker_cannot_read_is_the_ingests_one_line_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made: Made = edition(document.POOL_PAGES + 1, seed=4)
    pdf = write(tmp_path / "big.pdf", made.sheets, "shuffled")
    real = document._layout

    def torn(task: document.Task) -> PageLayout:
        if task[1] in (2, 5):  # as _layout says of a page PDFium cannot read
            raise document.PdfError(task[0], f"damaged PDF: page {task[1] + 1} cannot be read")
        return real(task)

    pools = _in_workers(monkeypatch, torn)
    with pytest.raises(document.PdfError) as e:
        ingest_pdf(pdf)
    assert pools == [1]
    # The first page that fails, whichever worker came to it first, as in one process.
    assert (e.value.path, e.value.reason) == (str(pdf), "damaged PDF: page 3 cannot be read")


def test_a_worker_that_dies_fails_the_ingest_and_does_not_hang_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    made: Made = edition(document.POOL_PAGES + 1, seed=4)
    pdf = write(tmp_path / "big.pdf", made.sheets, "shuffled")
    real = document._layout

    def killed(task: document.Task) -> PageLayout:
        if task[1] == 3:  # the kernel's OOM killer, say: no cleanup, no word to anyone
            os._exit(1)
        return real(task)

    pools = _in_workers(monkeypatch, killed)
    with pytest.raises(document.PdfError) as e:
        ingest_pdf(pdf)
    assert pools == [1]
    # The file and the page the worker had (the ingest may read several PDFs).
    assert (e.value.path, e.value.reason) == (
        str(pdf),
        "a page worker ended before page 4 was laid out",
    )


def test_known_is_told_the_editions_id_and_pages_before_the_other_pages_are_laid_out(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.pdfgen import generate_pdf_edition

    pdf = tmp_path / "g.pdf"
    generate_pdf_edition(pdf, 3, 3)
    laid: list[int] = []
    real = document._layout

    def counted(task: document.Task) -> PageLayout:
        laid.append(task[1])
        return real(task)

    monkeypatch.setattr(document, "_layout", counted)
    told: list[tuple[str, int, list[int]]] = []
    seen: list[tuple[int, int]] = []
    done = ingest_pdf(
        pdf,
        progress=lambda count, total: seen.append((count, total)),
        known=lambda edition_id, pages, _printed: told.append((edition_id, pages, list(laid))),
    )
    assert done.edition.id != "g"  # named by its masthead, not by the file
    assert told == [(done.edition.id, 3, [0])]
    assert laid == [0, 1, 2]
    assert seen == [(1, 3), (2, 3), (3, 3)]


def test_a_long_pdf_is_opened_again_every_few_pages_and_reads_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # PDFium keeps every page's fonts and images while the document is open: memory grew
    # with the page count until the document was opened again every _REOPEN pages.
    made: Made = edition(9, seed=4)
    pdf = write(tmp_path / "long.pdf", made.sheets, "reading")
    monkeypatch.setattr(document, "POOL_PAGES", 10**6)
    opened: list[str] = []
    real = document.open_pdf

    def counted(path: Path) -> Any:
        opened.append(path.name)
        return real(path)

    monkeypatch.setattr(document, "open_pdf", counted)
    monkeypatch.setattr(document, "_REOPEN", 10**6)
    once = ingest_pdf(pdf)
    opens_once = len(opened)
    monkeypatch.setattr(document, "_REOPEN", 3)
    again = ingest_pdf(pdf)
    assert len(opened) - opens_once == opens_once + 2  # pages 1-3, 4-6, 7-9
    assert again.edition == once.edition and again.text == once.text


def test_a_worker_killed_with_its_page_unread_is_the_same_one_line() -> None:
    from multiprocessing import Pipe

    here, there = Pipe()
    sent = here.send

    def then_killed(message: object) -> None:
        sent(message)
        there.close()  # `kill -9` before it read its page: the pipe is reset, not ended

    here.send = then_killed  # type: ignore[method-assign]
    tasks: list[document.Task] = [("paper.pdf", 0, 0, False, True)]
    with pytest.raises(document.PdfError) as e:
        list(document._in_order([here], tasks))
    assert e.value.reason == "a page worker ended before page 1 was laid out"
