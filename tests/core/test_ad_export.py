"""reader.ad_export through reader.export: an ad as Markdown and plain text, its file."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from reader.export import markdown_name, to_markdown, to_text, write_markdown
from reader.model import (
    Ad,
    Contact,
    Heading,
    Image,
    ListBlock,
    Note,
    Paragraph,
    Photo,
    Table,
    Text,
)

WHERE = "광남일보 · Wednesday, February 4, 2026 · page 3 · 경제"


@pytest.fixture
def ad() -> Ad:
    """A flat sale's ad as the ingest builds it, with text that looks like markup."""
    return Ad(
        id="p3-4",
        title=Text("봄맞이 *특가* 분양 | 선착순"),
        advertiser="한빛건설(주)",
        blocks=[
            Heading("# 분양 안내"),
            Paragraph("계약금 5% [정액제](할인) & 중도금 무이자 &amp; 혜택"),
            Note("※ 위 조감도는 소비자의 이해를 돕기 위한 것으로\n실제와 다를 수 있습니다."),
            ListBlock(items=[Text("입주 예정 2027년 3월"), Text("- 전용 84㎡\n1. 잔여 10세대")]),
            Table(
                header=[Text("타입"), Text("세대수"), Text("분양가")],
                rows=[
                    [Text("84A"), Text("120"), Text("5억|2천")],
                    [Text("84B"), Text("80"), Text("4억 9천\n(발코니 확장 포함)")],
                ],
            ),
            Contact(channel="phone", value="061-123-4567", text="061)123-4567", label="분양문의"),
            Contact(channel="email", value="sales@hanbit.co.kr", text="sales@hanbit.co.kr"),
            Photo(image=Image(src="paper/p3-photo2-0123456789ab.jpg", width=400, height=300)),
        ],
        truncated=True,
    )


MARKDOWN = f"""\
# 봄맞이 \\*특가\\* 분양 \\| 선착순

한빛건설(주)

*{WHERE}*

## \\# 분양 안내

계약금 5% [정액제\\](할인) & 중도금 무이자 \\&amp; 혜택

> ※ 위 조감도는 소비자의 이해를 돕기 위한 것으로
> 실제와 다를 수 있습니다.

- 입주 예정 2027년 3월
- \\- 전용 84㎡\\
  1\\. 잔여 10세대

| 타입 | 세대수 | 분양가 |
|---|---|---|
| 84A | 120 | 5억\\|2천 |
| 84B | 80 | 4억 9천<br>(발코니 확장 포함) |

분양문의 061)123-4567

<sales@hanbit.co.kr>

[Photo 400×300]

*(the ad runs past the page's end)*
"""


def test_markdown(ad: Ad):
    assert to_markdown(ad, where=WHERE) == MARKDOWN


def rendered(markdown: str) -> list[tuple[str, str]]:
    """(block, visible text) for each block as a GFM renderer shows it: a line break as
    "\\n", an HTML break too, a table cell as "td: text"."""
    out: list[tuple[str, str]] = []
    kinds: list[str] = []
    for token in MarkdownIt("commonmark").enable("table").parse(markdown):
        if token.nesting == 1:
            kinds.append(token.type.removesuffix("_open"))
        elif token.nesting == -1:
            kinds.pop()
        if token.type != "inline":
            continue
        text = ""
        for child in token.children or []:
            if child.type in ("softbreak", "hardbreak") or child.content == "<br>":
                text += "\n"
            elif child.type in ("text", "html_inline"):
                text += child.content
            else:
                text += f"<{child.type}>"
        kind = next((k for k in reversed(kinds) if k != "paragraph"), "body")
        out.append((kind, text))
    return out


def test_the_markdown_renders_the_ad_as_printed(ad: Ad):
    assert rendered(to_markdown(ad, where=WHERE)) == [
        ("heading", "봄맞이 *특가* 분양 | 선착순"),
        ("body", "한빛건설(주)"),
        ("body", f"<em_open>{WHERE}<em_close>"),
        ("heading", "# 분양 안내"),
        ("body", "계약금 5% [정액제](할인) & 중도금 무이자 &amp; 혜택"),
        ("blockquote", "※ 위 조감도는 소비자의 이해를 돕기 위한 것으로\n실제와 다를 수 있습니다."),
        ("list_item", "입주 예정 2027년 3월"),
        ("list_item", "- 전용 84㎡\n1. 잔여 10세대"),
        *(("th", cell) for cell in ("타입", "세대수", "분양가")),
        *(("td", cell) for cell in ("84A", "120", "5억|2천")),
        *(("td", cell) for cell in ("84B", "80", "4억 9천\n(발코니 확장 포함)")),
        ("body", "분양문의 061)123-4567"),
        ("body", "<link_open>sales@hanbit.co.kr<link_close>"),
        ("body", "[Photo 400×300]"),
        ("body", "<em_open>(the ad runs past the page's end)<em_close>"),
    ]


def test_plain_text(ad: Ad):
    assert to_text(ad, where=WHERE) == (
        "봄맞이 *특가* 분양 | 선착순\n\n한빛건설(주)\n\n"
        f"{WHERE}\n\n# 분양 안내\n\n계약금 5% [정액제](할인) & 중도금 무이자 &amp; 혜택\n\n"
        "※ 위 조감도는 소비자의 이해를 돕기 위한 것으로\n실제와 다를 수 있습니다.\n\n"
        "• 입주 예정 2027년 3월\n• - 전용 84㎡\n  1. 잔여 10세대\n\n"
        "타입 | 세대수 | 분양가\n84A | 120 | 5억|2천\n84B | 80 | 4억 9천 (발코니 확장 포함)\n\n"
        "분양문의 061)123-4567\n\nsales@hanbit.co.kr\n\n[Photo 400×300]\n\n"
        "(the ad runs past the page's end)\n"
    )


@pytest.mark.usefixtures("korean")
def test_the_words_of_ours_are_the_interfaces(ad: Ad):
    text = to_markdown(ad)
    assert "[사진 400×300]" in text and "*(광고가 페이지 끝에서 잘림)*" in text


def test_a_table_printed_without_a_header_gets_an_empty_one():
    table = Table(rows=[[Text("평일"), Text("18만원")], [Text("주말"), Text("23만원")]])
    ad = Ad(id="p2-3", blocks=[table])
    assert to_markdown(ad) == "|  |  |\n|---|---|\n| 평일 | 18만원 |\n| 주말 | 23만원 |\n"
    assert [t for k, t in rendered(to_markdown(ad)) if k == "td"] == ["평일", "18만원"] + [
        "주말",
        "23만원",
    ]


def test_the_file_is_named_for_the_ads_title_and_links_its_saved_photo(ad: Ad, tmp_path: Path):
    editions, notes = tmp_path / "editions", tmp_path / "notes"
    (editions / "paper").mkdir(parents=True)
    notes.mkdir()
    (editions / "paper" / "p3-photo2-0123456789ab.jpg").write_bytes(b"\xff\xd8\xff")
    path = write_markdown(
        ad, notes, edition_id="광남일보-2026-02-04", where=WHERE, edition_folder=editions
    )
    assert path.name == "광남일보-2026-02-04-p3-4-봄맞이-특가-분양-선착순.md"
    link = "../editions/paper/p3-photo2-0123456789ab.jpg"
    assert f"![Photo 400×300](<{link}>)" in path.read_text("utf-8")


def test_an_ad_without_a_title_is_named_for_its_advertiser():
    ad = Ad(id="p5-1", advertiser="해피니스CC", blocks=[Paragraph("회원 모집")])
    assert markdown_name(ad) == "p5-1-해피니스CC.md"
    assert to_markdown(ad) == "해피니스CC\n\n회원 모집\n"


def test_an_ad_named_by_nothing_but_its_id_has_it_once_in_its_file_name():
    assert markdown_name(Ad(id="p1-ad1"), edition_id="광남일보-2026-02-04") == (
        "광남일보-2026-02-04-p1-ad1.md"
    )


def test_an_ad_of_which_nothing_was_read_says_so_by_its_id_and_where():
    ad = Ad(id="p1-ad1")
    said = "Ad p1-ad1: no text was read from it."
    assert to_text(ad, where=WHERE) == f"{said}\n\n{WHERE}\n"
    assert to_text(ad) == f"{said}\n"
    assert to_markdown(ad, where=WHERE) == f"{said}\n\n*{WHERE}*\n"


def test_a_blank_list_item_is_left_out_of_the_text_as_of_the_markdown():
    items = [Text("입주 예정 2027년 3월"), Text("   "), Text("전용 84㎡\n \n잔여 10세대")]
    ad = Ad(id="p3-5", title=Text("분양"), blocks=[ListBlock(items=items)])
    assert to_text(ad) == "분양\n\n• 입주 예정 2027년 3월\n• 전용 84㎡\n  잔여 10세대\n"
    assert to_markdown(ad) == "# 분양\n\n- 입주 예정 2027년 3월\n- 전용 84㎡\\\n  잔여 10세대\n"
