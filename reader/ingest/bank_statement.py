"""A bank's statement of condition, printed as a paid notice: 'STATEMENT OF THE CONDITION OF
THE FARMERS STATE BANK' (or 'REPORT OF …'), the place and date, 'RESOURCES' and
'LIABILITIES' each over leader-dot rows, the cashier's oath and his signature ('HAROLD
QUIST, Cashier.' or 'Harold Quist, Cashier.'), then perhaps the notary's jurat and the
directors' attest. It is one ad (docs/representation.md, "A bank's statement of
condition"): its headings and rows start no item, and the cashier's signature closes it,
the oath and attest lines in its paragraph staying in it."""

from __future__ import annotations

import re

from reader.ingest.lines import Para

STATEMENT = "a bank's statement of condition: one ad, from its head to its cashier's signature"
_HEAD = re.compile(r"^(?:STATEMENT|REPORT) OF (?:THE )?CONDITION OF\b")
# the head names a bank: 'REPORT OF THE CONDITION OF THE COUNTY ROADS' is a story's head
_BANK = re.compile(r"\b(?:BANK|BANKING|TRUST|SAVINGS|LOAN)\b")
# the cashier signs in capitals or in mixed case; a president or treasurer only in capitals
_SIGNED = re.compile(
    r"^[A-Z][A-Za-z. '-]{2,40}+, (?:Ass(?:istan)?t\.? )?Cashier\.$"
    r"|^[A-Z][A-Z. '-]{2,40}+, (?:President|Treasurer)\.$"
)


def statement_head(paras: list[Para]) -> bool:
    """The paragraphs open with a statement's head, its capitals lines naming a bank."""
    if not paras or not _HEAD.match(paras[0].lines[0].text):
        return False
    head = []
    for line in paras[0].lines[:4]:  # the bank's name may wrap over three lines
        if line.text != line.text.upper():
            break
        head.append(line.text)
    return bool(_BANK.search(" ".join(head)))


def statement_open(current: list[Para]) -> bool:
    """The item in current is a statement its cashier has not signed yet: what follows is
    its own."""
    return statement_head(current) and not any(
        _SIGNED.match(line.text) for para in current for line in para.lines
    )
