"""A Q&A's turns: who asks and who answers ('Q.' / 'A.', '문:' / '답:', a transcript's
speakers '홍길동>' and labelled turns '▶NAME TITLE='). Passes over to_units' units."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.ingest.repair import TERMINAL

if TYPE_CHECKING:
    from reader.ingest.lines import Line
    from reader.ingest.units import Unit

# A numbered turn ('Q1. …', 'A1. …') asks or answers as 'Q.' does; its stop and a space
# after the figure keep a quarter's figure ('Q1 실적', 'Q1.5') out.
# A letter and its stop before another initial is a name's ('A. C. Bergstrom'), no marker.
Q_MARK = re.compile(r"^(?:Q\s*[.:]\s*+(?![A-Z]\.)|Q\d{1,2}\.\s+|Q\s+(?=\S)|문\s*[:.)]\s*)")
A_MARK = re.compile(r"^(?:△\s*|A\s*[.:]\s*+(?![A-Z]\.)|A\d{1,2}\.\s+|답\s*[:.)]\s*)")
# A transcript's speaker: '◇ 홍길동> 질문', '◆ 김철수> 답', or the name alone before '>'.
# The first to speak is the host, who asks (`to_units`).
SPEAKER = re.compile(r"^(?:(?P<mark>[◇◆])\s*)?(?P<name>[가-힣]{2,4})\s*>\s*(?=\S)")
# '▶홍길동 의원(○○당)=질문', '▶김철수 장관=답': a turn labelled with the speaker's name and
# title before '=' (a later turn may shorten the name: '▶홍 의원='); the label is kept.
LABELLED = re.compile(
    r"^▶\s*(?=[가-힣]{1,4}\s(?:[가-힣]{1,12}\s){0,2}(?P<role>[가-힣]{1,12})"
    r"(?:\([^()]{1,20}\))?\s*=\s*\S)"
)


def next_turn(current: Unit | None, text: str) -> tuple[str, int, str] | None:
    """'A. …' on the line under a question that ends in '?' ('Q. …?'), or 'Q. …' under an
    answer's sentence: the next turn of a Q&A set tight, never an initial in a wrapped line."""
    if current is None or current.kind not in ("q", "a"):
        return None
    kind, pat = ("a", A_MARK) if current.kind == "q" else ("q", Q_MARK)
    m = pat.match(text) if text[:1] in "AQ" else None
    ends = "?" if kind == "a" else (".", "?", "!", '"', "”")
    if m is None or not current.lines[-1].text.endswith(ends):
        return None
    return kind, m.end(), f"marker {text[: m.end()].strip()!r} on the line under a turn"


_HOST_ASKS = "speaker {!r}>, the first to speak: the host asks"
_GUEST_ANSWERS = "speaker {!r}>, not the first to speak: a guest answers"
LABEL_ASKS = "speaker labelled '▶NAME {}=', the first speaker's title: asks"
_LABEL_ANSWERS = "speaker labelled '▶NAME {}=', another title: answers"


def speakers(units: list[Unit]) -> None:
    """A transcript's turns: the first speaker (the host) asks, every other answers,
    whatever mark ('◇', '◆') a line carries."""
    host = asker = None
    for u in units:
        if u.kind == "q" and u.rule.startswith("speaker labelled"):
            m = LABELLED.match(u.lines[0].text)
            role = m["role"] if m else None
            asker = asker or role
            u.kind = "q" if role == asker else "a"
            u.rule = (LABEL_ASKS if u.kind == "q" else _LABEL_ANSWERS).format(role)
        elif u.kind in ("q", "a") and u.rule.startswith("speaker"):
            m = SPEAKER.match(u.lines[0].text)
            name = m["name"] if m else None
            host = host or name
            u.kind = "q" if name == host else "a"
            u.rule = (_HOST_ASKS if u.kind == "q" else _GUEST_ANSWERS).format(name)


TRIANGLE_ASKS = (
    "marker '△' on each short line ending as a question over an unmarked answer, no other "
    "question: asks"
)
_ASKED = 60  # characters: a question on one line; an answer marked '△' runs on
# A question's end: '?', or a stop after a question's ending ('전망은.', '충분한가.',
# '어떻게 보나.'); a list's head under '△' ('△청년 주거 지원 확대') ends in none.
_ASKS_END = re.compile(r"(?:\?|[은는나까가냐]\.)[”’\"')]*$")


def triangle_asks(units: list[Unit]) -> None:
    """'△올해 실적 전망은.' over its answer's unmarked paragraph, turn after turn, where
    nothing else asks: the paper marks its questions with '△' (others mark answers so,
    under a question of their own)."""
    marked = [k for k, u in enumerate(units) if u.kind == "a" and u.lines[0].text[:1] == "△"]
    if len(marked) < 2 or any(u.kind == "q" for u in units):
        return
    for k in marked:
        u = units[k]
        text = u.lines[0].text
        if len(u.lines) != 1 or len(text) > _ASKED or not _ASKS_END.search(text):
            return
        if k + 1 == len(units) or units[k + 1].kind != "text":
            return
    for k in marked:
        units[k].kind, units[k].rule = "q", TRIANGLE_ASKS


BARE_ASKS = "a short line alone ending in '?' over an unmarked answer, in an interview ('대담=')"


def bare_asks(units: list[Unit]) -> None:
    """'취임 후 1년을 돌아본다면?' alone over its answer's paragraph, turn after turn, in
    a story credited to its interviewer ('대담=NAME 편집국장'): questions printed without a
    mark. A story's rhetorical question stands in prose, or once."""
    if any(u.kind == "q" for u in units):
        return
    if not any(u.kind == "byline" and u.lines[0].text.startswith("대담") for u in units):
        return
    asked = [
        k
        for k, u in enumerate(units[:-1])
        if u.kind == "text"
        and len(u.lines) == 1
        and len(u.lines[0].text) <= _ASKED
        and u.lines[0].text.endswith("?")
        and units[k + 1].kind == "text"
    ]
    if len(asked) >= 2:
        for k in asked:
            units[k].kind, units[k].rule = "q", BARE_ASKS


DASH_ANSWER = (
    "plain text: the lines set tight under an interview's dashed question that closes on its"
    " own line ('―비결은.'): its answer"
)
_ANSWERED = 2  # dashed questions at least, each over its answer: an interview


def dash_answers(units: list[Unit]) -> list[Unit]:
    """'―리걸클리닉을 필수로 바꾼 이유는.' over the lines of its answer, set tight in one
    block: the question closes on its own line, shorter than the column its answer fills,
    turn after turn; each answer is cut from its question's unit, which the body reads as
    an interview's. A dashed item whose line runs on to the next ('- 신청은 12일까지 누리집
    에서' / '받는다.') stays one unit, and one such turn alone is a list's item."""
    asked = {k for k, u in enumerate(units) if u.kind == "dash" and _asks_over_answer(u)}
    if len(asked) < _ANSWERED:
        return units
    out: list[Unit] = []
    for k, u in enumerate(units):
        if k not in asked:
            out.append(u)
            continue
        out.append(replace(u, lines=u.lines[:1]))
        answer = u.lines[1:]
        end = _answer_end(answer)
        out.append(replace(u, kind="text", lines=answer[:end], marker=0, gap=0, rule=DASH_ANSWER))
        if end < len(answer):  # what follows a quoted answer closed is no more of it
            out.append(
                replace(u, kind="text", lines=answer[end:], marker=0, gap=0, rule=AFTER_QUOTE)
            )
    return out


AFTER_QUOTE = "plain text: a line under an interview's quoted answer, closed on the line above"
_QUOTE_CLOSED = re.compile(r"[”\"][.!?]?$")


def _answer_end(lines: list[Line]) -> int:
    """How many lines the answer holds: a quoted answer ('"특별한 비결은 없다. …' / '… 알게
    됐다."') ends on the line its quotation closes; an unquoted one runs on."""
    if lines[0].text[:1] not in '“"':
        return len(lines)
    return next(
        (k + 1 for k, line in enumerate(lines) if _QUOTE_CLOSED.search(line.text)), len(lines)
    )


def _asks_over_answer(u: Unit) -> bool:
    first = u.lines[0].text
    if len(u.lines) < 2 or len(first) > _ASKED or not TERMINAL.search(first):
        return False
    return len(first) < len(u.lines[1].text)


def who_asks(units: list[Unit]) -> None:
    """The passes that settle a Q&A's turns: a transcript's speakers, '△' questions,
    unmarked ones in an interview."""
    speakers(units)
    triangle_asks(units)
    bare_asks(units)
    numbered_answers(units)


_NUMBERED = re.compile(r"^[QA]\d")
UNASKED = "plain text: a numbered answer ('A1.') with no numbered question before it"


def numbered_answers(units: list[Unit]) -> None:
    """'A1. …' answers only a numbered question ('Q1. …') before it: with none, a story's
    numbered points ('A1. 등급을 받은 회사채는 …') are its text, as printed."""
    asked = False
    for u in units:
        numbered = u.kind in ("q", "a") and bool(_NUMBERED.match(u.lines[0].text))
        asked = asked or numbered and u.kind == "q"
        if numbered and u.kind == "a" and not asked:
            u.kind, u.marker, u.rule = "text", 0, UNASKED
