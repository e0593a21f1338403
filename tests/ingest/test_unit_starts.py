"""`opens_unit` skips the full line test for lines whose first character starts no marker,
credit or notice: that shortcut must agree with `line_kind` on every line we have."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.ingest.byline_lines import bylines_in
from reader.ingest.units import _UNIT_STARTS, line_kind, opens_unit

HERE = Path(__file__).parent
TEXTS = sorted([*HERE.glob("handmade/*.txt"), *HERE.glob("blind/*.txt")])
MADE_UP = [
    "· 검침값을 사진으로 남겨 둔다",
    "• 계량기 옆에 둔다",
    "저작권자 © 누리뉴스 무단전재 및 재배포 금지",
    "Copyright 2026 The Daily. All rights reserved.",
    "(c) 2026 누리뉴스 무단 전재",
    "ⓒ 한빛FC",
    "/연합뉴스",
    "[쟁점 정리]",
    "▶ 골목 상권의 회복",
]


def _lines() -> list[str]:
    lines = [line.strip() for p in TEXTS for line in p.read_text("utf-8").splitlines()]
    return [line for line in lines + MADE_UP if line]


@pytest.mark.parametrize("first", [True, False])
def test_every_unit_start_is_known(first: bool) -> None:
    assert len(TEXTS) >= 20
    missed = []
    for line in _lines():
        kind = line_kind(line, first=first)[0]
        if kind in ("text", "caption") or bylines_in(line):
            continue
        if line[0] not in _UNIT_STARTS:
            missed.append((kind, line))
    assert not missed, missed[:5]


def test_a_marked_line_opens_a_unit_and_prose_does_not() -> None:
    assert opens_unit("· 검침값을 사진으로 남겨 둔다")
    assert opens_unit("저작권자 © 누리뉴스 무단전재 및 재배포 금지")
    assert not opens_unit("시민들이 광장을 걷고 있다")
