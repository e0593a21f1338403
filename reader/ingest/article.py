"""Units of one article -> Article: head, repaired body, Q&A, captions, bylines."""

from __future__ import annotations

import re

from reader.ingest import explain
from reader.ingest.apart_scenes import scene_apart
from reader.ingest.article_bylines import (
    DATELINE,
    SIGNED_UNDER,
    closing,
    columnist,
    signed_under_headline,
    split_dateline,
)
from reader.ingest.body import build_body
from reader.ingest.brevities import run_in_head, run_in_title
from reader.ingest.bylines import (
    PERSON_LINE,
    complete,
    merged,
    owner,
    parse_bylines,
    signature,
    source_spans,
)
from reader.ingest.closing_lines import closing_email
from reader.ingest.column_breaks import repair
from reader.ingest.credited_photo import PHOTO_BYLINE, credited_caption
from reader.ingest.credits import DRAWING_CREDIT
from reader.ingest.head import (
    COLUMN_MAX,
    column_parts,
    is_noise,
)
from reader.ingest.head_end import (
    STANDFIRST,
    TIGHT_SUBHEAD,
    standfirst,
    tight_subhead,
)
from reader.ingest.head_rule import head_rule
from reader.ingest.head_wraps import wrapped_head
from reader.ingest.interviewee import INTERVIEWEE_UNDER_DECK, interviewee
from reader.ingest.jump_lines import continued, edge_jumps, jump_above
from reader.ingest.lead_lines import lead_in_head
from reader.ingest.licences import licence_register
from reader.ingest.part_titles import part_titles
from reader.ingest.pieces import (
    Piece,
    caption_like,
    is_short,
    standing_title,
    text_of,
)
from reader.ingest.repair import TERMINAL, Chunk, Vocabulary
from reader.ingest.run_in_entries import run_in_list
from reader.ingest.runs import DEATHS_HEAD, STANDING_ENTRIES, deaths_listed
from reader.ingest.ship_lists import ship_list
from reader.ingest.tab_head import BAR_END
from reader.ingest.torn_lead import lead_after_byline, torn_into_body
from reader.ingest.unit_notes import UNIT_NOTE, unit_note
from reader.ingest.units import Unit
from reader.ingest.verse import stanzas
from reader.ingest.writer_line import NAME_OVER_ROLE, name_over_role
from reader.model import Article, Byline, Text

__all__ = ["build_article", "parse_bylines"]


_CARTOON = "a cartoon's words over its credit '그림=' (its speech lines one caption)"
# A panel's speech line, its speaker before a colon: '봄이: 엄마, 딸기 나왔어!'.
_SPEECH = re.compile(r"^[가-힣A-Za-z]{1,6}\s?:\s?\S.{0,60}$")
_DASH_DECK = "head: '- ' lines under the headline, no answer after them: the deck"


def _deck_dashes(pieces: list[Piece]) -> bool:
    """'- ' lines under the headline, before any text, and none once the text begins, none a
    sentence: the deck, set as a list; an interview's dashes go on through its text."""
    if len(pieces) < 2 or pieces[1].kind != "dash":
        return False
    dashes = [k for k, p in enumerate(pieces) if p.kind == "dash"]
    text = [k for k, p in enumerate(pieces) if p.kind == "text" and k > 0]
    if not dashes or not text or dashes[0] != 1 or pieces[0].kind != "text":
        return False
    # A deck's lines say what the story is about; a list's items are sentences of their own.
    dash_lines = pieces[1 : text[0]]
    return dashes[-1] < text[0] and all(
        len(p.unit.lines) == 1 and not TERMINAL.search(p.text) for p in dash_lines
    )


# A broadcast transcript's header under its headline: '■ 방송 : 프로그램', '■ 대담 : NAME'.
_HEADER = re.compile(r"^■\s*[가-힣]{2,4}\s*:\s*(?=\S)")
_HEADER_DECK = "head: a transcript's header line '■ WORD : …' under the headline"


def _header(p: Piece) -> Piece | None:
    """The header line without its mark, as a deck line (its spans keep the mark)."""
    first = p.unit.lines[0].text
    if p.kind not in ("text", "subhead") or len(p.unit.lines) > 1 or not _HEADER.match(first):
        return None
    return Piece(p.kind, Chunk(p.text.lstrip("■ "), list(p.chunk.spans)), p.unit)


def _headline(p: Piece) -> tuple[Text, list[tuple[Text, str]]]:
    """The headline, and the deck a column's headline line carries after ' - '."""
    parts = column_parts(p.text) if len(p.unit.lines) == 1 else None
    if parts is None and run_in_head(p.text):  # its stop and dash only carry structure
        return Text(run_in_title(p.text), list(p.chunk.spans)), []
    if parts is None and p.text.endswith(BAR_END):  # '헤드라인 |' over its text (tab_head)
        return Text(p.text.removesuffix(BAR_END), list(p.chunk.spans)), []
    if parts is None or parts[1] == len(p.text):
        return text_of(p), []
    title_end, deck_start = parts
    cut = p.text[title_end:deck_start]
    dash = title_end + len(cut) - len(cut.lstrip())  # the deck's span keeps its dash
    lines = p.unit.lines
    title = Text(p.text[:title_end], source_spans(lines, 0, title_end))
    deck = Text(p.text[deck_start:], source_spans(lines, dash, len(p.text)))
    return title, [(deck, "head: column headline, the deck after ' - '")]


def build_article(
    units: list[Unit], item_id: str, vocab: Vocabulary, find_head: bool = True
) -> Article:
    """find_head=False when the caller found the head itself (a PDF's type sizes)."""
    pieces = ship_list([Piece(u.kind, u.chunk(vocab), u) for u in units])
    pieces = stanzas(licence_register(run_in_list(pieces)))
    parts = part_titles(pieces)  # 'Oatmeal Bread.', 'Corn Meal Muffins.': the body's parts
    above, pieces = jump_above(pieces) if find_head else (None, pieces)
    credited = any(p.kind == "byline" and PHOTO_BYLINE.search(p.text) for p in pieces)
    bylines: list[tuple[Byline, str]] = []
    # Head: leading short lines (headline, subheadline, deck) and top bylines.
    head: list[tuple[Piece, str]] = []
    i = 0
    only = pieces[0] if len(pieces) == 1 else None
    if find_head and only and standing_title(only) and not is_noise(only.text):
        # A title with nothing under it: a column's name over the items it holds.
        head, i = [(pieces[0], "head: a title with nothing under it")], 1
    one_line = [p.text for p in pieces[1:] if p.kind == "text" and len(p.unit.lines) == 1]
    if (
        find_head
        and not head
        and len(one_line) == len(pieces) - 1
        and deaths_listed(pieces[0].text, one_line)
    ):
        head, i = [(pieces[0], DEATHS_HEAD)], 1
        pieces[1:] = [Piece("dot", p.chunk, p.unit, rule=STANDING_ENTRIES) for p in pieces[1:]]
    # a photo printed over the story's headline: its caption is the body's, the head under it
    lifted = _caption_over_head(pieces) if find_head and not head else None
    if lifted is not None:
        pieces = pieces[1:]
    deck_dashes = _deck_dashes(pieces)
    transcript = any(p.kind == "q" and p.unit.rule.startswith("speaker") for p in pieces)
    while i < len(pieces):
        p = pieces[i]
        nxt = pieces[i + 1] if i + 1 < len(pieces) else None
        if p.kind == "jump":
            break
        if p.kind == "byline":
            bylines.extend((b, p.why) for b in parse_bylines(p.unit))
        elif head and p.kind == "dash" and deck_dashes and len(p.text) <= COLUMN_MAX:
            head.append((p, _DASH_DECK))
        elif head and transcript and (header := _header(p)):
            head.append((header, _HEADER_DECK))
        elif head and not bylines and standfirst(pieces, i):
            head.append((p, STANDFIRST))
        elif head and nxt is not None and p.kind == "text" and tight_subhead(p, nxt):
            pieces[i] = Piece("subhead", p.chunk, p.unit, rule=TIGHT_SUBHEAD)
            break
        elif find_head and head and p.chunk.spans and p.chunk.spans[0][0] in parts:
            break  # 'Oatmeal Bread.' over its recipe, under the column's title: a part's
        elif find_head and head and bylines and lead_after_byline(pieces, i, vocab):
            break
        elif find_head and head and unit_note(p, nxt):
            pieces[i] = Piece(p.kind, p.chunk, p.unit, rule=UNIT_NOTE)
            break
        elif find_head and (rule := head_rule(p, nxt, bool(head))):
            head.append((p, rule))
        else:
            break
        i += 1
    keep = lead_in_head(head, pieces, i) if find_head else len(head)
    head, i = head[:keep], i - (len(head) - keep)
    keep = torn_into_body(head, pieces, i, vocab) if find_head else len(head)
    head, i = head[:keep], i - (len(head) - keep)
    if lifted is not None:
        pieces.insert(i, lifted)
    if bylines and i < len(pieces) and (dated := split_dateline(pieces[i], bylines[-1][0], vocab)):
        pieces[i], bylines[-1] = dated[0], (dated[1], f"{bylines[-1][1]}; {DATELINE}")
    if (
        len(head) > 1
        and not bylines
        and all(is_short(p) for p in pieces[i:])
        and is_short(head[1][0])
    ):
        # Nothing but short lines under the headline: rows of results or a list, not a
        # deck over a body (a deck that ends as a sentence, '(Quoted Daily by ….)',
        # is no row).
        i = next(k for k, p in enumerate(pieces) if p is head[1][0])
        head = head[:1]
    back, on, i = edge_jumps(pieces, i)
    back = above or back
    # Tail: bylines at the end (a copyright notice may follow them); a lone email there
    # completes a byline printed above ('[광남일보 홍길동 기자] ...' at the top, 'hong@...'
    # at the end).
    end = len(pieces)
    while end > i and pieces[end - 1].kind == "copyright":
        end -= 1
    notice = pieces[end:]
    pieces = pieces[:end]
    email = None
    if end > i and pieces[end - 1].kind == "text" and closing_email(pieces[end - 1].text):
        email, end = pieces[end - 1], end - 1
    tail: list[tuple[Byline, str]] = []
    while end > i and closing(pieces, end - 1):
        end -= 1
        why = (
            pieces[end].why
            if pieces[end].kind == "byline"
            else "article: credit closing the article"
        )
        tail[:0] = [(b, why) for b in parse_bylines(pieces[end].unit)]
    if (
        tail
        and end > i
        and DRAWING_CREDIT.match(pieces[end].text)
        and caption_like(pieces[end - 1])
    ):
        j = end - 1  # the cartoon's words, over who drew it: its panels' speech lines too
        while j > i and all(_SPEECH.match(p.text) for p in pieces[j - 1 : end]):
            j -= 1
        chunk, lines = Chunk(), [x for p in pieces[j:end] for x in p.unit.lines]
        for p in pieces[j:end]:
            chunk.add(p.chunk, "\n")
        unit = Unit("text", lines, 0, pieces[j].unit.gap, pieces[j].unit.rule)
        pieces[j:end] = [Piece("caption", chunk, unit, rule=_CARTOON)]
        end = j + 1
    if not tail and not bylines and end > i + 1:
        last = pieces[end - 1]
        if signed := signature(last.unit, last.chunk):
            tail, end = (
                [(signed, "bylines: signature, a person and their title close the column")],
                end - 1,
            )
    inside = [b for p in pieces[i:end] if p.kind == "byline" for b in parse_bylines(p.unit)]
    owners = [b for b, _ in bylines + tail] + inside
    if email is not None and owner(owners, email.text) is None:
        tail, end = [], len(pieces)  # no byline to complete: the tail is body text
        email = None
    body = build_body(scene_apart(repair(pieces[i:end], vocab)) + notice, parts)
    if credited:
        credited_caption(body.blocks, body.rules)

    headline: Text | None = None
    rules: dict[str, str] = {}
    deck: list[tuple[Text, str]] = []
    if head:
        head = wrapped_head(head, vocab)
        headline, deck = _headline(head[0][0])
        rules["headline"] = head[0][1]
    rest = head[1:]
    subheadline = None
    if len(rest) > 1 and (pair := name_over_role(head[0][0].text, rest[0][0], rest[1][0])):
        bylines.insert(0, (pair, NAME_OVER_ROLE))
        rest = rest[2:]
    footed = bool(body.bylines or tail)  # a reporter signs the foot
    signs = rest and columnist(head[0][0].text, rest[0][0].text, footed)
    if rest and (PERSON_LINE.match(rest[0][0].text) or signs):
        first = rest[0][0]
        signed = signed_under_headline(head[0][0].text, first, body.blocks, footed)
        if signed is not None:
            bylines.insert(0, (signed, SIGNED_UNDER))
            rest = rest[1:]
        elif PERSON_LINE.match(first.text) and not _people_listed(rest):
            subheadline = text_of(first)
            honored = first.text.endswith(("옹", "여사"))
            rules["subheadline"] = _HONORED if honored else "head: names a person by their title"
            rest = rest[1:]
    asked = any(b.kind in ("question", "answer") for b in body.blocks)
    if head and subheadline is None:
        k = interviewee(head[0][0].text, [p.text for p, _ in rest], asked)
        if k is not None:  # the one an interview is with ('"…"' / '[인터뷰] …' / 'NAME 교수')
            subheadline, rest = text_of(rest[k][0]), [*rest[:k], *rest[k + 1 :]]
            rules["subheadline"] = INTERVIEWEE_UNDER_DECK
    deck += [(text_of(p), rule) for p, rule in rest] + body.deck
    bylines += body.bylines + tail
    found = [b for b, _ in bylines]
    if email is not None:
        found = complete(found, email.chunk)
    found = merged(found)
    if explain.active():
        rules.update((f"deck.{k}", rule) for k, (_, rule) in enumerate(deck))
        rules.update((f"body.{k}", rule) for k, rule in enumerate(body.rules))
        first_rule: dict[tuple[str, str | None], str] = {}
        for b, rule in bylines:
            first_rule.setdefault((b.name, b.role), rule)
        rules.update((f"byline.{k}", first_rule[b.name, b.role]) for k, b in enumerate(found))
        explain.note_all(item_id, rules)
    return Article(
        id=item_id,
        headline=headline,
        subheadline=subheadline,
        deck=[t for t, _ in deck],
        body=body.blocks if back is None else continued(body.blocks),
        bylines=found,
        jump_from=back,
        jump_on=on,
    )


_HONORED = "head: names a person after what they are, with an honorific ('… NAME 옹')"


def _caption_over_head(pieces: list[Piece]) -> Piece | None:
    """The first piece, a caption, when a headline stands under it over the story's text."""
    if len(pieces) < 3 or pieces[0].kind != "caption" or pieces[1].kind != "text":
        return None
    return pieces[0] if head_rule(pieces[1], pieces[2], False) is not None else None


def _people_listed(rest: list[tuple[Piece, str]]) -> bool:
    """The lines under the headline name a person each ('대상 NAME 교사' / '최우수상 NAME
    교사'): a list of people, in the deck; one person named alone is the subheadline."""
    return len(rest) > 1 and bool(PERSON_LINE.match(rest[1][0].text))
