"""Dates, numbers and money shown the way the user's locale writes them."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from PySide6.QtCore import QDate, QDateTime, QLocale


def format_date(value: date | None) -> str:
    """23.11.2026 in Finnish; empty for None."""
    if value is None:
        return ""
    return QLocale().toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )


def format_datetime(value: datetime | None) -> str:
    """Local date and time of an aware UTC timestamp."""
    if value is None:
        return ""
    local = QDateTime.fromSecsSinceEpoch(int(value.timestamp()))
    return QLocale().toString(local, QLocale.FormatType.ShortFormat)


def format_money(value: Decimal | None) -> str:
    """1 234,50 € in Finnish; the Decimal is never turned into a float on the way."""
    if value is None:
        return ""
    locale = QLocale()
    sign = "-" if value < 0 else ""
    cents = abs(value).quantize(Decimal("0.01"))
    whole, _, fraction = f"{cents:f}".partition(".")
    grouped = locale.toString(int(whole))
    return f"{sign}{grouped}{locale.decimalPoint()}{fraction} €"


def format_percent(value: Decimal | None) -> str:
    if value is None:
        return ""
    text = f"{value.normalize():f}".replace(".", QLocale().decimalPoint())
    return f"{text} %"
