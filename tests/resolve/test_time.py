"""Time expressions resolved against the publication date (resolve/time.py)."""

from __future__ import annotations

from datetime import date

import pytest

from onrecord.resolve.time import Direction, Resolved, clock_only, parse_relative_base, resolve

MONDAY = date(2025, 8, 18)
THURSDAY = date(2025, 8, 21)


def iso(expression: str, published: date, direction: str = "past") -> tuple[str | None, tuple[str, str] | None]:
    found = resolve(expression, published, direction)  # type: ignore[arg-type]
    assert found is not None, expression
    return found.iso()


def test_the_weekday_of_publication_is_that_day() -> None:
    assert iso("on Monday", MONDAY) == ("2025-08-18", None)


def test_another_weekday_is_the_one_before_or_after_by_direction() -> None:
    assert iso("on Monday", THURSDAY) == ("2025-08-18", None)
    assert iso("Tuesday night", THURSDAY) == ("2025-08-19", None)
    assert iso("Monday", THURSDAY, "future") == ("2025-08-25", None)
    assert iso("last Sunday's", THURSDAY) == ("2025-08-17", None)


def test_last_week_is_monday_to_sunday_of_the_week_before() -> None:
    assert iso("last week", MONDAY) == (None, ("2025-08-11", "2025-08-17"))
    assert iso("next week", THURSDAY, "future") == (None, ("2025-08-25", "2025-08-31"))


def test_a_month_is_the_whole_month_the_most_recent_one_for_the_past() -> None:
    assert iso("in April", MONDAY) == (None, ("2025-04-01", "2025-04-30"))
    assert iso("in October", MONDAY) == (None, ("2024-10-01", "2024-10-31"))
    assert iso("in October", MONDAY, "future") == (None, ("2025-10-01", "2025-10-31"))


def test_early_mid_and_late_in_a_month_are_its_thirds() -> None:
    assert iso("in early March", MONDAY) == (None, ("2025-03-01", "2025-03-10"))
    assert iso("mid-March 2008", MONDAY) == (None, ("2008-03-11", "2008-03-20"))
    assert iso("late February", MONDAY) == (None, ("2025-02-21", "2025-02-28"))


def test_early_mid_and_late_in_a_year_are_its_thirds_and_in_a_named_month_its_days() -> None:
    assert iso("late last year", MONDAY) == (None, ("2024-09-01", "2024-12-31"))
    assert iso("early this year", MONDAY) == (None, ("2025-01-01", "2025-04-30"))
    assert iso("mid-2018", MONDAY) == (None, ("2018-05-01", "2018-08-31"))
    assert iso("late last month", MONDAY) == (None, ("2025-07-21", "2025-07-31"))


def test_an_hour_before_a_day_is_read_as_that_day() -> None:
    assert iso("shortly before midnight Wednesday night", MONDAY) == ("2025-08-13", None)
    assert iso("at 9 a.m. on Friday", MONDAY) == ("2025-08-15", None)
    assert resolve("around 2:00 p.m. local time", MONDAY) is None


def test_earlier_this_month_on_the_first_is_the_month_before() -> None:
    assert iso("earlier this month", date(2016, 2, 1)) == (None, ("2016-01-01", "2016-01-31"))


def test_earlier_and_later_this_month_stop_and_start_at_the_day_written() -> None:
    # events16: "lost badly to Cruz in Wisconsin earlier this month" (fresh2 gold: the 1st to the day before)
    assert iso("earlier this month", MONDAY) == (None, ("2025-08-01", "2025-08-17"))
    assert iso("later this month", MONDAY) == (None, ("2025-08-19", "2025-08-31"))
    assert iso("this month", MONDAY) == (None, ("2025-08-01", "2025-08-31"))


def test_a_vague_span_back_is_a_range_around_its_point() -> None:
    assert iso("nearly six months ago", MONDAY) == (None, ("2025-02-03", "2025-03-05"))
    assert iso("three days ago", MONDAY) == ("2025-08-15", None)


def test_neighbouring_days_and_years() -> None:
    assert iso("yesterday", MONDAY) == ("2025-08-17", None)
    assert iso("last night", MONDAY) == ("2025-08-17", None)
    assert iso("1920", MONDAY) == (None, ("1920-01-01", "1920-12-31"))
    assert iso("this year's", MONDAY) == (None, ("2025-01-01", "2025-12-31"))


def test_dateparser_reads_calendar_dates_with_the_publication_date_as_base() -> None:
    assert iso("March 3", MONDAY) == ("2025-03-03", None)
    assert iso("Nov. 8, 2016", MONDAY) == ("2016-11-08", None)


@pytest.mark.parametrize("expression", ["weeks", "the long term", "two year", ""])
def test_what_names_no_time_resolves_to_nothing(expression: str) -> None:
    assert resolve(expression, MONDAY, "current") is None


def test_last_month_name_is_the_latest_such_month_before_this_one() -> None:
    assert iso("last July", date(2019, 9, 30)) == (None, ("2019-07-01", "2019-07-31"))
    assert iso("last July", date(2019, 7, 10)) == (None, ("2018-07-01", "2018-07-31"))
    assert iso("next March", date(2025, 5, 2), "future") == (None, ("2026-03-01", "2026-03-31"))
    assert iso("next September", date(2025, 5, 2), "future") == (None, ("2025-09-01", "2025-09-30"))


def test_a_month_day_with_no_year_is_the_nearest_on_the_events_side_and_the_day_itself_counts() -> None:
    # Issue 9 (a newcomer's wire story): "March 4" in a 4 March report was put a year later for a planned event.
    published = date(2025, 3, 4)
    assert iso("March 4", published, "future") == ("2025-03-04", None)
    assert iso("on April 14", published, "future") == ("2025-04-14", None)
    assert iso("Dec. 3", published, "future") == ("2025-12-03", None)
    assert iso("March 4", published) == ("2025-03-04", None)
    assert iso("14 April", published) == ("2024-04-14", None)
    assert iso("February 28", published, "current") == ("2025-02-28", None)


def test_two_days_of_one_month_are_a_range_not_a_two_digit_year() -> None:
    # Issue 12 (a newcomer's briefing of 2 June 2022): "meets on June 14th and 15th" was dated 14 June 2015,
    # dateparser reading "15" as the year.
    published = date(2022, 6, 2)
    assert iso("June 14th and 15th", published, "future") == (None, ("2022-06-14", "2022-06-15"))
    assert iso("on June 14 and 15", published, "future") == (None, ("2022-06-14", "2022-06-15"))
    assert iso("14-16 March", published) == (None, ("2022-03-14", "2022-03-16"))
    assert iso("between May 30 and 31", published) == (None, ("2022-05-30", "2022-05-31"))
    # No reading invents a year nobody wrote.
    assert resolve("June 14 15", published, "past") is None


@pytest.mark.parametrize(("expression", "direction", "expected"), [
    ("the 12th", "past", date(2022, 5, 12)),  # the 12th before 2 June: May's
    ("on the 12th", "future", date(2022, 6, 12)),
    ("the 2nd", "past", date(2022, 6, 2)),  # the publication day itself
    ("the 31st", "future", date(2022, 7, 31)),  # June has no 31st
])
def test_a_day_of_the_month_alone_is_the_nearest_such_day(expression: str, direction: Direction,
                                                          expected: date) -> None:
    # newcomer 6: dateparser read "the 12th" as a month (December) in a June 2022 briefing
    assert resolve(expression, date(2022, 6, 2), direction) == Resolved(date=expected)


def test_a_month_with_this_last_or_next_year_is_in_that_year() -> None:
    assert iso("in October this year", MONDAY) == (None, ("2025-10-01", "2025-10-31"))  # whichever side
    assert iso("February this year", MONDAY, "future") == (None, ("2025-02-01", "2025-02-28"))
    assert iso("early March last year", MONDAY) == (None, ("2024-03-01", "2024-03-10"))
    assert iso("in June next year", MONDAY) == (None, ("2026-06-01", "2026-06-30"))


def test_last_evening_is_the_day_before() -> None:
    assert iso("last evening", THURSDAY) == ("2025-08-20", None)


@pytest.mark.parametrize(("expression", "published"), [
    ("3000 years ago", date(2025, 8, 18)), ("in 9000 years", date(2025, 8, 18)), ("next year", date(9999, 12, 31)),
    ("tomorrow", date(9999, 12, 31)), ("last year", date(1, 1, 1)), ("yesterday", date(1, 1, 1)),
])
def test_a_time_past_the_calendars_ends_is_no_time(expression: str, published: date) -> None:
    # Each raised ValueError or OverflowError, and the article's whole analysis failed with it.
    assert resolve(expression, published) is None


def test_a_placeholder_publication_date_is_no_base_for_relative_times() -> None:
    # A feed's 0001-01-01 (an unset .NET date) or 9999-12-31 is no day news was written on.
    assert [parse_relative_base(d) for d in ("0001-01-01", "9999-12-31", "2025-08-18", "1851-09-18")] == [
        None, None, date(2025, 8, 18), date(1851, 9, 18)]


@pytest.mark.parametrize("expression", ["around 2:00 p.m. local time", "at 09:09am", "shortly after noon",
                                        "10:30 GMT", "at 9 a.m."])
def test_an_hour_alone_names_no_day(expression: str) -> None:
    assert clock_only(expression)
    assert resolve(expression, MONDAY) is None  # not dateparser's guess of the day before


def test_an_hour_with_its_day_is_that_day() -> None:
    assert not clock_only("at 9 a.m. Monday") and iso("at 9 a.m. Monday", THURSDAY) == ("2025-08-18", None)
