"""News articles, opinion columns and interviews, with their truth."""

from __future__ import annotations

import random

from tests.gen import hanja
from tests.gen.lexicon import _Focus, _Lex
from tests.gen.plan import _Art, _p, _Para, _Shared
from tests.gen.truth import Article, Block, Byline, Text
from tests.gen.words import ABROAD, BRACKET_SUBHEADS, DECK_FINAL, DECK_OBJ, REGIONS, eul, ga, neun

_Q_STYLES = ("dash", "nospace", "qa", "tri", "quote")


class _Writer:
    def __init__(self, r: random.Random, conventions: frozenset[str] = frozenset()):
        self.r = r
        self.lex = _Lex(r)
        self.credits = "credit" in conventions
        self.dense = "dense" in conventions
        # An unmarked subhead reads as a headline on a page without blank lines.
        self.plain_subheads = "subhead" in conventions and not self.dense
        self.hanja = "hanja" in conventions

    # bylines
    def _byline(
        self, position: str, role: str = "기자", dateline: str | None = None, email: bool = False
    ) -> Byline:
        name, rom = self.lex.name()
        mail = self.lex.email(rom) if email else None
        if position == "prefix":
            text = f"[{name} {role}]"
        elif position == "top":
            text = f"{dateline}={name} {role}"
        else:
            text = f"{name} {role}" + (f" {mail}" if mail else "")
        return Byline(name, role, mail, dateline, text, position)

    def end_bylines(self, role: str | None = None) -> tuple[list[Byline], list[_Para]]:
        r = self.r
        x = r.random()
        role = role or r.choice(("기자", "기자", "기자", "선임기자", "수습기자"))
        if x < 0.55:
            b = self._byline("end", role, email=True)
            return [b], [_p(b.text, b)]
        if x < 0.75:
            b = self._byline("end", role)
            return [b], [_p(b.text, b)]
        if x < 0.88:  # two names sharing a role: one printed line, two bylines
            (n1, _), (n2, _) = self.lex.name(), self.lex.name()
            text = f"{n1}·{n2} {role}"
            b1, b2 = Byline(n1, role, text=text), Byline(n2, role, text=text)
            seg = _Para([(text, _Shared(b1, b2))])
            return [b1, b2], [seg]
        bys = [self._byline("end", role, email=r.random() < 0.7) for _ in range(r.randint(2, 3))]
        gap = r.choice(("\n", "\n\n"))
        return bys, [_p(b.text, b, gap if i else "\n\n") for i, b in enumerate(bys)]

    def _deck(self, f: _Focus, art: Article, paras: list[_Para], lo: int, hi: int) -> None:
        for _ in range(self.r.randint(lo, hi)):
            t = Text(self.lex.deck_line(f))
            art.deck.append(t)
            paras.append(_p(t.text, t))

    def _caption_paras(self, f: _Focus, marker: bool) -> tuple[Block, list[_Para]]:
        r = self.r
        if self.credits:
            return self._credited_caption(f)
        text = self.lex.caption(f)
        if marker:
            b = Block("caption", text, "▲ ")
            paras = [_p("▲ " + text, b)]
            if r.random() < 0.5:
                credit = r.choice((f"ⓒ {f.org} 제공", "ⓒ 연합뉴스", "ⓒ 뉴시스", "ⓒ 독자 제공"))
                b.text += "\n" + credit
                b.credit = credit
                paras.append(_p(credit, b, r.choice(("\n", "\n\n"))))
            return b, paras
        text = self.lex.caption(f, noun_ok=False)
        agency = r.choice(("연합뉴스", "뉴시스", "뉴스1"))
        b = Block("caption", f"{text}/{agency}", None, credit=f"/{agency}")
        return b, [_p(b.text, b)]

    def _credited_caption(self, f: _Focus) -> tuple[Block, list[_Para]]:
        """A caption carrying its credit: at its end, or on a line of its own under it."""
        r = self.r
        text = self.lex.caption(f)
        agency = r.choice(("연합뉴스", "뉴시스", "뉴스1"))
        k = r.randrange(5)
        if k < 4:
            printed = (
                f"{text}/{f.org} 제공",
                f"{text} /{agency}",
                f"{text} [사진={agency}]",
                f"{text} (사진={f.org} 제공)",
            )[k]
            b = Block("caption", printed, credit=printed[len(text) :].strip())
            return b, [_p(printed, b)]
        credit = r.choice((f"ⓒ {self.lex.name()[0]}", f"사진={self.lex.name()[0]} 기자"))
        b = Block("caption", f"{text}\n{credit}", credit=credit)
        return b, [_p(text, b), _p(credit, b, r.choice(("\n", "\n\n")))]

    def news(self, need_end: bool, size: str = "long", opinion: bool = False) -> _Art:
        """An ordinary article (size long | short | brief), or an opinion column."""
        r, lex = self.r, self.lex
        f = lex.focus()
        head = lex.headline(f)
        if self.hanja:
            head = hanja.headline(r, head)
        editorial = opinion and r.random() < 0.5 and len(head) <= 40
        if editorial:
            head = f"[사설] {head}"
        style = "opinion" if opinion else "brief" if size == "brief" else "news"
        art = Article(Text(head), style=style)
        paras = [_p(head, art.headline)]
        if size != "brief" and not opinion and r.random() < 0.25:
            self._deck(f, art, paras, 2, 4)
        top: Byline | None = None
        prefix: Byline | None = None
        if not need_end and not opinion and r.random() < 0.35:
            if r.random() < 0.5:
                abroad = r.random() < 0.2
                top = self._byline(
                    "top", "특파원" if abroad else "기자", r.choice(ABROAD if abroad else REGIONS)
                )
                paras.append(_p(top.text, top))
            else:
                prefix = self._byline("prefix")
        if self.credits and size != "brief" and r.random() < 0.3:
            b, cps = self._credited_caption(f)  # an online outlet's photo over the lead
            art.body.append(b)
            paras.extend(cps)
        lead = Block("lead", lex.para(f, 2, 4, lead=True))
        if self.hanja:
            lead.text = hanja.lead(r, lead.text)
        if prefix is not None:
            paras.append(_Para([(prefix.text, prefix), (" ", None), (lead.text, lead)]))
        else:
            paras.append(_p(lead.text, lead))
        art.body.append(lead)
        n = {"long": r.randint(7, 13), "short": r.randint(3, 6), "brief": r.randint(1, 3)}[size]
        if opinion:
            n = r.randint(5, 9)
        styles = ("[]", "◇ ", "■ ") + (("plain", "plain") if self.plain_subheads else ())
        sub_style = r.choice(styles) if size == "long" and r.random() < 0.35 else None
        bullets_at = r.randrange(1, n) if size == "long" and n > 2 and r.random() < 0.25 else -1
        caption_at = r.randrange(1, n) if size != "brief" and n > 1 and r.random() < 0.45 else -1
        for i in range(n):
            if sub_style and i > 0 and i % 3 == 1:
                if sub_style == "[]":
                    s = r.choice(BRACKET_SUBHEADS)
                    b = Block("subhead", s, "[]")
                    paras.append(_p(f"[{s}]", b))
                elif sub_style == "plain":
                    b = Block("subhead", lex.plain_subhead(f))
                    paras.append(_p(b.text, b))
                else:
                    t = lex.t(f)
                    s = r.choice((f"{t} 어디까지 왔나", "남은 과제는", f"{t} 현황", "향후 계획"))
                    b = Block("subhead", s, sub_style)
                    paras.append(_p(sub_style + s, b))
                art.body.append(b)
            if i == caption_at:
                b, cps = self._caption_paras(f, marker=r.random() < 0.7)
                art.body.append(b)
                paras.extend(cps)
            if i == bullets_at:
                k = r.randint(2, 5)
                intro = Block(
                    "paragraph",
                    f"{lex.para(f, 1, 2)} "
                    f"{neun(f.org)} {lex.t(f)} 추진 방향으로 다음 {k}가지를 제시했다.",
                )
                art.body.append(intro)
                p = _p(intro.text, intro)
                p.block = intro
                paras.append(p)
                nosp = r.random() < 0.2
                for bi in range(k):
                    t = lex.t(f)
                    if t[0].isdigit():
                        t = f.topics[0]
                    # The last bullet is a sentence: an unterminated line before a
                    # paragraph would read as a bullet cut by a column break.
                    if bi < k - 1 and r.random() < 0.6:
                        s = f"{t} {r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"
                    else:
                        s = f"{eul(t)} {r.choice(('확대', '강화', '지원', '추진'))}한다."
                    mk = "-" if nosp else "- "
                    b = Block("bullet", s, mk)
                    art.body.append(b)
                    paras.append(_p(mk + s, b))
            b = Block("paragraph", lex.para(f, 2, 5))
            art.body.append(b)
            p = _p(b.text, b)
            p.block = b
            paras.append(p)
        plan = _Art(art, paras)
        if size != "brief" and r.random() < 0.3:
            plan.caption = self._inserted_caption(f)
        if top or prefix:
            art.bylines.append(top or prefix)  # type: ignore[arg-type]
        elif need_end or (opinion and not editorial) or r.random() < 0.8:
            # Editorials carry no byline; other last articles mostly do.
            bys, bps = self.end_bylines("논설위원" if opinion else None)
            art.bylines.extend(bys)
            paras.extend(bps)
        return plan

    def _inserted_caption(self, f: _Focus) -> str:
        r = self.r
        if r.random() < 0.6:
            return (
                f"{f.name} {ga(f.title)} {r.choice(('올해', '내년', '하반기'))} 시작되는 "
                f"{self.lex.t(f)}의 핵심 목표를 설명하고 있다."
            )
        return self.lex.caption(f, noun_ok=False)

    def interview(self, need_end: bool) -> _Art:
        r, lex = self.r, self.lex
        f = lex.focus()
        style = r.choice(_Q_STYLES)
        art = Article(Text(lex.headline(f, interview=True)), style=f"interview-{style}")
        paras = [_p(art.headline.text, art.headline)]
        if r.random() < 0.8:
            art.subheadline = Text(f"{f.name} {f.title}")
            paras.append(_p(art.subheadline.text, art.subheadline))
        # Short lines after prose start an item on a page without blank lines.
        deck_after = r.random() < 0.6 and not self.dense
        if not deck_after and r.random() < 0.5:
            self._deck(f, art, paras, 2, 6)
        top: Byline | None = None
        if not need_end and r.random() < 0.3:
            top = self._byline("top", "기자", r.choice(REGIONS))
            paras.append(_p(top.text, top))
        intro = lex.para(f, 3, 5, lead=True)
        lead = Block(
            "lead",
            f"{intro} {f.name} {eul(f.title)} 만나 그간의 성과와 향후 {lex.t(f)} 전략을 들어봤다.",
        )
        art.body.append(lead)
        paras.append(_p(lead.text, lead))
        if deck_after:
            self._deck(f, art, paras, 2, 6)
        if r.random() < 0.2:
            b = Block("paragraph", lex.para(f, 2, 3))
            art.body.append(b)
            paras.append(_p(b.text, b))
        qmark, amark = {
            "dash": ("- ", "△ "),
            "nospace": ("-", "△ "),
            "qa": ("Q. ", "A. "),
            "tri": ("▲ ", "△ "),
            "quote": ("- ", ""),
        }[style]
        n = r.randint(6, 11)
        caption_at = r.randrange(1, n) if r.random() < 0.4 else -1
        for i in range(n):
            if i == caption_at:
                b, cps = self._caption_paras(f, marker=style != "tri" and r.random() < 0.6)
                art.body.append(b)
                paras.extend(cps)
            q = lex.question(f)
            if style == "qa" and q.endswith(".") and r.random() < 0.7:
                q = q[:-1] + "?"
            qb = Block("question", q, qmark)
            if style == "quote":
                ab = Block("answer", f"“{lex.para(f, 2, 4, answer=True)}”")
                art.body += [qb, ab]
                paras += [_p(qmark + q, qb), _p(ab.text, ab)]
                continue
            ab = Block("answer", lex.para(f, 1, 4, answer=True), amark)
            art.body += [qb, ab]
            if r.random() < 0.25:  # question and answer printed on one line
                paras.append(_Para([(qmark + q, qb), (" ", None), (amark + ab.text, ab)]))
            else:
                paras.append(_p(qmark + q, qb))
                p = _p(amark + ab.text, ab)
                p.block, p.mlen = ab, len(amark)
                paras.append(p)
            for _ in range(r.choice((0, 1, 1, 2))):
                b = Block("paragraph", lex.para(f, 2, 4, answer=True), in_answer=True)
                art.body.append(b)
                p = _p(b.text, b)
                p.block = b
                paras.append(p)
        plan = _Art(art, paras)
        if r.random() < 0.5:
            plan.caption = self._inserted_caption(f)
        if need_end or top is None:
            bys, bps = self.end_bylines()
            art.bylines.extend(bys)
            paras.extend(bps)
        else:
            art.bylines.append(top)
        return plan
