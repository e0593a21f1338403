"""Units of one article -> Article: head, repaired body, Q&A, captions, bylines."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import msgspec

from reader.ingest.repair import Chunk, Vocabulary, separator
from reader.ingest.segment import Line
from reader.ingest.units import (
    AGENCY_LINE,
    BYLINE,
    CREDIT_PREFIXES,
    EMAIL_ONLY,
    LEAD_BYLINE,
    Unit,
)
from reader.model import Article, Block, Byline, Span, Text

SHORT = 45  # characters: longer lines are prose, not headlines or deck lines
# The subheadline names the person an article is about: '오상진 인공지능산업융합사업단장',
# '귀농 10년차 김순자 씨'. Other lines under the headline sum it up: they are the deck.
PERSON_LINE = re.compile(
    r"^[가-힣]{2,4}\s[^…]*"
    r"(?:단장|원장|총장|회장|사장|시장|관장|의장|청장|국장|과장|팀장|교장|소장|처장|실장|부장|센터장"
    r"|학장|군수|지사|대표|이사|교수|감독|위원|의원|씨|작가|변호사|박사|선수|코치|신부|스님|목사"
    r"|대사|총리|장관|차관)$"
)
# A column signed at its end: '홍길동 광주대 교수', '<김철수 전남대 명예교수>', '/ 이영희 변호사'.
_SIGNATURE_MARKS = re.compile(r"^[<(\[/―—–-]?\s*(?P<person>.+?)\s*[>)\]]?$")
_SENTENCE_END = re.compile(r"[.?!](?=['\"’”)\]]*(?:\s|$))")
# Opening mark -> closing mark; straight quotes open and close with the same mark.
_PAIRS = {"‘": "’", "“": "”", "(": ")", "[": "]", "「": "」", '"': '"', "'": "'"}
_CLOSING = {c: o for o, c in _PAIRS.items() if o != c}


@dataclass
class Piece:
    kind: str
    chunk: Chunk
    unit: Unit
    lifted: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return self.chunk.text


def is_short(piece: Piece) -> bool:
    return (
        piece.kind == "text"
        and len(piece.unit.lines) == 1
        and len(piece.text) <= SHORT
        and not piece.chunk.terminated
    )


def _sentences(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def _unclosed(text: str) -> set[str]:
    """Opening quotes or brackets left open at the end of text."""
    open_: set[str] = set()
    for ch in text:
        if ch in _CLOSING:
            open_.discard(_CLOSING[ch])
        elif _PAIRS.get(ch) == ch:  # a straight quote opens or closes
            open_ ^= {ch}
        elif ch in _PAIRS:
            open_.add(ch)
    return open_


def _closes(opened: set[str], text: str) -> bool:
    return any(_PAIRS[o] in text for o in opened)


def _first_sentence_words(text: str) -> int | None:
    m = _SENTENCE_END.search(text)
    return len(text[: m.start()].split()) if m else None


def _inserted_caption(a: Piece, b: Piece, c: Piece, vocab: Vocabulary) -> bool:
    """Is b a photo caption that extraction dropped between the halves a, c of one sentence?"""
    if not b.chunk.terminated or _sentences(b.text) != 1 or len(b.text) > 200:
        return False
    if separator(a.text, b.text, vocab) == "" or _closes(_unclosed(a.text), b.text):
        return False  # a continues into b
    if _closes(_unclosed(a.text), c.text):
        return True  # c closes the quote a opened, and b does not
    words = _first_sentence_words(c.text)
    return separator(a.text, c.text, vocab) == "" or (words is not None and words <= 2)


def _mergeable(p: Piece) -> bool:
    """A body piece that stops mid-sentence, so the next text piece continues it."""
    if p.kind not in ("text", "q", "a", "dash") or p.chunk.terminated:
        return False
    return p.kind != "text" or len(p.text) > SHORT


def repair(pieces: list[Piece], vocab: Vocabulary) -> list[Piece]:
    """Join sentences split by column breaks, lifting out captions dropped inside them."""
    out: list[Piece] = []
    k = 0
    while k < len(pieces):
        cur = pieces[k]
        k += 1
        while _mergeable(cur) and k < len(pieces):
            nxt = pieces[k]
            if nxt.kind == "text":
                after = pieces[k + 1] if k + 1 < len(pieces) else None
                if (
                    after is not None
                    and after.kind == "text"
                    and _inserted_caption(cur, nxt, after, vocab)
                ):
                    cur.lifted.append(Piece("caption", nxt.chunk, nxt.unit))
                    nxt, k = after, k + 1
                cur.chunk.add(nxt.chunk, separator(cur.text, nxt.text, vocab))
                k += 1
                continue
            if nxt.kind in ("caption", "tri"):
                j = k + 1
                while j < len(pieces) and pieces[j].kind == "credit":
                    j += 1
                if j < len(pieces) and pieces[j].kind == "text":
                    cur.lifted.extend(
                        Piece("credit" if p.kind == "credit" else "caption", p.chunk, p.unit)
                        for p in pieces[k:j]
                    )
                    cur.chunk.add(pieces[j].chunk, separator(cur.text, pieces[j].text, vocab))
                    k = j + 1
                    continue
            break
        out.append(cur)
        out.extend(cur.lifted)
    return out


def _source_spans(lines: list[Line], start: int, end: int) -> list[Span]:
    """Source spans of text[start:end], where text is the lines joined by single spaces."""
    out: list[Span] = []
    pos = 0
    for line in lines:
        lo, hi = max(start, pos), min(end, pos + len(line.text))
        if lo < hi:
            out.append((line.start + lo - pos, line.start + hi - pos))
        pos += len(line.text) + 1
    return out


def _place(prefix: str | None) -> str | None:
    """The dateline of 'X=홍길동 기자', unless X says what the reporter did ('정리=')."""
    return None if prefix is None or prefix in CREDIT_PREFIXES else prefix


def parse_bylines(unit: Unit) -> list[Byline]:
    """Bylines of a unit; names sharing a role ('홍길동·김철수 기자') each get one."""
    text = " ".join(x.text for x in unit.lines)
    if AGENCY_LINE.match(text):
        agency = text.lstrip("/ ")
        return [Byline(agency, None, None, None, agency, _source_spans(unit.lines, 0, len(text)))]
    # '(여수=연합뉴스) 홍길동 기자 =': the dateline stands before the agency's name.
    lead = LEAD_BYLINE.match(text)
    lead_place = lead["dl"] if lead else None
    matches = list(BYLINE.finditer(text))
    out: list[Byline] = []
    # Each byline owns the text from its start to the next one's (glue included).
    cuts = [0] + [x.start() for x in matches[1:]] + [len(text)]
    for i, x in enumerate(matches):
        names = re.split(r"\s*[·,]\s*", x["names"])
        seg_start = cuts[i]
        for j, name in enumerate(names):
            last = j == len(names) - 1
            name_at = text.index(name, x.start("names"))
            seg_end = cuts[i + 1] if last else name_at + len(name)
            email = x["email"] if last else None
            place = x["dateline"] or lead_place
            prefix = f"{place}=" if place else ""
            shown = f"{prefix}{name} {x['role']}" + (f" {email}" if email else "")
            spans = _source_spans(unit.lines, seg_start, seg_end)
            out.append(Byline(name, x["role"], email, _place(place), shown, spans))
            seg_start = seg_end
    return out


def _signature(p: Piece) -> Byline | None:
    """The byline of an opinion column: its last line, a person and what they are.

    Only for articles with no reporter's byline, and only a single short line that
    names a person by a title (PERSON_LINE), so a closing sentence stays body text.
    """
    if not is_short(p) or _sentences(p.text):
        return None
    m = _SIGNATURE_MARKS.match(p.text)
    if m is None or not PERSON_LINE.match(m["person"]):
        return None
    name, _, role = m["person"].partition(" ")
    return Byline(name, role.strip(), None, None, p.text, list(p.chunk.spans))


def _agency_credit(pieces: list[Piece], k: int) -> bool:
    """An agency's name closing the article (not crediting a photo just above it)."""
    p = pieces[k]
    return (
        p.kind == "credit"
        and bool(AGENCY_LINE.match(p.text))
        and (k == 0 or pieces[k - 1].kind not in ("caption", "tri", "credit"))
    )


def build_article(units: list[Unit], item_id: str, vocab: Vocabulary) -> Article:
    pieces = [Piece(u.kind, u.chunk(vocab), u) for u in units]
    bylines: list[Byline] = []
    # Head: leading short lines (headline, subheadline, deck) and top bylines.
    head: list[Piece] = []
    i = 0
    while i < len(pieces):
        p = pieces[i]
        if p.kind == "byline":
            bylines.extend(parse_bylines(p.unit))
        elif is_short(p) and i + 1 < len(pieces):
            head.append(p)
        else:
            break
        i += 1
    # Tail: bylines at the end; a lone email there completes a byline printed above
    # ('[광남일보 홍길동 기자] ...' at the top, 'hong@...' at the end).
    end = len(pieces)
    email = None
    if end > i and pieces[end - 1].kind == "text" and EMAIL_ONLY.match(pieces[end - 1].text):
        email, end = pieces[end - 1], end - 1
    tail: list[Byline] = []
    while end > i and (pieces[end - 1].kind == "byline" or _agency_credit(pieces, end - 1)):
        end -= 1
        tail[:0] = parse_bylines(pieces[end].unit)
    if not tail and not bylines and end > i + 1 and (signed := _signature(pieces[end - 1])):
        tail, end = [signed], end - 1
    owners = [b for b in bylines + tail if b.email is None and b.role]
    if email is not None and not owners:
        tail, end = [], len(pieces)  # no byline to complete: the tail is body text
        email = None
    body_pieces = repair(pieces[i:end], vocab)

    headline = _text(head[0]) if head else None
    rest = head[1:]
    subheadline = None
    if rest and PERSON_LINE.match(rest[0].text):
        subheadline, rest = _text(rest[0]), rest[1:]
    deck = [_text(p) for p in rest]

    has_answers = any(p.kind == "a" for p in body_pieces)
    body: list[Block] = []
    prev_kind = None
    k = 0
    while k < len(body_pieces):
        p = body_pieces[k]
        nxt = body_pieces[k + 1] if k + 1 < len(body_pieces) else None
        kind = _block_kind(p, nxt, prev_kind, has_answers, body)
        if kind == "byline":
            bylines.extend(parse_bylines(p.unit))
            k += 1
            continue
        if kind == "credit":
            if body and body[-1].kind == "caption":
                last = body[-1]
                body[-1] = Block("caption", f"{last.text}\n{p.text}", [*last.spans, *p.chunk.spans])
            else:
                body.append(Block("caption", p.text, list(p.chunk.spans)))
            k += 1
            continue
        if kind == "deck-run":
            run = _short_run(body_pieces, k)
            deck.extend(_text(q) for q in run)
            k += len(run)
            prev_kind = "deck"
            continue
        body.append(Block(kind, p.text, list(p.chunk.spans)))  # type: ignore[arg-type]
        prev_kind = kind
        k += 1
    bylines += tail
    if email is not None:
        bylines = _complete(bylines, email)
    return Article(
        id=item_id,
        headline=headline,
        subheadline=subheadline,
        deck=deck,
        body=body,
        bylines=bylines,
    )


def _complete(bylines: list[Byline], email: Piece) -> list[Byline]:
    """Give the lone email to the last byline of a reporter without one."""
    k = max(k for k, b in enumerate(bylines) if b.email is None and b.role)
    b = bylines[k]
    address = email.text.strip("()")
    done = msgspec.structs.replace(
        b, email=address, text=f"{b.text} {address}", spans=[*b.spans, *email.chunk.spans]
    )
    return [*bylines[:k], done, *bylines[k + 1 :]]


def _short_run(pieces: list[Piece], k: int) -> list[Piece]:
    run: list[Piece] = []
    while k < len(pieces) and is_short(pieces[k]):
        run.append(pieces[k])
        k += 1
    return run


def _block_kind(
    p: Piece, nxt: Piece | None, prev: str | None, has_answers: bool, body: list[Block]
) -> str:
    if p.kind == "q":
        return "question"
    if p.kind == "a":
        return "answer"
    if p.kind == "dash":
        return "question" if has_answers or _quoted(nxt) or p.text.endswith("?") else "bullet"
    if p.kind == "tri":
        # '▲' marks questions and photo captions alike: a question is followed by its
        # answer, marked or quoted; a caption describes a scene ('...하고 있다.').
        if nxt is not None and nxt.kind == "a":
            return "question"
        quoted_answer = not has_answers and _quoted(nxt) and not p.text.endswith("다.")
        return "question" if quoted_answer or p.text.endswith("?") else "caption"
    if p.kind in ("caption", "subhead", "byline", "credit"):
        return p.kind
    # Plain text.
    if prev == "question":
        return "answer"  # answers printed without a marker ("…" quotes, or plain)
    if prev == "lead" and len(_short_run_from(p, nxt)) >= 2:
        return "deck-run"
    if all(b.kind == "caption" for b in body):
        return "lead"  # the first text of the body, even under a photo and its caption
    return "paragraph"


def _quoted(p: Piece | None) -> bool:
    return p is not None and p.kind == "text" and p.text[:1] in "“\"'‘"


def _short_run_from(p: Piece, nxt: Piece | None) -> list[Piece]:
    return [x for x in (p, nxt) if x is not None and is_short(x)]


def _text(p: Piece) -> Text:
    return Text(p.text, list(p.chunk.spans))
