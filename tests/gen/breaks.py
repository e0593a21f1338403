"""Column breaks and captions dropped inside sentences; writing a page's text."""

from __future__ import annotations

import random
from collections import Counter

from tests.gen.pages import _PagePlan
from tests.gen.plan import _Art, _Out, _p, _Para
from tests.gen.truth import Block, Break
from tests.gen.words import _SENT_END, _WORD, _is_word_char, _sentences


def _plain(plan: _PagePlan) -> str:
    return "\n".join(t for p in plan.paras for t, _ in p.segs)


def _between_cuts(s: str, lo: int, hi: int, r: random.Random, want: int = 12):
    """Candidate spaces i (s[i] == ' ') in [lo, hi) between two word characters."""
    spaces = [i for i in range(lo, hi) if s[i] == " "]
    r.shuffle(spaces)
    for i in spaces[:want]:
        if _is_word_char(s[i - 1]) and i + 1 < len(s) and _is_word_char(s[i + 1]):
            yield i


def _piece_before(s: str, i: int) -> str:
    j = i
    while j > 0 and _is_word_char(s[j - 1]):
        j -= 1
    return s[j:i]


def _piece_after(s: str, i: int) -> str:
    j = i
    while j < len(s) and _is_word_char(s[j]):
        j += 1
    return s[i:j]


def _first_sentence_words(s: str) -> int:
    m = _SENT_END.search(s)
    return len(s[: m.start() + 1].split()) if m else 99


def _place_caption(r: random.Random, a: _Art, everything: str) -> bool:
    """Cut one of the article's body paragraphs and put its inserted caption in the cut."""
    cap = a.caption
    assert cap is not None
    cands = [p for p in a.paras if p.block is not None and p.cut_a is None]
    r.shuffle(cands)
    for p in cands:
        s = p.segs[0][0]
        # Cut one or two words before the end of a sentence (as in the real page).
        ends = [m.start() for m in _SENT_END.finditer(s)]
        r.shuffle(ends)
        for e in ends:
            words = s[:e].split(" ")
            k = r.choice((1, 2))
            if len(words) <= k:
                continue
            i = len(" ".join(words[:-k]))
            if i < p.mlen + 50 or s[i] != " ":
                continue
            if not (_is_word_char(s[i - 1]) and _is_word_char(s[i + 1])):
                continue
            left = _piece_before(s, i)
            if (left + _piece_after(s, i + 1)[0]) in everything or (left + cap[0]) in everything:
                continue
            if _first_sentence_words(s[i + 1 :]) > 2:
                continue
            p.cut_a, p.cut_b = i, i + 1
            blk = p.block
            assert blk is not None
            cb = Block("caption", cap, inserted=True)
            p.insert = _p(cap, cb)
            blk.breaks.append(Break(i + 1 - p.mlen, True, True))
            body = a.item.body  # type: ignore[union-attr]
            at = next(j for j, b in enumerate(body) if b is blk)
            body.insert(at + 1, cb)
            return True
    return False


def _column_break(r: random.Random, p: _Para, counts: Counter, everything: str) -> bool:
    s = p.segs[0][0]
    lo, hi = p.mlen + 50, len(s) - 12
    if hi <= lo:
        return False
    blk = p.block
    assert blk is not None

    def rest_ok(j: int) -> bool:
        return _sentences(s[j:]) >= 2

    if r.random() < 0.5:  # inside a word that occurs intact elsewhere on the page
        pieces = [
            m
            for m in _WORD.finditer(s)
            if m.start() + 1 >= lo
            and m.end() - 1 <= hi
            and len(m.group()) >= 2
            and counts[m.group()] >= 2
            and all("가" <= c <= "힣" for c in m.group())
        ]
        r.shuffle(pieces)
        for m in pieces[:8]:
            j = m.start() + r.randint(1, len(m.group()) - 1)
            if not lo <= j <= hi or not rest_ok(j):
                continue
            counts[m.group()] -= 1
            p.cut_a = p.cut_b = j
            blk.breaks.append(Break(j - p.mlen, False))
            return True
    for i in _between_cuts(s, lo, hi, r):
        if not rest_ok(i + 1):
            continue
        if (_piece_before(s, i) + s[i + 1]) in everything:
            continue
        p.cut_a, p.cut_b = i, i + 1
        blk.breaks.append(Break(i + 1 - p.mlen, True))
        return True
    return False


def _plan_breaks(r: random.Random, plans: list[_PagePlan], rate: float = 0.12) -> None:
    """Place inserted captions, then column breaks (see the module's guarantees)."""
    pending = [a.caption for pl in plans for a in pl.arts if a.caption]
    everything = "\n".join([*(_plain(pl) for pl in plans), *pending])
    for pl in plans:
        for a in pl.arts:
            if a.caption and not _place_caption(r, a, everything):
                a.caption = None
    final = "\n".join(
        _plain(pl) + "".join("\n" + a.caption for a in pl.arts if a.caption) for pl in plans
    )
    for pl in plans:
        words = _WORD.findall(_plain(pl))
        for a in pl.arts:
            if a.caption:
                words += _WORD.findall(a.caption)
        counts = Counter(words)
        for p in pl.paras:
            if p.block is not None and p.cut_a is None and r.random() < rate:
                _column_break(r, p, counts, final)


def _emit(out: _Out, plan: _PagePlan, r: random.Random) -> None:
    """Write the page; a dense page has no blank line at all (one paragraph a line)."""
    blank = "\n" if plan.dense else "\n\n"
    out.put("" if plan.dense else plan.lead)
    first = True
    for p in plan.paras:
        if not first:
            out.put("\n" if plan.dense else p.gap)
        first = False
        if p.cut_a is None:
            for t, leaf in p.segs:
                out.put(t, leaf)
        else:
            s, leaf = p.segs[0]
            out.put(s[: p.cut_a], leaf)
            out.put(blank)
            if p.insert is not None:
                for t, lf in p.insert.segs:
                    out.put(t, lf)
                out.put(blank)
            out.put(s[p.cut_b :], leaf)
        if r.random() < 0.02:
            out.put(" ")  # extraction leaves stray trailing spaces
    out.put("\n" if plan.dense else plan.tail)
