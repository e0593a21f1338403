"""An ad's printed lines in the ad pane: each line a line where the pane is wide enough;
a line wider than the pane wraps under a hanging indent, so its continuation does not
read as the next printed line (a classified ad of 1916, a coupon's price lines)."""

from __future__ import annotations

from rich.cells import cell_len

from reader.model import Ad, Contact, Note, Paragraph, Text
from reader.ui.render import render_ad
from tests.editions import seed_ad

WANTED = Ad(
    id="p1-3",
    title=Text("WANTED"),
    blocks=[
        Paragraph("Girl for general housework;"),
        Paragraph("small family, good wages. Mrs. H. C."),
        Paragraph("Dorland, 412 Elm street."),
        Note("(일주일 안에 연락 바랍니다)"),
        Contact("phone", "318", "318", label="Phone"),
    ],
)


def lines(width: int) -> list[str]:
    return render_ad(WANTED, width).plain().splitlines()


def test_a_line_wider_than_the_pane_wraps_under_a_hanging_indent() -> None:
    shown = lines(28)
    assert shown == [
        "WANTED",
        "Girl for general housework;",
        "small family, good wages.",
        "  Mrs. H. C.",
        "Dorland, 412 Elm street.",
        "(일주일 안에 연락 바랍니다)",
        "Phone 318",
    ]
    assert all(cell_len(line) <= 28 for line in shown)


def test_a_hangul_line_is_measured_in_cells_and_wraps_under_its_indent() -> None:
    # '(일주일 안에 연락 바랍니다)' is 16 characters, 27 cells: at 20 cells it wraps.
    shown = lines(20)
    at = shown.index("(일주일 안에 연락")
    assert shown[at + 1] == "  바랍니다)"
    assert all(cell_len(line) <= 20 for line in shown)


def test_a_line_as_wide_as_the_pane_stays_one_line() -> None:
    # The near miss: 'small family, good wages. Mrs. H. C.' is 36 cells, the pane 36.
    shown = lines(36)
    assert "small family, good wages. Mrs. H. C." in shown
    assert not any(line.startswith("  ") for line in shown)


def ad_lines(width: int) -> list[str]:
    return [line.rstrip() for line in render_ad(seed_ad(), width).plain().splitlines()]


def test_a_value_too_wide_beside_a_long_header_goes_under_it_at_the_panes_width() -> None:
    # The shipped ad's table, stacked in a 28-cell pane: beside '회원 특 전' its terms had
    # 14 cells, one printed line over three rows, each looking like a line of its own.
    shown = ad_lines(28)
    at = shown.index("  회원 특 전")
    assert shown[at + 1 : at + 3] == ["    정회원 1인, 지정회원 2인", "      그린피 면제"]
    # The near miss: a value that fits beside its header stays there.
    assert "  분양금액   700" in shown and "  구좌       3좌" in shown


def test_a_printed_line_wider_than_its_column_hangs_in_a_table() -> None:
    shown = ad_lines(73)
    at = shown.index(" VVIP (A형)        700  3좌   정회원 1인, 지정회원 2인 그린피 면제")
    column = cell_len(shown[at][: shown[at].index("정회원")])  # in cells: '형' takes two
    assert shown[at + 1] == " " * column + "정회원 동반 3인 그린피 50% 할인, 골프텔"
    assert shown[at + 2] == " " * (column + 2) + "할인"
    assert all(cell_len(line) <= 73 for line in shown)
