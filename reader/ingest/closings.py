"""How minutes and letters close and list: the complimentary close ('Respectfully
submitted,' over 'NAME, Title') signs the document, the name line its byline (the close
stays text; bylines.py reads the name and title); lettered items ('a. …', 'b. …') one
under another are a list's items. Passes over to_units' units (units.py)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reader.ingest.lines import Line
    from reader.ingest.units import Unit

CLOSE = re.compile(
    r"^(?:Respectfully(?: submitted| yours)?|Sincerely(?: yours)?|Yours (?:truly|sincerely)"
    r"|Very truly yours|Cordially|Submitted by|Attest),?:?$"
    # any close of a few words and a comma over the name line: 'In Christ,', 'Warmly,'
    r"|^[A-Z][a-z'’]+(?:\s+[A-Za-z'’]+){0,3},$"
)
_EN_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}"  # two to four capitalised words
# 'Karen Lindqvist, City Clerk': a name, a comma, a title.
SIGNED_NAME = re.compile(rf"^(?P<name>{_EN_NAME}),\s*(?P<role>[A-Z][^,;.!?]{{1,40}})\.?$")
_SENTENCE_END = re.compile(
    r"[.?!]['\"’”)]?$"
)  # repair.TERMINAL, narrower: repair imports segment, which imports this
SIGNED_RULE = "a 'NAME, Title' line alone under the text's last sentence: its signature"
# The last word of an English byline's or signature's title: a writer's, or an office's or a
# trade's ('Branch Manager', 'Foundation Communications'), never a second name ('By Ada Lind,
# Omar Reyes' is two writers), a place or a jump ('See BUDGET, Page A6').
EN_ROLE_WORD = (
    r"Writer|Reporter|Correspondent|Editor|Columnist|Critic|Photographer|Contributor|Intern"
    r"|Press|Director|Manager|President|Chair|Chairman|Chairwoman|Secretary|Treasurer"
    r"|Coordinator|Officer|Librarian|Gardener|Communications|Relations|Specialist|Assistant"
    r"|Clerk|Superintendent|Principal|Pastor|Commissioner|Trustee|Volunteer|Curator|Founder"
)
_TITLED = re.compile(rf"\b(?:{EN_ROLE_WORD})$")


def titled(m: re.Match[str] | None) -> bool:
    """A SIGNED_NAME match whose role ends on a title's word."""
    return bool(m and _TITLED.search(m["role"]))


def signed_close(units: list[Unit]) -> list[Unit]:
    """'Marjorie Lund, President' alone in its paragraph under an item's last sentence: the
    writer's signature (an officer's note, a letter), as '— NAME, Title' is; a headline is
    never a name, a comma and a title."""
    if len(units) < 2 or units[-1].kind != "text" or not units[-1].gap:
        return units
    last, above = units[-1], units[-2]
    m = SIGNED_NAME.match(last.lines[0].text)
    if len(last.lines) != 1 or above.kind != "text" or not titled(m):
        return units
    if last.lines[0].text.endswith(".") and not _officer(m):
        return units  # 'Contact Ada Lind, Secretary.': a sentence (a signature in small letters
        # has no stop; one in capitals may: office_signature)
    if not _SENTENCE_END.search(above.lines[-1].text):
        return units
    return [*units[:-1], replace(last, kind="byline", marker=0, rule=SIGNED_RULE)]


OFFICE_RULE = (
    "an officer's 'NAME, Office.' under the last sentence of minutes or a notice, on the text's"
    " last line or over its office's line ('A. R. MOWBRAY,' / 'City Clerk.'): the signature"
)
_NAME_COMMA = re.compile(rf"^{_EN_NAME},$")


def office_signature(units: list[Unit]) -> list[Unit]:
    """The text's last line 'CHAS. H. DEAN, Secretary.' under a sentence's end, or a name
    closed by its comma over its office's line ('A. R. MOWBRAY,' / 'City Clerk.') under
    the last sentence: the officer signs the minutes or the notice, a byline with its role.
    A name with no office ('JOHN MARSH, Ashford.') or in small letters signs nothing, nor
    the last of a list of officers (_officer_line)."""
    if not units or units[-1].kind != "text":
        return units
    last = units[-1]
    if len(units) > 1 and len(last.lines) == 1 and _NAME_COMMA.match(last.lines[0].text):
        return units  # a name closed by its comma with no office under it signs nothing
    if len(last.lines) == 1 and len(units) > 1 and _NAME_COMMA.match(units[-2].lines[-1].text):
        name = units[-2]  # 'A. R. MOWBRAY,' over 'City Clerk.'
        head = name.lines[:-1]
        above = head[-1].text if head else _last_text(units[:-2])
        joined = f"{name.lines[-1].text} {last.lines[0].text}"
        if name.kind != "text" or not _SENTENCE_END.search(above) or _officer_line(above):
            return units
        if not _officer(SIGNED_NAME.match(joined)):
            return units
        signer = replace(last, kind="byline", lines=[name.lines[-1], *last.lines], marker=0)
        kept = [replace(name, lines=head)] if head else []
        return [*units[:-2], *kept, replace(signer, gap=0 if head else name.gap, rule=OFFICE_RULE)]
    if not _officer(SIGNED_NAME.match(last.lines[-1].text)):
        return units
    above = last.lines[-2].text if len(last.lines) > 1 else _last_text(units[:-1])
    if not _SENTENCE_END.search(above) or _officer_line(above):
        return units
    gap = 0 if len(last.lines) > 1 else last.gap
    signer = replace(
        last, kind="byline", lines=last.lines[-1:], marker=0, gap=gap, rule=OFFICE_RULE
    )
    kept = [replace(last, lines=last.lines[:-1])] if len(last.lines) > 1 else []
    return [*units[:-1], *kept, signer]


def _officer(m: re.Match[str] | None) -> bool:
    """A 'NAME, Office' whose name is set in capitals, as a signature is: a name in small
    letters and its title tight under a sentence may be the text's own line (minutes name
    who was there), signing only under a close."""
    if not titled(m) or m is None or any(ch.islower() for ch in m["name"]):
        return False
    return not _SMALL_WORD.search(m["name"])  # 'THANKS TO MARY COLE': a sentence's words


_SMALL_WORD = re.compile(r"\b(?:TO|THE|AND|OF|FOR|FROM|WITH|BY|AT|IN|ON)\b")


def _officer_line(text: str) -> bool:
    """'MARY E. COLE, Vice President.': an officer's line over another is a list of a
    society's officers (those elected), whose last signs nothing."""
    return _officer(SIGNED_NAME.match(text))


def _last_text(units: list[Unit]) -> str:
    """The last line of the text above, '' when a unit of another kind stands there."""
    return units[-1].lines[-1].text if units and units[-1].kind == "text" else ""


# 'Margaret O. Lindqvist' over 'President and Chief Executive Officer': the name on a line
# of its own, the title on the next (a letter signed by an officer).
_NAME_LINE = re.compile(rf"^{_EN_NAME}$")
_TITLE_LINE = re.compile(r"^[A-Z][A-Za-z'’&,-]*(?:\s+[A-Za-z][A-Za-z'’&,-]*){0,7}$")
_CLOSING_WORD = re.compile(r"ly(?: submitted| yours)?,?:?$|Submitted by:?$|Attest,?:?$|, [A-Z]")
CLOSING_RULE = "a name and title under a complimentary close ('Respectfully submitted,')"


def closing_signatures(units: list[Unit]) -> list[Unit]:
    """Each 'NAME, Title' line under a complimentary close cut off as a byline."""
    if not any(u.kind == "text" and _CLOSING_WORD.search(u.lines[-1].text) for u in units):
        return units  # cheap test first: most texts are closed by no such line
    out: list[Unit] = []
    units = list(units)
    for k, unit in enumerate(units):
        lines = unit.lines
        above = lines[-2].text if len(lines) > 1 else out[-1].lines[-1].text if out else ""
        if unit.kind == "text" and CLOSE.match(above) and (signer := _name_over_title(units, k)):
            out.append(replace(unit, kind="byline", lines=signer, marker=0, rule=CLOSING_RULE))
            units[k + 1] = replace(units[k + 1], lines=[])  # the title's unit: in the byline
            continue
        if not lines:
            continue
        if unit.kind != "text" or not CLOSE.match(above) or not SIGNED_NAME.match(lines[-1].text):
            out.append(unit)
            continue
        if len(lines) > 1:
            out.append(replace(unit, lines=lines[:-1]))
        gap = 0 if len(lines) > 1 else unit.gap
        out.append(
            replace(unit, kind="byline", lines=lines[-1:], marker=0, gap=gap, rule=CLOSING_RULE)
        )
    return out


def _name_over_title(units: list[Unit], k: int) -> list[Line] | None:
    """Unit k's one name line over the next unit's one title line, tight under it, as an
    officer signs under a close: the two lines. (A unit of both lines never reaches here:
    the line above its last is the name, no close.)"""
    if len(units[k].lines) != 1 or k + 1 == len(units) or units[k + 1].gap:
        return None
    nxt = units[k + 1]
    lines = units[k].lines + nxt.lines
    if nxt.kind != "text" or len(lines) != 2 or len(lines[1].text) > 60:
        return None
    name, title = lines[0].text, lines[1].text
    return lines if _NAME_LINE.match(name) and _TITLE_LINE.match(title) else None


# 'a. Resolution 2026-14, …', '(b) Ordinance …': an item lettered in order, its text a sentence.
LETTERED = re.compile(r"^(?:\((?P<p>[a-h])\)|(?P<d>[a-h])\.)\s(?=[A-Z0-9])")
_LETTERS = "abcdefgh"
LETTERED_RULE = "a lettered item ('a. …', 'b. …'), one of a run in order"


def _letter(unit: Unit) -> str | None:
    m = LETTERED.match(unit.lines[0].text) if unit.kind == "text" else None
    return (m["p"] or m["d"]) if m else None


def lettered_items(units: list[Unit]) -> list[Unit]:
    """Text units opening 'a.', 'b.', … in order, one after another: a list's items (the
    letter kept in the text: it says which item a vote or a later line refers to)."""
    if not any(u.lines[0].text[:2] in ("a.", "(a") for u in units):
        return units  # cheap test first: a run opens with 'a.'
    out = list(units)
    k = 0
    while k < len(out):
        end = k
        while end < len(out) and end - k < len(_LETTERS) and _letter(out[end]) == _LETTERS[end - k]:
            end += 1
        if end - k >= 2:
            for j in range(k, end):
                out[j] = replace(out[j], kind="dot", marker=0, rule=LETTERED_RULE)
        k = max(end, k + 1)
    return out
