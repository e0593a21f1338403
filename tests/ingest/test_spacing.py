"""The edition's spacing statistics: a full line's end and the next line's start, inside
one word or two, as the edition's own unbroken lines print them."""

from __future__ import annotations

from reader.ingest.repair import Vocabulary, separator
from reader.ingest.spacing import Spacing

# Lines as a page prints them: the first and last word of each may be a torn piece.
TEXT = """\
지난해 열린 설명회에는 2600명이 참석했다 그는 말했다
올해 열린 간담회에는 410명이 참석했다 그는 밝혔다
창업 지원이 확대됐다 창업 지원은 중요하다 창업 지원을 늘린다
2018년부터 시작된 사업은 2020년부터 이어졌다 대한민국 전체의 의미는 크다
지역의 미래가 걸린 과제다 시민의 미래를 위한 일이다
"""


def test_digits_and_letters_read_as_classes() -> None:
    s = Spacing(TEXT)
    assert s.joined("1100", "명이", True) is True  # '0명' stands inside words
    assert s.joined("2026년부", "터", True) is True  # so does '년부|터'


def test_a_pair_seen_apart_keeps_its_space() -> None:
    s = Spacing(TEXT)
    assert s.joined("창업", "지원이", True) is False


def test_word_edges_count() -> None:
    # '의' ends words ('지역의 미래'), but a word that is only '의' starts '의미'.
    s = Spacing(TEXT)
    assert s.joined("지역의", "미래", True) is False
    assert s.joined("의", "미는.", True) is True


def test_a_lone_syllable_no_line_prints_as_a_word_is_a_piece_of_one() -> None:
    # '의' at a line's end may be torn from a word: it does not show '의' as a word.
    assert Spacing("가나다 의\n").joined("의", "라마", True) is True
    assert Spacing("가나다 의 바사\n").joined("의", "라마", True) is None


def test_a_lone_syllable_never_printed_alone_joins_whatever_words_ending_like_it_do() -> None:
    # Two words end in '의' before a '미': that says nothing of '의' alone, never a word here.
    s = Spacing("지역의 미래가 걸린 과제다 시민의 미래를 위한 일이다\n")
    assert s.joined("지역의", "미래", True) is False
    assert s.joined("의", "미는.", True) is True
    assert Spacing("그 의 미래가 시민의 미래를\n").joined("의", "미는.", True) is False


def test_two_words_printed_alone_and_never_together_stand_apart() -> None:
    # '산업' inside three words says '산|업' joins; '예산' and '업무협약식에는' are words.
    text = "지역산업 관광산업 신산업 올해 예산 늘어\n그 업무협약식에는 시민이 왔다\n"
    assert Spacing(text).joined("예산", "업무협약식에는", True) is False
    assert Spacing(text + "그 예산업무협약식에는 왔다\n").joined("예산", "업무협약식에는", True)
    # The right word may go on: the whole words do not decide, and where '업무' stands
    # inside words ('주업무와', '본업무를') as often as it starts them, '산|업' joins.
    inside = text + "주업무와 본업무를 맡는다\n"
    assert Spacing(inside).joined("예산", "업무협약식", False) is True


def test_one_syllable_each_side_joins_no_piece_that_starts_words() -> None:
    # '산|업' stands inside three words, and nothing longer is known; but '업무' starts
    # words here and stands inside none: the pair met by chance.
    text = "지역산업 관광산업 신산업 올해는\n그 업무협약을 맺고 업무를 본다\n"
    assert Spacing(text).joined("예산", "업무협약식에는", True) is False


def test_one_syllable_each_side_still_joins_a_piece_that_stands_inside_words() -> None:
    # The near miss: '업계' stands inside two words and starts one, so '수산|업계는' joins.
    text = "지역산업 관광산업 신산업 올해는\n제조업계와 건설업계가 업계를 본다\n"
    assert Spacing(text).joined("수산", "업계는", True) is True
    assert Spacing("지역산업 관광산업 신산업 올해는\n").joined("수산", "업계는", True) is True


def test_a_word_printed_whole_elsewhere_is_joined_and_nothing_seen_keeps_a_space() -> None:
    vocab = Vocabulary("무등산은 광주의 산이다")
    assert vocab.spacing.joined("‘무등", "산", True) is True
    assert separator("‘무등", "산 옛길’을 걷다", vocab, counts=True) == ""
    assert vocab.spacing.joined("바다", "거북", True) is None
    assert separator("푸른 바다", "거북이 산다", vocab, counts=True) == " "


def test_one_lucky_pair_does_not_decide() -> None:
    # '도약' once on the page says nothing about '현재도' + '약 200개'.
    vocab = Vocabulary("강국으로 도약하는 길에\n모두 약 300명이 왔다\n")
    assert vocab.spacing.joined("현재도", "약", True) is None
    assert separator("지원했고, 현재도", "약 200개 과제가", vocab, counts=True) == " "


def test_where_script_meets_brackets_any_syllable_teaches_the_rest() -> None:
    s = Spacing("사업단(AICA)은 올해 광주형 AI 전환(AX) 실증을 시작한다 그리고\n")
    assert s.joined("사업", "(AX", True) is True


def test_a_number_at_a_line_end_is_no_word_of_the_vocabulary() -> None:
    # A police log's day over its first entry: '5' and '2:05' are two numbers, though the
    # page prints '5:52' elsewhere (the vocabulary's '52' once joined them: 'April 52:05').
    vocab = Vocabulary("5:52 p.m. — Officers helped a driver.\nSaturday, April 5\n2:05 a.m.\n")
    assert separator("Saturday, April 5", "2:05 a.m. — Trevor M. Oakes", vocab) == " "
    assert separator("최저임금은 2023년 9620원, 인상률 5.0", "2024년 9860원", vocab) == " "


def test_a_number_torn_inside_its_thousands_group_runs_on() -> None:
    vocab = Vocabulary("참석자는 2,000명이었다.\n")
    assert separator("참석자는 모두 2,0", "00명이 넘었다", vocab) == ""


def test_a_table_rows_last_cell_is_whole() -> None:
    # '4중주' printed on the page made '4' + '중' a word's start: the decimal 12.4 ran into
    # the next row's first cell ('12.4중화권'), with tabs or spaces between the cells.
    vocab = Vocabulary("현악 4중주 공연.\n일본\t318\t12.4\n중화권\t296\t4.1\n")
    assert separator("일본\t318\t12.4", "중화권\t296\t4.1", vocab) == " "
    assert separator("일본 318 12.4", "중화권 296 4.1", vocab) == " "
    assert separator("현악 4", "중주 공연", vocab) == ""


def test_a_unit_torn_from_its_decimal_runs_on() -> None:
    vocab = Vocabulary("수출이 3.5배 늘었다.\n")
    assert separator("수출이 지난해보다 3.5", "배 늘었다", vocab) == ""


def test_a_wrapped_last_cell_of_words_runs_on() -> None:
    # Only a number cell is whole: a cell of words may wrap onto the next line.
    vocab = Vocabulary("새벽강컨벤션센터 2층에서 열린다.\n")
    assert separator("중동\t12월 11일(금)\t새벽강컨벤션센", "터 3층", vocab) == ""


def test_a_sentences_stop_at_a_hard_break_keeps_the_space_the_statistics_would_drop() -> None:
    """'빈' never stands alone in this edition, so the statistics take it for a piece of a
    longer word; a stop before the break says the word before it is whole."""
    vocab = Vocabulary("그때는 다들 힘들었으니까요. 학생들은 교실에서 공부했다. 빈집이 많다.")
    assert separator("그때는 다들 힘들었으니까요.", "빈 교실에서", vocab, counts=True) == " "
    assert separator("“다들 힘들었으니까요?”", "빈 교실에서", vocab, counts=True) == " "


def test_without_a_stop_the_statistics_still_join_a_lone_piece() -> None:
    """The near miss: no sentence ends at the break, so '빈' may be a torn word's end."""
    vocab = Vocabulary("그때는 다들 힘들었으니까요. 학생들은 교실에서 공부했다. 빈집이 많다.")
    assert separator("그때는 다들 힘들었으니까요", "빈 교실에서", vocab, counts=True) == ""
