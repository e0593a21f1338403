"""A Hanja word is found by the readings the dictionary lists for it, not by every
reading of each of its characters; a character in no word by any of its own."""

from reader.search import search_edition
from tests.search.search_editions import article, edition

PATENT = (
    "特許 出願이 늘면서 市內 辨理士 事務所마다 일손이 모자란다.",
    "朴榮洙 辨理士는 契約 更新을 앞둔 技術 移轉 건이 몰렸다고 말했다.",
    "辨理士會는 來月 總會에서 手數料 基準 變更을 論議한다.",
)
SHOP = (
    "東明 便利商會: 生活 便利 用品 一切 取扱.",
    "會員證 更新은 每月 末日까지. 更生 타이어 特價 販賣.",
    "京都 觀光 說明會는 土曜日 午後 두 時.",
)
HANGUL = ("변리사 시험 합격자 발표", "편리한 생활 용품", "세명대학교 입학 안내")


def paper():
    return edition(
        [
            article("patent", *PATENT, headline='特許 出願 急增…辨理士 "일손 모자라"'),
            article("shop", *SHOP, headline="東明 便利商會"),
            article("hangul", *HANGUL),
        ]
    )


def found(query: str) -> list[tuple[str, str, str]]:
    return [(h.item_id, h.path, h.snippet.match) for h in search_edition(paper(), query)]


def test_a_word_is_not_found_by_another_reading_of_its_characters():
    # 便 is 편 and 변, but 便利 is only ever 편리: 변리 finds the patent story alone.
    hits = found("변리")
    assert {item for item, _, _ in hits} == {"patent", "hangul"}
    assert ("patent", "headline", "辨理") in hits
    assert all(match in ("辨理", "변리") for _, _, match in hits)
    assert {item for item, _, _ in found("편리")} == {"shop", "hangul"}


def test_a_word_is_found_by_each_reading_the_dictionary_lists():
    # 更新 is listed as 경신 and 갱신; 更生 only as 갱생.
    for query in ("갱신", "경신"):
        assert [(i, p) for i, p, m in found(query) if m == "更新"] == [
            ("patent", "body.1"),
            ("shop", "body.1"),
        ], query
    assert [(i, p, m) for i, p, m in found("갱생")] == [("shop", "body.1", "更生")]
    assert found("경생") == []


def test_a_word_is_found_by_a_listed_reading_its_characters_do_not_have():
    # 京都 is read 경도 and listed as 교토 too, though 京 is never 교 alone.
    assert [(i, p, m) for i, p, m in found("교토")] == [("shop", "body.2", "京都")]
    assert [(i, m) for i, _, m in found("경도")] == [("shop", "京都")]


def test_a_common_word_is_not_found_in_hanja_read_otherwise():
    # 說 is 설, 세 and 열, but 說明 is 설명.
    assert found("세명") == [("hangul", "body.2", "세명")]
    assert [(i, m) for i, _, m in found("설명")] == [("shop", "說明")]


def test_a_hanja_query_finds_hangul_only_by_its_words_readings():
    assert {(i, m) for i, _, m in found("便利")} == {("shop", "便利"), ("hangul", "편리")}
    assert {(i, m) for i, _, m in found("辨理")} == {("patent", "辨理"), ("hangul", "변리")}


def test_a_character_in_no_word_keeps_every_reading_of_its_own():
    # 金 and 柳 alone: 금 and 김, 류 and 유; 柳寬順 is listed as 유관순, found by 류 too
    # as the initial-sound rule made 유 of 柳's 류.
    ed = edition([article("a", "金 씨와 柳 씨가 만났다.", "柳寬順 烈士 追慕祭")])
    for query, match in (("김", "金"), ("금", "金"), ("류", "柳"), ("유관순", "柳寬順")):
        assert match in [h.snippet.match for h in search_edition(ed, query)], query
    assert [h.snippet.match for h in search_edition(ed, "류관순")] == ["柳寬順"]


def test_initials_with_a_syllable_follow_the_words_readings():
    assert [m for _, _, m in found("변ㄹ") if m != "변리"] == ["辨理"] * 4  # headline, body
    assert {m for _, _, m in found("편ㄹ")} >= {"便利", "편리"}
