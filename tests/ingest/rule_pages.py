"""Made-up pages and helpers shared by several rule test files (test_*.py beside this one).
Every name is invented."""

from __future__ import annotations

from reader.ingest import ingest_text
from reader.model import Ad, Article, Edition
from tests.ingest.test_conventions import LEAD, MORE

EN_LEAD_FERRY = "A FERRY captain who rescued two swimmers was back at the helm yesterday."

EN_MORE_FERRY = "Tom Hale, 61, said he had only done what anyone would do."


def en_page(*paras: str) -> str:
    return "THE NURI ECHO\nMonday, May 4, 2026\n\n" + "\n\n".join(paras) + "\n"


LEAGUE = (
    "누리FC, 개막전서 가람유나이티드 꺾어\n\n"
    "글·사진=한누리 기자\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "1라운드 결과\n"
    "누리FC 시니어 2-0 가람유나이티드\n"
    "새벽축구회 1-1 한결60\n\n"
    "2라운드 일정\n"
    "▷ 9일(일) 10:00 누리FC-한결60 (누리구장)\n"
    "▷ 9일(일) 13:00 새벽축구회-가람유나이티드 (누리구장)\n\n"
    "청소년 리그도 개막\n\n"
    "누리시 청소년 축구리그가 8일 누리체육공원에서 개막한다. 여덟 팀이 참가한다.\n"
)

MAP = "누리섬 여행 지도. 다리와 해변은 걸어서 10분 걸린다."

EN_LEAD_LIBRARY = (
    "The town council voted on Tuesday to keep the library open on Sundays through the "
    "winter, after a petition signed by 900 residents."
)

NEWSLETTER = (
    "PINE HOLLOW TOWN OFFICE\n"
    "The Hollow Bulletin\n"
    "Vol. 3, No. 11 | March 2026\n\n"
    "Library Keeps Sunday Hours\n\n"
    f"{EN_LEAD_LIBRARY}\n\n"
    "Coming Up\n"
    "- Mar. 4: Council meeting, Town Hall, 7 p.m.\n"
    "- Mar. 18: Spring cleanup, Riverside Park\n\n"
    "Volunteer Corner: Meet the Trail Crew\n"
    "The trail crew cleared four miles of the ridge path this winter, working every Saturday "
    "from December to February.\n"
    "Crew leader Ana Ruiz said the group still needs two more volunteers for the spring.\n"
)

PERSONNEL_AND_NOTICE = (
    f"누리시 새 청사 착공\n{LEAD}\n한가람 기자 hgr@nuri.example\n"
    "[인사] 누리시\n◇국장급 ▲복지국장 한누리 ▲안전국장 박하늘\n"
    "◇과장급 ▲예산과장 조은별 ▲도시과장 문바다\n"
    "[안내] 누리소식은 다음 주부터 목요일에 나옵니다. 문의는 시청 홍보과로 해 주십시오.\n"
)

EN_LEAD_DEPOT = (
    "The county opened its new bus depot on Monday, two months ahead of schedule and under budget."
)

OBITS = (
    "OBITUARIES\n\nRuth Anne Pell\n\n"
    "Ruth Anne Pell, 90, of Dunmore, died on Tuesday at the home she built with her husband.\n\n"
    "She kept bees for sixty years and sold honey at the county fair every August.\n\n"
    "Walter J. Brisk\n\n"
    "Walter J. Brisk, 72, a retired mail carrier in Dunmore, died Sunday after a short illness.\n\n"
    "He is survived by his wife, Ida, and three sons.\n\n"
    "DEATH NOTICES\n\n"
    "ABLE, Jon P., 88, of Dunmore, May 1. Arrangements by Pine Funeral Home.\n"
    "BRANT, Mae L., 67, of Elk Falls, May 2. Private services.\n"
    "COLE, Ray, 59, of Dunmore, May 3. Arrangements by Hill & Sons.\n"
)

REGATTA = (
    "가람호 조정대회 결과\n\n"
    "남자 싱글스컬 (2000m)\n1위 한바다(누리시청) 7분02초\n2위 오가람(가람군청) 7분05초\n"
    "3위 조은별(나래대) 7분11초\n\n"
    "여자 더블스컬 (2000m)\n1위 박하늘·문누리(누리시청) 7분31초\n"
    "2위 최나래·강별(가람군청) 7분40초\n"
    "3위 윤솔·서빛(나래대) 7분52초\n\n"
    "누리시청, 싱글스컬 3연패\n\n"
    f"{LEAD}\n\n{MORE}\n\n한가람 기자\n"
)

BULLETIN_PARTS = (
    "The Harbor Lantern\n"
    "Bulletin of the Cove Point Sailing Club | October 2026 | Issue 212\n\n"
    "Haul-Out Day Set for Saturday\n\n"
    "Members will haul out the club's dinghies on Saturday. Bring gloves and a lunch.\n"
)

WEEKLY = (
    "누리군민신문\n주간 제 41 호 2026년 3월 12일 목요일\n발행 누리군민신문사 ☎ 061-555-0100\n\n"
    "누리군, 청년 창업 지원 확대\n\n"
    f"[누리군민신문 한가람 기자] {LEAD}\n\n{MORE}\n\n"
    "군의회, 폐교 활용 조례 통과\n\n"
    f"{LEAD}\n\n한가람 기자\n"
)

STORY_BALL_GAME = (
    "The Dover academy nine beat the Weston boys on the river grounds yesterday by a score\n"
    "of 6 to 4, in a game of many errors on both sides.\n\n"
    "Captain Fenn struck out eleven men and made two hits himself.\n"
)

SPORTS_PAGE = (
    "THE DOVER EVENING STAR, MONDAY, MAY 6, 1907.\n\n"
    "ATHLETIC NOTES\n\n"
    "ACADEMY NINE TAKES\nA CLOSE GAME\n\n"
    "Fenn Pitches a Steady Game Before a Large Crowd.\n\n"
    f"{STORY_BALL_GAME}\n"
    "RIVER LEAGUE.\n\n"
    "Upper Division.\n"
    "At Dover-Dover 3, Weston 2.\n"
    "At Lyme-Lyme 7, Stanton 1.\n\n"
    "Lower Division.\n"
    "At Ferris-Ferris 5, Hale 4.\n"
    "At Crane-Crane 2, Bell 0.\n\n"
    "ROWING CLUB ELECTS.\n\n"
    "The Dover rowing club chose Amos Tate captain for the season at its meeting last\n"
    "evening. The club will race Lyme in June.\n"
)

BULLETIN_PARISH = (
    "Holy Cross Parish Bulletin\n"
    "Second Sunday of Easter | April 12, 2026\n"
    "Parish Office: (555) 014-7700 | www.holycrossparish.org\n\n"
    "A WORD FROM FATHER AMOS\n\n"
    "Dear parishioners,\n\n"
    "Thank you for the flowers and the music that filled the church last week. The choir\n"
    "practised for two months.\n\n"
    "With gratitude,\n"
    "Fr. Amos Kellner, Pastor\n\n"
    "OFFICE HOURS\n"
    "Weekdays: 9:00 a.m. to 4:00 p.m.\n"
    "Saturday: 9:00 a.m. to noon\n\n"
    "YOUTH CALENDAR\n"
    "Tue., April 14 — Youth choir, loft, 6:30 p.m.\n"
    "Thu., April 16 — Bake sale planning, hall\n"
    "Sat., April 18 — Park clean-up, 9:00 a.m.\n"
)

SERIAL = (
    "[연재소설] 누리강 사람들 〈12〉\n제2부 나루터 ③\n글=한가람 그림=서누리\n\n"
    f"{LEAD}\n\n{MORE}\n\n"
    "[네컷 만화] 누리네 식탁\n누리: 아빠, 오늘 저녁 뭐예요?\n아빠: 카레란다.\n"
    "누리: 어제도 카레였잖아요….\n그림=오가람 작가\n"
)

HEAD_WITH_BANK = "누리시 골목상권 지원 두 배로…청년 상인 임대료 절반 지원"

TAIL = "시장 상인회는 다음 달 설명회를 열어 신청 방법을 안내한다. 신청은 온라인으로 받는다."

HEAD_PLAIN = "누리시 골목상권 지원 두 배로 늘린다"

EN_LEAD_ROTARY = "The Millbrook Rotary Club raised $18,000 at its spring auction on Saturday night."

EN_MORE_ROTARY = "Organizers said the money will pay for new playground equipment at Elm Park."

STORY_NORTH_END = (
    "BARN BURNS AT NORTH END\n\n"
    "The barn of Amos Pell on the river road burned last night. The loss is $900.\n\n"
)

COLUMN_TEXT = "누리섬의 가을은 늦게 온다. 시인은 그 느린 가을을 두 줄에 담았다.\n"

STORY_KO = (
    "가람시, 시내버스 노선 12개 개편\n\n"
    "가람시는 다음 달부터 시내버스 노선 12개를 바꾼다고 3일 밝혔다. 출퇴근 시간 배차 간격도 "
    "줄인다.\n"
)

STORY_NEAR_TOWN = (
    "BARN BURNS NEAR TOWN\n\n"
    "The barn of Amos Reed was destroyed by fire on Tuesday night. The loss is $900.\n"
)

WEB = (
    "[단독] 한빛시 재단, 채용 특혜 의혹\n\n"
    "김하나 기자 hana@nurinews.kr\n\n"
    "▲ 한빛시문화재단 사옥 전경. ⓒ 누리뉴스 자료사진\n\n"
    "한빛시 산하 문화재단이 경력직 채용에서 퇴직 간부의 자녀를 뽑은 것으로 확인됐다.\n\n"
    "재단 관계자는 특혜는 없었다고 해명했다.\n\n"
    "관련기사\n\n"
    "▶ 재단 이사장 “채용 절차 적법했다”\n\n"
    "▶ 시의회, 출연기관 채용 전수조사 요구\n"
)


WANTS = (
    "FOR SALE—Two good milk cows, fresh in\n"
    "April. Phone 318.\n\n"
    "WANTED—Boy to work in grocery after\n"
    "school. Apply Hart's store.\n"
)


GRAIN_STORY = (
    "GRAIN MOVES EARLY\n\n"
    "Farmers around Oakdale began hauling wheat to the\n"
    "elevators this week, a fortnight ahead of last year.\n\n"
)


# A web story down to its byline: the web copy tests set its foot or its buttons under it.
FOOT_STORY = (
    "솔뫼천 산책로 야간 조명 켠다\n\n"
    "솔뫼시는 솔뫼천 산책로 4㎞ 구간에 야간 조명 120개를 설치해 15일부터 켠다고 밝혔다.\n\n"
    "시는 주민 설문에서 밤 산책이 무섭다는 답이 절반을 넘자 사업을 앞당겼다.\n\n"
    "한가람 기자 garam@solmoe.kr\n\n"
)


STORY = f"골목상권 살리기 속도\n\n{LEAD}\n{MORE}\n"


BOOK_COLUMN = (
    "솔뫼도서관, 밤 10시까지 문 연다\n"
    "솔뫼도서관이 다음 달부터 평일 밤 10시까지 문을 연다고 3일 밝혔다.\n"
    "구하람 기자\n"
    "[신간]\n"
    "물새의 겨울\n"
    "하늘빛 지음, 솔뫼책방, 196쪽, 1만4000원\n"
    "겨울 갯벌에 머무는 물새 40종을 10년 동안 지켜본 기록이다.\n"
    "새벽 세 시의 빵집\n"
    "구다솜 지음, 새벽길, 240쪽, 1만6000원\n"
    "동네 빵집을 30년 지킨 제빵사가 새벽마다 쓴 일기를 묶었다.\n"
)


NEWS = (
    "해솔변호사회, 봄 정기총회 열어\n\n"
    "해솔변호사회는 12일 회관에서 정기총회를 열고 새해 예산안을 의결했다.\n"
)


def _text_articles(text: str) -> list[Article]:
    return [it for page in ingest_text(text).pages for it in page.items if isinstance(it, Article)]


def _paragraphs(article: Article) -> list[str]:
    return [b.text for b in article.body]


def _items(edition: Edition) -> list[Article | Ad]:
    return [it for page in edition.pages for it in page.items if isinstance(it, (Article, Ad))]


def _articles(edition: Edition) -> list[Article]:
    return [it for page in edition.pages for it in page.items if isinstance(it, Article)]


def _heads(edition: Edition) -> list[str | None]:
    return [a.headline.text if a.headline else None for a in _articles(edition)]
