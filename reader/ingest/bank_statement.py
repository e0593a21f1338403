"""A bank's statement of condition, printed as a paid notice: 'STATEMENT OF THE CONDITION OF
THE FARMERS STATE BANK' (or 'REPORT OF …'), the place and date, 'RESOURCES' and
'LIABILITIES' each over leader-dot rows, the cashier's oath and his signature ('HAROLD
QUIST, Cashier.'). It is one ad (docs/representation.md, "A bank's statement of condition"):
its headings and rows start no item, and the signature closes it."""

from __future__ import annotations

import re

from reader.ingest.lines import Para

STATEMENT = "a bank's statement of condition: one ad, from its head to its cashier's signature"
_HEAD = re.compile(r"^(?:STATEMENT|REPORT) OF (?:THE )?CONDITION OF\b")
_SIGNED = re.compile(r"^[A-Z][A-Z. '-]{2,40}+, (?:Cashier|President|Treasurer)\.$")


def statement_head(paras: list[Para]) -> bool:
    """The paragraphs open with a statement's head."""
    return bool(paras) and bool(_HEAD.match(paras[0].lines[0].text))


def statement_open(current: list[Para]) -> bool:
    """The item in current is a statement its cashier has not signed yet: what follows is
    its own."""
    return statement_head(current) and not _SIGNED.match(current[-1].lines[-1].text)
