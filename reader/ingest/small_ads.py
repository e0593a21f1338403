"""An ad's paragraphs cut into small ads, each closed by its own contact."""

from __future__ import annotations

from reader.ingest.ad import HEADING, URL, contact_line, has_phone, is_plain_line, issued
from reader.ingest.ad_categories import category_heads
from reader.ingest.byline_lines import EMAIL
from reader.ingest.lines import Para

MIN_SMALL_ADS = 3  # parts, each with its own contact, that make a page of small ads


def has_contact(part: list[Para]) -> bool:
    """A phone, a web address or an e-mail ('이력서 jobs@…'): where to answer the ad."""
    return any(
        has_phone(x.text) or URL.search(x.text) or "@" in x.text and EMAIL.search(x.text)
        for p in part
        for x in p.lines
    )


def small_ads(paras: list[Para], page_ends_here: bool) -> list[list[Para]]:
    """An ad's paragraphs cut at blank lines when each part has its own contact (a page
    of small ads: a room to let, a job, a shop); the last part may lack one when the
    page ends with it (cut off at the page's edge). Else the ad whole."""
    parts: list[list[Para]] = []
    for para in paras:
        if not parts or para.gap and not para.inner:
            parts.append([])
        parts[-1].append(para)
    contacts = [has_contact(part) for part in parts]
    if contacts and page_ends_here and not contacts[-1]:
        contacts = contacts[:-1]
    heads = category_heads(parts, contacts)  # a category's head over its ads: a part too
    contacts = [c or k in heads for k, c in enumerate(contacts)]
    # two ads over a third cut off at the page's edge are two ads, as two alone are
    if len(contacts) < MIN_SMALL_ADS and not _two_ads(parts[: len(contacts)], contacts):
        return _ended_by_contacts(paras)
    if not all(contacts):
        return _ended_by_contacts(paras)
    return parts


def _two_ads(parts: list[list[Para]], contacts: list[bool]) -> bool:
    """Two parts apart by a blank line, each a title (a line that is no contact) over more
    lines, among them a contact line of its own: two ads one under another, each with its
    own phone or site. One ad's contact block set apart opens with a contact."""
    if len(parts) != 2 or len(contacts) != 2 or not all(contacts):
        return False
    for part in parts:
        lines = [x for p in part for x in p.lines]
        if len(lines) < 3 or contact_line(lines[0]) or not any(map(contact_line, lines[1:])):
            return False
    return True


def _ended_by_contacts(paras: list[Para]) -> list[list[Para]]:
    """Ads one after another, each closed by its contact line ('문의 ☎ …' / '전화 …'):
    cut after each paragraph whose last line is a contact, when a title (a plain line)
    opens what follows and a contact closes it too; a notice's date and issuer under its
    contact ('2026년 3월 11일' / '한빛시장') stay with it. Else the ad whole."""
    if not paras or not contact_line(paras[-1].lines[-1]):
        return [paras]  # cheap test first: most ads end in no contact line of their own
    parts: list[list[Para]] = [[]]
    for para in paras[:-1]:
        parts[-1].append(para)
        if has_contact([para]) and contact_line(para.lines[-1]):
            parts.append([])
    parts[-1].append(paras[-1])  # every part ends in its contact line
    for above, part in zip(parts, parts[1:], strict=False):
        while (n := issued(part)) and len(part) > n + 1:
            above.extend(part[:n])  # the notice's date and issuer close it
            del part[:n]
    if len(parts) < 2:
        return [paras]
    if not all(len(part) > 1 and _title_line(part[0]) for part in parts):
        return [paras]  # a second contact, or a '•' heading's part, is the same ad's
    return parts


def _title_line(para: Para) -> bool:
    """A plain line alone in its paragraph, no heading mark: an ad's title."""
    line = para.lines[0]
    return len(para.lines) == 1 and is_plain_line(line) and not HEADING.match(line.text)
