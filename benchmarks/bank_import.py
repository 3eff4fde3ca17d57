"""Bank payment import: a camt.054 of 10,000 payments against 10,000 open invoices.

Builds a register with N open invoices (one made by the invoicing service, the rest
copies of it with their own numbers and references) and a camt.054 notification paying
each of them in one batch entry, indented as banks send it. Then, in one process and on
fresh copies of the register, it times:

* the import: reading and matching the file (``preview``) and writing it (``apply``):
  N bank payments, N invoice payments and N invoices settled, in one transaction;
* the floor: parsing the file with lxml alone plus one bulk ``UPDATE`` of the N invoices
  (paid amount, state, paid day) through the driver, committed.

Budget: the import ≤ 3× the floor, in wall-clock time and in CPU time of the process
(the latter is steadier on a shared machine; medians of the rounds).

    python -m benchmarks.bank_import [--count 10000] [--rounds 3]
"""

from __future__ import annotations

import argparse
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from lxml import etree
from tests.bankfile_builders import Entry, Tx, camt
from tests.services.conftest import INVOICING_SELLER

from asiakasrekisteri.domain import reference
from asiakasrekisteri.domain.customer import CustomerData
from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.domain.reference import ReferenceKind
from asiakasrekisteri.services.container import open_services

BUDGET_RATIO = 3.0
DAY = date(2025, 3, 1)


def build_register(path: Path, count: int) -> list[tuple[int, str, Decimal]]:
    """A register with ``count`` open invoices; their (number, reference, total)."""
    services = open_services(path)
    try:
        services.company.save(INVOICING_SELLER)
        customer = services.customers.create(
            CustomerData(name="Rakennus Virtanen Oy", business_id="2077474-0",
                         street="Hämeenkatu 10", postal_code="33100", city="Tampere")
        )  # fmt: skip
        row = InvoiceRowData("Suunnittelu", Decimal(1), Decimal("100.00"), Decimal("25.5"))
        first = services.invoicing.create_invoice(
            InvoiceDraft(customer_id=customer.id, rows=(row,), invoice_date=DAY), today=DAY
        )
    finally:
        services.close()
    con = sqlite3.connect(path)
    try:
        con.row_factory = sqlite3.Row
        template = dict(con.execute("SELECT * FROM invoice WHERE id = ?", (first.id,)).fetchone())
        columns = [c for c in template if c != "id"]
        invoices = [(first.number or 0, first.reference, first.total)]
        rows = []
        for n in range(1, count):
            number = (first.number or 0) + n
            total_cents = 5000 + (n * 37) % 100_000
            values = dict(template)
            values.update(
                number=number,
                total_gross=total_cents,
                total_net=total_cents,
                total_vat=0,
                reference=reference.for_document(ReferenceKind.INVOICE, number),
            )
            rows.append([values[c] for c in columns])
            invoices.append((number, values["reference"], Decimal(total_cents).scaleb(-2)))
        marks = ", ".join("?" for _ in columns)
        con.executemany(f"INSERT INTO invoice ({', '.join(columns)}) VALUES ({marks})", rows)
        con.commit()
    finally:
        con.close()
    return invoices


def build_file(invoices: list[tuple[int, str, Decimal]]) -> bytes:
    """A camt.054 paying every invoice exactly, in one batch entry, indented."""
    txs = [
        Tx(f"2503148E{number:010d}", total, ref, payer=f"Asiakas {number} Oy")
        for number, ref, total in invoices
    ]
    compact = camt([Entry(txs)], version="02")
    return bytes(etree.tostring(etree.fromstring(compact), pretty_print=True,
                                xml_declaration=True, encoding="UTF-8"))  # fmt: skip


Timing = tuple[float, float]
"""(wall-clock seconds, CPU seconds of this process)."""


def _now() -> Timing:
    return time.perf_counter(), time.process_time()


def _since(start: Timing) -> Timing:
    wall, cpu = _now()
    return wall - start[0], cpu - start[1]


def time_floor(data: bytes, path: Path) -> Timing:
    """lxml parses the file, and one executemany settles every open invoice."""
    start = _now()
    etree.fromstring(data)
    con = sqlite3.connect(path)
    try:
        ids = [r[0] for r in con.execute("SELECT id, total_gross FROM invoice")]
        totals = dict(con.execute("SELECT id, total_gross FROM invoice").fetchall())
        con.executemany(
            "UPDATE invoice SET paid_amount = ?, status = 'paid', paid_date = ? WHERE id = ?",
            [(totals[i], "2025-03-14", i) for i in ids],
        )
        con.commit()
    finally:
        con.close()
    return _since(start)


def time_import(data: bytes, path: Path) -> tuple[Timing, float, float]:
    """The import through the service: (total, preview wall, apply wall); checks it."""
    services = open_services(path)
    try:
        start = _now()
        preview = services.bank_payments.preview_data(data, "camt054.xml")
        middle = time.perf_counter()
        result = services.bank_payments.apply(preview)
        end = time.perf_counter()
        whole = _since(start)
        totals = result.totals
        assert totals.invoices_paid == len(preview.proposals), totals
        assert totals.settled == totals.amount and totals.credit == 0, totals
    finally:
        services.close()
    return whole, middle - start[0], end - middle


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        master = folder / "master.sqlite3"
        invoices = build_register(master, args.count)
        data = build_file(invoices)
        print(f"{args.count:,} open invoices; camt.054 of {len(data) / 1e6:.1f} MB")
        floors, imports, previews, applies = [], [], [], []
        for round_ in range(args.rounds):
            for name in ("floor", "import"):
                copy = folder / f"{name}-{round_}.sqlite3"
                shutil.copy(master, copy)
                if name == "floor":
                    floors.append(time_floor(data, copy))
                else:
                    total, preview, apply = time_import(data, copy)
                    imports.append(total)
                    previews.append(preview)
                    applies.append(apply)
    floor_wall = statistics.median(f[0] for f in floors)
    floor_cpu = statistics.median(f[1] for f in floors)
    import_wall = statistics.median(i[0] for i in imports)
    import_cpu = statistics.median(i[1] for i in imports)
    print(f"floor (lxml parse + one bulk UPDATE): {floor_wall * 1000:.0f} ms wall, "
          f"{floor_cpu * 1000:.0f} ms CPU")  # fmt: skip
    print(f"import (read, match, write, commit):  {import_wall * 1000:.0f} ms wall, "
          f"{import_cpu * 1000:.0f} ms CPU (preview {statistics.median(previews) * 1000:.0f}, "
          f"apply {statistics.median(applies) * 1000:.0f} ms wall)")  # fmt: skip
    ok = True
    for label, ratio in (("wall", import_wall / floor_wall), ("CPU", import_cpu / floor_cpu)):
        verdict = "✓" if ratio <= BUDGET_RATIO else "✗ over budget"
        ok = ok and ratio <= BUDGET_RATIO
        print(f"ratio ({label}) {ratio:.2f}× (budget ≤ {BUDGET_RATIO:.0f}×) {verdict}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
