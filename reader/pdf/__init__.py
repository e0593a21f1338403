"""PDF e-editions -> Edition: layout gives the structure that page text loses.

Pipeline (one module each): extract (glyph runs, pictures, rules, frames) -> lines
-> blocks -> layout (masthead, bands, frames, photos and captions, reading order)
-> articles / frames / tables -> assemble (the source text; the text ingest's rules
for bylines, Q&A, ads, mastheads; boxes) -> Edition, with photos saved beside it.

`ingest_pdf(path)` takes a PDF, or a folder of one-page PDFs and page texts (in
name order). Bad PDFs raise PdfError with one line; nothing is written.
"""

from __future__ import annotations

import gc
import os
from pathlib import Path

import msgspec

from reader import store
from reader.errors import BroadsheetError
from reader.i18n import _, ngettext
from reader.ingest import Known
from reader.ingest.page_files import (
    PAGE_SUFFIXES,
    PDF,
    is_pdf_source,
    page_files,
    read_text_source,
    readable_name,
    source_name,
)
from reader.pdf.assemble import Assembled, assemble
from reader.pdf.document import PdfError, Progress, Task, check_file, check_text, lay_out
from reader.pdf.front import front_id
from reader.pdf.page_folio import front_number
from reader.pdf.parts import PageLayout
from reader.pdf.words import EditionWords
from reader.printable import visible_name

__all__ = ["Assembled", "PdfError", "ingest_pdf", "is_pdf_source", "save_pdf"]


def ingest_pdf(
    path: Path,
    pictures: bool = False,
    progress: Progress | None = None,
    known: Known | None = None,
) -> Assembled:
    """The edition of a PDF or a folder of pages; with pictures=True, the photos' bytes.
    known(edition id, pages, its printed number): called once the front page gives the id
    (laid out first, alone, when it is a PDF's), before any other page is laid out: a
    caller can refuse.
    Its pages are the most the source can give: each wide sheet may be a spread."""
    # The cyclic collector's young collection comes every 700 new objects by default, a
    # full one, which walks every layout kept for the assembly, every hundredth: ten
    # times fewer here (docs/performance.md, "PDF ingest"); forked workers inherit it.
    young, *older = gc.get_threshold()
    gc.set_threshold(max(young, _YOUNG), *older)
    try:
        return _ingest(path, pictures, progress, known)
    finally:
        gc.set_threshold(young, *older)


_YOUNG = 7000  # new objects between the collector's young collections during an ingest


def _ingest(
    path: Path, pictures: bool, progress: Progress | None, known: Known | None
) -> Assembled:
    files = page_files(path, (PDF, *PAGE_SUFFIXES)) if path.is_dir() else [path]
    tasks: list[Task] = []
    pages: list[tuple[Path, int] | str] = []  # (pdf, first task) or a text page
    encodings: list[str] = []
    warnings: list[str] = []
    spreads = 0  # sheets that may be spreads, two pages each
    for f in files:
        if f.suffix.lower() != PDF:
            text, encoding = read_text_source(f)[:2]
            pages.extend(text.strip("\f").split("\f"))
            encodings.append(encoding)
            continue
        n, repaired, wide = check_file(f)
        spreads += wide
        if repaired:  # a folder's page file is named: the warning is the folder's
            page = visible_name(readable_name(f.name))
            warnings.append(f"{page}: {repaired}" if path.is_dir() else repaired)
        pages.append((f, len(tasks)))
        front = len(pages) == 1
        for i in range(n):
            tasks.append((str(f), i, 0, pictures, front and i == 0))
        encodings.append("pdf")
    # The edition's words are read and counted page by page as the layouts come: with
    # workers, this process does it while they read the other pages.
    words = EditionWords()
    name = source_name(path)
    head: list[PageLayout] = []  # the front page, laid out alone first for `known`
    if known is not None:
        cover = pages[0]
        if not isinstance(cover, str):
            head = lay_out(tasks[:1], _shifted(progress, 0, len(tasks) - 1), words.add)
        # the most pages the source can give: a wide sheet may be a spread of two
        count = len(tasks) + spreads + sum(isinstance(p, str) for p in pages)
        opening = cover if isinstance(cover, str) else head[0]
        known(front_id(opening, name), count, front_number(opening))
    rest = tasks[len(head) :]
    layouts = head + lay_out(rest, _shifted(progress, len(head), len(head)), words.add)
    out: list[PageLayout | str] = []
    for entry in pages:
        if isinstance(entry, str):
            out.append(entry)
            continue
        f, first = entry
        mine = layouts[first : first + sum(1 for t in tasks if t[0] == str(f))]
        check_text(f, mine)
        for p in mine:  # a spread's two pages, in order
            out.append(p)
            if p.right is not None:
                out.append(p.right)
                p.right = None
    _number(out)
    empty = [p.number for p in out if isinstance(p, PageLayout) and not (p.chars or p.regions)]
    if empty:
        warnings.append(_nothing_read(empty))
    warnings += [
        _("page {page}: {warning}").format(page=p.number, warning=w)
        for p in out
        if isinstance(p, PageLayout)
        for w in p.warnings
    ]
    kinds = list(dict.fromkeys(encodings))
    encoding = kinds[0] if len(kinds) == 1 else "mixed: " + ",".join(encodings)
    done = assemble(out, name, encoding, words)
    if warnings:
        ed = done.edition
        done.edition = msgspec.structs.replace(ed, warnings=[*warnings, *ed.warnings])
    return done


def _nothing_read(numbers: list[int]) -> str:
    """The warning for pages PDFium read nothing from: a damaged content stream reads
    as an empty page, without an error, so the edition would lose them unsaid."""
    spans: list[list[int]] = []
    for n in numbers:
        if spans and spans[-1][-1] == n - 1:
            spans[-1].append(n)
        else:
            spans.append([n])
    pages = ", ".join(str(s[0]) if len(s) == 1 else f"{s[0]}-{s[-1]}" for s in spans)
    reason = ngettext(
        "page {pages}: nothing could be read from it (its content is damaged, or it is "
        "blank): check the edition against the paper",
        "pages {pages}: nothing could be read from them (their content is damaged, or they "
        "are blank): check the edition against the paper",
        len(numbers),
    )
    return reason.format(pages=pages)


def _shifted(progress: Progress | None, done: int, total: int) -> Progress | None:
    """`progress` told of pages laid out apart: `done` of them before, `total` beside."""
    if progress is None:
        return None
    return lambda count, of: progress(count + done, of + total)


def _number(pages: list[PageLayout | str]) -> None:
    """Edition page numbers, in order (a folder's files each start at 1)."""
    for number, page in enumerate(pages, start=1):
        if isinstance(page, PageLayout):
            page.number = number


def save_pdf(done: Assembled, folder: str | os.PathLike[str]) -> Path:
    """Write the photos beside the edition file, then the edition file; all atomic.

    A photo's name holds its bytes' hash: one already there of that name holds the same
    bytes and is left as it is, and none written here is one the edition already there
    uses. So until the new edition file is in place, the old one and its photos are as
    they were. On failure, the photos written are removed; a killed run's are the next
    ingest's to remove (replacing.remove_unused_photos)."""
    out = Path(folder)
    # Beside the file an edition file that is a symlink names: the src is relative to it.
    home = store.real_file(out / store.file_name(done.edition.id)).parent
    written: list[Path] = []
    try:
        for src, data in done.photos.items():
            target = home / src
            if _holds(target, data):
                continue
            new = not os.path.lexists(target)
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
                store.atomic_write(target, data)
            except OSError as e:
                raise BroadsheetError(
                    target, _("cannot write ({reason})").format(reason=e.strerror)
                ) from None
            if new:  # (one there with other bytes is damaged: written over, not removed)
                written.append(target)
        return store.save(done.edition, out)
    except BaseException:
        for p in written:
            p.unlink(missing_ok=True)
        raise


def _holds(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() == data
    except OSError:
        return False
