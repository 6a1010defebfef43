"""Swedish number and date formats, used by the GUI, the reports and the CLI alike.

Decimal comma ("1,24"), a real minus sign, a non-breaking space before "%", ISO dates
("2026-11-29"), which is what Swedish public administration writes.
"""

from __future__ import annotations

from datetime import date, datetime

MINUS = "\u2212"
NBSP = "\u00a0"


def format_decimal(value: float | None, decimals: int = 2, empty: str = "–") -> str:
    """1.236 -> '1,24'; None -> '–'."""
    if value is None:
        return empty
    text = f"{value:.{decimals}f}".replace(".", ",")
    return text.replace("-", MINUS)


def format_signed(value: float | None, decimals: int = 2, empty: str = "–") -> str:
    """Differences: '+0,12', '−0,30', '±0,00'."""
    if value is None:
        return empty
    rounded = round(value, decimals)
    if rounded == 0:
        return "±" + format_decimal(0.0, decimals)
    sign = "+" if rounded > 0 else MINUS
    return sign + format_decimal(abs(rounded), decimals)


def format_integer(value: int | None, empty: str = "–") -> str:
    """Thousands grouped with a non-breaking space: 1649 -> '1 649'."""
    if value is None:
        return empty
    return f"{value:,}".replace(",", NBSP).replace("-", MINUS)


def format_percent(share: float | None, decimals: int = 0, empty: str = "–") -> str:
    """0.283 -> '28 %'."""
    if share is None:
        return empty
    return format_decimal(share * 100, decimals) + NBSP + "%"


def format_date(value: date | datetime | None, empty: str = "–") -> str:
    """ISO 8601 date, as Swedish authorities write it."""
    if value is None:
        return empty
    if isinstance(value, datetime):
        value = value.date()
    return value.isoformat()


def parse_date(text: str) -> date:
    """Parse 'ÅÅÅÅ-MM-DD'; raises ValueError with a Swedish message."""
    try:
        return date.fromisoformat(text.strip())
    except (ValueError, AttributeError) as exc:
        raise ValueError(f"«{text}» är inget giltigt datum (ÅÅÅÅ-MM-DD).") from exc
