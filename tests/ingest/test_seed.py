"""The seed page (a real page of 광남일보), field by field.

Every expectation here was checked by hand against the printed page. The parser
must reach them through general rules; tests/ingest/test_variations.py holds the
same rules to other papers' habits.
"""

from __future__ import annotations

import codecs

import pytest

from reader.ingest import ingest, ingest_text
from reader.ingest.coverage import coverage_problems
from reader.model import Ad, Article, Edition, Masthead, Table
from tests.ingest.outline import ad_outline, article_outline, leaf_text_problems, outline
from tests.ingest.seed import SEED, seed_text

BODY = [
    (
        "lead",
        (
            "광주 인공지능 산업은 AI 전용 데이터센터 구축과 실증 환경 조성 등 인프라 "
            "구축에 주력해 온 1단계 사업을 마치고, 연구개발과 실증 중심의 2단계 사업으로 "
            "접어들고 있다. 오상진 단장이 이끄는 인공지능산업융합사업단(AICA)은 "
            "2020년부터 과학기술정보통신부와 광주시와 함께 첨단3지구를 중심으로 인공지능 "
            "집적단지 조성사업을 총괄해 왔다. 올해 인공지능산업융합사업단은 시민 생활 전반의 "
            "변화를 목표로 하는 ‘2단계 사업’, 광주형 AI 전환(AX) 실증 생태계 "
            "조성을 본격적으로 추진할 계획이다. 도시 전반을 AI 실험 무대로 삼아 산업적 "
            "성과와 시민 체감을 동시에 끌어올린다는 구상이다. 오상진 "
            "인공지능산업융합사업단장을 만나 그간의 1단계 성과와 향후 2단계 전략을 "
            "들어봤다."
        ),
    ),
    ("question", "인공지능 사업 1단계가 마무리 됐는데, 성과를 평가한다면."),
    (
        "answer",
        (
            "1단계 사업은 한마디로 말해 ‘AI 생태계를 만들고 있는 과정’이었다. 처음 "
            "시작할 당시에 광주에는 AI 산업을 뒷받침할 기본 인프라조차 없는 상황이었다. "
            "그런 상태에서 AI 전용 데이터센터를 구축하고, 데이터를 모을 수 있는 실증 "
            "환경을 만들고, 인재를 길러내는 구조를 단계적으로 만들어 왔다."
        ),
    ),
    (
        "paragraph",
        (
            "특히 국내 최초로 AI 전용 데이터센터를 구축한 것은 상징적 의미를 넘어 "
            "실질적인 성과로 이어졌다. 지난 3년간 2200여개 이상의 AI 프로젝트를 "
            "지원했고, 현재도 약 200개 프로젝트가 기동 중이다."
        ),
    ),
    (
        "paragraph",
        (
            "이는 국내에서 AI 모델을 개발하는 데 있어 핵심적인 연산 자원을 제공하는 "
            "인프라로 자리 잡았다는 것을 의미한다."
        ),
    ),
    ("question", "인프라 조성 외에 주요 성과를 꼽는다면."),
    (
        "answer",
        (
            "AI 산업은 컴퓨팅 자원만으로는 완성되지 않는다. 데이터를 확보하고 검증할 수 "
            "있는 환경, 그리고 이를 다룰 인력이 함께 갖춰져야 한다."
        ),
    ),
    (
        "paragraph",
        (
            "1단계 사업에서는 모빌리티·에너지·헬스케어 분야를 중심으로 실제 데이터 기반 "
            "실증 환경을 구축하고, 인공지능 사관학교를 통해 약 1500명의 인재를 "
            "양성했다."
        ),
    ),
    ("paragraph", "이 중 약 70%가 현장에서 활동하며, 지속적인 인재 공급 구조를 마련했다."),
    (
        "paragraph",
        (
            "이는 AI가 단순한 이론이나 연구에 머무르지 않고 현실 문제를 해결하는데 적용될 "
            "수 있는 기반이다."
        ),
    ),
    ("question", "인공지능 사관학교의 인재 양성 평가는."),
    (
        "answer",
        (
            "AI는 이미 미래 산업이 아니라 현재 진행형 산업이다. 앞으로 5년에서 10년 "
            "이내에 대부분의 기업과 기관에는 데이터를 관리하고 AI를 운영하는 인력이 "
            "필수적으로 필요해질 것이다. 인공지능 사관학교는 이러한 변화를 선제적으로 "
            "대비하기 위한 교육 모델이다."
        ),
    ),
    (
        "paragraph",
        (
            "특징은 매년 커리큘럼이 바뀐다는 점이다. 기업과 현장의 수요를 반영해 교육 "
            "내용을 지속적으로 조정해 왔다. 단순히 기술을 가르치는 것이 아니라, 실제 산업 "
            "현장에서 바로 활용할 수 있는 역량을 기르는 데 초점을 맞췄다. 그 결과 많은 "
            "수료생들이 지역과 전국의 AI 현장에서 활동하고 있다."
        ),
    ),
    ("question", "지역에서 양성한 인재의 유출 문제도 이어지고 있는데."),
    (
        "answer",
        (
            "인재 이동을 막을 수는 없지만, 지역에 남는 것이 개인에게 더 이익이 되는 "
            "구조를 만드는 것이 중요하다. 이를 위해 올해부터 인공지능 사관학교 운영 방식을 "
            "개편해 산업 생태계 확장, 투자 유치, 실증 중심의 성장 기회를 강화할 "
            "계획이다."
        ),
    ),
    (
        "caption",
        (
            "오상진 인공지능사업단장이 올해 시작되는 2단계 사업(AX 실증밸리)의 핵심 "
            "목표를 설명하고 있다."
        ),
    ),
    ("question", "올해 시작되는 AX 실증밸리의 핵심 목표는."),
    (
        "answer",
        (
            "2단계 사업은 연구개발 지원을 중심으로, ‘광주를 빌려드립니다’를 모토로 도시 "
            "전체를 AI 실험실로 개방하는 것이 핵심이다."
        ),
    ),
    (
        "paragraph",
        (
            "이는 특정 단지나 시설에 국한된 사업이 아니라, 교통, 에너지, 행정, 생활 "
            "전반에 걸쳐 AI 실증이 이뤄지는 환경을 만들겠다는 의미다. 도시 전반에서 AI "
            "실증을 추진해 광주를 하나의 거대한 AI 실험 무대로 만든다는 계획이다."
        ),
    ),
    ("question", "광주 전역 실증이 실제로 가능할지 궁금하다."),
    (
        "answer",
        (
            "쉽지 않은 과제임은 분명하다. 연구 주제마다 필요한 데이터와 공간, 참여 주체가 "
            "다르기 때문에 이를 조율하는 데 상당한 행정적 지원과 조성이 필요하다. 그러나 "
            "이러한 구조가 가능해지면 광주는 전국에서 AI 실증을 원하는 연구자와 기업이 "
            "몰려드는 도시가 될 수 있다."
        ),
    ),
    (
        "paragraph",
        (
            "이미 광주시는 수천 개의 공공시설을 AI 학습과 실증에 활용할 수 있도록 "
            "준비하고 있다. 필요한 데이터를 적시에 제공하고, 실증이 원활히 이뤄지도록 "
            "지원하는 체계를 만드는 것이 2단계 사업의 핵심 역할이다."
        ),
    ),
    ("question", "시민들이 체감할 수 있는 변화도 기대할 수 있나."),
    (
        "answer",
        (
            "충분히 가능하다. 대중교통 최적화, 도시 문제 해결, 행정 효율화 등 시민 "
            "일상과 직접 연결된 과제들이 포함돼 있다. 시민들의 의견을 실시간으로 수렴하고 "
            "분석해 행정 의사결정에 반영하는 구조 역시 중요한 연구 과제다."
        ),
    ),
    (
        "paragraph",
        (
            "AI를 통해 시민의 목소리를 더 정확하게 정리하고, 정책에 반영할 수 있다면 "
            "이는 민주주의의 새로운 형태가 될 수 있다. 기술이 시민의 삶을 직접 개선하는 "
            "방향으로 작동해야 한다는 점을 중요하게 보고 있다."
        ),
    ),
    ("question", "광주·전남 통합 논의가 AI 산업에 주는 의미는."),
    (
        "answer",
        (
            "AI는 단일 사업으로 성과를 낼 수 있는 산업이 아니다. 컴퓨팅 인프라, "
            "데이터, 인력, 기업, 행정력이 결합된 생태계 산업이다. 광주에 구축된 AI "
            "인프라와 전남의 에너지·농수산·해양·바이오 산업이 결합하면 접두 가능한 분야가 "
            "크게 늘어난다."
        ),
    ),
    (
        "paragraph",
        (
            "통합은 AI 생태계를 확장할 수 있는 중요한 기회다. 서로 단절돼 있을 때보다 "
            "훨씬 큰 시너지를 낼 수 있다."
        ),
    ),
    ("question", "개인적으로 이루고 싶은 장기적 비전이 있다면."),
    (
        "answer",
        (
            "광주가 대한민국을 넘어 세계가 주목하는 AI 생태계 클러스터로 성장하는 것이다. "
            "특히, 대학과 기업, 연구기관, 행정이 유기적으로 결합된 구조를 만들어야 한다. "
            "이는 특정 지역만의 과제가 아니라 대한민국 전체에 필요한 전략으로 구성돼야 "
            "한다."
        ),
    ),
    (
        "paragraph",
        (
            "정부·지자체·산업계·시민이 힘을 모아 광주를 대한민국 대표 AI 클러스터로 "
            "키워내 성공적인 모델을 만들면 된다면 대한민국이 글로벌 AI 3대 강국으로 "
            "도약하는 길에 중요한 발판이 됨은 물론, 광주가 세계 각국이 배우려 오는 AI "
            "거점 도시가 될 수 있을 것이라고 본다."
        ),
    ),
]

DECK = [
    "1단계사업 ‘AI 생태계’ 구축 과정",
    "데이터센터·인프라 확보 등 주력",
    "2단계 사업 ‘연구개발 지원’ 중심",
    "AX 실증밸리…AI 실증공간 제공",
    "광주·전남 통합…AI 생태계 확장",
    "대학·기업·행정 유기적 결합 과제",
]

ARTICLE = {
    "headline": "“광주지역 전역, AI 실증 무대로 만들겠다”",
    "subheadline": "오상진 인공지능산업융합사업단장",
    "deck": DECK,
    "body": BODY,
    "bylines": [("김은지", "기자", "eunzy@gwangnam.co.kr", None)],
}

# The 회원 특전 cells print their points inline ("- a - b"); they read one per line.
BENEFITS = {
    "A": (
        "정회원 1인, 지정회원 2인 그린피 면제\n정회원 동반 3인 그린피 50% 할인, 골프텔 할인\n"
        "무료회차 25회(비정회원 지정회원 위임시 70% 할인)\n"
        "무기명카드 1매 / 년 120회(월 10회 소멸형 / 1일 1회)"
    ),
    "B": (
        "회원없음, 무기명 1매, 골프텔 할인\n"
        "그린피 70% 할인, 연 60회(최회 4회, 1회 기준 / 월 5회 소멸형 / 1일 1회)"
    ),
    "VIP": (
        "정회원 1인, 지정회원 2인 그린피 면제\n정회원 동반 3인 그린피 50% 할인, 골프텔 할인\n"
        "무료회차 20회\n무기명카드 1매 / 년 120회(월 10회 소멸형 / 1일 1회)"
    ),
    "하트": (
        "정회원 1인, 지정회원 1인 그린피 면제, 골프텔 할인\n"
        "무기명카드 1매 / 년 72회(월 6회 소멸형 / 1일 1회)"
    ),
    "해피": (
        "정회원 1인 그린피 면제, 골프텔 할인\n무기명카드 1매 / 년 36회(월 3회 소멸형 / 1일 1회)"
    ),
}

AD = {
    "title": "행복한 미소가 넘치는 해피니스CC로 초대합니다!",
    "advertiser": "해피니스CC",
    "blocks": [
        ("heading", "회원모집 안내"),
        ("note", "(단위:백만원)"),
        (
            "table",
            ["구 분", "분양금액", "구좌", "회원 특 전"],
            [
                ["VVIP (A형)", "700", "3좌", BENEFITS["A"]],
                ["VVIP (B형)", "700", "", BENEFITS["B"]],
                ["VIP 정회원", "500", "1좌", BENEFITS["VIP"]],
                ["하트 정회원", "320", "10좌", BENEFITS["하트"]],
                ["해피 정회원", "180", "4좌", BENEFITS["해피"]],
            ],
        ),
        ("contact", "phone", "061-330-5004", "061)330-5004", "회원권 문의 전화"),
        ("heading", "2026년 연단체모집"),
        (
            "list",
            [
                "신청조건 1부 2팀, 2부 3팀 이상 · 레스토랑 중 · 석식 이용시 우선 배정",
                "모집코스 각월(회, 대) 또는 대중제 선택",
                "접수기간 2025.10.14.(화) ~ 모집 종료시 까지",
                "할인혜택 월별 그린피 추가 할인 혜택\n"
                "총무, 회장 2인 고정 할인 그린피 제공(3팀 이상 진행시)\n"
                "레이디, 시니어 추가 할인\n"
                "7,8월 연단체 진행시 특별 할인 혜택\n"
                "연말 우수 연단체 선별하여 멤버 전원 혜택 제공",
                "접수방법 연부킹 신청서 작성\n(신청서 : 해피니스CC 홈페이지 → 정보마당 → 자료실)",
            ],
        ),
        ("contact", "email", "happinesscc@hanmail.net", "happinesscc@hanmail.net", "이메일 접수"),
        ("heading", "골프호텔 객실"),
    ],
    # The page ends under the last heading: the ad goes on off the page.
    "truncated": True,
}


@pytest.fixture(scope="module")
def text() -> str:
    return seed_text()


@pytest.fixture(scope="module")
def edition() -> Edition:
    return ingest(SEED)


@pytest.fixture(scope="module")
def article(edition: Edition) -> Article:
    [article] = edition.articles()
    return article


def _source(text: str, spans) -> str:
    return "".join(text[s:e] for s, e in spans)


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset)


def test_masthead(edition: Edition, text: str) -> None:
    m = edition.masthead
    assert m == Masthead(
        paper="광남일보",
        url="GwangNam.co.kr",
        edition_kind="조간",
        issue=8020,
        phone="062-370-7000",
        date="2026-02-04",
        weekday="수요일",
        lunar="12-17",
        spans=m.spans,
    )
    assert [text[s:e] for s, e in m.spans] == [
        "광남일보",
        "GwangNam.co.kr",
        "조간 제 8020 호 대표전화 062-370-7000",
        "2026년 2월 4일 수요일 (음력 12월 17일)",
    ]
    assert edition.warnings == []
    assert edition.id == "광남일보-2026-02-04"


@pytest.mark.parametrize(
    ("printed", "altered", "warning"),
    [
        (
            "4일 수요일",
            "4일 목요일",
            "masthead: 2026-02-04 is a 수요일, but the page prints 목요일",
        ),
        (
            "(음력 12월 17일)",
            "(음력 12월 18일)",
            "masthead: lunar date of 2026-02-04 is 12-17, but the page prints 12-18",
        ),
    ],
)
def test_masthead_mismatch_is_a_warning(text: str, printed: str, altered: str, warning: str):
    assert text.count(printed) == 1
    edition = ingest_text(text.replace(printed, altered))
    assert edition.warnings == [warning]
    # Only a warning: the page still parses in full.
    assert edition.masthead is not None and edition.masthead.date == "2026-02-04"
    assert outline(edition)[0]["items"] == [ARTICLE, AD]


def test_article(article: Article) -> None:
    assert article_outline(article) == ARTICLE


def test_nine_questions_each_followed_by_its_answer(article: Article) -> None:
    kinds = [b.kind for b in article.body]
    assert kinds.count("question") == 9
    assert kinds.count("answer") == 9
    for i, kind in enumerate(kinds):
        if kind == "question":
            assert kinds[i + 1] == "answer"


def test_markers_are_dropped_from_the_text_but_covered(article: Article, text: str) -> None:
    for block in article.body:
        first = text[block.spans[0][0]]
        if block.kind == "question":
            assert first == "-" and not block.text.startswith("-")
        if block.kind == "answer":
            assert first == "△" and not block.text.startswith("△")


def test_question_and_answer_on_one_line_are_split(article: Article, text: str) -> None:
    body = article.body
    same_line = [
        (q.text, a.text[:9])
        for q, a in zip(body, body[1:], strict=False)
        if q.kind == "question" and _line_of(text, q.spans[0][0]) == _line_of(text, a.spans[0][0])
    ]
    assert same_line == [
        ("광주 전역 실증이 실제로 가능할지 궁금하다.", "쉽지 않은 과제임"),
        ("시민들이 체감할 수 있는 변화도 기대할 수 있나.", "충분히 가능하다."),
        ("광주·전남 통합 논의가 AI 산업에 주는 의미는.", "AI는 단일 사업"),
        ("개인적으로 이루고 싶은 장기적 비전이 있다면.", "광주가 대한민국을"),
    ]


def _block_with(article: Article, words: str):
    [block] = [b for b in article.body if words in b.text]
    return block


@pytest.mark.parametrize(
    ("repaired", "left", "right"),
    [
        ("‘광주를 빌려드립니다’", "‘광", "주를 빌려드립니다’"),  # joined, no space
        ("실증이 이뤄지는", "실증이 이", "뤄지는"),  # joined, no space
        ("구조를 만드는 것이 중요하다.", "구조를 만드는 것이", "중요하다."),  # a space
    ],
)
def test_column_break_repairs(
    article: Article, text: str, repaired: str, left: str, right: str
) -> None:
    block = _block_with(article, repaired)
    pieces = [text[s:e] for s, e in block.spans]
    # The halves sit in two source paragraphs; the block owns both.
    assert len(pieces) == 2
    assert pieces[0].endswith(left) and pieces[1].startswith(right)


def test_caption_inside_a_sentence_is_lifted_out(article: Article, text: str) -> None:
    answer = _block_with(article, "구조를 만드는 것이 중요하다.")
    caption = article.body[article.body.index(answer) + 1]
    assert caption.kind == "caption"
    assert caption.text == (
        "오상진 인공지능사업단장이 올해 시작되는 "
        "2단계 사업(AX 실증밸리)의 핵심 목표를 설명하고 있다."
    )
    # In the source the caption lies between the two halves of the sentence.
    [(cs, ce)] = caption.spans
    (_, first_end), (second_start, _) = answer.spans
    assert first_end < cs < ce < second_start
    assert text[cs:ce] == caption.text


def test_byline(article: Article, text: str) -> None:
    [byline] = article.bylines
    assert byline.text == "김은지 기자 eunzy@gwangnam.co.kr"
    assert _source(text, byline.spans) == byline.text


def test_ad(edition: Edition) -> None:
    [ad] = edition.ads()
    assert ad_outline(ad) == AD


def test_ad_table_cells(edition: Edition, text: str) -> None:
    [ad] = edition.ads()
    [table] = [b for b in ad.blocks if isinstance(b, Table)]
    assert len(table.header) == 4
    assert [len(row) for row in table.rows] == [4] * 5
    empty = table.rows[1][2]
    assert empty.text == "" and empty.spans == []
    for row in [table.header, *table.rows]:
        for cell in row:
            printed = _source(text, cell.spans)
            if "\n" in cell.text:  # inline points: the printed "- " markers became line breaks
                assert printed == "- " + cell.text.replace("\n", " - ")
            else:
                assert printed == cell.text


def test_page(edition: Edition) -> None:
    [page] = edition.pages
    assert (page.number, page.section, page.section_inferred, page.label) == (
        1,
        "인터뷰",
        True,
        None,
    )
    assert [type(it) for it in page.items] == [Article, Ad]


def _variants(text: str) -> list[tuple[str, bytes, str]]:
    crlf = text.replace("\n", "\r\n")
    cr = text.replace("\n", "\r")
    # '•' has no CP949 code; a CP949 page would print another heading mark.
    cp949 = text.replace("•", "■")
    return [
        ("utf-8", text.encode("utf-8"), "utf-8"),
        ("utf-8 BOM", codecs.BOM_UTF8 + text.encode("utf-8"), "utf-8-sig"),
        ("CRLF", crlf.encode("utf-8"), "utf-8"),
        ("CR", cr.encode("utf-8"), "utf-8"),
        ("CP949", cp949.encode("cp949"), "cp949"),
        ("CP949 CRLF", cp949.replace("\n", "\r\n").encode("cp949"), "cp949"),
    ]


@pytest.mark.parametrize("variant", range(6), ids=[v[0] for v in _variants("")])
def test_every_character_in_exactly_one_leaf(text: str, tmp_path, variant: int) -> None:
    _, data, encoding = _variants(text)[variant]
    path = tmp_path / SEED.name
    path.write_bytes(data)
    edition = ingest(path)
    decoded = data.decode(encoding)
    assert edition.source.encoding == encoding
    assert edition.source.chars == len(decoded)
    assert coverage_problems(edition, decoded) == []
    assert leaf_text_problems(edition, decoded) == []
    # The same page, whatever its bytes.
    assert outline(edition) == [{"section": "인터뷰", "inferred": True, "items": [ARTICLE, AD]}]
    assert edition.masthead is not None and edition.masthead.issue == 8020
