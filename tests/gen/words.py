"""Korean particles and the vocabulary the articles draw on."""

from __future__ import annotations

import re

# --- Korean particles --------------------------------------------------------------

# Final consonant (jongseong index) of how a Latin letter or digit is read.
_LATIN_FINAL = {"L": 8, "M": 16, "N": 4, "R": 8}
_DIGIT_FINAL = {"0": 21, "1": 8, "3": 16, "6": 1, "7": 8, "8": 8}


def _jong(word: str) -> int:
    for ch in reversed(word):
        if "가" <= ch <= "힣":
            return (ord(ch) - 0xAC00) % 28
        if ch.isascii() and ch.isalpha():
            return _LATIN_FINAL.get(ch.upper(), 0)
        if ch.isdigit():
            return _DIGIT_FINAL.get(ch, 0)
        if ch == "%":
            return 0
    return 0


def eul(w: str) -> str:
    return w + ("을" if _jong(w) else "를")


def neun(w: str) -> str:
    return w + ("은" if _jong(w) else "는")


def ga(w: str) -> str:
    return w + ("이" if _jong(w) else "가")


def gwa(w: str) -> str:
    return w + ("과" if _jong(w) else "와")


def ro(w: str) -> str:
    return w + ("로" if _jong(w) in (0, 8) else "으로")


def ieotda(w: str) -> str:
    return w + ("이었다" if _jong(w) else "였다")


# --- vocabulary ------------------------------------------------------------------

ORGS = tuple(
    """광주시 전남도 정부 과학기술정보통신부 산업통상자원부 인공지능산업융합사업단
    광주시교육청 광주테크노파크 광주상공회의소 전남대 조선대 광주과학기술원 시의회
    도의회 광주문화재단 광주도시공사 전남개발공사 고용노동부 환경부 국토교통부
    중소벤처기업부 광주관광공사 전남도교육청 광주신용보증재단""".split()
)
TOPICS = (
    "AI 데이터센터",
    "실증 환경",
    "ESG 경영",
    "탄소중립",
    "청년 일자리",
    "지역 균형발전",
    "반도체 특화단지",
    "이차전지 산업",
    "수소 경제",
    "스마트팜",
    "관광 활성화",
    "도시철도 2호선",
    "공공 의료",
    "저출생 대책",
    "디지털 전환",
    "R&D 예산",
    "재생에너지",
    "해상풍력",
    "미래차 산업",
    "문화 콘텐츠",
    "K-컬처",
    "기후 위기 대응",
    "고령화 대책",
    "인재 양성",
    "창업 지원",
    "골목상권",
    "전통시장",
    "농수산물 유통",
    "광역교통망",
    "AI 집적단지",
    "에너지 신산업",
    "ICT 융합",
    "자율주행 실증",
    "드론 산업",
    "스마트시티",
    "국가산단",
    "광주·전남 통합",
    "공공기관 이전",
    "소상공인 지원",
    "돌봄 서비스",
    "교권 보호",
    "늘봄학교",
    "학교 급식",
    "생활체육",
    "전국체전",
    "비엔날레",
    "미디어아트",
    "AX 실증밸리",
    "인공지능 사관학교",
    "모빌리티 산업",
    "헬스케어",
    "바이오 산업",
    "해양 관광",
    "청년 주거",
)
QUOTES = (
    "‘2단계 사업’",
    "‘광주형 AI 전환’",
    "‘AX 실증밸리’",
    "‘골든타임’",
    "‘지역 소멸’",
    "‘게임 체인저’",
    "‘원팀’",
    "‘규제 샌드박스’",
    "‘일자리 창출’",
    "‘AI 생태계’",
    "‘광주를 빌려드립니다’",
    "‘탄소중립 선도도시’",
    "‘상생 모델’",
    "‘미래 먹거리’",
)
REGIONS = ("광주", "전남", "나주", "목포", "순천", "여수", "담양", "광양", "화순", "해남")
ABROAD = ("워싱턴", "도쿄", "베이징", "파리")
PLACES = (
    "광주시청",
    "김대중컨벤션센터",
    "국립아시아문화전당",
    "전남도청",
    "광주과학기술원",
    "빛고을시민문화관",
    "5·18민주광장",
    "첨단3지구",
    "나주 혁신도시",
    "목포 신항",
)
EVENTS = ("출범식", "업무협약식", "설명회", "토론회", "기념식", "간담회", "개막식", "발대식")
RESOURCES = ("전문 인력", "안정적 재원", "부지", "데이터", "전력", "민간 투자")
TITLES = (
    "인공지능산업융합사업단장",
    "광주테크노파크 원장",
    "전남대 총장",
    "광주상공회의소 회장",
    "광주문화재단 대표이사",
    "전남도 일자리경제본부장",
    "광주시 경제부시장",
    "지역혁신센터장",
    "한국에너지공대 교수",
    "광주비엔날레 대표이사",
    "광주관광공사 사장",
    "청년창업지원센터장",
    "국립광주과학관장",
    "광주신용보증재단 이사장",
    "광주FC 감독",
)
DECK_OBJ = (
    "인프라 확보",
    "예산 확대",
    "인재 양성",
    "실증 공간 제공",
    "기업 유치",
    "규제 완화",
    "연구개발 지원",
    "생태계 확장",
    "시민 참여",
    "거점 조성",
    "성과 공유",
)
DECK_FINAL = ("주력", "과제", "본격화", "시동", "속도", "관건", "중심", "필요", "기대", "추진")
BRACKET_SUBHEADS = ("판결 요지", "쟁점", "현장", "전망", "배경", "과제", "추진 경과", "향후 일정")
SECTIONS = ("종합", "정치", "경제", "사회", "지역", "교육", "문화", "스포츠", "국제")
# Surname and its romanization, for e-mail addresses.
SURNAMES = (
    ("김", "kim"),
    ("이", "lee"),
    ("박", "park"),
    ("최", "choi"),
    ("정", "jung"),
    ("강", "kang"),
    ("조", "cho"),
    ("윤", "yoon"),
    ("장", "jang"),
    ("임", "lim"),
    ("한", "han"),
    ("오", "oh"),
    ("서", "seo"),
    ("신", "shin"),
    ("권", "kwon"),
    ("황", "hwang"),
    ("안", "ahn"),
    ("송", "song"),
    ("홍", "hong"),
    ("고", "ko"),
    ("문", "moon"),
    ("양", "yang"),
    ("배", "bae"),
    ("노", "noh"),
)
GIVEN = tuple("민서준지현우은수영진호경미희성재상혜윤정태동하연주석훈철선아")

_WORD = re.compile(r"[0-9A-Za-z\uac00-\ud7a3]+")
_SENT_END = re.compile(r"[.?!](?=['\"’”)\]]*(?:\s|$))")


def _is_word_char(ch: str) -> bool:
    return ("가" <= ch <= "힣") or (ch.isascii() and ch.isalnum())


def _sentences(text: str) -> int:
    return len(_SENT_END.findall(text))
