"""Invoice records, live totals and the checks on invoice rows.

Expected amounts are worked out by hand with the rules of ``invoice_math`` (row amounts
rounded to the cent, VAT once per rate, half up) and the VAT rates of ``domain.vat``.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

import pytest

from asiakasrekisteri.domain.enums import InvoiceLanguage, VatExemption, VatTreatment
from asiakasrekisteri.domain.errors import (
    FieldErrors,
    InvalidFormat,
    RequiredValue,
    ValidationError,
)
from asiakasrekisteri.domain.invoice import (
    MAX_QUANTITY,
    MAX_UNIT_PRICE,
    InvoiceKind,
    InvoiceRecord,
    InvoiceRowData,
    InvoiceStatus,
    Party,
    VatGroup,
    check_buyer_for_treatment,
    effective_treatment,
    invoice_totals,
    validate_dates,
    validate_row_vat,
    validate_rows,
)
from asiakasrekisteri.domain.invoice_math import VatBreakdownRow
from asiakasrekisteri.domain.vat import VatCategory

D = Decimal

# 3 × 19,90 € at 25,5 % and 2 × 12,50 € −10 % at 14 % (rates of 1.9.2024–31.12.2025):
#   rows 59,70 and 22,50; VAT 59,70 × 0,255 = 15,2235 → 15,22 and 22,50 × 0,14 = 3,15;
#   net 82,20 + VAT 18,37 = 100,57.
ROWS = (
    InvoiceRowData("Suunnittelu", D(3), D("19.90"), D("25.5"), unit="h"),
    InvoiceRowData("Kirja", D(2), D("12.50"), D(14), unit="kpl", discount_percent=D(10)),
)


def _record(**overrides: Any) -> InvoiceRecord:
    """A sent, unpaid domestic invoice of ROWS (total 100,57 €), due 14.3.2025."""
    values: dict[str, Any] = {
        "id": 1,
        "kind": InvoiceKind.INVOICE,
        "status": InvoiceStatus.SENT,
        "number": 1000,
        "customer_id": 7,
        "billing_customer_id": None,
        "invoice_date": date(2025, 2, 28),
        "delivery_date": None,
        "due_date": date(2025, 3, 14),
        "payment_term_days": 14,
        "reference": "10016",
        "your_reference": "",
        "our_reference": "",
        "text_before_rows": "",
        "text_after_rows": "",
        "office_id": None,
        "contact_id": None,
        "language": InvoiceLanguage.FI,
        "vat_treatment": VatTreatment.DOMESTIC,
        "currency": "EUR",
        "rows": ROWS,
        "totals": invoice_totals(ROWS, VatTreatment.DOMESTIC, seller_vat_registered=True),
        "paid_amount": D("0.00"),
        "credited_amount": D("0.00"),
        "seller": Party(name="Oma Oy"),
        "buyer": Party(name="Asiakas Oy"),
        "notice_period_days": 7,
        "penalty_interest": None,
    }
    values.update(overrides)
    return InvoiceRecord(**values)


# --- VAT treatment and totals ------------------------------------------------------------


@pytest.mark.parametrize("treatment", list(VatTreatment))
def test_a_seller_outside_the_vat_register_charges_no_vat(treatment: VatTreatment) -> None:
    assert effective_treatment(treatment, seller_vat_registered=True) is treatment
    assert effective_treatment(treatment, seller_vat_registered=False) is VatTreatment.NO_VAT


@pytest.mark.parametrize("treatment", [VatTreatment.DOMESTIC, VatTreatment.ALWAYS_DOMESTIC])
def test_domestic_totals_have_a_breakdown_per_rate(treatment: VatTreatment) -> None:
    totals = invoice_totals(ROWS, treatment, seller_vat_registered=True)
    assert totals.breakdown == (
        VatBreakdownRow(rate=D("25.5"), net=D("59.70"), vat=D("15.22"), gross=D("74.92")),
        VatBreakdownRow(rate=D(14), net=D("22.50"), vat=D("3.15"), gross=D("25.65")),
    )
    assert (totals.net, totals.vat, totals.gross) == (D("82.20"), D("18.37"), D("100.57"))
    assert [line.net for line in totals.lines] == [D("59.70"), D("22.50")]


@pytest.mark.parametrize(
    ("treatment", "registered"),
    [
        (VatTreatment.EU_BUSINESS, True),
        (VatTreatment.OUTSIDE_EU, True),
        (VatTreatment.CONSTRUCTION_REVERSE_CHARGE, True),
        (VatTreatment.NO_VAT, True),
        (VatTreatment.DOMESTIC, False),  # the seller is not VAT-registered
    ],
)
def test_zero_rated_totals_carry_no_vat(treatment: VatTreatment, registered: bool) -> None:
    totals = invoice_totals(ROWS, treatment, seller_vat_registered=registered)
    assert totals.breakdown == (
        VatBreakdownRow(rate=D(0), net=D("82.20"), vat=D("0.00"), gross=D("82.20")),
    )
    assert (totals.net, totals.vat, totals.gross) == (D("82.20"), D("0.00"), D("82.20"))


def test_no_rows_total_nothing() -> None:
    totals = invoice_totals((), VatTreatment.DOMESTIC, seller_vat_registered=True)
    assert (totals.lines, totals.breakdown) == ((), ())
    assert totals.gross == 0


# --- InvoiceRecord -----------------------------------------------------------------------


def test_total_and_vat_total_come_from_the_totals() -> None:
    invoice = _record()
    assert (invoice.total, invoice.vat_total) == (D("100.57"), D("18.37"))


@pytest.mark.parametrize(
    ("paid", "credited", "open_amount", "overpaid"),
    [
        ("0.00", "0.00", "100.57", "0.00"),
        ("40.00", "0.00", "60.57", "0.00"),
        ("40.00", "20.00", "40.57", "0.00"),
        ("100.57", "0.00", "0.00", "0.00"),
        ("110.00", "0.00", "0.00", "9.43"),
        ("90.00", "20.00", "0.00", "9.43"),
    ],
)
@pytest.mark.parametrize("status", [InvoiceStatus.SENT, InvoiceStatus.PARTLY_PAID])
def test_open_and_overpaid_amounts_of_an_open_invoice(
    status: InvoiceStatus, paid: str, credited: str, open_amount: str, overpaid: str
) -> None:
    invoice = _record(status=status, paid_amount=D(paid), credited_amount=D(credited))
    assert invoice.open_amount == D(open_amount)
    assert invoice.overpaid_amount == D(overpaid)


@pytest.mark.parametrize("status", [InvoiceStatus.PAID, InvoiceStatus.CREDITED])
def test_a_settled_invoice_has_nothing_open_but_may_be_overpaid(status: InvoiceStatus) -> None:
    assert _record(status=status, paid_amount=D("100.57")).open_amount == 0
    # Paid and not credited owes nothing back; credited in full (its credit notes may
    # differ from the total by a cent of rounding) owes back every payment.
    owed = D("100.57") if status is InvoiceStatus.CREDITED else D(0)
    assert _record(status=status, paid_amount=D("100.57")).overpaid_amount == owed
    # Paid in full and then credited in full: the whole payment is owed back.
    refund = _record(status=status, paid_amount=D("100.57"), credited_amount=D("100.57"))
    assert refund.open_amount == 0
    assert refund.overpaid_amount == D("100.57")


def test_drafts_and_credit_notes_have_nothing_open_or_overpaid() -> None:
    draft = _record(status=InvoiceStatus.DRAFT, number=None, paid_amount=D(200))
    assert draft.is_draft
    assert (draft.open_amount, draft.overpaid_amount) == (D(0), D(0))
    credit = _record(kind=InvoiceKind.CREDIT_NOTE, paid_amount=D(200))
    assert not credit.is_draft
    assert (credit.open_amount, credit.overpaid_amount) == (D(0), D(0))


def test_overdue_only_after_the_due_date_and_only_while_money_is_open() -> None:
    invoice = _record()  # due 14.3.2025
    assert not invoice.is_overdue(date(2025, 3, 14))  # interest runs from the next day
    assert invoice.is_overdue(date(2025, 3, 15))
    assert not _record(paid_amount=D("100.57")).is_overdue(date(2025, 4, 1))
    assert not _record(status=InvoiceStatus.DRAFT).is_overdue(date(2025, 4, 1))
    assert not _record(kind=InvoiceKind.CREDIT_NOTE).is_overdue(date(2025, 4, 1))


@pytest.mark.parametrize(
    ("treatment", "goods", "language", "registered", "note", "shows_vat_id"),
    [
        (VatTreatment.DOMESTIC, False, InvoiceLanguage.FI, True, None, False),
        (
            VatTreatment.EU_BUSINESS,
            True,
            InvoiceLanguage.FI,
            True,
            "ALV 0 %, yhteisömyynti (AVL 72 a §)",
            True,
        ),
        (VatTreatment.EU_BUSINESS, False, InvoiceLanguage.EN, True, "Reverse charge", True),
        (
            VatTreatment.CONSTRUCTION_REVERSE_CHARGE,
            False,
            InvoiceLanguage.FI,
            True,
            "Käännetty verovelvollisuus (AVL 8 c §)",
            True,
        ),
        (VatTreatment.DOMESTIC, False, InvoiceLanguage.SV, False, "Inte momsregistrerad", False),
        # An unregistered seller charges no VAT even to an EU business: no reverse charge.
        (VatTreatment.EU_BUSINESS, True, InvoiceLanguage.FI, False, "Ei alv-rekisterissä", False),
    ],
)
def test_vat_note_and_buyer_vat_id_follow_the_effective_treatment(
    treatment: VatTreatment,
    goods: bool,
    language: InvoiceLanguage,
    registered: bool,
    note: str | None,
    shows_vat_id: bool,
) -> None:
    rows = tuple(replace(row, goods=goods) for row in ROWS)
    invoice = _record(
        vat_treatment=treatment,
        rows=rows,
        language=language,
        seller=Party(name="Oma Oy", vat_registered=registered),
    )
    assert invoice.vat_notes == (() if note is None else (note,))
    assert invoice.shows_buyer_vat_id is shows_vat_id


def test_goods_and_services_on_one_eu_invoice_each_get_their_own_wording_and_code() -> None:
    rows = (replace(ROWS[0], goods=False), replace(ROWS[1], goods=True))
    invoice = _record(vat_treatment=VatTreatment.EU_BUSINESS, rows=rows,
                      totals=invoice_totals(rows, VatTreatment.EU_BUSINESS,
                                            seller_vat_registered=True))  # fmt: skip
    assert [r.category for r in invoice.row_vats] == [
        VatCategory.REVERSE_CHARGE,
        VatCategory.INTRA_COMMUNITY,
    ]
    assert invoice.vat_notes == (
        "Käännetty verovelvollisuus / Reverse charge",
        "ALV 0 %, yhteisömyynti (AVL 72 a §)",
    )
    # One breakdown part per category (EN 16931), both without VAT.
    assert invoice.vat_groups() == (
        VatGroup(D(0), VatCategory.REVERSE_CHARGE, None, D("59.70"), D(0)),
        VatGroup(D(0), VatCategory.INTRA_COMMUNITY, None, D("22.50"), D(0)),
    )


def test_an_exempt_row_beside_taxable_ones() -> None:
    exempt = InvoiceRowData("Fysioterapia", D(1), D("80.00"), D(0),
                            vat_exemption=VatExemption.HEALTHCARE)  # fmt: skip
    rows = (*ROWS, exempt)
    totals = invoice_totals(rows, VatTreatment.DOMESTIC, seller_vat_registered=True)
    invoice = _record(rows=rows, totals=totals)
    assert (totals.vat, totals.gross) == (D("18.37"), D("180.57"))
    assert invoice.vat_notes == ("Veroton myynti (AVL 34 §)",)
    assert not invoice.shows_buyer_vat_id
    assert invoice.vat_groups()[-1] == VatGroup(
        D(0), VatCategory.EXEMPT, VatExemption.HEALTHCARE, D("80.00"), D(0)
    )
    assert [g.rate for g in invoice.vat_groups()] == [D("25.5"), D(14), D(0)]


def test_a_domestic_row_at_zero_needs_its_exemption() -> None:
    zero = InvoiceRowData("Lehti", D(1), D("10.00"), D(0))
    with pytest.raises(FieldErrors) as info:
        validate_row_vat((ROWS[0], zero), VatTreatment.DOMESTIC, seller_vat_registered=True)
    assert info.value.errors["rows[1].vat_percent"].code == "row.vat_reason"
    exempt = replace(zero, vat_exemption=VatExemption.EDUCATION)
    validate_row_vat((ROWS[0], exempt), VatTreatment.DOMESTIC, seller_vat_registered=True)
    # Abroad and for a seller outside the register the row's rate does not matter.
    validate_row_vat((zero,), VatTreatment.OUTSIDE_EU, seller_vat_registered=True)
    validate_row_vat((zero,), VatTreatment.DOMESTIC, seller_vat_registered=False)


def test_a_registered_seller_cannot_take_the_no_vat_treatment() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_row_vat(ROWS, VatTreatment.NO_VAT, seller_vat_registered=True)
    assert info.value.errors["vat_treatment"].code == "vat_treatment.no_vat"
    validate_row_vat(ROWS, VatTreatment.NO_VAT, seller_vat_registered=False)


@pytest.mark.parametrize(
    ("treatment", "buyer", "code"),
    [
        (VatTreatment.EU_BUSINESS, Party(name="B", country="SE"), "vat_treatment.eu_vat_id"),
        (VatTreatment.EU_BUSINESS, Party(name="B", country="FI", vat_id="FI20774740"),
         "vat_treatment.eu_country"),
        (VatTreatment.EU_BUSINESS, Party(name="B", country="NO", vat_id="NO123"),
         "vat_treatment.eu_country"),
        (VatTreatment.CONSTRUCTION_REVERSE_CHARGE, Party(name="B"),
         "vat_treatment.construction_business_id"),
        (VatTreatment.OUTSIDE_EU, Party(name="B", country="DE"),
         "vat_treatment.outside_eu_country"),
        (VatTreatment.OUTSIDE_EU, Party(name="B", country="FI"),
         "vat_treatment.outside_eu_country"),
    ],
)  # fmt: skip
def test_buyer_must_qualify_for_the_treatment(
    treatment: VatTreatment, buyer: Party, code: str
) -> None:
    with pytest.raises(ValidationError) as info:
        check_buyer_for_treatment(treatment, buyer)
    assert info.value.code == code


def test_qualifying_buyers_pass() -> None:
    check_buyer_for_treatment(
        VatTreatment.EU_BUSINESS, Party(name="B", country="SE", vat_id="SE556677889901")
    )
    check_buyer_for_treatment(
        VatTreatment.CONSTRUCTION_REVERSE_CHARGE, Party(name="B", business_id="2077474-0")
    )
    check_buyer_for_treatment(VatTreatment.OUTSIDE_EU, Party(name="B", country="US"))
    check_buyer_for_treatment(VatTreatment.DOMESTIC, Party(name="B", country="US"))


# --- validate_rows -----------------------------------------------------------------------


def _row(**overrides: Any) -> InvoiceRowData:
    values: dict[str, Any] = {
        "description": "Suunnittelu",
        "quantity": D(1),
        "unit_price": D("100.00"),
        "vat_percent": D("25.5"),
    }
    values.update(overrides)
    return InvoiceRowData(**values)


DELIVERY = date(2025, 3, 1)


def _errors(
    rows: tuple[InvoiceRowData, ...], **kwargs: Any
) -> dict[str, tuple[type[ValidationError], str]]:
    with pytest.raises(FieldErrors) as info:
        validate_rows(rows, kwargs.pop("delivery_date", DELIVERY), **kwargs)
    return {key: (type(error), error.code) for key, error in info.value.errors.items()}


def test_valid_rows_come_back_with_cleaned_texts() -> None:
    rows = (
        _row(
            description="  Suunnittelu\r\nja toteutus  ",
            unit="  neliö   metri ",
            product_code=" P-1 ",
            discount_percent=D("12.5"),
        ),
        _row(description="Kirja", quantity=D("2.5"), unit="kpl" * 10, vat_percent=D(14)),
    )
    assert validate_rows(rows, DELIVERY) == (
        InvoiceRowData(
            "Suunnittelu\nja toteutus",
            D(1),
            D("100.00"),
            D("25.5"),
            unit="neliö metri",
            discount_percent=D("12.5"),
            product_code="P-1",
        ),
        InvoiceRowData("Kirja", D("2.5"), D("100.00"), D(14), unit="kplkplkplkplkplk"),
    )


def test_an_invoice_needs_a_row() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_rows((), DELIVERY)
    error = info.value.errors["rows"]
    assert list(info.value.errors) == ["rows"]
    assert isinstance(error, RequiredValue) and error.code == "rows.required"


@pytest.mark.parametrize("description", ["", "   ", "\n"])
def test_a_row_needs_a_description(description: str) -> None:
    with pytest.raises(FieldErrors) as info:
        validate_rows((_row(), _row(description=description)), DELIVERY)
    assert list(info.value.errors) == ["rows[1].description"]
    error = info.value.errors["rows[1].description"]
    assert isinstance(error, RequiredValue) and error.code == "row.description"
    assert error.message == "Describe what is invoiced on row 2."


@pytest.mark.parametrize(
    ("description", "code"),
    [("Työ\x07", "text.control"), ("x" * 2001, "text.too_long")],
)
def test_a_description_that_cannot_be_printed_is_refused(description: str, code: str) -> None:
    assert _errors((_row(description=description),)) == {
        "rows[0].description": (InvalidFormat, code)
    }
    assert validate_rows((_row(description="x" * 2000),), DELIVERY)[0].description == "x" * 2000


@pytest.mark.parametrize("quantity", [D(0), D("0.001"), MAX_QUANTITY, D("999999999.0")], ids=str)
def test_quantities_in_range_are_accepted(quantity: Decimal) -> None:
    assert validate_rows((_row(quantity=quantity),), DELIVERY)[0].quantity == quantity


@pytest.mark.parametrize("quantity", [D(-1), D("1000000000"), D("NaN"), D("Infinity")], ids=str)
def test_bad_quantities_are_refused(quantity: Decimal) -> None:
    assert _errors((_row(quantity=quantity),)) == {
        "rows[0].quantity": (InvalidFormat, "row.quantity")
    }


@pytest.mark.parametrize("quantity", [D("1e-400"), D("0.0001"), D("1.1234"), D("-0.0005")], ids=str)
def test_a_quantity_with_more_than_three_decimals_is_refused_not_rounded(
    quantity: Decimal,
) -> None:
    """Rounded, 1e-400 made a 0,00 € row; kept, a quantity Finvoice cannot carry."""
    assert _errors((_row(quantity=quantity),), allow_negative=True) == {
        "rows[0].quantity": (InvalidFormat, "row.quantity_decimals")
    }


@pytest.mark.parametrize("discount", [D("12.125"), D("1e-400"), D("99.999")], ids=str)
def test_a_discount_with_more_than_two_decimals_is_refused_not_rounded(
    discount: Decimal,
) -> None:
    assert _errors((_row(discount_percent=discount),)) == {
        "rows[0].discount_percent": (InvalidFormat, "row.discount_decimals")
    }


def test_invoice_dates_are_checked_by_name() -> None:
    validate_dates(invoice_date=date(2025, 1, 1), delivery_date=None, due_date=date(2100, 12, 31))
    with pytest.raises(FieldErrors) as info:
        validate_dates(
            invoice_date=date(9999, 12, 31),
            delivery_date=date(2025, 1, 1),
            payment=date(1900, 1, 1),
        )
    assert {k: (e.code, e.field) for k, e in info.value.errors.items()} == {
        "invoice_date": ("date.range", "invoice_date"),
        "payment": ("date.range", "payment"),
    }


def test_credit_notes_take_negative_quantities_within_the_same_limit() -> None:
    row = _row(quantity=-MAX_QUANTITY)
    assert validate_rows((row,), DELIVERY, allow_negative=True)[0].quantity == -MAX_QUANTITY
    assert _errors((_row(quantity=D("-1000000000")),), allow_negative=True) == {
        "rows[0].quantity": (InvalidFormat, "row.quantity")
    }


@pytest.mark.parametrize(
    "price", [D(0), D("12.5"), D("-25.00"), MAX_UNIT_PRICE, -MAX_UNIT_PRICE], ids=str
)
def test_unit_prices_in_whole_cents_are_accepted(price: Decimal) -> None:
    assert validate_rows((_row(unit_price=price),), DELIVERY)[0].unit_price == price


@pytest.mark.parametrize(
    ("price", "code"),
    [
        (D("10000000.00"), "row.unit_price"),
        (D("-10000000"), "row.unit_price"),
        (D("NaN"), "row.unit_price"),
        (D("-Infinity"), "row.unit_price"),
        (D("1.005"), "row.unit_price_cents"),
        (D("0.001"), "row.unit_price_cents"),
    ],
    ids=str,
)
def test_bad_unit_prices_are_refused(price: Decimal, code: str) -> None:
    assert _errors((_row(unit_price=price),)) == {"rows[0].unit_price": (InvalidFormat, code)}


@pytest.mark.parametrize(
    ("discount", "valid"),
    [(D(0), True), (D(100), True), (D("-0.01"), False), (D("100.01"), False)],
    ids=str,
)
def test_a_discount_is_0_to_100_percent(discount: Decimal, valid: bool) -> None:
    row = _row(discount_percent=discount)
    if valid:
        assert validate_rows((row,), DELIVERY)[0].discount_percent == discount
    else:
        assert _errors((row,)) == {
            "rows[0].discount_percent": (InvalidFormat, "row.discount_range")
        }


@pytest.mark.parametrize("discount", [D("12.345"), D("0.001"), D("99.999")], ids=str)
def test_a_discount_finer_than_stored_is_refused_not_rounded(discount: Decimal) -> None:
    assert _errors((_row(discount_percent=discount),)) == {
        "rows[0].discount_percent": (InvalidFormat, "row.discount_decimals")
    }
    assert validate_rows((_row(discount_percent=D("12.35")),), DELIVERY)[0].discount_percent == (
        D("12.35")
    )


def test_an_exempt_row_is_kept_at_zero_with_its_kind() -> None:
    row = _row(vat_percent=D("25.5"), goods=True, vat_exemption=VatExemption.HEALTHCARE)
    [clean] = validate_rows((row,), DELIVERY)
    assert (clean.vat_percent, clean.goods, clean.vat_exemption) == (
        D(0),
        True,
        VatExemption.HEALTHCARE,
    )


@pytest.mark.parametrize(
    ("rate", "delivery", "valid"),
    [
        (D(24), date(2024, 8, 31), True),
        (D(24), date(2024, 9, 1), False),
        (D("25.5"), date(2024, 8, 31), False),
        (D("25.5"), date(2024, 9, 1), True),
        (D(14), date(2025, 12, 31), True),
        (D(14), date(2026, 1, 1), False),
        (D("13.5"), date(2026, 1, 1), True),
        (D(0), date(2026, 1, 1), True),
    ],
    ids=str,
)
def test_the_vat_rate_must_be_in_force_on_the_delivery_date(
    rate: Decimal, delivery: date, valid: bool
) -> None:
    rows = (_row(vat_percent=rate),)
    if valid:
        assert validate_rows(rows, delivery)[0].vat_percent == rate
    else:
        assert _errors(rows, delivery_date=delivery) == {
            "rows[0].vat_percent": (InvalidFormat, "row.vat_rate")
        }


def test_a_wrong_vat_rate_names_the_rates_in_force() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_rows((_row(vat_percent=D("24.0")),), date(2024, 9, 1))
    error = info.value.errors["rows[0].vat_percent"]
    assert error.field == "rows[0].vat_percent"
    assert error.message == "VAT 24 % was not in force on 2024-09-01; use one of 25.5, 14, 10, 0."


def test_a_delivery_date_before_the_known_rates_is_refused_with_a_message() -> None:
    with pytest.raises(FieldErrors) as info:
        validate_rows((_row(vat_percent=D(24)),), date(2012, 12, 31))
    error = info.value.errors["rows[0].vat_percent"]
    assert error.code == "row.vat_rate"
    assert error.message == (
        "VAT 24 % was not in force on 2012-12-31; use a rate of a known period."
    )


def test_every_bad_field_of_every_row_is_reported_at_once() -> None:
    rows = (
        _row(),
        _row(description="", quantity=D(-2), unit_price=D("0.005"), discount_percent=D(101)),
        _row(unit_price=D("1e8"), vat_percent=D(24)),
    )
    assert _errors(rows) == {
        "rows[1].description": (RequiredValue, "row.description"),
        "rows[1].quantity": (InvalidFormat, "row.quantity"),
        "rows[1].unit_price": (InvalidFormat, "row.unit_price_cents"),
        "rows[1].discount_percent": (InvalidFormat, "row.discount_range"),
        "rows[2].unit_price": (InvalidFormat, "row.unit_price"),
        "rows[2].vat_percent": (InvalidFormat, "row.vat_rate"),
    }
