"""Page text from disk: one page file, a folder of them, or a form-feed-joined file."""

from __future__ import annotations

import os
import re
from pathlib import Path

from reader.errors import BroadsheetError
from reader.i18n import N_, _
from reader.ingest.decode import decode
from reader.store import read_bytes

PAGE_SUFFIXES = (".txt", ".text")
PDF = ".pdf"
MAX_BYTES = 256 * 1024 * 1024  # far above any newspaper; guards memory


def read_text_source(path: str | os.PathLike[str]) -> tuple[str, str, str]:
    """(text, encoding, name) of a page file, a folder of page files, or a \\f-joined file."""
    p = Path(path)
    if p.is_dir():
        files = page_files(p)
        if not files:
            raise BroadsheetError(p, _("folder holds no page files (.pdf or .txt)"))
        texts, encodings = [], []
        for f in files:
            text, enc = decode(_read_page(f), str(f))
            texts.append(text.strip("\f"))
            encodings.append(enc)
        encoding = encodings[0] if len(set(encodings)) == 1 else "mixed: " + ",".join(encodings)
        return "\f".join(texts), encoding, source_name(p)
    text, encoding = decode(_read_page(p), str(p))
    return text, encoding, readable_name(p.name)  # 'notes.txt', as a PDF's is 'scan.pdf'


def source_name(p: Path) -> str:
    """The name an edition keeps of its source: a folder's name, a file's stem."""
    return readable_name(p.name if p.is_dir() else p.stem)


def id_name(name: str) -> str:
    """The name of a text source an edition's id is made of: a page file's without its
    suffix, as ids were made when the edition kept the stem alone."""
    stem, dot, suffix = name.rpartition(".")
    return stem if dot and stem and f".{suffix.lower()}" in PAGE_SUFFIXES else name


def readable_name(name: str) -> str:
    """A file name as text an edition file (UTF-8) can hold. A name not in UTF-8 is most
    likely CP949, as a Windows zip gives Korean names: decoded so where its bytes decode,
    else its bytes that are no UTF-8 shown as \\x escapes."""
    raw = os.fsencode(name)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp949")
    except UnicodeDecodeError:
        return raw.decode("utf-8", "backslashreplace")


def is_pdf_source(path: Path) -> bool:
    """A PDF file, or a folder holding one or more PDF pages: told here, so that opening
    page text never imports the PDF reader."""
    if path.is_dir():
        return bool(page_files(path, (PDF,)))
    return path.suffix.lower() == PDF


def page_files(folder: Path, suffixes: tuple[str, ...] = PAGE_SUFFIXES) -> list[Path]:
    """A folder's page files, in page order."""
    found = (f for f in folder.iterdir() if f.suffix.lower() in suffixes and _page_file(f))
    return sorted(found, key=_page_order)


def _page_file(f: Path) -> bool:
    # Hidden files are editors' and tools' leftovers, not pages.
    return f.is_file() and not f.name.startswith(".")


def _page_order(f: Path) -> list[tuple[int, int | str]]:
    """Name order with numbers compared as numbers: p2.txt before p10.txt."""
    return [(0, int(x)) if x.isdigit() else (1, x) for x in re.split(r"(\d+)", f.name) if x]


def _read_page(p: Path) -> bytes:
    return read_bytes(p, N_("a page text"), MAX_BYTES)
