"""Which of an ad's plain lines are headings: a numbered short line over its block ('1.
입찰에 부치는 사항'), a short line in capitals alone in its block, the advertiser's or the
show's name in capitals set tight under the ad's title; not the seller's name at its foot."""

from __future__ import annotations

import re

from reader.ingest.head import is_caps
from reader.ingest.lines import Para
from reader.ingest.repair import TERMINAL

# '1. 입찰에 부치는 사항' over its block: a notice's numbered part, not a list's first item
_NUMBERED_HEAD = re.compile(r"^\d{1,2}\.\s\S[^.?!]{1,28}$")


def numbered_head(paras: list[Para], pi: int, li: int) -> bool:
    """A numbered short line opening a block, more of the block under it."""
    para = paras[pi]
    if li or not para.gap or not _NUMBERED_HEAD.match(para.lines[0].text):
        return False
    return len(para.lines) > 1 or pi + 1 < len(paras) and paras[pi + 1].gap == 0


NUMBERED = "ad: a numbered short line over its block ('1. 입찰에 부치는 사항'): a heading"
_CAPS_HEAD_MAX = 40  # characters of a heading in capitals
CAPS_HEAD = "ad: a short line in capitals alone in its block ('SUPERIOR COURT OF …')"


def caps_head(text: str) -> bool:
    return len(text) <= _CAPS_HEAD_MAX and is_caps(text) and not TERMINAL.search(text)


# The seller's name in capitals at the ad's foot: a firm ('KLEINMAN BROS.', 'BEAL MOTOR
# SALES CO.', 'WESTBROOK GAS & ELECTRIC CO.') or a shop by its trade ('THE FASHION SHOP',
# 'C. F. REINHOLD, JEWELER', 'HOLLIS & STARR, CLOTHIERS').
FIRM = re.compile(
    r"^[A-Z][A-Z.&,' -]{1,40}[ ,](?:BROS|CO|COMPANY|SONS?|INC|SHOP|STORE|JEWELERS?|CLOTHIERS?"
    r"|GROCERS?|DRUGGISTS?|HARDWARE|FURNITURE|GARAGE|BAKERY|PHARMACY|TAILORS?|FLORISTS?"
    r"|REALTORS?|AGENCY|AGENTS)\.?$"
)
SELLER_LINE = "ad: the seller's name in capitals under the ad's lines: a paragraph, no heading"


NAME_HEAD = "ad: a name in capitals right under the title, over lines that are not"


def name_under_title(paras: list[Para]) -> tuple[int, int] | None:
    """Where the ad's second line is the advertiser's or the show's name, in capitals, set
    tight under the title and over its details in lower case ('NOW PLAYING' / 'THE ORPHEUM
    THEATRE' / '"The Lantern Keeper"'), or None."""
    at = [(pi, li) for pi, para in enumerate(paras[:3]) for li in range(len(para.lines))][:3]
    if len(at) < 3 or at[1][1] == 0 and paras[at[1][0]].gap:
        return None  # set apart from the title by a blank line: a block of its own
    second, third = (paras[pi].lines[li].text for pi, li in at[1:])
    return at[1] if caps_head(second) and not is_caps(third) else None
