"""What each kind of ad says: golf club, apartments, clinic, recruiting, academy."""

from __future__ import annotations

import datetime as dt
import random

from tests.gen.words import ORGS, REGIONS, ro

_CLUBS = (
    ("해솔CC", "haesolcc"),
    ("푸른들CC", "pureundeul"),
    ("별빛컨트리클럽", "byeolbit"),
    ("누리힐스CC", "nurihills"),
    ("다온CC", "daoncc"),
)
_BRANDS = (("한빛파크뷰", "parkview"), ("누리채움", "nurichaeum"), ("새솔더힐", "saesol"))
_CLINICS = (("온누리", "onnuri"), ("바른마디", "bareun"), ("햇살", "haetsal"))
_ACADEMIES = (("빛고을평생학습관", "lifelong"), ("남도문화센터", "namdo"))


def _ad_date(year: int, month: int, day: int) -> str:
    """'2025.10.14.(화)', with the right weekday."""
    wd = "월화수목금토일"[dt.date(year, month, day).weekday()]
    return f"{year}.{month}.{day}.({wd})"


def golf(r: random.Random, year: int) -> tuple[str, str, list]:
    club, asc = r.choice(_CLUBS)
    title = r.choice(
        (
            f"행복한 미소가 넘치는 {ro(club)} 초대합니다!",
            f"명품 코스 {club} 회원 모집",
            f"{club}에서 특별한 라운딩을 즐기세요!",
        )
    )
    unit = r.choice(("백만원", "만원"))
    rows = []
    for name in r.sample(
        ("VVIP (A형)", "VVIP (B형)", "VIP 정회원", "하트 정회원", "해피 정회원", "주중 회원"),
        r.randint(3, 5),
    ):
        perks = " ".join(
            r.sample(
                (
                    "- 정회원 1인, 지정회원 2인 그린피 면제",
                    "- 정회원 동반 3인 그린피 50% 할인",
                    "- 골프텔 할인",
                    f"- 무료회차 {r.randint(10, 30)}회",
                    f"- 무기명카드 1매 / 년 {r.randint(3, 12) * 12}회(1일 1회)",
                ),
                r.randint(1, 3),
            )
        )
        seats = f"{r.randint(1, 10)}좌" if r.random() < 0.8 else ""
        rows.append([name, str(r.randint(10, 80) * 10), seats, perks])
    sections = [
        (
            "회원모집 안내",
            [
                ("note", f"(단위:{unit})"),
                ("table", ["구 분", "분양금액", "구좌", "회원 특전"], rows),
                ("contact", "phone", "회원권 문의 전화"),
            ],
        ),
        (
            f"{year}년 연단체모집",
            [
                (
                    "list",
                    [
                        ["신청조건 1부 2팀, 2부 3팀 이상 · 레스토랑 중 · 석식 이용시 우선 배정"],
                        ["모집코스 각 코스 또는 대중제 선택"],
                        [f"접수기간 {_ad_date(year - 1, 10, r.randint(1, 28))} ~ 모집 종료시 까지"],
                        [
                            "할인혜택 월별 그린피 추가 할인 혜택",
                            "총무, 회장 2인 고정 할인 그린피 제공",
                            "레이디, 시니어 추가 할인",
                        ][: r.randint(1, 3)],
                        [
                            "접수방법 연부킹 신청서 작성",
                            f"(신청서 : {club} 홈페이지 → 정보마당 → 자료실)",
                        ],
                    ],
                ),
                ("contact", "email", None),
            ],
        ),
        (
            "골프호텔 객실",
            [
                ("paragraph", "전 객실 코스 조망, 라운딩 고객 객실 요금 30% 할인"),
                ("contact", "phone", "예약 문의"),
            ],
        ),
    ]
    return title, asc, sections


def apartment(r: random.Random, year: int) -> tuple[str, str, list]:
    brand, asc = r.choice(_BRANDS)
    region = r.choice(REGIONS)
    title = r.choice(
        (f"{brand} {region} 견본주택 그랜드 오픈", f"{region} 중심 프리미엄 주거, {brand}")
    )
    rows = []
    for typ in sorted(r.sample(("59A", "59B", "74A", "84A", "84B", "101"), r.randint(3, 5))):
        area = f"{int(typ[:-1] if typ[-1].isalpha() else typ)}.{r.randint(10, 99)}"
        price = f"{r.randint(3, 9)}억 {r.randint(1, 9)}천만원"
        rows.append([typ, area, str(r.randint(20, 300)), price])
    sections = [
        (
            "분양 개요",
            [
                (
                    "paragraph",
                    f"지하 2층~지상 {r.randint(15, 35)}층, {r.randint(4, 12)}개동 "
                    f"총 {r.randint(300, 1500)}세대 규모",
                ),
                ("note", "(단위:㎡, 세대)"),
                ("table", ["타입", "전용면적", "세대수", "분양가"], rows),
            ],
        ),
        (
            "청약 일정",
            [
                (
                    "list",
                    [
                        [f"특별공급 {_ad_date(year, 3, r.randint(2, 9))}"],
                        [
                            f"1순위 {_ad_date(year, 3, r.randint(10, 19))}",
                            "해당지역 및 기타지역 동시 접수",
                        ],
                        [f"당첨자 발표 {_ad_date(year, 3, r.randint(20, 28))}"],
                    ],
                ),
            ],
        ),
        (
            "견본주택 방문 안내",
            [
                (
                    "paragraph",
                    f"{region} 중앙로 {r.randint(10, 300)} 견본주택 (사전 예약제 운영)",
                ),
                ("contact", "phone", "분양 문의"),
                ("contact", "url", None),
            ],
        ),
    ]
    return title, asc, sections


def clinic(r: random.Random, year: int) -> tuple[str, str, list]:
    name, asc = r.choice(_CLINICS)
    title = r.choice((f"{name}병원 개원 안내", f"{name}병원이 새롭게 문을 엽니다"))
    depts = " · ".join(
        r.sample(
            (
                "내과",
                "정형외과",
                "신경외과",
                "재활의학과",
                "영상의학과",
                "가정의학과",
                "소아청소년과",
            ),
            r.randint(3, 5),
        )
    )
    sat = "09:00~13:00"
    rows = [
        ["외래", "09:00~18:00", sat, "휴진"],
        ["검진센터", "08:00~17:00", "", "휴진"],
        ["응급실", "24시간", "24시간", "24시간"],
    ]
    sections = [
        ("진료과목", [("paragraph", depts)]),
        (
            "진료시간",
            [
                ("table", ["구분", "평일", "토요일", "일요일·공휴일"], rows[: r.randint(2, 3)]),
                ("note", "※ 점심시간 13:00~14:00"),
            ],
        ),
        (
            "오시는 길",
            [
                (
                    "paragraph",
                    f"{r.choice(REGIONS)} 시청 사거리 {name}빌딩 {r.randint(2, 7)}층",
                ),
                ("contact", "phone", "예약 문의"),
            ],
        ),
    ]
    return title, asc, sections


def recruit(r: random.Random, year: int) -> tuple[str, str, list]:
    org = r.choice(ORGS)
    asc = "recruit"
    title = f"{org} {year}년도 직원 채용 공고"
    fields = r.sample(("행정", "전산", "연구", "시설", "회계", "홍보"), r.randint(2, 4))
    rows = [
        [
            fld,
            f"{r.randint(1, 5)}명",
            "" if r.random() < 0.4 else "경력 우대",
            r.choice(("본원", "지역센터")),
        ]
        for fld in fields
    ]
    sections = [
        ("모집 분야 및 인원", [("table", ["모집분야", "인원", "비고", "근무지"], rows)]),
        (
            "제출 서류",
            [
                (
                    "list",
                    [
                        ["응시원서 및 자기소개서 1부", "홈페이지 자료실에서 양식 내려받기"],
                        ["최종학교 졸업증명서 1부"],
                        ["경력증명서 1부(해당자)", "경력 기간이 표시된 증명서만 인정"][
                            : r.randint(1, 2)
                        ],
                    ],
                ),
            ],
        ),
        (
            "접수 방법",
            [
                (
                    "paragraph",
                    f"접수기간 {year}.{r.randint(2, 11)}.{r.randint(1, 20)}. ~ 마감 시까지",
                ),
                ("contact", "email", "이메일 접수"),
                ("contact", "phone", "문의"),
            ],
        ),
    ]
    return title, asc, sections


def academy(r: random.Random, year: int) -> tuple[str, str, list]:
    name, asc = r.choice(_ACADEMIES)
    title = f"{year} {name} 문화강좌 수강생 모집"
    courses = r.sample(
        ("수채화", "서예", "요가", "생활영어", "스마트폰 활용", "합창", "도예"), r.randint(3, 5)
    )
    rows = [
        [
            c,
            r.choice(("월·수", "화·목", "금", "토")),
            f"{r.randint(9, 19)}:00",
            f"{r.randint(3, 12)}만원",
        ]
        for c in courses
    ]
    sections = [
        (
            "강좌 안내",
            [("note", "(단위:3개월)"), ("table", ["강좌명", "요일", "시간", "수강료"], rows)],
        ),
        (
            "신청 방법",
            [
                (
                    "list",
                    [
                        ["방문 접수 평일 09:00~18:00"],
                        ["온라인 접수 홈페이지 수강신청 메뉴", "선착순 마감"],
                    ],
                ),
                ("contact", "phone", None),
                ("contact", "url", None),
            ],
        ),
    ]
    return title, asc, sections
