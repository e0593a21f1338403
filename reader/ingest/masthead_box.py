"""An editorial page's masthead box: the paper's name in capitals, its publisher's,
editor's and subscription lines ('Published Every Evening Except Sunday by …', 'Subscription:
By carrier, 10 cents a week; …') and a weekday-and-date line alone under them ('THURSDAY,
MARCH 5, 1914.'). The name and the date line are the masthead; the lines between are the
paper's, not the first editorial's head: an item with no headline, a paragraph for each
sentence (docs/representation.md, "An editorial page's masthead box").
"""

from __future__ import annotations

import re

from reader.ingest import explain
from reader.ingest.en_rows import leader_row
from reader.ingest.lines import Line
from reader.ingest.masthead import MastheadResult, check
from reader.ingest.masthead_en import DATE, en_date_fields
from reader.ingest.repair import Vocabulary, join_lines
from reader.model import Article, Block, Masthead

RULE = "masthead: an editorial page's box (name, publisher's lines, weekday and date line)"
ITEM_RULE = "masthead: the publisher's and subscription lines of an editorial page's box"
# The nameplate: two to six words in capitals, no digit, no closing stop.
_NAME = re.compile(r"^(?:[A-Z][A-Z'&-]*+ ){1,5}[A-Z][A-Z'&-]*+$")
# A line only a paper's box prints: when it is published, what it costs, how it is mailed.
# 'Published' or 'by mail' alone are not enough: a notice is 'First Published April 8', a
# sale bill takes 'Bids received by mail'.
_BOX_MARK = re.compile(
    r"\bPublished (?:Every|Daily|Weekly|Semi-Weekly|Tri-Weekly|Each)\b|\bSubscription\b"
    r"|(?:cents|\$[\d.,]+) (?:a|per) (?:week|month|year|copy)\b|second[- ]class\b",
    re.I,
)
# a notice's or a sale's title over its dated lines is no nameplate
_NOT_NAME = re.compile(r"\b(?:NOTICE|SALE|AUCTION|SUMMONS|ORDINANCE)\b")
_BOX_MAX = 8  # lines between the name and the date line
_LINE_MAX = 60  # characters: a box's lines are set in one narrow column


def masthead_box(lines: list[Line]) -> tuple[MastheadResult, list[Line]] | None:
    """The box's masthead (its name and date lines taken by their spans) and
    the lines between them, or None."""
    if not lines or not _NAME.match(lines[0].text) or _NOT_NAME.search(lines[0].text):
        return None
    for k, line in enumerate(lines[1 : _BOX_MAX + 2], start=1):
        if len(line.text) > _LINE_MAX:
            return None
        dm = DATE.fullmatch(line.text.rstrip("."))
        if dm is None:
            continue
        box = lines[1:k]
        if not dm["wd"] or len(box) < 2 or not any(_BOX_MARK.search(x.text) for x in box):
            return None  # a dated nameplate, or a head over a date: the masthead parsers'
        fields: dict[str, object] = {"paper": lines[0].text}
        warnings = en_date_fields(dm, fields)
        spans = [(lines[0].start, lines[0].end), (line.start, line.end)]
        m = Masthead(spans=spans, **fields)  # type: ignore[arg-type]
        return MastheadResult(m, 0, warnings + check(m), RULE), box
    return None


def box_item(lines: list[Line], item_id: str, vocab: Vocabulary) -> Article:
    """The box's lines as an item with no headline: a paragraph ends with a line closing on
    a stop, and a line of leader dots stands alone."""
    body: list[Block] = []
    run: list[Line] = []
    for k, line in enumerate(lines):
        run.append(line)
        after = lines[k + 1].text if k + 1 < len(lines) else None
        # 'E. J. HOLLOWAY........Editor': a line of its own
        if after is None or line.text.endswith(".") or leader_row(line.text) or leader_row(after):
            chunk = join_lines(run, vocab)
            explain.note(item_id, f"body.{len(body)}", ITEM_RULE)
            body.append(Block("paragraph", chunk.text, chunk.spans))
            run = []
    explain.note(item_id, "", ITEM_RULE)
    return Article(id=item_id, body=body)
