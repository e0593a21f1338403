"""The sample article the export tests share: an interview as the ingest builds it, its
plain text and its Markdown."""

from __future__ import annotations

from reader.model import Article, Block, Byline, Text

TEXT = """\
“광주지역 전역, AI 실증 무대로 만들겠다”

오상진 인공지능산업융합사업단장

• AI 집적단지 2단계 착수
• 실증 [bold]도시[/bold] 조성

광주가 AI 실증 도시로 나선다.

본문에 [bold]굵게[/bold] 와 *별표* 와 3~5일 이 있다.

데이터센터

Q. 사업단의 올해 목표는?

A. 실증 무대를 넓히는 것이다.

기업 100곳을 모으겠다.

Q. [link](http://x) 는?

A. # 아니다

Photo: 오상진 단장이 설명하고 있다.

광주=홍길동 기자 hong_gd@kjdaily.com
"""

MARKDOWN = """\
# “광주지역 전역, AI 실증 무대로 만들겠다”

## 오상진 인공지능산업융합사업단장

- AI 집적단지 2단계 착수
- 실증 [bold]도시[/bold] 조성

**광주가 AI 실증 도시로 나선다.**

본문에 [bold]굵게[/bold] 와 \\*별표\\* 와 3\\~5일 이 있다.

### 데이터센터

**Q.** 사업단의 올해 목표는?

**A.** 실증 무대를 넓히는 것이다.

기업 100곳을 모으겠다.

**Q.** [link\\](http://x) 는?

**A.** \\# 아니다

> Photo: 오상진 단장이 설명하고 있다.

---

홍길동 기자 (광주) <hong_gd@kjdaily.com>
"""


def interview_article() -> Article:
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
