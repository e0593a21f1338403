"""A letter to the editor signed in capitals under its text, as papers of the OCR era
print it ('MARTHA L. DEWEY.', 'A TAXPAYER.'), often over the writer's place and date
('Alden Falls, Oct. 16.'): the name signs the letter above it (its byline), and starts no
item. A headline in capitals runs longer, or has no initial, and text follows it. The
letter's salutation ('To the Editor of The Lantern:', 'Dear members,') is a line of its
own, never a headline or a lead.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.calendar import MONTH

if TYPE_CHECKING:
    from reader.ingest.lines import Para
    from reader.ingest.units import Unit

# A name with an initial ('MARTHA L. DEWEY.', 'J. H. ROSS.'), or a pen name of 'A' and one
# word ('A TAXPAYER.'), in capitals, closed by a period.
CAPS_SIGNED = re.compile(
    r"^(?:[A-Z][A-Z'’-]++\.? ){0,2}+[A-Z]\. (?:[A-Z]\. )?[A-Z][A-Z'’-]++\.$"
    r"|^(?:[A-Z][A-Z'’-]++ )?[A-Z]\. [A-Z][A-Z'’-]++\.$"
    r"|^A [A-Z]{4,}+\.$"
)
# A letter's salutation: 'Dear members,', 'To the Editor of The Lantern:', 'Sir:'.
SALUTATION = re.compile(
    r"^(?:(?:My\s+[Dd]ear(?:est)?|Dear(?:est)?|Greetings|Hello)\b[^,.!?]{0,40}[,:]"
    r"|To the Editors? of [A-Z][\w.'’ ]{1,40}+:|(?:Sir|Madam|Editor)s?:)$"
)
# '— Ruth Calloway' under a letter: its writer's signature, closing it.
EN_SIGNATURE = re.compile(
    r"^[—–―]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w.'’-]*){1,4})"
    # '— Ruth Calloway, retired librarian'; a role in capitals may close on a stop
    r"(?:,\s*(?P<role>[^,;.!?]{2,40}|[A-Z][^,;.!?]{1,40}\.$))?(?<![a-z]-)$"
)  # a line ending in a broken word ('… who has been con-') goes on: a brief, no signature
# 'Alden Falls, Oct. 16.': where and when the writer wrote.
PLACE_DATE = re.compile(rf"^[A-Z][A-Za-z.'’ -]{{1,30}}, (?i:{MONTH})\.? \d{{1,2}}\.$")
_SENTENCE_END = re.compile(r"[.?!]['\"’”)]?$")
CAPS_SIGNED_RULE = (
    "a name in capitals under a letter's last sentence ('NAME L. NAME.'): its signature"
)


def signs_above(paras: list[Para], k: int) -> bool:
    """Paragraph k is one such name under a sentence's end, over the writer's place and
    date, a headline in capitals, or nothing."""
    para = paras[k]
    if len(para.lines) != 1 or not k or not (m := CAPS_SIGNED.match(para.lines[0].text)):
        return False
    if not _SENTENCE_END.search(paras[k - 1].lines[-1].text):
        return False
    if k + 1 == len(paras):
        return True
    under = paras[k + 1].lines[0].text
    if PLACE_DATE.match(under):
        return True
    # a pen name ('A TAXPAYER.') reads as a short headline ('A CORRECTION.'): only over
    # the place and date; a name over figures ('1835-1916.') heads an obituary
    return not m.group().startswith("A ") and under.isupper()


def caps_signatures(units: list[Unit]) -> list[Unit]:
    """Each such name on a line of its own under a text's sentence, over the place and
    date or last: a byline."""
    out = list(units)
    for k, unit in enumerate(out):
        if not k or unit.kind != "text" or len(unit.lines) != 1:
            continue
        above = out[k - 1]
        text = unit.lines[0].text
        under = out[k + 1].lines[0].text if k + 1 < len(out) and out[k + 1].lines else ""
        if (
            not CAPS_SIGNED.match(text)
            or above.kind != "text"
            or under
            and not PLACE_DATE.match(under)
        ):
            continue
        if _SENTENCE_END.search(above.lines[-1].text):
            out[k] = replace(unit, kind="byline", marker=0, rule=CAPS_SIGNED_RULE)
    return out
