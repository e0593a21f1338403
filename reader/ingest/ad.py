"""Paragraphs of one advertisement -> Ad: title, headings, notes, tables, lists, contacts."""

from __future__ import annotations

import re
from functools import lru_cache

from reader.ingest import explain
from reader.ingest.ad_heads import (
    CAPS_HEAD,
    FIRM,
    NAME_HEAD,
    NUMBERED,
    SELLER_LINE,
    caps_head,
    name_under_title,
    numbered_head,
)
from reader.ingest.ad_keyed import KEYED_LIST, keyed_runs
from reader.ingest.ad_prices import priced_runs
from reader.ingest.advertiser import advertiser
from reader.ingest.byline_lines import EMAIL
from reader.ingest.cut_short import cut_short
from reader.ingest.en_rows import leader_cells, leader_row
from reader.ingest.head import FIGURE
from reader.ingest.lines import Line, Para
from reader.model import (
    Ad,
    AdBlock,
    Contact,
    Heading,
    ListBlock,
    Note,
    Paragraph,
    Span,
    Table,
    Text,
    leaves,
)

HEADING = re.compile(r"^[•■◆▶●◎★☆▣]\s*")
ITEM = re.compile(r"^(?:-|·|∙|※|\d{1,2}[.)])\s*")
NOTE = re.compile(r"^(?:\([^()]{1,40}\)|※.*|\*.*)$")
# An American number: '(555) 010-0142', '555-010-0142' (a masthead's too).
US_PHONE = r"\(\d{3}\)\s?\d{3}-\d{4}|\d{3}-\d{3}-\d{4}"
# The word before a number, a word of its own ('iPhone 16' is no number to call).
_PHONE_WORD = r"(?:(?<=(?<![A-Za-z])Phone )|(?<=(?<![A-Za-z])Tel\. ))"
PHONE = re.compile(
    # A number starts at a figure, '(' or a capital ('Main 412'): elsewhere, a quick miss
    r"(?=[\d(A-Z])(?<![\d-])(?:\(0\d{1,2}\)\s?\d{3,4}-\d{4}|0\d{1,2}[)\-.\s]\s?\d{3,4}[-.\s]\d{4}"
    r"|1[5-9]\d{2}-\d{4}|01[016789]-\d{3,4}-\d{4}"
    # and 'Call 555-0142' after its word
    rf"|{US_PHONE}|(?:(?<=Call )|{_PHONE_WORD})\d{{3}}-\d{{4}}"
    # an old exchange's name and number after its word: 'Phone Main 412'
    rf"|{_PHONE_WORD}[A-Z][a-z]{{2,}} \d{{2,5}}"
    # or a town's short number alone after it: 'Phone 418', 'Phone 1183-J'
    rf"|{_PHONE_WORD}\d{{2,5}}(?:-[A-Z])?(?![\w-]))"
    r"(?![\d-])"
)
URL = re.compile(r"(?:https?://|www\.)[^\s,)]+")


@lru_cache(maxsize=8192)  # the ad marks, the grouping and the ads ask it of most short lines
def has_phone(text: str) -> bool:
    """A phone number (PHONE) in text. Every number holds a figure, and most lines none:
    the figure is looked for first, as PHONE tries its alternatives at every character."""
    return FIGURE.search(text) is not None and PHONE.search(text) is not None


_DECORATED = re.compile(r"^(?P<m>[◆◇■□●○★☆▶◀♥♣])\s*(?P<t>[^◆◇■□●○★☆]{2,30}?)\s*(?P=m)$")
_LABEL_STRIP = (
    " \t☎☏:：·-•()[]/,|"  # marks and separators around a label: "/ 이메일" reads "이메일"
)
# A word that says what a contact is for, a colon, then the desk that answers ('문의: ORG
# 공익인권팀'): the label is the purpose, the desk printed with its number. Words that are no
# desk ('안내: 3월 5일부터 휴관') and a role before a colon ('Auctioneer: NAME') stay the label.
_SAID = re.compile(
    r"^(문의|연락|상담|예약|접수|신청|안내)\s?[:：]\s*"
    r"(?=[^\d\s][^\d]*(?:과|팀|국|실|센터|본부|사무소|사무처|공단|협회|재단)$)"
)
# A cell that lists several points inline ("- a - b - c"): one point per line.
_CELL_POINTS = re.compile(r"^-\s+\S.*\s-\s+\D")
_CELL_POINT_BREAK = re.compile(r"\s+-\s+(?=\D)")


def _cells(line: Line) -> list[Text]:
    out: list[Text] = []
    pos = 0
    for raw in line.text.split("\t"):
        stripped = raw.strip()
        lead = len(raw) - len(raw.lstrip())
        start = line.start + pos + lead
        shown = stripped
        if _CELL_POINTS.match(stripped):
            shown = _CELL_POINT_BREAK.sub("\n", stripped[1:].lstrip())
        out.append(Text(shown, [(start, start + len(stripped))] if stripped else []))
        pos += len(raw) + 1
    return out


def contact_line(line: Line) -> list[Contact] | None:
    """A line that is contacts with labels (and nothing else), as Contacts."""
    candidates = sorted(
        [(m, "phone") for m in PHONE.finditer(line.text)]
        + [(m, "email") for m in EMAIL.finditer(line.text)]
        + [(m, "url") for m in URL.finditer(line.text)],
        key=lambda x: (x[0].start(), -x[0].end()),
    )
    # A number inside an address ('02.123.4567@mail.example') is part of the address.
    found: list[tuple[re.Match[str], str]] = []
    for m, channel in candidates:
        if not found or m.start() >= found[-1][0].end():
            found.append((m, channel))
    if not found:
        return None
    rest = line.text
    for m, _ in found:
        rest = rest.replace(m.group(0), " ")
    if len(rest.strip(_LABEL_STRIP)) > 24:
        return None  # a sentence that mentions a number, not a contact line
    out: list[Contact] = []
    pos = 0
    for i, (m, channel) in enumerate(found):
        end = len(line.text) if i == len(found) - 1 else m.end()
        label = line.text[pos : m.start()].strip(_LABEL_STRIP) or None
        printed = m.group(0)
        value = _normal_phone(printed) if channel == "phone" else printed
        if label is not None and (said := _SAID.match(label)):
            # '문의: ORG 팀 02-…': what the number is for, and the desk printed with it
            label, printed = said[1], f"{label[said.end() :]} {printed}"
        if label is None and out and line.text[pos : m.start()].strip() == "/":
            label = out[-1].label  # '사무소 061-… / 010-…': two numbers of one desk
        spans: list[Span] = [(line.start + pos, line.start + end)]
        out.append(Contact(channel, value, printed, label, spans))  # type: ignore[arg-type]
        pos = end
    return out


def _normal_phone(num: str) -> str:
    if num[:1].isalpha():
        return num  # 'Main 412': an exchange's name, kept as printed
    digits = re.split(r"[()\-.\s]+", num.strip())
    return "-".join(d for d in digits if d)


def _strip_marker(line: Line, pat: re.Pattern[str]) -> str:
    m = pat.match(line.text)
    return line.text[m.end() :] if m else line.text


_FIELD = re.compile(r"^[가-힣A-Za-z]{2,8}\s?:\s?\S")  # '견본주택 : …', '영업시간: …'
# '2026년 3월 11일' / '한빛시장' under a notice: when and by whom it was issued.
_ISSUE_DATE = re.compile(
    r"^\d{4}\s?년\s?\d{1,2}\s?월\s?\d{1,2}\s?일$|^\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.?$"
)
_ISSUER_MAX = 20  # characters of the issuer's name
_ISSUED = "ad: the date a notice was issued, under it (its issuer's name follows): it closes it"


def issued(part: list[Para]) -> int:
    """How many paragraphs at the part's top are a notice's date and its issuer's name
    (both close the notice above), or 0."""
    if not _ISSUE_DATE.match(part[0].text):
        return 0
    name = part[1].text if len(part) > 1 else ""
    return 2 if name and len(name) <= _ISSUER_MAX and is_plain_line(part[1].lines[0]) else 1


def _marked_runs(paras: list[Para]) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Lines under the same heading marker one after another, no blank line between
    ('◆ 탄저병에 강한 품종' / '◆ 수확량 20% 증가'): a heading heads something, so a run of
    them is a list's points; and the plain line right above the run, the product they
    describe, is its heading. Both as (paragraph, line) positions."""
    lines = [
        ((pi, li), line, li == 0 and pi > 0 and para.gap > 0)
        for pi, para in enumerate(paras)
        for li, line in enumerate(para.lines)
    ]
    marks = [line.text[0] if HEADING.match(line.text) else "" for _, line, _ in lines]
    points: set[tuple[int, int]] = set()
    over: set[tuple[int, int]] = set()
    k = 0
    while k < len(lines):
        end = k
        while marks[k] and end + 1 < len(lines) and marks[end + 1] == marks[k]:
            if lines[end + 1][2]:
                break  # a blank line ends the run
            end += 1
        if end > k:
            points.update(pos for pos, _, _ in lines[k : end + 1])
            above = k - 1
            if above > 0 and not marks[above] and not lines[k][2]:
                if is_plain_line(lines[above][1]):
                    over.add(lines[above][0])
        k = end + 1
    return points, over


def is_plain_line(line: Line) -> bool:
    """No marker, cells, contact or note: a line that can head the points under it."""
    text = line.text
    return not (ITEM.match(text) or NOTE.match(text) or "\t" in text or contact_line(line))


def build_ad(paras: list[Para], item_id: str, page_ends_here: bool, cut_off: bool = False) -> Ad:
    """cut_off: a small ad at the page's end without the contact the others have."""
    blocks: list[AdBlock] = []
    title: Text | None = None
    items: list[Text] | None = None  # the open list, while its items continue

    def close_list() -> None:
        nonlocal items
        if items:
            blocks.append(ListBlock(items))
        items = None

    rows: list[list[Text]] | None = None
    led = False  # the open table's rows are joined by leader dots: it has no header row

    def close_table() -> None:
        nonlocal rows
        if rows:
            width = max(len(r) for r in rows)
            padded = [r + [Text("")] * (width - len(r)) for r in rows]
            if led:
                why[len(blocks)] = LEADER_TABLE
            head = [] if led else padded[0]
            blocks.append(Table(header=head, rows=padded if led else padded[1:]))
        rows = None

    points, over_points = _marked_runs(paras)
    priced, over_priced = priced_runs(paras)
    keyed = keyed_runs(paras, lambda line: bool(contact_line(line)))
    points |= priced | keyed
    over_points |= over_priced
    in_priced = False  # the open list's last item is a priced line: complete in itself
    name_at = name_under_title(paras)
    why: dict[int, str] = {}  # blocks whose kind a rule other than their marker decided (-1: title)
    for pi, para in enumerate(paras):
        for li, line in enumerate(para.lines):
            text = line.text
            span: list[Span] = [(line.start, line.end)]
            if (pi, li) in points and not leader_row(text):
                close_table()  # a priced line between leader rows: the rows above end
                if items is None:  # the index the list gets once closed
                    rule = _PRICE_LIST if (pi, li) in priced else _POINTS
                    why[len(blocks)] = KEYED_LIST if (pi, li) in keyed else rule
                items = items if items is not None else []
                items.append(Text(_strip_marker(line, HEADING), span))
                in_priced = (pi, li) in priced
                continue
            if "\t" in text or leader_row(text):
                close_list()
                led = led if rows else "\t" not in text  # 'Suits ........ $14.75'
                rows = rows or []
                led_cells = [Text(c, [(a, b)]) for c, a, b in leader_cells(line)]
                rows.append(_cells(line) if "\t" in text else led_cells)
                continue
            close_table()
            if pi == 0 and li == 0 and (d := _DECORATED.match(text)):
                # '◆ 원룸 전문 ◆': the same mark on both sides decorates a title
                title = Text(d["t"], span)
                why[-1] = "ad: first line, decorated by one mark on both sides: the title"
                continue
            if pi == 0 and li == 0 and not HEADING.match(text) and not ITEM.match(text):
                title = Text(text, span)
                continue
            if HEADING.match(text):
                close_list()
                blocks.append(Heading(_strip_marker(line, HEADING), span))
                continue
            if (m := _PLACE_THEN.match(text)) and (
                tail := contact_line(Line(m["rest"], line.start + m.start("rest")))
            ):
                close_list()  # '45 Main Street. Phone Main 412': the shop's place, its phone
                why[len(blocks)] = _PLACE
                blocks.append(Paragraph(m["place"], [(line.start, line.start + m.end("place"))]))
                blocks.extend(tail)
                continue
            if li and (wrapped := wrapped_phone(para.lines[li - 1].text, line)):
                close_list()  # '… easy terms. Phone' / '2417-J.'
                why[len(blocks)] = _WRAPPED_PHONE
                blocks.append(wrapped)
                continue
            contacts = contact_line(line)
            if contacts:
                close_list()
                blocks.extend(contacts)
                continue
            if text[:1].isdigit() and numbered_head(paras, pi, li):
                close_list()
                why[len(blocks)] = NUMBERED
                blocks.append(Heading(text, span))  # its number says which part it is
                continue
            if ITEM.match(text) and not NOTE.match(text):
                items = items if items is not None else []
                items.append(Text(_strip_marker(line, ITEM), span))
                continue
            if items and (li > 0 or para.gap == 0) and not in_priced and not _FIELD.match(text):
                # A line right under a list item (no blank line between) continues it; a
                # labelled field ('견본주택 : 주소') stands on its own.
                last = items[-1]
                items[-1] = Text(f"{last.text}\n{text}", [*last.spans, *span])
                continue
            close_list()
            if (pi or li) and FIRM.match(text) and (pi, li) not in over_points:
                why[len(blocks)] = SELLER_LINE  # 'HOLLIS & STARR, CLOTHIERS' over its address
                blocks.append(Paragraph(text, span))
                continue
            if (pi, li) in over_points or len(para.lines) == 1 and caps_head(text):
                over = _OVER_PRICES if (pi, li) in over_priced else _OVER_POINTS
                why[len(blocks)] = over if (pi, li) in over_points else CAPS_HEAD
                blocks.append(Heading(text, span))
                continue
            if (pi, li) == name_at and title is not None:
                why[len(blocks)] = NAME_HEAD
                blocks.append(Heading(text, span))
                continue
            if _ISSUE_DATE.match(text):
                why[len(blocks)] = _ISSUED
            blocks.append(Note(text, span) if NOTE.match(text) else Paragraph(text, span))
    close_table()
    close_list()
    # at the page's end, a heading with nothing under it, or a line stopping short
    foot = paras[-1].lines[-1].text if paras and paras[-1].lines else ""
    ends_short = bool(blocks) and (isinstance(blocks[-1], Heading) or cut_short(foot))
    truncated = cut_off or page_ends_here and ends_short
    ad = Ad(
        id=item_id,
        title=title,
        advertiser=advertiser(title, blocks),
        blocks=blocks,
        truncated=truncated,
    )
    if explain.active():
        explain.note_all(item_id, {leaf.path: _rule(ad, leaf.path, why) for leaf in leaves(ad)})
    return ad


_RULES = {
    Heading: "ad: heading marker ('•', '■')",
    ListBlock: "ad: list item marker ('-', '·', '1.')",
    Table: "ad: tab-separated cells",
    Contact: "ad: a phone number, e-mail or web address with its label",
    Note: "ad: a note in brackets or after '※'",
    Paragraph: "ad: other text",
}


# The place may hold initials and abbreviations ('See J. T. Mossman.', '14 S. Fourth st.').
_PLACE_THEN = re.compile(r"^(?P<place>.{3,60}\.)\s+(?P<rest>(?:Phone|Tel\.|Telephone)\s.+)$")
_PLACE = "ad: a place, a sentence of its own, before the phone on its line"
# A number alone on its line ('2417-J.', 'Rural 24-F-3.'), its word closing the line above.
_NUMBER_ALONE = re.compile(r"^(?P<n>(?:[A-Z][a-z]{2,8} )?\d{1,5}(?:-[A-Z0-9]{1,2}){0,2})\.?$")
_WRAPPED_PHONE = "ad: a number alone on its line under 'Phone' closing the line above: a phone"


def wrapped_phone(above: str, line: Line) -> Contact | None:
    """The phone whose word 'Phone' closes the line above and whose number the column
    wrapped onto this line, alone; or None."""
    if not above.endswith("Phone") or (m := _NUMBER_ALONE.match(line.text)) is None:
        return None
    if len(above) > len("Phone") and above[-6] != " ":
        return None  # 'iPhone': no phone's word
    return Contact("phone", m["n"], m["n"], "Phone", [(line.start, line.end)])


LEADER_TABLE = "ad: rows of a label and a figure joined by leader dots, a table with no header"
_PRICE_LIST = "ad: lines of goods in a row, each ending in its price or discount ('… $14.75')"
_POINTS = "ad: lines under one heading marker in a row are a list's points ('◆ …')"
_OVER_POINTS = "ad: the plain line over a run of marked points is their heading"
_OVER_PRICES = "ad: the name over a price list (a shop's, a product's) is its heading"


def _rule(ad: Ad, path: str, why: dict[int, str]) -> str:
    if path == "title":
        return why.get(-1, "ad: first line of the ad")
    k = int(path.split(".")[1])
    return why.get(k) or _RULES.get(type(ad.blocks[k]), "ad: other text")
