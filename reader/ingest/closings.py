"""The complimentary close of minutes and letters: 'Respectfully submitted,' over 'NAME,
Title' signs the document, the name line its byline (the close stays text). units.py cuts
the name line off as a byline; bylines.py reads its name and title."""

from __future__ import annotations

import re

CLOSE = re.compile(
    r"^(?:Respectfully(?: submitted| yours)?|Sincerely(?: yours)?|Yours (?:truly|sincerely)"
    r"|Very truly yours|Cordially|Submitted by|Attest),?:?$"
)
# 'Karen Lindqvist, City Clerk': a name of two to four capitalised words, a comma, a title.
SIGNED_NAME = re.compile(
    r"^(?P<name>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}),\s*(?P<role>[A-Z][^,;.!?]{1,40})$"
)
CLOSING_RULE = "a name and title under a complimentary close ('Respectfully submitted,')"
