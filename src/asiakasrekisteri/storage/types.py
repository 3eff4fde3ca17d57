"""Column types that keep money exact and times unambiguous."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlalchemy import BigInteger, DateTime, Integer
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator

_CENT = Decimal("0.01")


class Money(TypeDecorator[Decimal]):
    """A euro amount as ``Decimal`` in Python and integer cents in the database.

    Integer cents keep sums exact in SQL too (``SUM`` over floats drifts).
    """

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"Money columns take Decimal, not {type(value).__name__}")
        cents = value * 100
        whole = int(cents)
        # Amounts in whole cents, nearly all of them, need no rounding (10,000 a bank file).
        if whole == cents:
            return whole
        return int(cents.quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(_CENT)


class Percent(TypeDecorator[Decimal]):
    """A percentage with two decimals, stored as an integer of hundredths (25.5 % → 2550)."""

    impl = Integer
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"Percent columns take Decimal, not {type(value).__name__}")
        return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        return (Decimal(int(value)) / 100).quantize(_CENT)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware UTC datetimes; SQLite would otherwise drop the zone silently."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to a UTC column")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: Any, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        assert isinstance(value, datetime)
        return value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    """The current time, aware, in UTC."""
    return datetime.now(UTC)
