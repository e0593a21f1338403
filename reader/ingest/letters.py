"""A letter to the editor signed in capitals under its text, as papers of the OCR era
print it ('MARTHA L. DEWEY.', 'A TAXPAYER.'), often over the writer's place and date
('Alden Falls, Oct. 16.'): the name signs the letter above it (its byline), and starts no
item. A headline in capitals runs longer, or has no initial, and text follows it. The
letter's salutation ('To the Editor of The Lantern:', 'Dear members,') is a line of its
own, never a headline or a lead.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.calendar import MONTH

if TYPE_CHECKING:
    from reader.ingest.lines import Para
    from reader.ingest.units import Unit

# A name with an initial ('MARTHA L. DEWEY.', 'J. H. ROSS.'), or a pen name of 'A' and one
# to three words ('A TAXPAYER.', 'A CEDAR HILL MOTHER.'), in capitals, closed by a period;
# a pen name of more than one word signs only in a letter (_in_a_letter).
CAPS_SIGNED = re.compile(
    r"^(?:[A-Z][A-Z'’-]++\.? ){0,2}+[A-Z]\. (?:[A-Z]\. )?[A-Z][A-Z'’-]++\.$"
    r"|^(?:[A-Z][A-Z'’-]++ )?[A-Z]\. [A-Z][A-Z'’-]++\.$"
    r"|^A(?: [A-Z][A-Z'’]{2,}+){0,2} [A-Z][A-Z'’]{3,}+\.$"  # 'A FARMER'S WIFE.'
)
# A letter's salutation: 'Dear members,', 'To the Editor of The Lantern:', 'Sir:', and the
# British 'Sir,' alone on its line.
SALUTATION = re.compile(
    r"^(?:(?:My\s+[Dd]ear(?:est)?|Dear(?:est)?|Greetings|Hello)\b[^,.!?]{0,40}[,:][—–]?"
    r"|To the Editors?(?: of [A-Z][\w.'’ ]{1,40}+)?:|(?:Sir|Madam|Editor)s?:|(?:Sir|SIR),[—–]?)$"
)
# A letter's complimentary close on a line of its own, over the writer's signature: 'Yours
# truly,', 'Yours fraternally,', 'Faithfully yours,', the British 'I am, Sir, yours
# faithfully,'. The letter's text ends with it, as with a sentence.
LETTER_CLOSE = re.compile(
    r"^(?:I (?:am|remain),? (?:(?:dear )?(?:Sir|Madam|Sirs|Gentlemen),? )?)?"
    r"(?:[Yy]ours,? (?:very )?[a-z]{4,12}|(?:Very )?[A-Z][a-z]{3,11}ly,? yours"
    r"|(?:Very )?(?:Respectfully|Sincerely|Faithfully|Fraternally|Cordially))[,.]$"
)
# '— Ruth Calloway' under a letter: its writer's signature, closing it.
EN_SIGNATURE = re.compile(
    r"^[—–―]\s*(?P<name>[A-Z][\w.'’-]*(?:\s+(?:(?:and|&)\s+)?[A-Z][\w.'’-]*){1,4})"
    # '— Ruth Calloway, retired librarian'; a role in capitals may close on a stop
    r"(?:,\s*(?P<role>[^,;.!?]{2,40}|[A-Z][^,;.!?]{1,40}\.$))?(?<![a-z]-)$"
)  # a line ending in a broken word ('… who has been con-') goes on: a brief, no signature
# 'Alden Falls, Oct. 16.', 'Route 3, Nov. 15.': where and when the writer wrote.
# The day may be an ordinal and the year follow it ('Ballycarrig, March 11th, 1896.').
PLACE_DATE = re.compile(
    rf"^[A-Z][A-Za-z0-9.,'’ -]{{1,30}}, (?i:{MONTH})\.? \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\.$"
)
# 'Sumner Township.': where the writer lives, under a name with an initial. In a letter any
# such line; elsewhere it must name a place ('Pioneer Resident.' is an obituary's deck).
_PLACE = re.compile(r"^[A-Z][a-z]++(?: [A-Z][a-z]++){0,2}\.$")
_PLACE_WORD = re.compile(r"\b(?:Township|County|Precinct|Parish|Ward)\.$")
# 'Cold Spring, Iowa.', 'Orrville, R. F. D. 2.': the writer's town and state or route.
_PLACE_COMMA = re.compile(
    r"^[A-Z][a-z'’]++(?: [A-Z][a-z'’]++){0,2}, "  # "Women's Section, Hallows."
    r"(?:[A-Z][a-z]++(?: [A-Z][a-z]++)?|R\. ?F\. ?D\. \d{1,3})\.$"
)
# 'ROSE ELLEN MARKS.': a full name in capitals with no initial reads as a head too ('NEW
# BRIDGE OPENED.'): it signs only in a letter, tight under its text, over its place or last.
_FULL_NAME = re.compile(r"^[A-Z][A-Z'’-]++(?: [A-Z][A-Z'’-]++){1,2}\.$")
# 'A CEDAR HILL MOTHER.': reads as a short headline too ('A NEW BRIDGE.')
_LONG_PEN_NAME = re.compile(r"^A [A-Z]+ [A-Z]+")
# A line closing on a sentence's end ('… 밝혔다.', '… said.'), shared with web_head.
SENTENCE_CLOSES = re.compile(r"[.?!]['\"’”)]?$")
# A letters column's title ('LETTERS FROM THE PEOPLE', 'THE PEOPLE'S FORUM'): it heads the
# letters under it, none of which is its own.
_COLUMN_TITLE = re.compile(
    r"^(?i:(?:THE |OUR )?(?:LETTERS|LETTER ?BOX|PEOPLE'?S? FORUM|OPEN COLUMN|CORRESPONDENCE|"
    r"COMMUNICATIONS|"
    r"VOICE OF THE PEOPLE|READERS'? (?:FORUM|VIEWS)|MAIL ?BAG)\b[A-Za-z' ]{0,30}+)$"
)
NEXT_LETTER = "a letter's salutation under the one before's signature or its column's title"
CAPS_SIGNED_RULE = (
    "a name in capitals under a letter's last sentence ('NAME L. NAME.'): its signature"
)


# A correspondent's pen name, one word in capitals ('JUNO.', 'SUBSCRIBER.'): a signature only
# tight under the letter's last sentence with a blank line under it, as a head ('SHILOH.')
# stands after a blank line over its text. A department's head ('PERSONAL.', 'FUNERAL.') sits
# so too, over prose: there the word signs only in a letter, or over the next head.
_PEN_NAME = re.compile(r"^[A-Z][A-Z'’-]{2,15}+\.$")
PEN_NAME_RULE = "a pen name in capitals tight under a letter's last sentence: its signature"
FULL_NAME_RULE = (
    "a full name in capitals tight under a letter's last sentence, over its place or last"
    " ('ROSE ELLEN MARKS.' / 'Orrville, R. F. D. 2.'): its signature"
)
SIGNED_RULES = (CAPS_SIGNED_RULE, PEN_NAME_RULE, FULL_NAME_RULE)  # a name in capitals, whole


def _pen_name(
    text: str, gap: int, above: str, below: tuple[str, int] | None, paras_above: Iterable[list[str]]
) -> bool:
    """One word in capitals, no blank line above it, under a sentence's end; under it the
    page's end, or a blank line and then a head in capitals, or anything in a letter.
    below: the next paragraph's first line and its gap; paras_above as _in_a_letter's."""
    if not _PEN_NAME.match(text) or gap or not SENTENCE_CLOSES.search(above):
        return False
    if below is None:
        return True
    head, under_gap = below
    if PLACE_DATE.match(head):
        return True  # the writer's place and date under the name ('Wentworth, Feb. 5.')
    return under_gap > 0 and (head.isupper() or _in_a_letter(paras_above))


def signs_above(paras: list[Para], k: int) -> bool:
    """Paragraph k is one such name under a sentence's end, over the writer's place and
    date, a headline in capitals, or nothing; or a pen name tight under the letter."""
    para = paras[k]
    if k and len(para.lines) == 1:
        below = (paras[k + 1].lines[0].text, paras[k + 1].gap) if k + 1 < len(paras) else None
        above = _texts_above(paras, k)
        if _pen_name(para.lines[0].text, para.gap, paras[k - 1].lines[-1].text, below, above):
            return True
    if len(para.lines) != 1 or not k:
        return False
    if not (m := CAPS_SIGNED.match(para.lines[0].text) or _FULL_NAME.match(para.lines[0].text)):
        return False
    if not _letter_ends(paras[k - 1].lines[-1].text):
        return False
    letter = _in_a_letter(_texts_above(paras, k))
    if _LONG_PEN_NAME.match(m.group()) and not letter:
        return False
    under = paras[k + 1].lines[0].text if k + 1 < len(paras) else ""
    if not CAPS_SIGNED.match(m.group()):
        return _full_name_signs(letter, para.gap, under)
    if k + 1 == len(paras):
        return True
    # a name over figures ('1835-1916.') heads an obituary
    name = m.group()
    if letter and not para.gap and paras[k + 1].gap:
        return True  # set tight under the letter, a blank line under it: 'A MILL HAND.'
    return _signed_over(name, under, letter) or not name.startswith("A ") and under.isupper()


def salutation_or_close(text: str) -> bool:
    """A letter's salutation ('Sir,') or its complimentary close ('Yours truly,'): a line of
    the letter's own, never a headline or a subhead."""
    return bool(SALUTATION.match(text) or LETTER_CLOSE.match(text))


def _letter_ends(text: str) -> bool:
    """The line over a signature ends the text it signs: a sentence, or a complimentary
    close ('Yours truly,')."""
    return bool(SENTENCE_CLOSES.search(text) or LETTER_CLOSE.match(text))


def _in_a_letter(paras_above: Iterable[list[str]]) -> bool:
    """A salutation or a letters column's title above (the paragraphs' lines, nearest
    first), before any headline in capitals, within a letter's length: the name under them
    signs a letter."""
    seen = 0
    for texts in paras_above:
        looked = texts[max(0, len(texts) - _LETTER_LINES + seen) :]  # nearest the name first
        if any(SALUTATION.match(t) or _COLUMN_TITLE.match(t) for t in looked):
            return True
        if len(texts) == 1 and texts[0].isupper() and not CAPS_SIGNED.match(texts[0]):
            return False  # the head of the story the name is under
        seen += len(looked)
        if seen >= _LETTER_LINES:
            return False
    return False


_LETTER_LINES = 200  # lines above a signature its letter's salutation may stand


def _signed_over(name: str, under: str, letter: bool) -> bool:
    """A signature over the line under it: the writer's place and date; or, under a name
    with an initial, the place alone, in a letter or where it names one (a pen name, 'A
    TAXPAYER.', reads as a short headline, 'A CORRECTION.', over anything else)."""
    if PLACE_DATE.match(under):
        return True
    place = (_PLACE.match(under) or _PLACE_COMMA.match(under)) and (
        letter or _PLACE_WORD.search(under)
    )
    return bool(place and not name.startswith("A "))


def _full_name_signs(letter: bool, gap: int, under: str) -> bool:
    """A full name in capitals (_FULL_NAME) signs a letter it is set tight under, over the
    writer's place or nothing."""
    place = PLACE_DATE.match(under) or _PLACE.match(under) or _PLACE_COMMA.match(under)
    return letter and not gap and (not under or bool(place))


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
        below = (under, out[k + 1].gap) if k + 1 < len(out) else None
        pen = _pen_name(text, unit.gap, above.lines[-1].text, below, _texts_above(out, k))
        if above.kind == "text" and pen:
            out[k] = replace(unit, kind="byline", marker=0, rule=PEN_NAME_RULE)
            continue
        m = CAPS_SIGNED.match(text) or _FULL_NAME.match(text)
        if m is None or above.kind != "text":
            continue
        letter = _in_a_letter(_texts_above(out, k))
        if _LONG_PEN_NAME.match(m.group()) and not letter:
            continue
        if not CAPS_SIGNED.match(text) and not _full_name_signs(letter, unit.gap, under):
            continue
        if CAPS_SIGNED.match(text) and under and not _signed_over(m.group(), under, letter):
            continue
        if _letter_ends(above.lines[-1].text):
            rule = CAPS_SIGNED_RULE if CAPS_SIGNED.match(text) else FULL_NAME_RULE
            out[k] = replace(unit, kind="byline", marker=0, rule=rule)
    return out


def _texts_above(blocks: list[Para] | list[Unit], k: int) -> Iterator[list[str]]:
    """The lines of the paragraphs or units above block k, nearest first, read lazily: a
    copy of the page above at each one-line block cost n² on a page of n."""
    return ([line.text for line in blocks[j].lines] for j in range(k - 1, -1, -1))


def next_letter(paras: list[Para], k: int) -> bool:
    """Paragraph k opens with a letter's salutation right under the letter before's
    signature (and its place), or under a letters column's title: a letter of its own,
    so the title stands alone as its column's head."""
    if not k or not SALUTATION.match(paras[k].lines[0].text):
        return False
    above = paras[k - 1]
    if len(above.lines) == 1 and _COLUMN_TITLE.match(above.lines[0].text):
        return True
    return signs_above(paras, k - 1) or k > 1 and signs_above(paras, k - 2)
