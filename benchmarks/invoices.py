"""Invoices at scale: the invoices window, the list, the card and one new invoice.

Builds a register of 20,000 customers and 200,000 invoices in a child process (the
customers by the demo's bulk path, the invoices by ``invoice_register``'s bulk path,
first proven on a sample to store exactly what the invoicing service stores), then
measures in this process, each beside its floor measured in the same run:

* the invoices window shown (its first opening), sorted (total, customer) and filtered
  (open, overdue), against bare SQL for the ids and the first page behind a plain table
  model; sorts and filters as the median of three rounds, each the program then its
  floor, since the machine's other work comes and goes;
* every list line of the register (what ``list_invoices()`` gave the window before)
  against ``SELECT *`` through the bare driver;
* the card figures of a customer with 2,000 invoices against the same sums, payment
  days, overdue invoices (with their payments, for the interest) and latest invoices
  read by bare SQL;
* one new invoice and the card's figures after it (median of five, after one that
  compiles the statements), against one bare transaction and the card's floor read
  right after it;
* peak resident memory (``ru_maxrss``) after the window's work, and the Python heap's
  peak (tracemalloc) while a second window opens.

Budgets: window ≤ 1 s, each sort or filter ≤ 150 ms, card ≤ 3× its floor, peak
memory ≤ 500 MB.

    QT_QPA_PLATFORM=offscreen python -m benchmarks.invoices [--customers 20000] \\
        [--invoices 200000]
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView
from sqlalchemy import select

from asiakasrekisteri.domain.invoice import InvoiceDraft, InvoiceRowData
from asiakasrekisteri.domain.invoice_list import InvoiceListQuery
from asiakasrekisteri.services.container import open_register, open_services
from asiakasrekisteri.services.demo import fill_demo
from asiakasrekisteri.storage.models import Customer
from asiakasrekisteri.ui.invoicing.invoice_list import Column, Filter, InvoicesDialog
from benchmarks.invoice_register import SELLER, check_against_service, insert_invoices, specs
from benchmarks.measure import peak_rss_mb

BUDGET_WINDOW_S = 1.0
BUDGET_SORT_FILTER_S = 0.150
BUDGET_CARD_RATIO = 3.0
BUDGET_MEMORY_MB = 500.0
HEAVY = 2_000  # invoices of the first customer (the card measured)
SAMPLE = 20  # invoices made by both the service and the bulk path
_PAGE = 200
# The sorts and filters are measured in three rounds (down, up, down).
ROUNDS = (
    (Qt.SortOrder.DescendingOrder, "DESC"),
    (Qt.SortOrder.AscendingOrder, "ASC"),
    (Qt.SortOrder.DescendingOrder, "DESC"),
)
_OPEN_WHERE = "status IN ('partly_paid', 'sent') AND open_amount > 0"


def _build(path: Path, customers: int, invoices: int, sample: int) -> None:
    """The register: demo customers, a sample proven against the service, then bulk."""
    db = open_register(path)
    fill_demo(db, count=customers, seed=7)
    db.close()
    services = open_services(path)
    try:
        services.company.save(SELLER)
        with services.db.read() as session:
            ids = list(
                session.scalars(
                    select(Customer.id)
                    .where(Customer.active.is_(True), Customer.delivery_ban.is_(False))
                    .order_by(Customer.id)
                )
            )
        today = date.today()
        heavy = min(HEAVY, invoices // 2)
        proof = list(specs(ids[1:], sample, today, heavy=0, seed=99))
        checked = check_against_service(services, proof)
        started = time.perf_counter()
        insert_invoices(services.db, specs(ids, invoices, today, heavy=heavy))
        print(
            f"bulk path matches the service on {checked} sample invoices; "
            f"{invoices} invoices inserted in {time.perf_counter() - started:.1f} s"
        )
    finally:
        services.close()


class _BareModel(QAbstractTableModel):
    """The floor's table model: ids, and lines read by page with the bare driver."""

    def __init__(self, con: sqlite3.Connection) -> None:
        super().__init__()
        self.con = con
        self.ids: list[int] = []
        self.cache: dict[int, tuple[Any, ...]] = {}

    def set_ids(self, ids: list[int]) -> None:
        self.beginResetModel()
        self.ids = ids
        self.cache = {}
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 8

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        invoice_id = self.ids[index.row()]
        if invoice_id not in self.cache:
            start = index.row() - index.row() % _PAGE
            page = self.ids[start : start + _PAGE]
            marks = ",".join("?" * len(page))
            for row in self.con.execute(
                "SELECT id, number, buyer_name, invoice_date, due_date, total_gross, "
                f"open_amount, status FROM invoice WHERE id IN ({marks})",
                page,
            ):
                self.cache[row[0]] = row
        return str(self.cache[invoice_id][index.column()])


def _timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def _painted(view: QTableView) -> None:
    view.viewport().repaint()
    QApplication.processEvents()


def _window_rows(services: Any, con: sqlite3.Connection, today: date) -> list[tuple[Any, ...]]:
    """(what, seconds, floor seconds, budget seconds or None) of the invoices window."""
    bare_model = _BareModel(con)
    bare_view = QTableView()
    bare_view.resize(900, 500)
    bare_view.setModel(bare_model)
    bare_view.show()

    def bare(sql: str, *params: object) -> Callable[[], None]:
        def run() -> None:
            bare_model.set_ids([row[0] for row in con.execute(sql, params)])
            _painted(bare_view)

        return run

    order = " ORDER BY number DESC"
    floor_open = _timed(bare("SELECT id FROM invoice" + order))
    holder: list[InvoicesDialog] = []

    def open_window() -> None:
        dialog = InvoicesDialog(services.invoicing, today=lambda: today)
        dialog.show()
        holder.append(dialog)
        _painted(dialog.invoice_list.view)

    shown = _timed(open_window)
    # The Python heap of a second window, traced apart: tracing slows what it traces.
    tracemalloc.start()
    open_window()
    heap_mb = tracemalloc.get_traced_memory()[1] / 2**20
    tracemalloc.stop()
    holder.pop().close()
    dialog = holder[0]
    view = dialog.invoice_list.view
    rows: list[tuple[Any, ...]] = [
        ("invoices window shown", shown, floor_open, BUDGET_WINDOW_S),
    ]
    for label, column, key in (
        ("sort by total", Column.TOTAL, "total_gross"),
        ("sort by customer", Column.CUSTOMER, "buyer_name"),
    ):
        taken, floors = [], []
        # Alternately down and up, so each sort really reads the list again; the medians
        # of the rounds, each round the program then its floor, as the shared CPU varies.
        for sort_order, direction in ROUNDS:

            def sort(by: Column = column, way: Qt.SortOrder = sort_order) -> None:
                view.sortByColumn(by, way)
                _painted(view)

            taken.append(_timed(sort))
            sql = f"SELECT id FROM invoice ORDER BY {key} {direction}, id {direction}"
            floors.append(_timed(bare(sql)))
        rows.append((label, statistics.median(taken), statistics.median(floors),
                     BUDGET_SORT_FILTER_S))  # fmt: skip
    view.sortByColumn(Column.NUMBER, Qt.SortOrder.DescendingOrder)
    for label, which, sql, params in (
        ("filter open", Filter.OPEN, f"WHERE {_OPEN_WHERE}", ()),
        ("filter overdue", Filter.OVERDUE, f"WHERE {_OPEN_WHERE} AND due_date < ?",
         (today.isoformat(),)),
    ):  # fmt: skip

        def narrow(state: Filter = which) -> None:
            dialog.invoice_list.set_filter(state)
            _painted(view)

        taken, floors = [], []
        for _round in ROUNDS:
            taken.append(_timed(narrow))
            floors.append(_timed(bare(f"SELECT id FROM invoice {sql}{order}", *params)))
            narrow(Filter.ALL)
        rows.append((label, statistics.median(taken), statistics.median(floors),
                     BUDGET_SORT_FILTER_S))  # fmt: skip
    print(f"window's pages read: {dialog.invoice_list.model.fetches}; "
          f"Python heap peak while opening: {heap_mb:.0f} MB")  # fmt: skip
    dialog.close()
    bare_view.close()
    return rows


def _service_rows(services: Any, con: sqlite3.Connection, today: date) -> list[tuple[Any, ...]]:
    invoicing = services.invoicing
    everything = InvoiceListQuery()
    listed = _timed(lambda: invoicing.invoice_items(invoicing.invoice_ids(everything)))
    bare_all = _timed(lambda: sum(1 for _row in con.execute("SELECT * FROM invoice")))
    heavy = con.execute(
        "SELECT customer_id FROM invoice GROUP BY customer_id ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    invoicing.customer_figures(heavy, today=today)  # first read of the pages: not timed
    since = (today - timedelta(days=364)).isoformat()
    sums = (
        "SELECT sum(total_gross), sum(CASE WHEN invoice_date >= ? THEN total_gross END), "
        "sum(open_amount), sum(CASE WHEN due_date < ? THEN open_amount END) "
        "FROM invoice WHERE customer_id = ? AND status != 'draft'"
    )
    latest = (
        "SELECT * FROM invoice WHERE customer_id = ? AND status != 'draft' "
        "ORDER BY invoice_date DESC, number DESC LIMIT 10"
    )

    paid = (
        "SELECT invoice_date, due_date, paid_date FROM invoice WHERE customer_id = ? "
        "AND status != 'draft' AND paid_date >= ? AND paid_date <= ?"
    )
    # The program's own query shape: without the kind and the order SQLite's planner
    # picks the state index over the customer's and the floor takes 50 ms.
    overdue = (
        "SELECT i.id, total_gross, credited_amount, due_date, buyer_private, "
        "penalty_interest, p.payment_date, p.amount FROM invoice i LEFT JOIN "
        "invoice_payment p ON p.invoice_id = i.id WHERE i.customer_id = ? AND "
        f"i.kind = 'invoice' AND {_OPEN_WHERE} AND due_date < ? ORDER BY i.id, p.id"
    )

    def bare_card(on: sqlite3.Connection = con) -> None:
        day = today.isoformat()
        on.execute(sums, (since, day, heavy)).fetchall()
        on.execute(paid, (heavy, since, day)).fetchall()
        on.execute(overdue, (heavy, day)).fetchall()
        on.execute(latest, (heavy,)).fetchall()

    def fresh_card() -> None:
        # The program reads on a new connection each time (no pool), cold page cache.
        fresh = sqlite3.connect(services.db.backend.path)
        try:
            bare_card(fresh)
        finally:
            fresh.close()

    cards, card_floors, fresh_floors = [], [], []
    for _round in range(7):  # the best of seven, each the program then its floors
        cards.append(_timed(lambda: invoicing.customer_figures(heavy, today=today)))
        card_floors.append(_timed(bare_card))
        fresh_floors.append(_timed(fresh_card))
    card, card_floor = min(cards), min(card_floors)
    print(f"card floor on a fresh connection, as the program reads: "
          f"{min(fresh_floors) * 1000:.2f} ms")  # fmt: skip
    draft = InvoiceDraft(
        heavy,
        (InvoiceRowData("Konsultointi", Decimal(2), Decimal("85.00"), Decimal("25.5"), "h"),),
        invoice_date=today,
    )

    def bare_transaction() -> None:
        with con:
            con.execute(
                "INSERT INTO invoice_row (invoice_id, position, product_code, description, "
                "quantity, unit, unit_price, discount_percent, vat_percent, goods, "
                "vat_exemption) SELECT invoice_id, position + 100, product_code, description, "
                "quantity, unit, unit_price, discount_percent, vat_percent, goods, "
                "vat_exemption FROM invoice_row LIMIT 1"
            )

    invoicing.create_invoice(draft, today=today)  # the first write compiles its statements
    creates, refreshes, transactions, bare_refreshes = [], [], [], []
    for _ in range(5):
        # Each side reads the card right after its own write, as the file changed under it.
        creates.append(_timed(lambda: invoicing.create_invoice(draft, today=today)))
        refreshes.append(_timed(lambda: invoicing.customer_figures(heavy, today=today)))
        transactions.append(_timed(bare_transaction))
        bare_refreshes.append(_timed(bare_card))
    create, refresh = statistics.median(creates), statistics.median(refreshes)
    one_transaction, refresh_floor = (statistics.median(transactions),
                                      statistics.median(bare_refreshes))  # fmt: skip
    return [
        ("every list line (ids + lines)", listed, bare_all, None),
        ("card of a 2,000-invoice customer", card, card_floor, card_floor * BUDGET_CARD_RATIO),
        ("create one invoice", create, one_transaction, None),
        ("card refresh after it", refresh, refresh_floor, refresh_floor * BUDGET_CARD_RATIO),
    ]


def _report(rows: list[tuple[Any, ...]], memory: float) -> bool:
    ok = memory <= BUDGET_MEMORY_MB
    print(f"{'what':34} {'ms':>9} {'floor ms':>9} {'ratio':>7} {'budget ms':>10}")
    for what, taken, floor, budget in rows:
        ratio = taken / floor if floor > 0 else float("inf")
        within = budget is None or taken <= budget
        ok = ok and within
        shown = "" if budget is None else f"{budget * 1000:10.1f}"
        mark = "" if within else "  OVER"
        print(f"{what:34} {taken * 1000:9.1f} {floor * 1000:9.2f} {ratio:6.1f}× {shown}{mark}")
    print(f"peak memory with the window open, sorted and filtered: {memory:.0f} MB "
          f"(budget {BUDGET_MEMORY_MB:.0f} MB)")  # fmt: skip
    print("within budget" if ok else "OVER BUDGET")
    return ok


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=20_000)
    parser.add_argument("--invoices", type=int, default=200_000)
    parser.add_argument("--sample", type=int, default=SAMPLE)
    parser.add_argument("--build", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.build is not None:
        _build(args.build, args.customers, args.invoices, args.sample)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite3"
        started = time.perf_counter()
        # In a child process, so that this process's peak memory is the program's own.
        subprocess.run(
            [sys.executable, "-m", __spec__.name, "--customers", str(args.customers), "--invoices",
             str(args.invoices), "--sample", str(args.sample), "--build", str(path)],
            check=True,
        )  # fmt: skip
        print(f"built {args.customers} customers and {args.invoices} invoices "
              f"in {time.perf_counter() - started:.1f} s")  # fmt: skip
        app = QApplication.instance() or QApplication([sys.argv[0]])
        today = date.today()
        services = open_services(path)
        con = sqlite3.connect(path)
        try:
            rows = _window_rows(services, con, today)
            window_memory = peak_rss_mb()
            rows += _service_rows(services, con, today)
        finally:
            con.close()
            services.close()
        ok = _report(rows, window_memory)
        print(f"peak memory at the end, after every list line of the register was held at "
              f"once: {peak_rss_mb():.0f} MB")  # fmt: skip
        del app
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
