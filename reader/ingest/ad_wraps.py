"""An English ad's or notice's wrapped text joined back into its sentences.

An ad keeps each printed line as a block (its lines are mostly phrases set one under
another), but a notice or a small ad of 1916 runs its sentences over narrow lines: a line
that ends inside its sentence (a broken word 'Chest-', a comma, a word in lower case)
goes on in the line under it, when no blank line comes between; so does a signer's name
in capitals ending in a comma ('MARY A. HOLLENBECK,' over 'Executrix.'). The title goes on the
same way when its second line opens with a small word in capitals ('SPRING OPENING' /
'OF MILLINERY'); a run-in title's stop and dash ('FOR SALE—') only carry structure.
"""

from __future__ import annotations

import re

import msgspec

from reader.ingest import explain
from reader.ingest.brevities import run_in_head, run_in_title
from reader.ingest.en_rows import STOPS_INSIDE
from reader.ingest.head import HANGUL, SMALL_WORDS
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL, Chunk, Vocabulary
from reader.model import Ad, AdBlock, Heading, Paragraph, Table, Text

# A line that stops inside its sentence: a broken word, a comma.
_BROKEN = re.compile(r"(?:[a-z]-|,)$")
# The small words a title's second line opens with when the title runs on to it.
_RUNS_ON = re.compile(r"^(?:OF|AND|&)\s")  # never a name's first word, as THE may be
_FULL = 0.75  # of the widest line: a line this long was set full to its column
WRAPPED = "ad: an English line stopped inside its sentence goes on in the line under it"
TITLE_GOES_ON = "ad: the title goes on in a line opening with a small word ('OF MILLINERY')"
SPACED_HEAD = "ad: a head in capitals run in before a spaced dash ('FOR SALE — …'): the title"
SPACED_TEXT = "ad: the text run in after its head and a dash"
# A small ad's head in capitals run into its text by a spaced dash, as modern classifieds
# set it ('FOR SALE — 2014 …', 'CARD OF THANKS — The family …'); one to four words.
_SPACED_HEAD = re.compile(r"^[A-Z][A-Z'&]+(?: [A-Z][A-Z'&]+){0,3}(?= [—–] \S)")
# Or set tight against its text, which opens a sentence ('RATES—One cent a word …', the
# column's rates notice): never capitals after the dash ('CHICAGO—NEW YORK LIMITED').
_TIGHT_HEAD = re.compile(r"^[A-Z][A-Z'&]+(?: [A-Z][A-Z'&]+){0,3}\.?(?=[—–][A-Z][a-z])")
TIGHT_HEAD = "ad: a head in capitals run in before a dash ('RATES—One cent …'): the title"


def _chunk(t: Text) -> Chunk:
    return Chunk(t.text, list(t.spans))


def _joined(a: Text, b: Text, vocab: Vocabulary) -> Text:
    c = _chunk(a)
    c.join(_chunk(b), vocab)
    return Text(c.text, list(c.spans))


def _goes_on(text: str, below: str, full: bool) -> bool:
    """A line stopped inside its sentence: a broken word, a comma, or a word in lower case
    that a small word ends ('… the estate of') or the line below goes on from ('our
    display' / 'of new hats.'); a list's lines ('Fresh eggs' / 'Butter and cheese') do not.
    A notice's line set full to its column goes on unless it ends a sentence ('… by J. W.'
    / 'Baxter, Clerk of …'): a notice is prose set in a column, not phrases."""
    if HANGUL.search(text):
        return False
    if _BROKEN.search(text):
        return True
    if full and (not TERMINAL.search(text) or STOPS_INSIDE.search(text)):
        return True
    if not text[-1:].islower():
        return False
    return below[:1].islower() or below[:1].isdigit() or text.split()[-1] in SMALL_WORDS


def _wraps(last: AdBlock, block: AdBlock, apart: set[int], full: int) -> bool:
    """Does block go on with the line above it, no blank line between? Lines of full
    characters or more are set full to the column (0: the ad's lines are not measured)."""
    if not isinstance(block, Paragraph) or block.spans[0][0] in apart:
        return False
    if isinstance(last, Heading):  # a signer's name in capitals: 'MARY A. HOLLENBECK,'
        return last.text.endswith(",")
    if not isinstance(last, Paragraph):
        return False
    return _goes_on(last.text, block.text, 0 < full <= len(last.text))


def _ends_a_sentence(blocks: list[AdBlock], apart: set[int], full: int) -> list[bool]:
    """For each block, whether it runs (on its own or with the lines it wraps into) to a
    sentence's end: phrases one under another ('Weddings and Reunions' / 'Seating for
    250') never do, and stay apart."""
    out = [False] * len(blocks)
    for i in range(len(blocks) - 1, -1, -1):
        block = blocks[i]
        if isinstance(block, (Paragraph, Heading)) and TERMINAL.search(block.text):
            out[i] = True
        elif i + 1 < len(blocks) and _wraps(blocks[i], blocks[i + 1], apart, full):
            out[i] = out[i + 1]
    return out


def join_wrapped(ad: Ad, paras: list[Para], vocab: Vocabulary, notice: bool = False) -> Ad:
    """The ad with its wrapped lines joined; blocks a blank line sets apart stay apart. A
    notice's lines that fill its column go on as well."""
    apart = {p.lines[0].start for p in paras if p.gap}
    widest = max((len(line.text) for p in paras for line in p.lines), default=0)
    full = int(widest * _FULL) if notice else 0
    title, blocks = ad.title, list(ad.blocks)
    rules: dict[int, str] = {}
    if title is not None and blocks and isinstance(blocks[0], Heading):
        first = blocks[0]
        if _RUNS_ON.match(first.text) and first.spans[0][0] not in apart:
            title, blocks = _joined(title, Text(first.text, list(first.spans)), vocab), blocks[1:]
            rules[-1] = TITLE_GOES_ON
    if title is not None and run_in_head(title.text):
        title = Text(run_in_title(title.text), list(title.spans))
    elif title is not None and len(title.spans) == 1 and (m := _SPACED_HEAD.match(title.text)):
        (start, end), cut = title.spans[0], m.end() + 3  # the head, then ' — '
        blocks.insert(0, Paragraph(title.text[cut:], [(start + cut, end)]))
        title = Text(m.group(), [(start, start + cut)])  # the dash in its spans, as a run-in's
        rules[-1], rules[0] = SPACED_HEAD, SPACED_TEXT
    elif title is not None and len(title.spans) == 1 and (m := _TIGHT_HEAD.match(title.text)):
        (start, end), cut = title.spans[0], m.end() + 1  # the head, then its dash
        blocks.insert(0, Paragraph(title.text[cut:], [(start + cut, end)]))
        title = Text(run_in_title(m.group()), [(start, start + cut)])
        rules[-1], rules[0] = TIGHT_HEAD, SPACED_TEXT
    ends = _ends_a_sentence(blocks, apart, full)
    out: list[AdBlock] = []
    for i, block in enumerate(blocks):
        last = out[-1] if out else None
        wraps = i > 0 and _wraps(blocks[i - 1], block, apart, full) and ends[i]
        if wraps and isinstance(last, (Paragraph, Heading)) and isinstance(block, Paragraph):
            t = _joined(
                Text(last.text, list(last.spans)), Text(block.text, list(block.spans)), vocab
            )
            out[-1] = Paragraph(t.text, t.spans)
            rules[len(out) - 1] = WRAPPED
            continue
        out.append(block)
    if not rules and title == ad.title:
        return ad
    if explain.active():
        _renote(ad, blocks, out, rules)
    return msgspec.structs.replace(ad, title=title, blocks=out)


def _renote(ad: Ad, kept: list[AdBlock], out: list[AdBlock], rules: dict[int, str]) -> None:
    """The rules behind the joined ad's blocks: the join's, or the first line's own."""
    shift = len(ad.blocks) - len(kept)  # the title's second line, taken off the front
    old = {id(b): i + shift for i, b in enumerate(kept)}
    # a block put in front moves the notes down: written from the last, none is read after
    # it is overwritten (joins move them up: written from the first)
    order = range(len(out) - 1, -1, -1) if shift < 0 else range(len(out))
    for i, block in zip(order, (out[i] for i in order), strict=True):
        was = old.get(id(block), i)
        if not isinstance(block, Table):
            rule = rules.get(i) or explain.rule_of(ad.id, f"blocks.{was}")
            explain.note(ad.id, f"blocks.{i}", rule)
            continue
        # a table's rules are its cells' (its own place may hold a moved block's: restate it)
        explain.note(ad.id, f"blocks.{i}", explain.rule_of(ad.id, f"blocks.{was}.rows.0.0"))
        for r, row in enumerate(block.rows):
            for c in range(len(row)):
                cell = f"rows.{r}.{c}"
                explain.note(
                    ad.id, f"blocks.{i}.{cell}", explain.rule_of(ad.id, f"blocks.{was}.{cell}")
                )
    if -1 in rules:
        explain.note(ad.id, "title", rules[-1])
