"""Other papers' pages shared by the test_variant_*.py files, and how those files read them.

Pages keep each paragraph on one line, as extraction gives them (hence the noqa)."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.ingest.coverage import coverage_problems
from reader.model import Edition
from tests.ingest.outline import leaf_text_problems, outline


def parse(text: str) -> Edition:
    edition = ingest_text(text)
    assert coverage_problems(edition, text) == []
    assert leaf_text_problems(edition, text) == []
    return edition


def items(text: str) -> list[dict]:
    [page] = outline(parse(text))
    return page["items"]


def article(headline, body, bylines=(), subheadline=None, deck=()) -> dict:
    return {
        "headline": headline,
        "subheadline": subheadline,
        "deck": list(deck),
        "body": list(body),
        "bylines": list(bylines),
    }


Q_DOT_A_DOT = """\
"지역 대학이 살아야 청년이 돌아온다"

박영수 전남대 총장

박영수 총장은 취임 1년을 맞아 지역 대학의 역할을 강조했다. 그는 대학과 지자체가 함께 인재를 길러야 한다고 말했다.

Q. 취임 1년을 맞은 소감은.

A. 지난 1년은 학교의 방향을 다시 세우는 시간이었다. 구성원들의 의견을 듣는 데 가장 많은 시간을 썼다.

Q. 학령인구 감소에 어떻게 대응하나.
A. 정원을 줄이는 것만으로는 답이 되지 않는다. 평생교육과 외국인 유학생 유치로 새로운 수요를 만들어야 한다.

Q. 지역 기업과의 협력 계획은. A. 계약학과를 늘리고 현장실습을 의무화하겠다. 기업이 필요로 하는 인재를 함께 길러야 한다.

정리=이순신 기자 lee@gwangnam.co.kr
"""  # noqa: E501

TRIANGLES = """\
고향 빈집서 찾은 두 번째 인생

▲ 귀농을 결심한 계기는.

△ 도시 생활에 지쳐 있을 때 고향 마을의 빈집을 보게 됐다. 그때 여기서 다시 시작하자고 마음먹었다.

▲ 가장 힘들었던 점은? △ 첫해 농사를 망쳤을 때다. 이웃들이 도와주지 않았다면 버티지 못했을 것이다.

최민호 기자
"""  # noqa: E501

DASH_BULLETS = """\
전남도, 올해 달라지는 제도

전남도가 올해부터 달라지는 주요 제도를 발표했다. 주요 내용은 다음과 같다.

- 청년 월세 지원 대상이 만 39세까지로 넓어진다.

- 농어민 공익수당이 1인당 연 60만원으로 오른다.

-출산 장려금이 첫째 아이부터 지급된다.

도는 누리집을 통해 자세한 내용을 안내할 예정이다.

김영희 기자
"""  # noqa: E501

TOP_DATELINE = """\
광주 수출 석 달째 증가…반도체·자동차 견인

지역 무역협회 "하반기도 회복세 이어질 것"

광주=홍길동 기자

광주지역 수출이 석 달 연속 증가세를 이어갔다. 한국무역협회 광주전남본부는 지난달 광주 수출액이 15억 달러로 지난해 같은 달보다 12% 늘었다고 밝혔다.

▲ 광주 평동산업단지의 한 자동차 부품 공장에서 직원들이 수출용 제품을 검사하고 있다.
ⓒ광남일보 DB

품목별로는 반도체가 35% 늘어 증가세를 이끌었고, 자동차와 가전이 뒤를 이었다. 무역협회는 하반기에도 회복세가 이어질 것으로 내다봤다.
"""  # noqa: E501

BYLINES_ON_ONE_LINE = """\
광주 아파트값 3주 연속 하락

광주지역 아파트값이 3주 연속 내렸다.

김영희 기자 kim@gwangnam.co.kr 박철민 기자 park@gwangnam.co.kr
"""  # noqa: E501
