"""What search finds each Hanja of a run by: its word's listed readings, or its own."""

from reader.hanja import dictionary as dictionary_module
from reader.hanja.dictionary import Dictionary, build
from reader.hanja.reading import heard_run, read_run

SAMPLE = """\
편:便:편할 편
변:便:똥오줌 변
리:利:이로울 리
이:利:이로울 리
편리:便利:
경:更:고칠 경
갱:更:다시 갱
신:新:새 신
경신:更新:
갱신:更新:
생:生:날 생
갱생:更生:
류:柳:버들 류
관:寬:너그러울 관
순:順:순할 순
유관순:柳寬順:
"""


def heard(run: str, starts_word: bool = True) -> list[str]:
    return heard_run(run, starts_word, Dictionary(build(SAMPLE)))


def test_a_word_keeps_every_reading_listed_for_it_the_one_read_first():
    d = Dictionary(build(SAMPLE))
    assert d.word_readings("更新") == ["경신", "갱신"]  # 경신 is its characters' reading
    assert d.word_readings("更生") == ["갱생"]
    assert d.word_readings("便利") == ["편리"]  # only a hash is kept: no string
    assert "便利" not in d.words
    assert read_run("更新", True, d) == "경신"


def test_a_word_is_heard_as_its_readings_not_its_characters():
    assert heard("便利") == ["편", "리"]  # never 변, though 便 alone is 변 too
    assert heard("更新") == ["갱경", "신"]
    assert heard("更生") == ["갱", "생"]


def test_a_character_in_no_word_is_heard_as_any_of_its_own_readings():
    assert heard("便") == ["변편"]
    assert heard("利") == ["리이"]  # 리, and 이 by the rule where it starts a word
    assert heard("新便", starts_word=False) == ["신", "변편"]


def test_where_a_word_starts_the_rule_applies_and_the_reading_it_changed_finds_it():
    # 柳寬順 is listed as 유관순 only; 柳 is 류, which the rule makes 유.
    assert heard("柳寬順") == ["류유", "관", "순"]
    assert heard("柳寬順", starts_word=False) == ["유", "관", "순"]


def test_the_tables_format_renews_the_cache_not_the_readings_identity(monkeypatch):
    # An archive index's fingerprint holds identity(): only the read form decides it.
    source = dictionary_module.identity()
    path = dictionary_module._cache_path(source)
    monkeypatch.setattr(dictionary_module, "_TABLES", dictionary_module._TABLES + 1)
    assert dictionary_module.identity() == source
    assert dictionary_module._cache_path(source) != path
