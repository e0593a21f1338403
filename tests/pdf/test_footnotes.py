"""Footnotes: a mark raised in small type on a word is set on its line, with no space
('‘지역필수의사제’1)도'); paragraphs at a story's foot in smaller type that open with a
mark the text prints so are its notes, paragraphs where they stand."""

from __future__ import annotations

from reader.pdf.content import Run
from reader.pdf.lines import Line, make_lines
from reader.pdf.notes import mark_notes
from reader.pdf.parts import Para


def _run(x0: float, base: float, size: float, text: str, width: float | None = None) -> Run:
    x1 = x0 + (width if width is not None else size * len(text))
    return Run(x0, base - 0.88 * size, x1, base + 0.12 * size, base, size, "Serif", text, x1)


def test_a_raised_mark_is_set_on_its_line_without_a_space() -> None:
    """A 9 pt line ending in '…의사제’', a 5.4 pt '1)' raised 3.2 pt right after it, and
    '도' going on after the mark on the same line: one line. Near misses: the same mark
    two sizes away from any word, a long run of small raised type (a line of its own, not
    a mark), and a mark raised a whole line, stay lines of their own."""
    line = _run(100, 200, 9, "내세운 ‘지역필수의사제’", 110)
    mark = _run(210, 196.8, 5.4, "1)", 5)
    rest = _run(215, 200, 9, "도 아직", 30)
    assert [x.text for x in make_lines([line, mark, rest], [])] == [
        "내세운 ‘지역필수의사제’1)도 아직"
    ]
    apart = _run(228, 196.8, 5.4, "1)", 5)
    got = sorted(x.text for x in make_lines([line, apart], []))
    assert got == ["1)", "내세운 ‘지역필수의사제’"]
    small = _run(210, 196.8, 5.4, "사진 설명입니다", 40)
    assert len(make_lines([line, small], [])) == 2
    high = _run(210, 190, 5.4, "1)", 5)  # raised more than half its line's size
    assert len(make_lines([line, high], [])) == 2


def _para(size: float, text: str) -> Para:
    x = Line(0, 0, 100, size, size * 0.88, size, "Serif", text, 10, len(text))
    return Para("body", [x])


def test_small_paragraphs_opening_with_a_mark_the_text_prints_are_notes() -> None:
    """'1) …' and '2) …' in 7 pt under 9 pt text that prints '…의사제’1)도' and '늘었다.2)':
    notes. Near misses: a small '1) …' when the text numbers a list '(1) 첫째' only, a
    small paragraph with no mark, and a body-size '1) …' stay body paragraphs."""
    text = _para(9, "정부가 내세운 ‘지역필수의사제’1)도 아직 시범 사업에 머물러 있다.")
    more = _para(9, "그사이 의원이 없는 면이 여섯 곳으로 늘었다.2)")
    notes = [
        _para(7, "1) 지역 의대를 졸업한 의사가 일하도록 하는 제도."),
        _para(7, "2) 달내군 보건소."),
    ]
    paras = [text, more, *notes]
    mark_notes(paras, 9.0)
    assert [p.role for p in paras] == ["body", "body", "note", "note"]
    listed = [
        _para(9, "할 일은 두 가지다. (1) 첫째 의원을 지킨다."),
        _para(7, "1) 주민 조사 결과."),
    ]
    plain = [
        _para(9, "늘었다.1) 그래도"),
        _para(7, "자료: 달내군 보건소"),
        _para(9, "1) 첫째는 돈이다."),
    ]
    for group in (listed, plain):
        mark_notes(group, 9.0)
        assert [p.role for p in group] == ["body"] * len(group)


def test_body_type_beside_a_drop_cap_is_no_mark_of_the_cap() -> None:
    """A 34 pt drop cap and the 9 pt words that start right of it a line up: short,
    smaller, raised and touching, but a quarter of the cap's size, no mark's (marks are
    set at 0.4 to 0.8 of their line's size): they stay on their own line."""
    cap = _run(40, 128, 34, "지", 27)
    words = _run(67.5, 121.7, 9, "솔읍의", 26)
    assert sorted(x.text for x in make_lines([cap, words], [])) == ["솔읍의", "지"]


def test_a_mark_on_a_line_of_glyphs_set_one_by_one_is_found_by_the_word_it_touches() -> None:
    """Forty glyphs placed one by one, every other one a hundredth of a point lower (all
    short, all a little under one another: the mark asks the runs whose ends it touches
    instead), and a 5.4 pt '1)' raised after the twentieth: one line, the mark on its
    word. Near miss: the same mark two sizes from any glyph stays a line of its own."""
    glyphs = [_run(100 + 10 * k, 200 + 0.01 * (k % 2), 9, "가", 9) for k in range(20)]
    mark = _run(299, 196.8, 5.4, "1)", 5)
    rest = [_run(304 + 10 * k, 200 + 0.01 * (k % 2), 9, "나", 9) for k in range(40)]
    (line,) = make_lines([*glyphs, mark, *rest], [])
    assert line.text == "가" * 20 + "1)" + "나" * 40
    apart = _run(318, 196.8, 5.4, "1)", 5)
    far = [_run(100 + 10 * k, 200 + 0.01 * (k % 2), 9, "가", 9) for k in range(20)]
    far += [_run(340 + 10 * k, 200 + 0.01 * (k % 2), 9, "나", 9) for k in range(20)]
    assert sorted(x.text for x in make_lines([*far, apart], [])) == [
        "1)",
        "가" * 20,
        "나" * 20,
    ]


def test_a_figures_last_digit_before_a_bracket_is_no_printed_mark() -> None:
    """'(규모 4.1)', '(11)', '2025년 12)': the digit before ')' ends a figure (a decimal,
    a number), no mark printed on a word, so a small '1) …' or '2) …' under such text
    stays a paragraph. Near miss: '늘었다.2)' (after a sentence's stop) prints '2)'."""
    for said in ("지진(규모 4.1)이 났다.", "열한째 항목(11)을 보라.", "2025년 12) 기준이다."):
        mark = "2)" if "12)" in said else "1)"
        group = [_para(9, said), _para(7, f"{mark} 달내군 보건소 자료.")]
        mark_notes(group, 9.0)
        assert [p.role for p in group] == ["body", "body"], said
    group = [_para(9, "의원이 없는 면이 늘었다.2)"), _para(7, "2) 달내군 보건소 자료.")]
    mark_notes(group, 9.0)
    assert [p.role for p in group] == ["body", "note"]


def test_a_note_opening_with_ju_answers_the_mark_the_text_prints() -> None:
    """'주2) …' at a story's foot answers the '2)' its text prints on a word ('늘었다.2)'):
    the note's '주' (note) is no part of the mark the text prints. Near miss: '주3) …'
    when the text prints only '2)' stays a paragraph."""
    group = [_para(9, "의원이 없는 면이 늘었다.2)"), _para(7, "주2) 달내군 보건소 자료.")]
    mark_notes(group, 9.0)
    assert [p.role for p in group] == ["body", "note"]
    group = [_para(9, "의원이 없는 면이 늘었다.2)"), _para(7, "주3) 달내군 보건소 자료.")]
    mark_notes(group, 9.0)
    assert [p.role for p in group] == ["body", "body"]
