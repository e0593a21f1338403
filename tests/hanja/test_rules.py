"""The sound rules: the initial-sound rule (두음법칙) and 렬/률 inside a word."""

from reader.hanja.rules import after_syllable, initial_form, is_hanja_char


def test_the_initial_sound_rule():
    cases = {
        "리": "이",  # ㄹ before ㅣ: silent
        "녀성": "여성",  # ㄴ before ㅕ: silent
        "래일": "내일",  # ㄹ before other vowels: ㄴ
        "론리": "논리",  # only the first syllable changes
        "량": "양",
        "뉴": "유",
        "로동": "노동",
        "법률": "법률",  # nothing to change
        "나": "나",  # ㄴ before ㅏ stays
        "A리": "A리",
        "": "",
    }
    assert {r: initial_form(r) for r in cases} == cases


def test_yeol_and_yul_after_a_vowel_or_n():
    assert after_syllable("비", "률") == "율"  # 비율
    assert after_syllable("선", "률") == "율"  # 선율
    assert after_syllable("나", "렬") == "열"  # 나열
    assert after_syllable("법", "률") == "률"  # 법률
    assert after_syllable("능", "률") == "률"  # 능률
    assert after_syllable("비", "리") == "리"  # only 렬 and 률


def test_what_a_hanja_is():
    assert all(map(is_hanja_char, "與野\u3400\u4dbf\u4e00\u9fff\uf900\ufaff"))
    assert not any(map(is_hanja_char, "여야A1ㅇ\u2f08\U00020000"))
