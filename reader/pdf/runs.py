"""A page's text layer -> runs of glyphs, placed by what the PDF itself fixes.

Where a glyph stands is read from its origin, its advance in the font's own widths
(/W, /Widths), the font size and the text matrix: never from its drawn outline. PDFium's
character boxes include the outline, and for a font the PDF names but does not embed
the outline is that of whatever font the machine has (docs/pdf-ingest.md): the same
PDF would lay out differently on a reader's machine with Korean fonts and on one without.

The glyphs are read by `glyphs.py`, PDFium's words placed by `wordpieces.py`; here the
pieces become runs, font names read once a run.
"""

from __future__ import annotations

import ctypes
import re

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from reader.pdf.calls import GENERATED, OBJECT
from reader.pdf.clips import blanked
from reader.pdf.content import PageContent, Run
from reader.pdf.doubles import once, without
from reader.pdf.glyphs import PageGlyphs
from reader.pdf.offpage import blank_past_edge
from reader.pdf.turned import turned_runs
from reader.pdf.wordpieces import JUMP, SAME_LINE, SAME_SIZE, pieces
from reader.pdf.wordspace import Piece, Spaced, spaced

_BACK = 0.3  # how far a glyph may start left of the last one's end
_FOLLOW = 2.5  # the widest gap between runs of one line that share a letter gap
# A glyph's box: the em box of its size, as CJK fonts draw it about the baseline.
ASCENT, DESCENT = 0.88, 0.12

# Characters no font maps to a letter: control, private use, surrogates, U+FFFD.
_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ue000-\uf8ff\ud800-\udfff\ufffd]")


def read_text(
    page: pdfium.PdfPage,
    out: PageContent,
    left: float,
    top: float,
    hidden: set[int],
    cut: set[int] | frozenset[int] = frozenset(),
    shown: tuple[float, float, float, float] | None = None,
) -> None:
    """hidden: the addresses of text objects a clip hides (clips.py), left unread; cut:
    those the shown box's edge cuts, their characters past it left unread (offpage.py).
    Text objects set turned are read again apart, each one run (turned.py)."""
    textpage = page.get_textpage()
    try:
        tp = textpage.raw
        n = textpage.count_chars()
        text = textpage.get_text_range(0, n) if n else ""
        if len(text) != n:  # characters outside the BMP: read them one by one
            text = "".join(chr(raw.FPDFText_GetUnicode(tp, i) or 0xFFFD) for i in range(n))
        # PDFium marks a hyphen that ends a line as U+FFFE (its soft hyphen): it is printed.
        text = text.replace("\ufffe", "-")
        at = ctypes.c_void_p(ctypes.cast(tp, ctypes.c_void_p).value)
        if hidden:
            text, _ = blanked(text, at, hidden, OBJECT)
        if cut and shown is not None:
            text = blank_past_edge(text, at, cut, shown)
        glyphs = PageGlyphs(at, text)
        out.runs = _runs(glyphs, left, top)
        turned: list[Run] = []
        if glyphs.turned:  # read without them (a run a glyph), then an object a run
            apart = frozenset(glyphs.turned)
            full = text
            text, kept = blanked(text, at, apart, OBJECT, apart)
            glyphs = PageGlyphs(at, text)
            turned = turned_runs(glyphs, full, kept, left, top)
            out.runs = _runs(glyphs, left, top) + turned
        # The page's characters are those of its runs: a word drawn twice counts once.
        # (split's whitespace is \s; sub costs twice this.)
        out.chars = "".join(without(text, sorted(glyphs.doubles)).split())
        out.chars += "".join(x for r in turned for x in r.text.split())
        out.bad_chars = len(_BAD.findall(out.chars))
    finally:
        textpage.close()


def _runs(g: PageGlyphs, left: float, top: float) -> list[Run]:
    """Runs: glyphs side by side on one baseline in one size. PDFium splits its text
    into words (by spaces it reads or adds at gaps) and lines (where glyphs step back or
    down); its words are taken whole when their glyphs stand in order, and runs are
    built from them by position. A line break PDFium adds between glyphs that stand side
    by side on one baseline (it does so between glyphs placed one by one) ends no run.
    Runs that follow on in one line share their word-space judgement (wordspace.py)."""
    text, tp = g.text, g.tp
    runs: list[Run] = []
    line: list[list[Piece]] = []  # the open line's runs, the last one open
    x1 = base = h = 0.0
    # The open run's limits, in points (its size times each rule's share of it).
    same_line = back = jump = same_size = 0.0
    for piece in once(text, pieces(g), g.doubles):
        s, _, new_word, wl, wr, wb, wh = piece
        if (
            line
            and abs(wb - base) <= same_line
            and wl >= x1 - back
            and abs(wh - h) <= same_size
            and wl - x1 <= _FOLLOW * h
            and not (new_word and text[s - 1] in "\r\n" and not GENERATED(tp, s - 1))
        ):
            if wl - x1 <= jump:
                line[-1].append(piece)
            else:
                line.append([piece])
            if wr > x1:
                x1 = wr
            continue
        if line:
            runs.extend(_close(g, line, left, top))
        line = [[piece]]
        x1, base, h = wr, wb, wh
        same_line, back, jump = SAME_LINE * h, _BACK * h, JUMP * h
        same_size = SAME_SIZE * h
    if line:
        runs.extend(_close(g, line, left, top))
    return runs


def _close(g: PageGlyphs, line: list[list[Piece]], left: float, top: float) -> list[Run]:
    letter, texts = spaced(g, line)
    # A letter-spaced line's word gap: the letter gap on both sides of a space.
    word_gap = 2 * letter + g.space_width(line[0][0][0]) if letter > 0 else 0.0
    return [_run(g, parts, run, word_gap, left, top)
            for parts, run in zip(line, texts, strict=True)]  # fmt: skip


def _run(g: PageGlyphs, parts: list[Piece], run: Spaced, word_gap: float, left: float, top: float
         ) -> Run:  # fmt: skip
    i, _, _, x0, _, base, size = parts[0]
    end = parts[-1][1]
    text, word_end, x1 = run
    font = g.font_name(i)
    space_to = -1.0
    # Where the file's space after the run ends. A space PDFium adds stands before
    # whatever glyph the file has next, which may lie elsewhere: the gap decides.
    if g.text[end : end + 1] == " " and not GENERATED(g.tp, end):
        g.read(end)
        space_to = g.right(end) - left
    return Run(
        x0 - left,
        top - (base + ASCENT * size),
        x1 - left,
        top - (base - DESCENT * size),
        top - base,
        round(size, 2),
        font,
        text,
        (word_end if word_end >= 0 else x1) - left,
        space_to,
        word_gap,
    )
