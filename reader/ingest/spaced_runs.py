"""Paragraphs that run on where a page's text says its lines wrapped: on a page that shows
its line ends' spaces (line_spaces.py), a line of the body's measure ending in one broke
between words inside a paragraph, and one ending bare where the vocabulary sees a torn word
was cut inside one, whatever cut segment made there; so was a paragraph whose column's line
stopped inside a quotation (open_quotes.py) or tore a box's last entry (torn_entries.py)."""

from __future__ import annotations

from reader.ingest.column_tears import EntryForms, torn_at_column
from reader.ingest.justified import closes
from reader.ingest.line_spaces import at_measure
from reader.ingest.lines import Para
from reader.ingest.listing import TORN_ENTRY
from reader.ingest.open_quotes import QUOTE_RUNS_ON, quote_runs_on
from reader.ingest.repair import Vocabulary, separator
from reader.ingest.tight_columns import MARK
from reader.ingest.torn_entries import entry_measure, torn_entry

SPACED_RUNS_ON = "line spaces: the line ends in the space its producer writes where a line wraps"
_RUNS_ON = (SPACED_RUNS_ON, QUOTE_RUNS_ON, TORN_ENTRY)


def spaced_runs_on(paras: list[Para], vocab: Vocabulary) -> list[Para]:
    """On a page that shows its line ends' spaces, a paragraph whose last line, at the
    body's measure, ends in one was cut inside a wrapped paragraph: the producer writes
    that space only where a line broke between words, never after a paragraph's last line.
    The next paragraph, set tight under it (no blank line), carries it on."""
    out: list[Para] = []
    forms, entries = EntryForms(paras), entry_measure(paras)
    for k, p in enumerate(paras):
        if not out or p.gap:
            why = ""
        elif torn_entry(out[-1], p, vocab, entries):
            why = TORN_ENTRY
        else:
            why = _runs_on(out, p, paras[k + 1 : k + 2], vocab, forms)
        if not why:
            out.append(p)
            continue
        last = out[-1]
        if last.cut not in _RUNS_ON:  # the page's own stay as cut
            last = out[-1] = Para(list(last.lines), last.gap, last.inner, why)
        last.lines.extend(p.lines)
    return out


def _runs_on(
    out: list[Para], p: Para, after: list[Para], vocab: Vocabulary, forms: EntryForms
) -> str:
    """The rule by which p carries on out[-1]'s paragraph (after: the paragraph under p, if
    any), or ''."""
    if _wraps(out[-1], vocab) or _torn(out[-1], p, vocab):
        return SPACED_RUNS_ON
    above = out[-2] if len(out) > 1 else None
    if torn_at_column(above, out[-1], p, after[0] if after else None, vocab, forms):
        return SPACED_RUNS_ON
    return QUOTE_RUNS_ON if quote_runs_on(out[-1], p, vocab) else ""


def _wraps(para: Para, vocab: Vocabulary) -> bool:
    # a line opening on a mark is a brief's head or an entry, standing alone as tight
    # columns keep it: its wrapped head is the item rules' to read
    if len(para.lines) == 1 and MARK.match(para.lines[0].text):
        return False
    return vocab.line_wraps(para.lines[-1])


def _torn(para: Para, nxt: Para, vocab: Vocabulary) -> bool:
    """A line at the body's measure ending bare and on no sentence's stop, where the
    vocabulary finds a word torn across the break ('지원하' / '기로'): a head set at the
    measure ends bare too, so the bare end alone proves nothing."""
    line = para.lines[-1]
    if closes(line):
        return False
    if _torn_in_its_column(para, nxt, vocab):
        return True
    if not vocab.line_bare(line):
        return False
    return separator(line.text, nxt.lines[0].text, vocab) == ""


def _torn_in_its_column(para: Para, nxt: Para, vocab: Vocabulary) -> bool:
    """A brief set in a column wider than the body's: under its line that wrapped, a line
    of that measure ending bare tore a word, whatever the vocabulary knows ('바' /
    '꾼다고'), when the line under it goes on at the measure or ends the paragraph. A head
    across columns, wrapped, ends bare over its story's first line, set at the body's
    measure: that line does neither."""
    if len(para.lines) < 2 or not vocab.line_wraps(above := para.lines[-2]):
        return False
    line, below = para.lines[-1], nxt.lines[0]
    column = vocab.line_column(above)
    if column is None or not at_measure(line.text, column) or vocab.line_end(line.end) != "":
        return False
    return closes(below) or at_measure(below.text, column)
