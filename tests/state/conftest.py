"""Every test here gets its own BROADSHEET_HOME, so no test touches the user's files."""

from __future__ import annotations

from pathlib import Path

import pytest

from reader.model import Ad, Article, Block, Byline, Edition, Page, Source, Text
from reader.settings import ENV_HOME


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "home"
    monkeypatch.setenv(ENV_HOME, str(folder))
    return folder


def _article(item_id: str) -> Article:
    return Article(id=item_id, headline=Text(f"headline {item_id}"))


@pytest.fixture
def interview() -> Article:
    """An interview as the ingest builds it, with text that looks like markup."""
    return Article(
        id="p1-a1",
        headline=Text("“광주지역 전역, AI 실증 무대로 만들겠다”"),
        subheadline=Text("오상진 인공지능산업융합사업단장"),
        deck=[Text("AI 집적단지 2단계 착수"), Text("실증 [bold]도시[/bold] 조성")],
        body=[
            Block("lead", "광주가 AI 실증 도시로 나선다."),
            Block("paragraph", "본문에 [bold]굵게[/bold] 와 *별표* 와 3~5일 이 있다."),
            Block("subhead", "데이터센터"),
            Block("question", "사업단의 올해 목표는?"),
            Block("answer", "실증 무대를 넓히는 것이다."),
            Block("answer", "기업 100곳을 모으겠다."),
            Block("question", "[link](http://x) 는?"),
            Block("answer", "# 아니다"),
            Block("caption", "▲ 사진=오상진 단장이 설명하고 있다."),
        ],
        bylines=[
            Byline(
                name="홍길동",
                role="기자",
                email="hong_gd@kjdaily.com",
                dateline="광주",
                text="광주=홍길동 기자 hong_gd@kjdaily.com",
            )
        ],
    )


@pytest.fixture
def sample_edition() -> Edition:
    """Two pages share a section; ads are items too but never counted as unread."""
    return Edition(
        schema=1,
        id="kj-2026-02-04",
        source=Source(name="kj.txt", sha256="0" * 64, encoding="utf-8"),
        pages=[
            Page(number=1, section="인터뷰", items=[_article("p1-a1"), _article("p1-a2")]),
            Page(number=2, section="경제", items=[_article("p2-a1"), Ad(id="p2-ad1")]),
            Page(number=3, section="인터뷰", items=[_article("p3-a1")]),
            Page(number=4, section="광고", items=[Ad(id="p4-ad1")]),
        ],
    )
