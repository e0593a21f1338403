"""An article's headline, deck line, subhead and caption in the lexicon's words: the part
of the lexicon (lexicon.py's _Lex) that writes heads, drawn from its one rng."""

from __future__ import annotations

import random
from typing import TYPE_CHECKING

from tests.gen.words import DECK_FINAL, DECK_OBJ, EVENTS, RESOURCES, eul, ga

if TYPE_CHECKING:
    from tests.gen.lexicon import _Focus


class _Heads:
    """The lexicon's heads; its words, numbers and dates (t, two, o, amount, pct, past)
    are _Lex's."""

    r: random.Random

    def headline(self, f: _Focus, interview: bool = False) -> str:
        r = self.r
        for _ in range(20):
            t = self.t(f)
            if interview:
                h = r.choice(
                    (
                        f"“{f.region}지역 전역, {t} 무대로 만들겠다”",
                        f"“{eul(t)} {f.region} 성장 엔진으로 키우겠다”",
                        f"“{t}, 시민이 체감하는 변화 만들 것”",
                        f"{f.region} {t} 이끄는 {f.name} {f.title}",
                    )
                )
            else:
                a, b = self.two(f)
                h = r.choice(
                    (
                        f"{f.org}, {t} {self.amount()} 투입",
                        f"{a} 본격화…{b}도 속도",
                        f"{f.quote} {t} 첫발",
                        f"{f.org}·{f.org2}, {t} 손잡는다",
                        f"{t} 예산 {self.pct()} 늘어",
                        f"{f.region} {t} 현장을 가다",
                        f"“{t} 골든타임 놓치면 안 된다”",
                        f"{t} 속도전…과제는 {r.choice(RESOURCES)} 확보",
                    )
                )
            if len(h) <= 45:
                return h
        return f"{f.region} {f.topics[0]}"

    def deck_line(self, f: _Focus) -> str:
        r = self.r
        for _ in range(30):
            x = r.randrange(3)
            if x == 0:
                line = f"{self.t(f)} {r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"
            elif x == 1:
                line = f"{f.quote} {r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"
            else:
                a, b = self.two(f)
                line = f"{a}·{b} 연계 {r.choice(DECK_FINAL)}"
            if len(line) <= 24 and len(line.split()) >= 3:
                return line
        return f"{r.choice(DECK_OBJ)} {r.choice(DECK_FINAL)}"

    def plain_subhead(self, f: _Focus) -> str:
        """An unmarked subhead: a short noun phrase, no final punctuation."""
        t = self.t(f)
        return self.r.choice(
            (
                f"{t} 어디까지 왔나",
                "남은 과제",
                f"{t}의 명암",
                f"{f.region} 현장의 목소리",
                f"달라지는 {t}",
            )
        )

    def caption(self, f: _Focus, noun_ok: bool = True) -> str:
        """One caption sentence; without noun_ok it ends in '있다.'."""
        r = self.r
        t = self.t(f)
        k = r.randrange(4 if noun_ok else 3)
        if k == 0:
            return (
                f"{self.past()} {f.place}에서 열린 {t} {r.choice(EVENTS)}에서 "
                f"참석자들이 기념촬영을 하고 있다."
            )
        if k == 1:
            return f"{f.name} {ga(f.title)} {t} 추진 계획을 설명하고 있다."
        if k == 2:
            return f"{self.o(f)} 관계자들이 {t} 현장을 점검하고 있다."
        return f"{f.region} 지역 {t} 현장 모습."
