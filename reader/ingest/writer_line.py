"""The writer's line under the headline of a piece its writer names: a contribution
('[기고] 제목', '[시론] 제목') or a column named for its writer ('[홍길동의 골목경제] 제목').
The person printed under it wrote it (docs/representation.md, "A person named under the
headline: subject or writer"): 'NAME 칼럼니스트' on one line, or the name alone over what
they are ('김영순' / '한빛시노인복지관장'), is the byline, never a deck.
"""

from __future__ import annotations

import re

from reader.ingest.bylines import is_signature
from reader.ingest.pieces import Piece
from reader.ingest.repair import TERMINAL
from reader.model import Byline

# A headline tagged as a contribution: '[기고] 제목', '[시론] 제목'; its writer signs under it.
# A kicker naming the piece a column ('[부동산 칼럼]', '[한결칼럼]') says so too: a column is
# its columnist's, never an interview.
CONTRIBUTION = re.compile(
    r"^[\[【]\s*(?:특별\s?)?(?:기고|시론|논단|기고문|발언대|[가-힣·]{0,10}\s?칼럼"
    r"|독자\s?(?:의\s?소리|기고|투고|편지|마당))\s*[\]】]"  # a reader's letter: its writer signs
)
# A column named for its writer: '[홍길동의 골목경제] 제목'.
_NAMED = re.compile(r"^[\[【]\s*(?P<name>[가-힣]{2,4})의\s")
_NAME = re.compile(r"^[가-힣]{2,4}$")
_ROLE_MAX = 30  # characters of what the writer is ('한빛시노인복지관장', '누리대 경영학부 교수')
NAME_OVER_ROLE = "bylines: a name alone over what they are, under a contribution's headline"


def named_writer(headline: str, line: str) -> bool:
    """'서하준 칼럼니스트' under '[서하준의 골목경제] …': the column's own writer."""
    m = _NAMED.match(headline)
    return m is not None and line.startswith(f"{m['name']} ") and is_signature(line)


def name_over_role(headline: str, name: Piece, role: Piece) -> Byline | None:
    """The byline of a name alone over a short line of what they are, each on a line of
    its own under a contribution's or a named column's headline."""
    if not (CONTRIBUTION.match(headline) or _NAMED.match(headline)):
        return None
    if name.kind != "text" or role.kind != "text" or not _NAME.match(name.text):
        return None
    if len(role.text) > _ROLE_MAX or TERMINAL.search(role.text) or "\n" in role.text:
        return None
    if not is_signature(f"{name.text} {role.text}"):
        return None  # a deck's two short lines ('골든타임' / '이미 지나가고 있다')
    spans = [*name.chunk.spans, *role.chunk.spans]
    return Byline(name.text, role.text, None, None, f"{name.text} {role.text}", spans)
