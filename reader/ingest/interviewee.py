"""The person an interview is with, named by their title under its headline ('한누리 누리대
교수', '가수 한누리'), on any line of the head under it: the `subheadline`
(docs/representation.md, "A person named under the headline: subject or writer"). An
interview shows itself by its questions and answers, or by a headline that quotes the
person ('"…"'), as a profile's does."""

from __future__ import annotations

import re

from reader.ingest.bylines import ORG_PERSON_LINE, PERSON_LINE, is_signature
from reader.ingest.repair import SENTENCE_END
from reader.ingest.writer_line import CONTRIBUTION

INTERVIEWEE_UNDER_DECK = (
    "head: names the person an interview is with, by their title, under its headline or deck"
)
# A headline quoting the one it is with, a column's tag perhaps before it: '"…"',
# '[미니 인터뷰] "…"'.
_QUOTED_HEAD = re.compile(r"^(?:\[[^\[\]]{1,12}\]\s?)?[“\"]")


def interviewee(headline: str, lines: list[str], asked: bool) -> int | None:
    """Which of the head's lines under the headline names the interviewee, or None. A
    contribution's or a reader's letter's quoted headline ('[독자의 소리] "…"') is its
    writer's; without questions, a writer's words ('주부') name no interviewee."""
    if not asked and (CONTRIBUTION.match(headline) or not _QUOTED_HEAD.match(headline)):
        return None
    return next((k for k, t in enumerate(lines) if _names(t, asked)), None)


def _names(line: str, asked: bool) -> bool:
    """A person and their title, their group or place before them perhaps (or, in questions
    and answers, what they do); a broadcast's labelled header ('대담 : NAME 단장') is the
    header's line, kept as printed."""
    if ":" in line or SENTENCE_END.search(line):
        return False
    return bool(
        PERSON_LINE.match(line) or ORG_PERSON_LINE.match(line) or asked and is_signature(line)
    )
