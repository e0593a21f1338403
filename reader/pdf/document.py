"""Open PDFs, refuse the ones we cannot read (one line each), lay out every page.

Pages are independent: with several pages and several cores they are read and laid
out in worker processes, each keeping its documents open across its pages.
"""

from __future__ import annotations

import os
import re
import signal
import stat
import threading
from collections.abc import Callable, Iterator, Sequence
from multiprocessing import get_context
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkContext
from multiprocessing.process import BaseProcess
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.errors import BroadsheetError
from reader.i18n import _
from reader.pdf.damage import damage
from reader.pdf.extract import read_page
from reader.pdf.layout import analyse
from reader.pdf.parts import PageLayout
from reader.pdf.sameness import remember, same_file
from reader.pdf.spreads import halves, join_across
from reader.store import NOT_REGULAR

Progress = Callable[[int, int], None]
POOL_PAGES = 8  # fewer pages are laid out in this process: starting workers costs more
POOL_WORKERS = 4  # at most, however many cores
_GARBAGE = 0.02  # share of unreadable characters above which a text layer is garbage
# A symbol font's icons and bullets decode to the private use area: this many on a page,
# however short, are those, not a font without a usable map (which garbles every glyph).
# Bidi controls are text (a producer writes them on purpose) and never counted.
_FEW_SYMBOLS = 8
MAX_BYTES = 1024 * 1024 * 1024


class PdfError(BroadsheetError):
    """A PDF broadsheet cannot read."""


def check_file(path: Path) -> tuple[int, str | None, int]:
    """The number of pages of a readable PDF, a warning when PDFium had to repair it
    (reader.pdf.damage) and the number of its pages wider than tall as a viewer shows
    them (each may be a spread of two pages), or PdfError with the reason."""
    try:
        mode = path.stat()
        if not stat.S_ISREG(mode.st_mode):  # (a FIFO would wait for a writer forever)
            raise PdfError(path, _(NOT_REGULAR))
        size = mode.st_size
        with path.open("rb") as f:
            head = f.read(1024)
            f.seek(max(0, size - 2048))
            tail = f.read()
    except FileNotFoundError:
        raise PdfError(path, _("no such file")) from None
    except OSError as e:
        raise PdfError(path, e.strerror or _("cannot read")) from None
    if size > MAX_BYTES:
        reason = _("too large for a newspaper PDF ({size} MB)")
        raise PdfError(path, reason.format(size=size // 2**20))
    if b"%PDF-" not in head:
        raise PdfError(path, _("not a PDF (no %PDF header)"))
    if b"%%EOF" not in tail:
        raise PdfError(path, _("truncated or damaged PDF (no end-of-file marker)"))
    remember(path, mode)
    doc = open_pdf(path)
    try:
        pages = len(doc)
        repaired = damage(path, doc) if pages else None
        wide = sum(_wide(doc, i) for i in range(pages))  # (page dictionaries only)
    finally:
        doc.close()
    if pages == 0:
        raise PdfError(path, _("the PDF has no pages"))
    return pages, repaired, wide


def _wide(doc: pdfium.PdfDocument, i: int) -> bool:
    try:
        w, h = doc.get_page_size(i)
    except pdfium.PdfiumError:
        return True  # (its size told when it is read)
    return bool(w > h)


def open_pdf(path: Path) -> pdfium.PdfDocument:
    """The document at `path`, which must still be the file check_file read: PDFium
    reads a document lazily and it is opened again every _REOPEN pages, so a file
    replaced or rewritten during an ingest would make one edition of two papers."""
    try:
        doc = pdfium.PdfDocument(str(path))
    except pdfium.PdfiumError as e:
        raise PdfError(path, _reason(e.err_code, path)) from None
    try:
        unchanged(path)
    except PdfError:
        doc.close()
        raise
    return doc


def unchanged(path: Path) -> None:
    """PdfError when the file at `path` is no longer the one check_file read."""
    if not same_file(path):
        raise PdfError(path, _("the PDF changed while it was read: ingest it again"))


# PDFium refuses a document whose page tree is empty (with a format error, or none at
# all); a plain page tree that says so is read here, so the reader is told the file has
# no pages, not that it is damaged. The two keys are looked for within one dictionary's
# reach: unbounded, each '/Count 0' ran on to the end of a probe with no '>' (quadratic,
# seconds on a damaged file of 90 KB).
_EMPTY_TREE = re.compile(
    rb"/Type\s*/Pages\b[^>]{0,512}?/Count\s+0\b|/Count\s+0\b[^>]{0,512}?/Type\s*/Pages\b"
)
_A_PAGE = re.compile(rb"/Type\s*/Page\b(?!s)")
_PROBE = 16 * 2**20  # an empty page tree sits in a small file


def _no_pages(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            data = f.read(_PROBE)
    except OSError:
        return False
    return bool(_EMPTY_TREE.search(data)) and not _A_PAGE.search(data)


def _reason(code: int | None, path: Path) -> str:
    if code != raw.FPDF_ERR_PASSWORD and _no_pages(path):
        return _("the PDF has no pages")
    if code == raw.FPDF_ERR_PASSWORD:
        return _("encrypted PDF: it needs a password, and broadsheet cannot read it")
    if code == raw.FPDF_ERR_SECURITY:
        return _("encrypted PDF with an unsupported security handler")
    if code == raw.FPDF_ERR_FILE:
        return _("cannot read the file")
    return _("damaged PDF: its structure cannot be read")


# Documents a worker process keeps open: path -> document, pages read from it.
_open: dict[str, tuple[pdfium.PdfDocument, int]] = {}
# PDFium keeps the fonts and images of every page read for as long as its document is
# open, so memory grew with the page count: the document is opened again after this
# many pages (figures: docs/pdf-ingest.md, "Memory").
_REOPEN = 16


def _layout(task: tuple[str, int, int, bool, bool]) -> PageLayout:
    path, index, number, pictures, front = task
    doc, read = _open.get(path) or (open_pdf(Path(path)), 0)
    if read == _REOPEN:
        doc.close()
        doc, read = open_pdf(Path(path)), 0
    _open[path] = doc, read + 1
    try:
        content = read_page(doc, index, number, pictures)
    except pdfium.PdfiumError:
        reason = _("damaged PDF: page {page} cannot be read").format(page=index + 1)
        raise PdfError(path, reason) from None
    spread = halves(content)
    if spread is None:
        return analyse(content, front)
    left, right = analyse(spread[0], front), analyse(spread[1], False)
    join_across(left, right)
    left.right = right
    return left


def _close_all() -> None:
    for doc, _read in _open.values():
        doc.close()
    _open.clear()


Task = tuple[str, int, int, bool, bool]


def lay_out(
    tasks: Sequence[Task],
    progress: Progress | None = None,
    each: Callable[[PageLayout], None] | None = None,
) -> list[PageLayout]:
    """PageLayouts of (path, page index, edition page number, pictures?, front?) tasks.
    each(layout) is called as each one comes: with workers, while they read the rest."""
    total = len(tasks)
    out: list[PageLayout] = []
    workers = min(os.cpu_count() or 1, POOL_WORKERS)
    try:
        # Workers are forked: spawned ones would import the caller's main module again,
        # and forking is only safe while this process runs one thread (the reader app
        # ingests in a worker thread: it lays out its pages here, one after another).
        if total < POOL_PAGES or workers < 2 or threading.active_count() > 1:
            for task in tasks:
                out.append(_layout(task))
                if each:
                    each(out[-1])
                if progress:
                    progress(len(out), total)
            _all_unchanged(tasks)
            return out
        ctx = get_context("fork")
        # Our own processes: each ends at once with kill(), one that dies shows as its
        # pipe's end, and the parent hands out the pages, so a killed worker holds no
        # shared lock (why not a pool: docs/pdf-ingest.md, "Workers").
        procs: list[BaseProcess] = []
        pipes: list[Connection] = []
        try:
            # Ctrl-C waits while the workers are forked: raised between a worker's start
            # and our note of it, _stop would miss that worker. A Python handler holds
            # it whichever thread the kernel hands it to (a signal mask holds it in one
            # thread only); a fork inherits the handler, harmless, until _quiet.
            caught: list[int] = []
            held = signal.signal(signal.SIGINT, lambda signum, _frame: caught.append(signum))
            try:
                _start(ctx, tasks, workers, procs, pipes)
            finally:
                signal.signal(signal.SIGINT, held)
            if caught:
                raise KeyboardInterrupt
            for layout in _in_order(list(pipes), tasks):
                out.append(layout)
                if each:
                    each(layout)
                if progress:
                    progress(len(out), total)
        finally:
            _stop(procs, pipes)
        _all_unchanged(tasks)
        return out
    finally:
        _close_all()


def _all_unchanged(tasks: Sequence[Task]) -> None:
    """A file rewritten in place while it was open shows only after its last page."""
    for path in dict.fromkeys(task[0] for task in tasks):
        unchanged(Path(path))


def _start(
    ctx: ForkContext,
    tasks: Sequence[Task],
    workers: int,
    procs: list[BaseProcess],
    pipes: list[Connection],
) -> None:
    """Fork the workers, each noted in `procs` as it starts and its pipe in `pipes`."""
    for _worker in range(workers):
        here, there = ctx.Pipe()
        proc = ctx.Process(target=_work, args=(tasks, there, os.getpid()), daemon=True)
        proc.start()
        procs.append(proc)
        there.close()  # the worker's alone: its end shows when the worker ends
        pipes.append(here)


def _work(tasks: Sequence[Task], pipe: Connection, parent: int) -> None:
    """Lay out each page the parent sends, until it sends None."""
    _quiet(parent)
    while (index := pipe.recv()) is not None:
        try:
            pipe.send((index, _layout(tasks[index])))
        except Exception as e:
            pipe.send((index, e))


def _in_order(pipes: list[Connection], tasks: Sequence[Task]) -> Iterator[PageLayout]:
    """The workers' layouts in page order, as each comes, each worker given the next
    page when it sends one; a page's error raised in its turn (the first page's that
    fails, as one process would), and no page after it given out."""
    total = len(tasks)
    come: dict[int, PageLayout | Exception] = {}
    working: dict[Connection, int] = {}  # the page each worker was given last
    done = given = 0
    failed = total

    def give(pipe: Connection) -> None:
        nonlocal given
        if given < min(total, failed + 1):
            working[pipe] = given
            pipe.send(given)
            given += 1
        else:
            pipe.send(None)
            pipes.remove(pipe)

    for pipe in list(pipes):
        give(pipe)
    while done < total:
        for ready in wait(pipes):
            assert isinstance(ready, Connection)
            try:
                index, layout = ready.recv()
                come[index] = layout
                if isinstance(layout, Exception):
                    failed = min(failed, index)
                give(ready)
            # killed: its page will never come (its pipe's end shows as an end of file,
            # or as a reset when the kill came mid-message)
            except (EOFError, OSError):
                path, index = tasks[working[ready]][:2]
                reason = _("a page worker ended before page {page} was laid out")
                raise PdfError(path, reason.format(page=index + 1)) from None
        while done in come:
            page = come.pop(done)
            if isinstance(page, Exception):
                raise page
            yield page
            done += 1


def _stop(procs: list[BaseProcess], pipes: list[Connection]) -> None:
    """End the workers at once, whether done, stuck on a page, or just forked (a
    Ctrl-C while they start): none is waited for while it may still work."""
    for pipe in pipes:
        pipe.close()
    for proc in procs:
        proc.kill()
    for proc in procs:
        proc.join()


def _quiet(parent: int) -> None:
    """Workers leave Ctrl-C to the parent, which ends them, and end with it.

    A parent ended by a signal (SIGTERM, SIGHUP, kill -9) runs no cleanup: without this
    its workers would live on, holding the caller's pipes open."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    end_with_parent(parent)


_PR_SET_PDEATHSIG = 1
_WATCH = 0.5  # seconds between a worker's looks at its parent, where the kernel cannot tell


def end_with_parent(parent: int) -> None:
    """Have the kernel kill this process when `parent` ends (Linux), else a thread that
    looks; if the parent has ended already (before either was set up), end now."""
    if not _death_signal():
        threading.Thread(target=_watch, args=(parent,), daemon=True).start()
    if os.getppid() != parent:
        os._exit(1)


def _death_signal() -> bool:
    import sys

    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        return bool(libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0)
    except (OSError, AttributeError):
        return False


def _watch(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(_WATCH)
    os._exit(1)


def check_text(path: Path, layouts: list[PageLayout]) -> None:
    """Refuse a PDF without a text layer, or whose fonts decode to garbage."""
    chars = sum(len(p.chars) for p in layouts)
    if chars == 0:
        raise PdfError(path, _("no text layer: a scan? run OCR on it first"))
    for number, p in enumerate(layouts, start=1):
        if p.chars and p.bad_chars > max(_GARBAGE * len(p.chars), _FEW_SYMBOLS):
            reason = _(
                "page {page}: its fonts map glyphs to control or private-use characters "
                "(no usable ToUnicode), so its text cannot be read"
            )
            raise PdfError(path, reason.format(page=number))
