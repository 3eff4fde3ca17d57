"""Credit notes in part: what is creditable, row credits, amounts split to the cent, and
VAT-inclusive prices (consumers' invoices) and household work."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from asiakasrekisteri.domain.crediting import (
    Creditable,
    CreditRequest,
    RowCredit,
    VatKey,
    amount_rows,
    amount_text,
    creditable,
    row_credit_rows,
    split_amount,
    vat_key,
    with_vat,
)
from asiakasrekisteri.domain.enums import VatTreatment
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.household_credit import household_labour
from asiakasrekisteri.domain.invoice import InvoiceRowData, invoice_totals, row_vats
from asiakasrekisteri.domain.invoice_math import InvoiceLine, compute_totals

D = Decimal
RATES = [D("25.5"), D("13.5"), D("10"), D("0")]

ROWS = (
    InvoiceRowData("Työ", D(4), D("60.00"), D("25.5")),
    InvoiceRowData("Kirja", D("2.5"), D("9.99"), D("13.5")),
)


def _state(credited: Sequence[tuple[InvoiceRowData, Decimal, int | None]] = ()) -> Creditable:
    totals = invoice_totals(ROWS, VatTreatment.DOMESTIC, seller_vat_registered=True)
    return creditable(
        ROWS,
        [line.gross for line in totals.lines],
        credited,
        total=totals.gross,
        credited_amount=-sum((g for _r, g, _i in credited), D(0)),
    )


def test_row_credit_takes_part_of_a_row_and_never_more_than_is_left() -> None:
    state = _state()
    [(row, index)] = row_credit_rows(ROWS, state, [RowCredit(1, D("1.5"))])
    assert (row.quantity, index, row.unit_price) == (D("-1.5"), 1, D("9.99"))
    after = _state([(row, D("-17.01"), 1)])
    assert after.quantities == (D(4), D(1))
    for bad, code in [
        (RowCredit(1, D("1.001")), "credit.quantity"),
        (RowCredit(1, D(0)), "credit.quantity"),
        (RowCredit(1, D("0.0001")), "credit.quantity"),
        (RowCredit(5), "credit.row"),
    ]:
        with pytest.raises(ValidationError) as info:
            row_credit_rows(ROWS, after, [bad])
        assert info.value.code == code
    with pytest.raises(ValidationError, match="named twice"):
        row_credit_rows(ROWS, state, [RowCredit(0), RowCredit(0)])


def test_full_request_and_amount_rows() -> None:
    assert CreditRequest().is_full and not CreditRequest(amount=D(1)).is_full
    state = _state()
    rows = amount_rows(D("100.00"), state, ROWS, "Hyvitys")
    totals = invoice_totals(rows, VatTreatment.DOMESTIC, seller_vat_registered=True,
                            prices_include_vat=True)  # fmt: skip
    assert totals.gross == D("-100.00")
    with pytest.raises(ValidationError) as info:
        amount_rows(D("0.001"), state, ROWS, "x")
    assert info.value.code == "credit.amount"


@given(
    amount=st.decimals(min_value=D("0.01"), max_value=D("99999.99"), places=2),
    weights=st.lists(st.decimals(min_value=D("0.01"), max_value=D("9999.99"), places=2),
                     min_size=1, max_size=4),
)  # fmt: skip
def test_an_amount_splits_to_the_cent_over_the_rates(
    amount: Decimal, weights: list[Decimal]
) -> None:
    keys: dict[VatKey, Decimal] = {(RATES[i], False, None): w for i, w in enumerate(weights)}
    parts = split_amount(amount, keys)
    assert sum(parts.values()) == amount
    assert all(p > 0 and p == p.quantize(D("0.01")) for p in parts.values())
    total = sum(weights)
    for key, part in parts.items():
        assert abs(part - amount * keys[key] / total) < D("0.01")


price = st.decimals(min_value=D("0.01"), max_value=D("9999.99"), places=2)
quantity = st.integers(min_value=1, max_value=50).map(D)


@given(rows=st.lists(st.tuples(quantity, price, st.sampled_from(RATES)), min_size=1, max_size=12))
def test_vat_inclusive_totals_add_up_to_the_prices_entered(
    rows: list[tuple[Decimal, Decimal, Decimal]],
) -> None:
    """Rounding of VAT-inclusive prices: each row's gross amount is rounded to the cent as
    entered, the VAT of each rate is taken out of that rate's gross sum, the net is the
    rest. So the total is the sum of the gross rows, and net + VAT = gross per rate."""
    lines = [InvoiceLine(q, p, D(0), r) for q, p, r in rows]
    totals = compute_totals(lines, prices_include_vat=True)
    assert totals.gross == sum(q * p for q, p, _r in rows)
    for part in totals.breakdown:
        assert part.net + part.vat == part.gross
        exact = part.gross * part.rate / (100 + part.rate)
        assert part.vat == exact.quantize(D("0.01"), rounding=ROUND_HALF_UP)
        assert part.gross == sum(q * p for q, p, r in rows if r == part.rate)
    assert totals.net + totals.vat == totals.gross


def test_household_labour_is_the_work_rows_with_their_vat() -> None:
    rows = (
        InvoiceRowData("Siivous", D(3), D("50.00"), D("25.5"), household_work=True),
        InvoiceRowData("Pesuaine", D(1), D("12.55"), D("25.5")),
    )
    charged = row_vats(rows, VatTreatment.DOMESTIC, seller_vat_registered=True)
    labour = household_labour(rows, charged, prices_include_vat=True)
    assert labour is not None and (labour.gross, labour.vat, labour.net) == (
        D("150.00"), D("30.48"), D("119.52"))  # fmt: skip
    net = household_labour(rows, charged, prices_include_vat=False)
    assert net is not None and (net.net, net.vat, net.gross) == (D("150.00"), D("38.25"),
                                                                 D("188.25"))  # fmt: skip
    assert household_labour(rows[1:], charged[1:], prices_include_vat=True) is None


def test_a_product_price_with_vat() -> None:
    row = InvoiceRowData("Tuote", D(1), D("39.84"), D("25.5"))
    assert with_vat(row).unit_price == D("50.00")
    assert vat_key(row) == (D("25.5"), False, None)


def test_what_is_left_after_row_and_amount_credits() -> None:
    assert amount_text("sv", 1005) == "Gottgörelse för faktura 1005"
    assert amount_text("fi", None) == "Hyvitys laskusta "
    fresh = _state()
    assert fresh.rows_left
    whole = row_credit_rows(ROWS, fresh, [RowCredit(0), RowCredit(1)])
    amount_row = InvoiceRowData("Hyvitys", D(-1), D("10.00"), D("25.5"))
    done = _state([(r, D("-1"), i) for r, i in whole] + [(amount_row, D("-10.00"), None)])
    assert not done.rows_left
    assert done.by_key[vat_key(amount_row)] < fresh.by_key[vat_key(amount_row)]
    with pytest.raises(ValidationError) as info:
        row_credit_rows(ROWS, done, [RowCredit(0)])
    assert info.value.code == "credit.nothing_left"
    with pytest.raises(ValidationError) as empty:
        split_amount(D("1.00"), {vat_key(amount_row): D(0)})
    assert empty.value.code == "credit.nothing_left"


def test_refunds_on_a_record_and_a_statement() -> None:
    from datetime import date

    from asiakasrekisteri.domain.invoice import InvoiceStatus, RefundRecord
    from asiakasrekisteri.domain.statement import RefundLine, Statement
    from tests.domain.test_invoice import _record

    paid = _record(status=InvoiceStatus.PAID, paid_amount=D("100.57"),
                   credited_amount=D("40.00"))  # fmt: skip
    assert paid.refund_due == D("40.00") and paid.refunded_amount == 0
    back = _record(status=InvoiceStatus.PAID, paid_amount=D("100.57"),
                   credited_amount=D("40.00"),
                   refunds=(RefundRecord(1, 1, date(2025, 4, 1), D("15.00")),))  # fmt: skip
    assert (back.refunded_amount, back.refund_due) == (D("15.00"), D("25.00"))
    assert paid.household_labour is None
    statement = Statement(
        statement_date=date(2025, 4, 1), seller=paid.seller, buyer=paid.buyer,
        language=paid.language, lines=(), total_open=D(0), total_interest=D(0), total=D(0),
        reference="20016", due_date=date(2025, 4, 15),
        refunds=(RefundLine(1, 1000, D("25.00")), RefundLine(2, 1001, D("1.50"))),
    )  # fmt: skip
    assert statement.total_refund == D("26.50")
