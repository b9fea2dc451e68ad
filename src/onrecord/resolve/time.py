"""Resolve a time expression ("on Monday", "last week", "in April", "nearly six months ago") to a day or a
range of days, relative to the article's publication date.

``dateparser`` (installed with trafilatura) reads what it can, with the publication date as its base and the
event's tense choosing past or future. Written here by hand is only what it gets wrong or does not do for news:
a weekday is the day of publication when the article is published on that weekday ("on Monday" in a Monday
article), "last week" / "next month" / "in April" are ranges rather than one day, and a vague span back
("nearly six months ago") is a range around the point it names.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any, Literal

Direction = Literal["past", "future", "current"]

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
_UNIT_DAYS = {"day": 1, "week": 7, "month": 30, "year": 365}
# How far a vague "N units ago" may be off, per unit: "about six months ago" is within a fortnight either way.
_SLACK_DAYS = {"day": 0, "week": 3, "month": 15, "year": 30}  # a year: ± a month (ANNOTATION.md §3.5)
_VAGUE = re.compile(r"\b(nearly|about|almost|around|roughly|some|more than|over|less than|just over|"
                    r"just under|approximately|a few|several)\b")
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "a few": 3, "several": 3,
            "a couple of": 2}
_SPAN_BACK = re.compile(r"(?P<n>\d+|a couple of|a few|several|an?|one|two|three|four|five|six|seven|eight|nine|"
                        r"ten|eleven|twelve)\s+(?P<unit>day|week|month|year)s?(?:\s+(?P<dir>ago|earlier|before|"
                        r"later|from now|after))?$")
_TODAY = re.compile(r"^(today|tonight|this (morning|afternoon|evening)|earlier (today|in the day|this week)|"
                    r"later (today|in the day)|the day|that day|the same day)$")
_DAY_PART = re.compile(r"\s+(morning|afternoon|evening|night)$")


@dataclass(frozen=True, slots=True)
class Resolved:
    """A day, or a range of days (first, last); never both."""

    date: dt.date | None = None
    first: dt.date | None = None
    last: dt.date | None = None

    def iso(self) -> tuple[str | None, tuple[str, str] | None]:
        if self.date is not None:
            return self.date.isoformat(), None
        if self.first is not None and self.last is not None:
            return None, (self.first.isoformat(), self.last.isoformat())
        return None, None


def resolve(expression: str, published: date, direction: Direction = "past") -> Resolved | None:
    """The day or days ``expression`` names, read at ``published``; None when it names no time we can place.
    ``direction``: whether the event lies before publication (past), after it (future) or at it (current)."""
    text = _clean(expression)
    if not text or _CLOCK_ONLY.fullmatch(text):
        return None
    try:
        for rule in (_today, _neighbour_day, _weekday, _calendar_unit, _span_back, _month, _month_day, _day_span,
                     _year, _day_of_month, _part_of_period, _clock_then_day):
            found = rule(text, published, direction)
            if found is not None:
                return found
        return _dateparser(text, published, direction)
    except (OverflowError, ValueError):  # a time past the calendar's ends: "3000 years ago" failed the article
        return None


_CLOCK = re.compile(r"(?:(?:shortly|just|around|about|at)\s+)?(?:(?:before|after)\s+)?"
                    r"(?:midnight|noon|\d{1,2}(?::\d\d)?\s*[ap]\.?m\.?)(?:\s+local time)?,?\s+(?:on\s+)?(.+)")


# A clock time and nothing else ("around 2:00 p.m. local time", "at 09:09am"): it names no day by itself.
_CLOCK_ONLY = re.compile(r"(?:(?:shortly|just|around|about|at|by|until)\s+)*(?:(?:before|after)\s+)?"
                         r"(?:midnight|noon|\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)|\d{1,2}:\d\d)"
                         r"(?:\s+(?:local time|gmt|utc|bst|cet|cest|eet|eest|est|edt|cst|cdt|mst|mdt|pst|pdt|ist|jst|"
                         r"aest))?")


def clock_only(expression: str) -> bool:
    """Whether ``expression`` is an hour of the day with no day ("around 2:00 p.m. local time"): the day is the
    one the text is telling of, which ``resolve`` cannot know (dateparser would guess the day before)."""
    return _CLOCK_ONLY.fullmatch(_clean(expression)) is not None


def _clock_then_day(text: str, published: date, direction: Direction) -> Resolved | None:
    """"shortly before midnight Wednesday night", "at 9 a.m. Monday": the hour says nothing of the day; the rest
    does."""
    match = _CLOCK.fullmatch(text)
    return resolve(match.group(1), published, direction) if match else None


_PERIOD_PART = re.compile(r"(early|mid|late)(?:-|\s+)(?:in\s+)?(.+)")


def _part_of_period(text: str, published: date, direction: Direction) -> Resolved | None:
    """"late last year", "early this month", "mid-2018": a third of the month or year the rest names ("late March"
    is read by ``_month``). A year's thirds are of months: January-April, May-August, September-December (gold:
    "late last year" in a May 2019 report is 2018-09-01..2018-12-31)."""
    match = _PERIOD_PART.fullmatch(text)
    if match is None:
        return None
    part, rest = match.groups()
    whole = next((found for rule in (_calendar_unit, _year) if (found := rule(rest, published, direction))), None)
    if whole is None or whole.first is None or whole.last is None:
        return None
    if whole.first.month == 1 and whole.first.day == 1 and whole.last.month == 12 and whole.last.day == 31 \
            and whole.first.year == whole.last.year:
        first_month = {"early": 1, "mid": 5, "late": 9}[part]
        return Resolved(first=date(whole.first.year, first_month, 1),
                        last=_month_range(whole.first.year, first_month + 3).last)
    if whole.first.day == 1 and whole.first.month == whole.last.month and whole.first.year == whole.last.year:
        return _month_part(whole, part)
    return None  # "late last week": days too few to split


def _clean(expression: str) -> str:
    text = " ".join(expression.lower().replace("’", "'").split()).strip(" ,.")
    text = re.sub(r"^(on|in|at|during|by|since|until|from|of|as of)\s+", "", text)
    text = re.sub(r"^the\s+(?=(last|past|next|previous|coming|following)\b)", "", text)
    return re.sub(r"'s$", "", text)  # "last Sunday's debate", "this year's contest"


def _today(text: str, published: date, direction: Direction) -> Resolved | None:
    return Resolved(date=published) if _TODAY.match(text) else None


def _neighbour_day(text: str, published: date, direction: Direction) -> Resolved | None:
    if text in ("last night", "overnight", "last evening"):  # "held a telephonic conversation last evening"
        return Resolved(date=published - timedelta(days=1))
    base = _DAY_PART.sub("", text)
    if base == "yesterday":
        return Resolved(date=published - timedelta(days=1))
    if base == "tomorrow":
        return Resolved(date=published + timedelta(days=1))
    return None


def _weekday(text: str, published: date, direction: Direction) -> Resolved | None:
    """"Monday", "on Tuesday night", "last Friday", "next Wednesday": the publication day itself when it is that
    weekday (news says "on Monday" of the day it reports), else the nearest one before (or after, for what is
    still to come)."""
    match = re.fullmatch(r"(?:(last|this|next|this past|this coming|coming|past)\s+)?(\w+?)(?:'s)?",
                         _DAY_PART.sub("", text))
    if match is None or match.group(2) not in WEEKDAYS:
        return None
    which, target = match.group(1), WEEKDAYS.index(match.group(2))
    back = (published.weekday() - target) % 7
    ahead = (target - published.weekday()) % 7
    if which in ("last", "past", "this past"):
        return Resolved(date=published - timedelta(days=back or 7))
    if which in ("next", "coming", "this coming"):
        return Resolved(date=published + timedelta(days=ahead or 7))
    if back == 0:
        return Resolved(date=published)
    if direction == "future":
        return Resolved(date=published + timedelta(days=ahead))
    return Resolved(date=published - timedelta(days=back))


def _calendar_unit(text: str, published: date, direction: Direction) -> Resolved | None:
    """"last week" (Monday to Sunday of the week before), "this month", "next year", "the past week"."""
    match = re.fullmatch(r"(last|this|next|past|previous|coming|following|earlier this|later this)\s+"
                         r"(week|month|year|weekend)", text)
    if match is None:
        return None
    which, unit = match.groups()
    if which in ("past",) and unit in ("week", "month", "year"):  # "the past week": the days just gone
        return Resolved(first=published - timedelta(days=_UNIT_DAYS[unit]), last=published)
    step = {"last": -1, "previous": -1, "next": 1, "coming": 1, "following": 1}.get(which, 0)
    if unit in ("week", "weekend"):
        monday = published - timedelta(days=published.weekday()) + timedelta(weeks=step)
        if unit == "weekend":
            return Resolved(first=monday + timedelta(days=5), last=monday + timedelta(days=6))
        return Resolved(first=monday, last=monday + timedelta(days=6))
    if unit == "month":
        if which == "earlier this" and published.day == 1:
            step = -1  # "earlier this month" on the 1st was written the month before (ANNOTATION.md §3.5)
        year, month = divmod(published.year * 12 + published.month - 1 + step, 12)
        whole = _month_range(year, month + 1)
        if which == "earlier this" and step == 0:  # "lost in Wisconsin earlier this month": before the day written
            return Resolved(first=whole.first, last=published - timedelta(days=1))
        if which == "later this" and whole.last is not None and whole.last > published:
            return Resolved(first=published + timedelta(days=1), last=whole.last)  # "later this month": after it
        return whole
    return Resolved(first=date(published.year + step, 1, 1), last=date(published.year + step, 12, 31))


def _span_back(text: str, published: date, direction: Direction) -> Resolved | None:
    """"six months ago", "nearly six months ago", "two weeks later": a point that far from publication, a range
    around it when vague ("nearly", "about") or counted in weeks and more."""
    vague = bool(_VAGUE.search(text))
    bare = _VAGUE.sub("", text).strip()
    match = _SPAN_BACK.fullmatch(" ".join(bare.split()))
    if match is None:
        return None
    count = int(match["n"]) if match["n"].isdigit() else _NUMBERS[match["n"]]
    unit = match["unit"]
    later = match["dir"] in ("later", "from now", "after") or (match["dir"] is None and direction == "future")
    if match["dir"] is None and direction == "current":
        return None  # "two weeks" with no direction: a duration, not a time
    sign = 1 if later else -1
    point = _shift(published, count, unit, sign)
    slack = _SLACK_DAYS[unit] if vague or unit != "day" else 0
    if slack == 0:
        return Resolved(date=point)
    return Resolved(first=point - timedelta(days=slack), last=point + timedelta(days=slack))


def _shift(day: date, count: int, unit: str, sign: int) -> date:
    if unit == "month":
        year, month = divmod(day.year * 12 + day.month - 1 + sign * count, 12)
        return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
    if unit == "year":
        year = day.year + sign * count
        return date(year, day.month, min(day.day, calendar.monthrange(year, day.month)[1]))
    return day + timedelta(days=sign * count * _UNIT_DAYS[unit])


def _month(text: str, published: date, direction: Direction) -> Resolved | None:
    """"April", "in April", "April 2025", "early April": the whole month, the most recent April for the past."""
    match = re.fullmatch(r"(?:(early|mid|late|mid-|the end of|the beginning of|the start of)\s*)?"
                         r"(?:last |next |this )?(\w+)(?:,?\s+(\d{4}))?(?:,?\s+(this|last|next) year)?", text)
    if match is None or match.group(2) not in MONTHS:
        return None
    month = MONTHS.index(match.group(2)) + 1
    part = match.group(1)
    if match.group(3):
        return _month_part(_month_range(int(match.group(3)), month), part)
    year = published.year
    if match.group(4):  # "February this year", "in March last year": the year is said, whichever side
        return _month_part(_month_range(year + {"this": 0, "last": -1, "next": 1}[match.group(4)], month), part)
    body = text.removeprefix(part or "").strip()
    # "last July" in a September report is this year's July (the latest one before this month), as "next March"
    # in a May report is next year's
    if (body.startswith("last ") and month >= published.month) or (direction == "past" and month > published.month):
        year -= 1
    elif (body.startswith("next ") and month <= published.month) or (
            direction == "future" and month < published.month):
        year += 1
    return _month_part(_month_range(year, month), part)


_MONTH_DAY = re.compile(r"(?:(?P<m1>[a-z]+)\.?\s+(?P<d1>\d{1,2})(?:st|nd|rd|th)?|(?P<d2>\d{1,2})(?:st|nd|rd|th)?"
                        r"\s+(?:of\s+)?(?P<m2>[a-z]+)\.?)")


def _month_day(text: str, published: date, direction: Direction) -> Resolved | None:
    """"March 4", "Dec. 3", "14 April": a day with no year is the nearest such day on the event's side of
    publication, the publication day itself included (dateparser, told to prefer the future, puts "March 4" in a
    report of 4 March 2025 a year later; a wire story's "April 14" is this April's)."""
    match = _MONTH_DAY.fullmatch(text)
    if match is None:
        return None
    name, day = (match["m1"], match["d1"]) if match["m1"] else (match["m2"], match["d2"])
    month = next((i + 1 for i, m in enumerate(MONTHS) if name in (m, m[:3], m[:4])), None)
    if month is None:
        return None
    days = [date(y, month, int(day)) for y in (published.year - 1, published.year, published.year + 1)
            if 1 <= int(day) <= calendar.monthrange(y, month)[1]]
    return _nearest(days, published, direction)


def _nearest(days: list[date], published: date, direction: Direction) -> Resolved | None:
    """Of candidate ``days`` in date order, the one on the event's side of publication nearest to it (the
    publication day itself included); the nearest either way for the present."""
    if not days:
        return None
    if direction == "past":
        return Resolved(date=max((d for d in days if d <= published), default=days[0]))
    if direction == "future":
        return Resolved(date=min((d for d in days if d >= published), default=days[-1]))
    return Resolved(date=min(days, key=lambda d: abs((d - published).days)))


_ORDINAL = r"(?:st|nd|rd|th)?"
_DAY_SPAN = re.compile(
    rf"(?:between\s+)?(?:(?P<m1>[a-z]+)\.?\s+(?P<a1>\d{{1,2}}){_ORDINAL}\s*(?:and|to|through|-|–)\s*"
    rf"(?P<b1>\d{{1,2}}){_ORDINAL}|(?P<a2>\d{{1,2}}){_ORDINAL}\s*(?:and|to|through|-|–)\s*(?P<b2>\d{{1,2}})"
    rf"{_ORDINAL}\s+(?:of\s+)?(?P<m2>[a-z]+)\.?)")


def _day_span(text: str, published: date, direction: Direction) -> Resolved | None:
    """"June 14th and 15th", "June 14-15", "14 to 16 March": the days from the first to the last, the first
    placed as a month's day alone would be (dateparser read the second number as a two-digit year: a meeting
    "on June 14th and 15th" in a June 2022 briefing fell on 14 June 2015)."""
    match = _DAY_SPAN.fullmatch(text)
    if match is None:
        return None
    name, first, last = (match["m1"], match["a1"], match["b1"]) if match["m1"] else \
        (match["m2"], match["a2"], match["b2"])
    start = _month_day(f"{name} {first}", published, direction)
    if start is None or start.date is None or int(last) <= int(first) or \
            int(last) > calendar.monthrange(start.date.year, start.date.month)[1]:
        return None
    return Resolved(first=start.date, last=start.date.replace(day=int(last)))


_DAY_OF_MONTH = re.compile(r"(?:the\s+)?(?P<day>\d{1,2})(?:st|nd|rd|th)")


def _day_of_month(text: str, published: date, direction: Direction) -> Resolved | None:
    """"the 12th", "on the 3rd": a day of the month with no month is the nearest such day on the event's side
    of publication (dateparser read the number as a month: "the 12th" in a June 2022 briefing was December)."""
    match = _DAY_OF_MONTH.fullmatch(text)
    if match is None or not 1 <= int(match["day"]) <= 31:
        return None
    day = int(match["day"])
    months = [(published.year + (published.month + k - 1) // 12, (published.month + k - 1) % 12 + 1)
              for k in (-1, 0, 1)]
    return _nearest([date(y, m, day) for y, m in months if day <= calendar.monthrange(y, m)[1]], published,
                    direction)


def _month_part(whole: Resolved, part: str | None) -> Resolved:
    """"early March" is days 1-10, "mid-March" 11-20, "late March" 21 to the end (ANNOTATION.md §3.5)."""
    assert whole.first is not None and whole.last is not None
    if part == "early":
        return Resolved(first=whole.first, last=whole.first.replace(day=10))
    if part in ("mid", "mid-"):
        return Resolved(first=whole.first.replace(day=11), last=whole.first.replace(day=20))
    if part == "late":
        return Resolved(first=whole.first.replace(day=21), last=whole.last)
    return whole


def _year(text: str, published: date, direction: Direction) -> Resolved | None:
    """"1920", "in 2010", "2016's": the whole year (a year far from publication is still a year: "the 1920
    election")."""
    match = re.fullmatch(r"(\d{4})(?:'s)?", text)
    if match is None or not 1800 <= int(match.group(1)) <= published.year + 10:
        return None
    year = int(match.group(1))
    return Resolved(first=date(year, 1, 1), last=date(year, 12, 31))


def _month_range(year: int, month: int) -> Resolved:
    return Resolved(first=date(year, month, 1), last=date(year, month, calendar.monthrange(year, month)[1]))


def _dateparser(text: str, published: date, direction: Direction) -> Resolved | None:
    """What the rules above do not read ("March 3", "Nov. 8, 2016", "the 12th"), with its precision: a day, or
    the month or year dateparser says it only knows."""
    try:
        data = _parser(direction, published).get_date_data(text, date_formats=None)
    except (ValueError, OverflowError):
        return None
    found = _data_date(data)
    if found is None or not _has_digits_or_names(text):
        return None
    base = datetime.combine(published, datetime.min.time())
    if abs((found - base).days) > 365 * 30:
        return None  # "1776" in "a 1776 moment" is no event date
    if not _YEAR_WRITTEN.search(text) and abs(found.year - published.year) > 1:
        return None  # a year no one wrote: a second day number read as a two-digit year ("June 14 15": 2015)
    period = getattr(data, "period", "day")
    if period == "month":
        return _month_range(found.year, found.month)
    if period == "year":
        return Resolved(first=date(found.year, 1, 1), last=date(found.year, 12, 31))
    return Resolved(date=found.date())


_YEAR_WRITTEN = re.compile(r"\b\d{4}\b|'\d{2}\b")


def _has_digits_or_names(text: str) -> bool:
    """dateparser reads "now", "the day" or a bare number as dates; only a day number or a month name is a date."""
    words = set(re.findall(r"[a-z]+", text))
    return bool(re.search(r"\d", text)) or bool(words & set(MONTHS)) or bool(words & {m[:3] for m in MONTHS})


def _data_date(data: Any) -> datetime | None:
    value = getattr(data, "date_obj", None)
    return value if isinstance(value, datetime) else None


@lru_cache(maxsize=64)
def _parser(direction: Direction, published: date) -> Any:
    # Imported on first use: dateparser's language data takes a moment to load and most articles need it rarely.
    from dateparser.date import DateDataParser  # type: ignore[import-untyped]

    prefer = {"past": "past", "future": "future", "current": "current_period"}[direction]
    return DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True,
        "RELATIVE_BASE": datetime.combine(published, datetime.min.time())})


# A publication date this near the calendar's ends is a placeholder (a feed's 0001-01-01 or 9999-12-31), not a
# day news was written: relative times read from it ("tomorrow", "next year") ran past year 9999 or before year
# 1, and the article's analysis failed. A century each side leaves room for every step the rules take.
_BASE_YEARS = range(100, 9900)


def parse_relative_base(published: str | None) -> date | None:
    """The article's publication date as a day, or None when it has none, it is not ISO, or it is a
    placeholder near the calendar's ends (``_BASE_YEARS``)."""
    if not published:
        return None
    try:
        day = date.fromisoformat(published[:10])
    except ValueError:
        return None
    return day if day.year in _BASE_YEARS else None
