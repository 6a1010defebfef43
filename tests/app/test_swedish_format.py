"""Swedish formats are what the kommunstyrelse reads: decimal comma, real minus, ISO dates."""

from datetime import date, datetime

import pytest

from app.swedish_format import (
    MINUS,
    NBSP,
    format_date,
    format_decimal,
    format_integer,
    format_percent,
    format_signed,
    parse_date,
)


def test_decimal_uses_comma_and_rounds():
    assert format_decimal(1.236) == "1,24"
    assert format_decimal(1.0) == "1,00"
    assert format_decimal(2, decimals=0) == "2"
    assert format_decimal(None) == "–"


def test_negative_numbers_use_a_real_minus_sign():
    assert format_decimal(-0.3) == f"{MINUS}0,30"


def test_signed_differences():
    assert format_signed(0.123) == "+0,12"
    assert format_signed(-0.3) == f"{MINUS}0,30"
    assert format_signed(0.001) == "±0,00"
    assert format_signed(None) == "–"


def test_integer_groups_thousands_with_nbsp():
    assert format_integer(1649) == f"1{NBSP}649"
    assert format_integer(290) == "290"


def test_percent():
    assert format_percent(0.283) == f"28{NBSP}%"
    assert format_percent(0.7172, decimals=1) == f"71,7{NBSP}%"


def test_dates_are_iso():
    assert format_date(date(2026, 11, 29)) == "2026-11-29"
    assert format_date(datetime(2026, 1, 15, 10, 30)) == "2026-01-15"
    assert parse_date(" 2026-11-29 ") == date(2026, 11, 29)


def test_parse_date_rejects_non_iso_with_swedish_message():
    with pytest.raises(ValueError, match="inget giltigt datum"):
        parse_date("29/11/2026")
