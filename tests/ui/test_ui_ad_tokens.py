"""The ad pane keeps a date, a phone number or an amount on one line where it is wide
enough: a job ad's '2026. 3. 9.(월)' was broken into '2026. 3.' and '9.(월)' under it."""

from __future__ import annotations

from pathlib import Path

import msgspec
import pytest
from rich.cells import cell_len
from rich.text import Text as RichText

from reader.library import Library, open_library
from reader.model import Ad, Contact, Note, Paragraph, Text
from reader.unbreakable import unbreakable
from tests.editions import multi_page, seed, shelf
from tests.ui.conftest import drive, wait_until

# Fields of a job ad as printed, their labels of many lengths: at any pane width one of
# them reaches the line's end inside a token.
_FIELDS = [
    "접수기간 : 2026. 3. 9.(월) ~ 3. 20.(금) 18:00까지",
    "서류접수 : 이메일 또는 방문 접수, 2026. 3. 9.(월) ~ 3. 20.(금)",
    "면접 : 서류 합격자에 한해 개별 통보, 면접일 2026. 3. 24.(화) 오전 10시",
    "입사 예정일 : 2026. 4. 1.(수), 수습기간 3개월 후 정규직 전환",
    "급여 : 월 250 만원 이상, 경력자는 연봉 3억 5천만 원 이하에서 협의",
    "근무시간 : 평일 08:30 ~ 17:30, 토요일 격주 근무, 2026년 3월 11일 공고",
    "우대사항 : 관련 자격증 소지자, 인근 거주자 우대 (문의 062) 941-3300 인사팀)",
    "제출서류 : 이력서 1부, 자기소개서 1부, 경력증명서 1부 (마감 3. 20.(금) 도착분까지)",
    "복리후생 : 4대 보험, 퇴직금, 중식 제공, 통근버스 운행 (상여금 연 400 만원)",
    "근무지 : 한빛산단 본사 (한빛시 북구 첨단로 112), 개인 차량 출퇴근 가능자 우대",
]


def _job_ad(tmp_path: Path) -> tuple[Library, int]:
    edition = multi_page("2026-03-09")
    ad = Ad(
        id="p1-2",
        title=Text("(주)한결정밀 생산직 사원 모집"),
        advertiser="(주)한결정밀",
        blocks=[
            *(Paragraph(field) for field in _FIELDS),
            Note("※ 제출된 서류는 반환하지 않습니다. 접수 마감 2026. 3. 20.(금) 18:00"),
            Contact("phone", "062-941-3300", "062) 941-3300", label="문의"),
        ],
    )
    first = msgspec.structs.replace(edition.pages[0], items=[edition.pages[0].items[0], ad])
    edition = msgspec.structs.replace(edition, pages=[first, *edition.pages[1:]])
    return open_library(shelf(tmp_path / "eds", seed(), edition))


def _tokens() -> list[str]:
    texts = [*_FIELDS, "※ 제출된 서류는 반환하지 않습니다. 접수 마감 2026. 3. 20.(금) 18:00"]
    return [text[a:b] for text in texts for a, b in unbreakable(text)]


@pytest.mark.parametrize("size", [(80, 24), (120, 40), (200, 50)])
def test_the_ad_pane_breaks_no_date_phone_or_amount(size, tmp_path):
    @drive(_job_ad, size=size)
    async def scenario(app, pilot, screen):
        if not screen.ad_pane.display:
            await pilot.press("a")  # narrow: the ads in the section list's place
        await wait_until(pilot, lambda: "한결정밀" in screen.ad_pane.plain())
        lines = screen.ad_pane.plain().splitlines()
        tokens = _tokens()
        assert len(tokens) >= 12
        assert max(map(cell_len, tokens)) < screen.ad_pane.size.width  # room for each
        for token in tokens:
            assert any(token in line for line in lines), (token, lines)

    scenario(tmp_path)


@pytest.mark.parametrize("space", [" ", "\u00a0", "\u3000"])
def test_a_date_joined_by_any_space_is_never_split_and_keeps_its_space(space):
    from rich.console import Console

    from reader.ui.render.kept_whole import glued, unglued

    field = f"서류접수 : 이메일 또는 방문 접수, 2026.{space}3.{space}9.(월) ~ 3.{space}20.(금)"
    console = Console(width=80, color_system=None)
    for width in range(16, 61):
        text, glue = glued(RichText(field), unbreakable(field))
        lines = console.render_lines(text, console.options.update(width=width), pad=False)
        rows = ["".join(s.text for s in line) for line in unglued(lines, glue)]
        date = f"2026.{space}3.{space}9.(월)"
        if cell_len(date) <= width:  # (one wider than the line folds, as any word does)
            assert any(date in row for row in rows), (width, rows)
        assert "".join(rows).replace(" ", "") == field.replace(" ", ""), width
