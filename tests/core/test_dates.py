from datetime import UTC, date, datetime

from directcontracts.core.dates import day_in_words, moment_in_words


def test_a_day_in_words_has_no_leading_zero():
    assert day_in_words(date(2027, 3, 6)) == "6 March 2027"


def test_a_moment_in_words_keeps_the_time_of_day_in_two_digits():
    assert moment_in_words(datetime(2027, 12, 8, 9, 5, tzinfo=UTC)) == "8 December 2027 09:05"
