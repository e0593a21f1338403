"""Random Korean words, sentences and names, all drawn from one rng."""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.gen.heads import _Heads
from tests.gen.paper import MAIL_DOMAIN
from tests.gen.words import (
    EVENTS,
    GIVEN,
    ORGS,
    PLACES,
    QUOTES,
    REGIONS,
    RESOURCES,
    SURNAMES,
    TITLES,
    TOPICS,
    eul,
    ga,
    gwa,
    ieotda,
    neun,
    ro,
)


@dataclass(slots=True)
class _Focus:
    """What one article is about: it repeats these, as real articles do."""

    org: str
    org2: str
    topics: list[str]
    quote: str
    name: str
    title: str
    region: str
    place: str


class _Lex(_Heads):
    """Random Korean words, sentences and names, all drawn from one rng."""

    def __init__(self, r: random.Random):
        self.r = r

    # words
    def name(self) -> tuple[str, str]:
        r = self.r
        sur, rom = r.choice(SURNAMES)
        return sur + r.choice(GIVEN) + r.choice(GIVEN), rom

    def email(self, rom: str) -> str:
        r = self.r
        tail = "".join(r.choice("abcdefghijkmnoprstuwy") for _ in range(r.randint(2, 4)))
        return f"{rom}{tail}@{MAIL_DOMAIN}"

    def focus(self) -> _Focus:
        r = self.r
        org, org2 = r.sample(ORGS, 2)
        return _Focus(
            org,
            org2,
            r.sample(TOPICS, 4),
            r.choice(QUOTES),
            self.name()[0],
            r.choice(TITLES),
            r.choice(REGIONS),
            r.choice(PLACES),
        )

    def t(self, f: _Focus) -> str:
        r = self.r
        return r.choice(f.topics) if r.random() < 0.85 else r.choice(TOPICS)

    def two(self, f: _Focus) -> tuple[str, str]:
        a, b = self.r.sample(f.topics, 2)
        return a, b

    def o(self, f: _Focus) -> str:
        r = self.r
        x = r.random()
        return f.org if x < 0.7 else f.org2 if x < 0.9 else r.choice(ORGS)

    def future(self) -> str:
        r = self.r
        return r.choice(
            (
                "올해",
                "내년부터",
                f"오는 {r.randint(1, 28)}일",
                "이달 말까지",
                "상반기 중",
                "하반기부터",
                f"{r.randint(2027, 2035)}년까지",
                "향후 5년간",
                "다음 달",
            )
        )

    def past(self) -> str:
        r = self.r
        return r.choice(("지난해", f"지난 {r.randint(1, 28)}일", "최근", "지난달", "올해 초"))

    def amount(self) -> str:
        r = self.r
        k = r.randrange(4)
        if k == 0:
            return f"{r.randint(1, 99) * 10}억원"
        if k == 1:
            return f"{r.randint(1, 9)}조 {r.randint(1, 9) * 1000}억원"
        if k == 2:
            return f"{r.randint(2, 95) * 10}억원"
        return f"{r.randint(100, 990)}억원"

    def count(self) -> str:
        r = self.r
        return r.choice(
            (
                f"{r.randint(2, 90) * 10}여명",
                f"{r.randint(2, 30) * 100}명",
                f"시민 {r.randint(2, 50) * 10}명",
            )
        )

    def pct(self) -> str:
        return f"{self.r.randint(3, 60)}%"

    # sentences
    # Templates that open with a connective; a lead never starts with one.
    CONNECTIVE = frozenset((4, 11, 14, 16, 23))
    NEWS_N = 24

    def news(self, f: _Focus, k: int | None = None) -> str:
        r = self.r
        t = self.t(f)
        o = self.o(f)
        if k is None:
            k = r.randrange(self.NEWS_N)
        if k == 0:
            return f"{neun(o)} {self.future()} {eul(t)} 위해 {eul(self.amount())} 투입할 계획이다."
        if k == 1:
            return f"{neun(o)} {self.future()} {eul(t)} 본격적으로 추진한다고 밝혔다."
        if k == 2:
            a, b = self.two(f)
            return f"이번 사업은 {gwa(a)} {eul(b)} 동시에 끌어올린다는 구상이다."
        if k == 3:
            return f"{o} 관계자는 “{ga(t)} 차질 없이 진행되도록 최선을 다하겠다”고 말했다."
        if k == 4:
            return f"이에 따라 {neun(o)} {t} 분야에 {eul(self.amount())} 지원하기로 했다."
        if k == 5:
            return f"{t} 관련 예산은 지난해보다 {self.pct()} 늘어난 {ro(self.amount())} 집계됐다."
        if k == 6:
            return f"업계에서는 {ga(t)} {ro(f.quote)} 자리 잡을 것이라는 전망이 나온다."
        if k == 7:
            a, b = self.two(f)
            return f"{neun(o)} {a}의 성과를 바탕으로 {b} 분야까지 범위를 넓힐 예정이다."
        if k == 8:
            return f"전문가들은 {ga(t)} 단기 성과보다 장기적인 관점에서 추진돼야 한다고 지적했다."
        if k == 9:
            return (
                f"{self.past()} {f.place}에서 열린 {t} {r.choice(EVENTS)}에는 "
                f"{ga(self.count())} 참석해 높은 관심을 보였다."
            )
        if k == 10:
            return (
                f"{gwa(f.org)} {neun(f.org2)} {eul(t)} 위한 업무협약을 맺고 "
                f"협력 체계를 구축하기로 했다."
            )
        if k == 11:
            return f"특히 {neun(t)} 시민 생활과 직접 연결돼 체감도가 높을 것으로 기대된다."
        if k == 12:
            a, b = self.two(f)
            return (
                f"{f.name} {neun(f.title)} “{neun(a)} 지역의 미래가 걸린 과제”라며 "
                f"“{eul(b)} 통해 반드시 성과를 내겠다”고 강조했다."
            )
        if k == 13:
            return f"{neun(o)} 시민 의견을 수렴해 {t} 세부 계획을 확정할 방침이다."
        if k == 14:
            return f"한편 {neun(o)} {self.past()} {t} 추진 상황을 점검하는 회의를 열었다."
        if k == 15:
            return f"{neun(t)} {r.randint(2015, 2024)}년부터 {ga(o)} 주도해 온 사업이다."
        if k == 16:
            return f"다만 {t}에 필요한 {r.choice(RESOURCES)} 확보가 과제로 꼽힌다."
        if k == 17:
            return (
                f"{neun(o)} {t} 분야 기업 {r.randint(5, 60)}곳을 선정해 "
                f"최대 {r.randint(1, 30)}억원씩 지원한다."
            )
        if k == 18:
            n = r.randint(10, 90)
            return (
                f"{t} 참여 기업은 {r.randint(2019, 2024)}년 {n}곳에서 "
                f"올해 {n + r.randint(5, 80)}곳으로 늘었다."
            )
        if k == 19:
            return f"{f.region} 지역에서는 {eul(t)} 둘러싼 기대와 우려가 함께 나오고 있다."
        if k == 20:
            return f"{neun(o)} {eul(f.quote)} 내걸고 {t} 관련 규제를 과감히 풀겠다고 설명했다."
        if k == 21:
            return f"{t} 사업에는 {r.randint(2027, 2032)}년까지 모두 {ga(self.amount())} 투입된다."
        if k == 22:
            a, b = self.two(f)
            return f"{o} 안팎에서는 {eul(a)} 계기로 {b}에도 속도가 붙을 것이라는 기대가 크다."
        return f"이를 위해 {neun(o)} {t} 전담 조직을 신설하고 인력을 {r.randint(5, 40)}명 늘렸다."

    def answer(self, f: _Focus) -> str:
        r = self.r
        t = self.t(f)
        k = r.randrange(16)
        if k == 0:
            return f"{neun(t)} 한마디로 말해 {ieotda(f.quote)}."
        if k == 1:
            return f"처음 시작할 당시에는 {eul(t)} 뒷받침할 기본 인프라조차 없는 상황이었다."
        if k == 2:
            return (
                f"지난 {r.randint(2, 5)}년간 {r.randint(3, 40) * 100}여개 과제를 지원했고, "
                f"현재도 약 {r.randint(2, 30) * 10}개 과제가 진행 중이다."
            )
        if k == 3:
            return f"{neun(t)} 단순한 구호가 아니라 현실 문제를 해결하는 수단이 돼야 한다."
        if k == 4:
            a, b = self.two(f)
            return f"가장 중요한 것은 {gwa(a)} {eul(b)} 유기적으로 연결하는 일이다."
        if k == 5:
            return f"{eul(t)} 위해 {gwa(self.o(f))} 긴밀히 협력해 왔다."
        if k == 6:
            return (
                f"앞으로 {r.randint(3, 10)}년 안에 {ga(t)} 지역 산업의 판도를 바꿀 것이라고 본다."
            )
        if k == 7:
            return "쉽지 않은 과제임은 분명하다."
        if k == 8:
            return "충분히 가능하다."
        if k == 9:
            return f"시민들이 변화를 체감할 수 있도록 {t}부터 속도를 내겠다."
        if k == 10:
            return f"{gwa(self.o(f))} 함께 {t} 로드맵을 마련하고 있다."
        if k == 11:
            return f"특히 {neun(t)} 기업과 현장의 수요를 반영해 지속적으로 조정해 왔다."
        if k == 12:
            return f"그 결과 {r.randint(3, 30) * 100}명의 인재가 지역 현장에서 활동하고 있다."
        if k == 13:
            return f"{ga(t)} 성공하려면 대학과 기업, 행정이 유기적으로 결합해야 한다."
        if k == 14:
            return "이는 특정 지역만의 과제가 아니라 대한민국 전체에 필요한 전략이다."
        return f"{neun(t)} 이미 미래 산업이 아니라 현재 진행형 산업이다."

    def question(self, f: _Focus) -> str:
        """A question without marker; it never starts with a digit."""
        r = self.r
        t = self.t(f)
        k = r.randrange(13)
        if k == 0:
            q = f"{ga(t)} 마무리됐는데, 성과를 평가한다면."
        elif k == 1:
            q = f"{t} 외에 주요 성과를 꼽는다면."
        elif k == 2:
            q = f"{t}에 대한 평가는."
        elif k == 3:
            q = f"올해 시작되는 {t}의 핵심 목표는."
        elif k == 4:
            q = f"{t} 문제도 이어지고 있는데."
        elif k == 5:
            q = f"{ga(t)} 실제로 가능할지 궁금하다."
        elif k == 6:
            q = "시민들이 체감할 수 있는 변화도 기대할 수 있나."
        elif k == 7:
            q = "개인적으로 이루고 싶은 장기적 비전이 있다면."
        elif k == 8:
            q = f"{t} 논의가 지역 산업에 주는 의미는."
        elif k == 9:
            q = f"{t}의 가장 큰 걸림돌은 무엇인가?"
        elif k == 10:
            a, b = self.two(f)
            q = f"{gwa(a)} {b}의 연계 방안은?"
        elif k == 11:
            q = f"{gwa(self.o(f))}의 협력은 어떻게 진행되나?"
        else:
            q = "앞으로의 계획은?"
        return q if not q[0].isdigit() else "앞으로의 계획은?"

    def para(
        self, f: _Focus, lo: int = 2, hi: int = 5, answer: bool = False, lead: bool = False
    ) -> str:
        r = self.r
        n = r.randint(lo, hi)
        ks = r.sample(range(self.NEWS_N), n)
        if lead:
            first = r.choice([k for k in range(self.NEWS_N) if k not in self.CONNECTIVE])
            ks = [first] + [k for k in ks if k != first][: n - 1]
        if answer:
            return " ".join(
                self.answer(f) if i % 2 == 0 else self.news(f, k) for i, k in enumerate(ks)
            )
        return " ".join(self.news(f, k) for k in ks)
