"""decode(): BOMs, strict UTF-8, CP949, and a one-line DecodeError naming the file."""

from __future__ import annotations

import codecs

import pytest

from reader.errors import DecodeError
from reader.ingest.decode import decode
from reader.sources import ingest

PAGE = "광주 인공지능 산업\n\n김은지 기자 eunzy@gwangnam.co.kr\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (PAGE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + PAGE.encode("utf-8"), "utf-8-sig"),
        (PAGE.encode("utf-16"), "utf-16"),  # Python writes the BOM
        (codecs.BOM_UTF16_BE + PAGE.encode("utf-16-be"), "utf-16"),
        (PAGE.encode("utf-32"), "utf-32"),
        (PAGE.encode("cp949"), "cp949"),
    ],
)
def test_decodes_and_records_the_encoding(data: bytes, encoding: str) -> None:
    assert decode(data, "page.txt") == (PAGE, encoding)


def test_cp949_only_syllable() -> None:
    # 똠 exists in CP949 but not in EUC-KR; decoding must not go through euc_kr.
    text = "똠양꿍 전문점 개업"
    data = text.encode("cp949")
    assert data[:2] == b"\x8c\x63"
    assert decode(data) == (text, "cp949")


def test_utf8_is_preferred_over_cp949() -> None:
    # Pure ASCII is valid in both: UTF-8 is the answer.
    assert decode(b"GwangNam.co.kr\n") == ("GwangNam.co.kr\n", "utf-8")


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty file"),
        (b" \n\t\r\n\f", "no text (only whitespace)"),
        (codecs.BOM_UTF8 + b"\n\n", "no text (only whitespace)"),
        ("\n \n".encode("utf-16"), "no text (only whitespace)"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file (contains NUL bytes), not page text"),
        (b"abc\xff\xfe\xfd", "not UTF-8 or CP949 text (undecodable byte at offset 3)"),
        (
            codecs.BOM_UTF16_BE + b"\xd8\x00",
            "starts with a utf-16 byte-order mark but is not utf-16",
        ),
    ],
)
def test_bad_input_is_a_one_line_error_naming_the_file(data: bytes, reason: str) -> None:
    with pytest.raises(DecodeError) as info:
        decode(data, "pages/p1.txt")
    assert str(info.value) == f"pages/p1.txt: {reason}"
    assert info.value.path == "pages/p1.txt"
    assert "\n" not in str(info.value)


def test_ingest_reports_the_bad_file_in_a_folder(tmp_path) -> None:
    (tmp_path / "01.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "02.txt").write_bytes(b"\x00\x01binary")
    with pytest.raises(DecodeError) as info:
        ingest(tmp_path)
    reason = "binary file (contains NUL bytes), not page text"
    assert str(info.value) == f"{tmp_path / '02.txt'}: {reason}"
