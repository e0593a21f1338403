"""How ingest time grows on pathological input: long runs in one line, pages of many lines.

Run: python -m tests.bench.growth_bench. Prints figures; asserts nothing.

OCR gives lines of thousands of one letter (a ruled border read as `IIII…`) and pages of
thousands of short lines; a regex that backtracks, or work repeated per line over a page,
turns them into minutes. Each shape is ingested at n and at 2n (the least of a few runs);
linear work takes about twice as long at 2n, quadratic work four times. Comparing the two
sizes of one shape in the same run keeps the figure honest on a shared, noisy machine.
A shape whose time grows more than GROWS times is marked.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from reader.ingest import ingest_text
from reader.pdf.document import _EMPTY_TREE
from reader.printable import reach_back
from reader.unbreakable import unbreakable

RUNS = 3
GROWS = 3.0  # time at 2n over time at n: 2 is linear, 4 quadratic
STORY = (
    "누리시, 골목상권 지원 두 배로\n\n{}\n\n누리시는 올해 예산을 늘렸다고 밝혔다.\n\n한누리 기자\n"
)

# one line of n characters, inside a story
LINES: dict[str, Callable[[int], str]] = {
    "a run of 'I'": lambda n: "I" * n,
    "a run of digits": lambda n: "1" * n,
    "capitals and spaces": lambda n: ("A " * n)[:n],
    "Hangul and spaces": lambda n: ("가 " * n)[:n],
    "figures and commas": lambda n: ("1," * n)[:n],
    "'ABC: ' repeated": lambda n: ("ABC: " * n)[:n],
    "'a.' repeated": lambda n: ("a." * n)[:n],
    "'Word, Word' repeated": lambda n: ("Word, " * n)[:n],
    "a run of '-'": lambda n: "-" * n,
    "a run of '.'": lambda n: "." * n,  # a rule set in dots, read for a leader row
    "'가/' repeated": lambda n: ("가/" * n)[:n],
    "'A. ' repeated": lambda n: ("A. " * n)[:n],
    "'Ab 1 ' repeated": lambda n: ("Ab 1 " * n)[:n],
    "'a | ' repeated": lambda n: ("a | " * n)[:n],
    # a column's label, spaces, one head: a header row's shape ('Millers   AB.')
    "'A', spaces, 'B.'": lambda n: "A" + " " * (n - 3) + "B.",
    # the same among a paragraph's lines, where a line of entries is cut at its spaces
    "a paragraph's line of spaces": lambda n: (
        "누리시는 예산을 늘렸다.\na" + " " * (n - 3) + "b.\n누리시는 밝혔다."
    ),
    # a nameplate over a line with a gap: the masthead reads that line whole for its issue
    "a nameplate over a gap": lambda n: "누리신문\n가" + " " * (n - 2) + "나",
    # reaction counts without the cap foot_line puts on them
    "'좋아요 1 ' repeated": lambda n: ("좋아요 1 " * n)[:n],
    # an address that fails at its end: searched from inside its token, quadratic
    "letters, '@', 'b.' repeated": lambda n: "a" * (n // 2) + "@" + ("b." * n)[: n // 2],
}
# a page of n lines
PAGES: dict[str, Callable[[int], str]] = {
    "'▲' entries": lambda n: "[인사] 누리시\n" + "\n".join(f"▲과장 한누리{i}" for i in range(n)),
    "'Q.'/'A.' turns": lambda n: "\n".join(
        f"Q. Question {i}?" if i % 2 == 0 else f"A. Answer {i}." for i in range(n)
    ),
    "briefs under a title": lambda n: (
        "[단신]\n\n"
        + "\n\n".join(
            f"주차 요금 {i}\n누리시는 요금을 {i}원 올린다고 밝혔다." for i in range(n // 2)
        )
    ),
    "'[인사]' boxes": lambda n: "\n\n".join(
        f"[인사] 한빛시\n▲국장 문태식\n▲과장 한가람{i}" for i in range(n // 3)
    ),
    "capitals lines, no blank": lambda n: "\n".join(
        f"LINE NUMBER {i} OF THE PAGE" for i in range(n)
    ),
    "stanzas, no full stop": lambda n: "\n\n".join(
        f"바람이 분다 {i}\n들꽃이 눕는다" for i in range(n // 2)
    ),
    "'1 title' ranks": lambda n: "\n".join(f"{i % 99 + 1} 오늘의 기사 제목 {i}" for i in range(n)),
    "'▷N면' entries": lambda n: "\n".join(f"▷{i % 30 + 1}면 기사 제목 {i}" for i in range(n)),
    "'head\\ttext.' lines": lambda n: "\n".join(
        f"오늘의 기사 {i}\t누리시는 {i}일 사업을 시작한다고 밝혔다." for i in range(n)
    ),
    "'head | text.' lines": lambda n: "\n".join(
        f"오늘의 기사 {i} | 누리시는 {i}일 사업을 시작한다고 밝혔다." for i in range(n)
    ),
    "English sentences, a line each": lambda n: (
        "NEWS OF THE DAY.\n\n"
        + "\n".join(
            f"The mill ran {i} hours.\nIt closed at noon on the day {i}." for i in range(n // 2)
        )
    ),
    "box score rows": lambda n: (
        "THE GAME.\n\nThe Hawks won.\nHAWKS. AB. R. H.\n"
        + "\n".join(f"Pell, ss {i % 9} 1 2 3" for i in range(n))
    ),
    "one paragraph, wrapped lines": lambda n: (
        "신문\n\n"
        + "\n".join(
            f"지역의 인구가 계속 줄어드는 현상을 해결하기 위한 정책이 필요하다고 주민 {i}명은 말"
            for i in range(n)
        )
    ),
    "letters signed in capitals": lambda n: (
        "LETTERS.\n\n"
        + "\n".join(
            f"To the Editor:\nSir—Fix road {i}.\nJOHN T. MARSH.\nElm, Oct. 2."
            for i in range(n // 4)
        )
    ),
    # the twenty-third round's shapes: place notes and dash briefs set tight, kicker lines
    # in one long group, want ads
    "place notes, no blank": lambda n: (
        "AROUND THE COUNTY\n\n"
        + "\n".join(f"PINE GROVE.—Ada Keel spent day {i}\nwith her aunt." for i in range(n // 2))
    ),
    "dash briefs set tight": lambda n: (
        "BRIDE HONORED\n\nMrs. Flint gave a tea.\n\n"
        + "\n".join(f"—Mrs. Ruth Bell is visiting\nher sister {i} days." for i in range(n // 2))
    ),
    "kicker lines over entries": lambda n: "\n".join(
        f"[인사] 한빛시 {i}" if i % 4 == 0 else f"▲과장 한가람{i}" for i in range(n)
    ),
    # a long unsigned item of bracketed titles set tight (a byline looked for at each)
    "bracketed titles, no blank": lambda n: "\n".join(
        ("[경제 단신]", f"한빛시는 {i}번 도로 공사를 시작했다.", "주민 불편이 예상된다.")[i % 3]
        for i in range(n)
    ),
    "want ads": lambda n: "\n\n".join(
        f"FOR SALE—Milk cow {i}, fresh in\nApril. Phone {i % 9000 + 100}." for i in range(n // 2)
    ),
    # round forty-two's shapes: small ads under a category's head, a box of tab rows, a
    # wire's bulletins, notices under a notices column's title
    "small ads under a head": lambda n: (
        "생활정보\n\n■ 구인\n\n"
        + "\n\n".join(
            f"중고 물품 {i}\n상태 양호\n☎ 010-0000-{i % 10000:04d}" for i in range(n // 3)
        )
    ),
    "tab rows in a box": lambda n: (
        "◆ 주요 지수\n지수\t종가\n" + "\n".join(f"종목{i}\t{i}.{i % 100:02d}" for i in range(n))
    ),
    "a wire's bulletins": lambda n: (
        "WAR BULLETINS\n\n"
        + "\n\n".join(
            f"CAIRO, Jan. {i % 28 + 1} (UP) — Patrols pushed west, day {i}." for i in range(n)
        )
    ),
    "notices under a title": lambda n: (
        "FERRY RUNS.\n\nThe ferry ran on Monday.\n\nLEGAL NOTICES.\n\n"
        + "\n\n".join(
            f"NOTICE NO {i}.\nAll persons will present their claims." for i in range(n // 2)
        )
    ),
    # round forty-three's shapes: stories set as one block, a head over wrapped text (each
    # block's lines read for the widest), one head over a block of n wrapped lines, and
    # sentence-case heads set tight over their prose
    "heads over wrapped blocks": lambda n: (
        "단지 소식\n\n"
        + "\n\n".join(
            f"강변 산책로 조명 {i}\n누리시는 강변 산책로 3㎞ 구간에 조명을\n새로 달았다고 밝혔다."
            for i in range(n // 3)
        )
    ),
    "a head over n wrapped lines": lambda n: (
        "단지 소식\n\n강변 산책로 야간 조명 켠다\n"
        + "\n".join(f"누리시는 강변 산책로 3㎞ 구간에 조명 {i}개를 새로 달고" for i in range(n))
        + "\n밝혔다.\n"
    ),
    "sentence-case heads, tight": lambda n: (
        "NEWS IN BRIEF\n\n"
        + "\n\n".join(
            f"Library fines scrapped {i}\nThe libraries will stop charging late fees, the"
            f" board said on day {i}."
            for i in range(n // 2)
        )
    ),
}


def _ingest(text: str) -> object:
    return ingest_text(text, name="growth")


def _empty_tree(text: str) -> object:
    return _EMPTY_TREE.search(text.encode())


def _snippets(text: str) -> object:
    return [reach_back(text, start, 40) for start in range(0, len(text), 2)]


def _least(text: str, work: Callable[[str], object]) -> float:
    best = float("inf")
    for _ in range(RUNS):
        t = time.perf_counter()
        work(text)
        best = min(best, time.perf_counter() - t)
    return best


def _row(
    name: str, make: Callable[[int], str], n: int, work: Callable[[str], object] = _ingest
) -> bool:
    small, large = _least(make(n), work), _least(make(2 * n), work)
    ratio = large / small if small else 0.0
    flag = "  GROWS" if ratio > GROWS else ""
    print(f"  {name:28} {small * 1000:8.1f} ms  {large * 1000:8.1f} ms  x{ratio:4.1f}{flag}")
    return ratio > GROWS


def main() -> int:
    grew = 0
    print(f"one line in a story, 5,000 and 10,000 characters (least of {RUNS}):")
    for name, make in LINES.items():
        grew += _row(name, lambda n, make=make: STORY.format(make(n)), 5000)
    print(f"the same lines alone, where a masthead is looked for (least of {RUNS}):")
    for name, make in LINES.items():
        grew += _row(name, make, 5000)
    print(f"the same lines in an ad, where dates and sums are kept whole (least of {RUNS}):")
    for name, make in LINES.items():
        grew += _row(name, make, 5000, unbreakable)
    print(f"a page of 1,000 and 2,000 lines (least of {RUNS}):")
    for name, make in PAGES.items():
        grew += _row(name, make, 1000)
    print(f"a PDF's first bytes, where an empty page tree is looked for (least of {RUNS}):")
    grew += _row("'/Count 0 ' repeated", lambda n: "/Count 0 " * n, 5000, _empty_tree)
    print(f"a leaf's snippets, one at every hit (least of {RUNS}):")
    grew += _row("a run of flags", lambda n: "🇰🇷" * n, 4000, _snippets)
    print(f"{grew} shape(s) grew more than {GROWS:.0f} times from n to 2n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
