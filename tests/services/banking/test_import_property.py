"""For any invoices and any bank file paying some of them, the import settles exactly
those, and the register's sums agree with the file's to the cent."""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData, InvoiceStatus
from asiakasrekisteri.services.container import open_services
from tests.bankfile_builders import Entry, Record, Report, Tx, camt, reference_file
from tests.conftest import make_customer
from tests.services.conftest import INVOICING_SELLER

D = Decimal
DAY = date(2025, 3, 1)


@dataclass(frozen=True)
class Plan:
    """How one invoice is paid in the file: not at all, in parts, and with extra."""

    price_cents: int
    parts: int  # 0: not paid
    extra_cents: int  # paid beyond the total (kept as credit)
    form: str  # how the payer wrote the reference


plans = st.builds(
    Plan,
    price_cents=st.integers(100, 400_000),
    parts=st.integers(0, 3),
    extra_cents=st.sampled_from([0, 0, 0, 1, 999]),
    form=st.sampled_from(["national", "rf", "zeros", "spaced"]),
)


def _written(ref: str, form: str, kind: str) -> str:
    """The reference as the payer wrote it; the fixed-width file has digits only."""
    if kind == "reference-file":
        return ref.rjust(20, "0") if form == "zeros" else ref
    if form == "rf":
        return reference.format_rf(reference.to_rf(ref))
    if form == "zeros":
        return ref.rjust(20, "0")
    if form == "spaced":
        return reference.format(ref)
    return ref


def _split(total_cents: int, parts: int) -> list[int]:
    """``total_cents`` in ``parts`` positive pieces (1 cent at least each)."""
    if parts == 1 or total_cents < parts:
        return [total_cents]
    cuts = sorted(random.Random(total_cents).sample(range(1, total_cents), parts - 1))
    return [b - a for a, b in zip([0, *cuts], [*cuts, total_cents], strict=True)]


@settings(max_examples=20, deadline=None)
@given(
    invoices=st.lists(plans, min_size=1, max_size=7),
    kind=st.sampled_from(["camt054-02", "camt054-08", "reference-file"]),
    seed=st.integers(0, 1000),
)
def test_import_settles_exactly_what_the_file_pays(
    invoices: list[Plan], kind: str, seed: int
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(Path(folder) / "r.sqlite3")
        try:
            services.company.save(INVOICING_SELLER)
            customer = services.customers.create(make_customer()).id
            records = []
            for plan in invoices:
                row = InvoiceRowData("Työ", D(1), D(plan.price_cents).scaleb(-2), D("25.5"))
                records.append(
                    services.invoicing.create_invoice(
                        InvoiceDraft(customer_id=customer, rows=(row,), invoice_date=DAY),
                        today=DAY,
                    )
                )
            payments: list[tuple[str, int, str]] = []
            for record, plan in zip(records, invoices, strict=True):
                if not plan.parts:
                    continue
                total = int(record.total.scaleb(2)) + plan.extra_cents
                for part in _split(total, plan.parts):
                    archive = f"A{record.number}-{len(payments)}"
                    payments.append((archive, part, _written(record.reference, plan.form, kind)))
            random.Random(seed).shuffle(payments)
            if kind == "reference-file":
                data = reference_file([[Record(a, cents, ref) for a, cents, ref in payments]])
            else:
                txs = [Tx(a, D(cents).scaleb(-2), ref) for a, cents, ref in payments]
                data = camt([Report([Entry(txs)] if txs else [])], version=kind[-2:])
            bank = services.bank_payments
            result = bank.apply(bank.preview_data(data, "file"))
            paid_in_file: dict[str, int] = {}
            for _archive, cents, ref in payments:
                key = reference.payment_key(ref)
                paid_in_file[key] = paid_in_file.get(key, 0) + cents
            settled = D(0)
            for record in records:
                after = services.invoicing.get(record.id)
                wanted = D(paid_in_file.get(record.reference, 0)).scaleb(-2)
                if wanted >= record.total:
                    assert after.status is InvoiceStatus.PAID and after.paid_amount == record.total
                elif wanted > 0:
                    assert after.status is InvoiceStatus.PARTLY_PAID
                    assert after.paid_amount == wanted
                else:
                    assert after.status is InvoiceStatus.SENT and after.paid_amount == 0
                settled += after.paid_amount
            file_total = D(sum(cents for _a, cents, _r in payments)).scaleb(-2)
            credit = bank.credit_balance(customer)
            assert settled == result.totals.settled
            assert settled + credit == file_total == result.totals.amount
            assert bank.unmatched() == []
            figures = services.invoicing.customer_figures(customer, today=DAY)
            assert figures.open_receivables == sum((r.total for r in records), D(0)) - settled
        finally:
            services.close()
