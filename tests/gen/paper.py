"""The made-up paper: its name, masthead, date line and lunar calendar."""

from __future__ import annotations

import datetime as dt

from korean_lunar_calendar import KoreanLunarCalendar

from tests.gen.truth import Masthead

PAPER = "한빛일보"
PAPER_ASCII = "hanbit"
PAPER_URL = "Hanbit.Generated.example"
PAPER_PHONE = "062-510-7000"
MAIL_DOMAIN = "hanbit.example"
BASE_DAY = dt.date(2026, 2, 4)
BASE_ISSUE = 8020
WEEKDAYS = ("월요일", "화요일", "수요일", "목요일", "금요일", "토요일", "일요일")


def lunar_of(day: dt.date) -> tuple[int, int, bool]:
    """(month, day, leap month?) of the Korean lunar calendar."""
    cal = KoreanLunarCalendar()
    cal.setSolarDate(day.year, day.month, day.day)
    return cal.lunarMonth, cal.lunarDay, bool(cal.isIntercalation)


def date_line(day: dt.date) -> str:
    lm, ld, leap = lunar_of(day)
    return (
        f"{day.year}년 {day.month}월 {day.day}일 {WEEKDAYS[day.weekday()]} "
        f"(음력 {'윤' if leap else ''}{lm}월 {ld}일)"
    )


def _default_date(seed: int) -> dt.date:
    return dt.date(2016, 1, 1) + dt.timedelta(days=seed % 3653)


def make_masthead(day: dt.date) -> Masthead:
    lm, ld, leap = lunar_of(day)
    return Masthead(
        paper=PAPER,
        url=PAPER_URL,
        edition_kind="조간",
        issue=max(1, BASE_ISSUE + (day - BASE_DAY).days),
        phone=PAPER_PHONE,
        date=day.isoformat(),
        weekday=WEEKDAYS[day.weekday()],
        lunar=f"{lm:02d}-{ld:02d}",
        lunar_leap=leap,
    )
