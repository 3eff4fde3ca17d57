"""Products and services (tuotteet): picked on invoice rows."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select

from asiakasrekisteri.domain.customer import clean_text
from asiakasrekisteri.domain.enums import VatExemption
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.invoice import MAX_UNIT_PRICE, ProductData
from asiakasrekisteri.domain.limits import PERCENT_DECIMALS, has_decimals_within
from asiakasrekisteri.domain.money import HUNDRED, ZERO, is_whole_cents
from asiakasrekisteri.services.errors import NotFound
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.models_invoicing import Product

__all__ = ["ProductService", "validate_product"]


def validate_product(data: ProductData) -> ProductData:
    """Check a product and return it normalised.

    Raises:
        FieldErrors: Keys ``code``, ``name``, ``unit``, ``unit_price``, ``vat_percent``.
    """
    errors: dict[str, ValidationError] = {}
    values: dict[str, str] = {}
    for name, length in (("code", 35), ("name", 200), ("unit", 16)):
        try:
            values[name] = clean_text(getattr(data, name), max_length=length, multiline=False)
        except ValidationError as exc:
            errors[name] = exc.with_field(name)
    for name in ("code", "name"):
        if name not in errors and not values[name]:
            errors[name] = RequiredValue(
                "This field is required.", code=f"product.{name}", field=name
            )
    if not data.unit_price.is_finite() or abs(data.unit_price) > MAX_UNIT_PRICE:
        errors["unit_price"] = InvalidFormat(
            "The unit price is too large.", code="product.unit_price_range", field="unit_price"
        )
    elif not is_whole_cents(data.unit_price):
        errors["unit_price"] = InvalidFormat(
            "Give the unit price in whole cents.", code="product.unit_price", field="unit_price"
        )
    if not ZERO <= data.vat_percent <= HUNDRED:
        errors["vat_percent"] = InvalidFormat(
            "A VAT rate is 0 to 100 %.", code="product.vat_percent", field="vat_percent"
        )
    elif not has_decimals_within(data.vat_percent, PERCENT_DECIMALS):
        errors["vat_percent"] = InvalidFormat(
            "Use at most two decimals.", code="product.vat_decimals", field="vat_percent"
        )
    if errors:
        raise FieldErrors(errors)
    # An exempt product is sold without VAT whatever rate was typed for it.
    rate = ZERO if data.vat_exemption is not None else data.vat_percent
    return replace(
        data, code=values["code"], name=values["name"], unit=values["unit"], vat_percent=rate
    )


def _record(row: Product) -> ProductData:
    return ProductData(
        id=row.id,
        code=row.code,
        name=row.name,
        unit=row.unit,
        unit_price=row.unit_price,
        vat_percent=row.vat_percent,
        active=row.active,
        goods=row.goods,
        vat_exemption=VatExemption(row.vat_exemption) if row.vat_exemption else None,
        household_work=row.household_work,
    )


class ProductService:
    """The product register.

    Attributes:
        db: The open database.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def list(self, *, include_inactive: bool = False) -> list[ProductData]:
        stmt = select(Product).order_by(Product.code)
        if not include_inactive:
            stmt = stmt.where(Product.active.is_(True))
        with self.db.read() as session:
            return [_record(p) for p in session.scalars(stmt)]

    def get_by_code(self, code: str) -> ProductData:
        with self.db.read() as session:
            row = session.scalar(select(Product).where(Product.code == code.strip()))
            if row is None:
                raise NotFound(
                    "No product has the code {value}.", code="product.not_found", value=code
                )
            return _record(row)

    def save(self, data: ProductData) -> ProductData:
        """Add (``id`` None) or update a product; codes are unique."""
        clean = validate_product(data)
        with self.db.transaction() as session:
            taken = session.scalar(select(Product.id).where(Product.code == clean.code))
            if taken is not None and taken != clean.id:
                raise FieldErrors(
                    {
                        "code": InvalidFormat(
                            "The product code {value} is already in use.",
                            code="product.code_taken",
                            field="code",
                            value=clean.code,
                        )
                    }
                )
            if clean.id is None:
                row = Product()
                session.add(row)
            else:
                found = session.get(Product, clean.id)
                if found is None:
                    raise NotFound()
                row = found
            row.code, row.name, row.unit = clean.code, clean.name, clean.unit
            row.unit_price, row.vat_percent, row.active = (
                clean.unit_price,
                clean.vat_percent,
                clean.active,
            )
            row.goods = clean.goods
            row.vat_exemption = clean.vat_exemption.value if clean.vat_exemption else ""
            row.household_work = clean.household_work
            session.flush()
            return _record(row)
