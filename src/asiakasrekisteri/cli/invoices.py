"""Invoicing: ``invoice …`` and ``product …``.

Errors follow the command line's rule: one line, exit status 2, and nothing written.
Files are written only after everything else succeeded, and atomically.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import Any

from asiakasrekisteri.cli.common import (
    RECORD_ID,
    Parser,
    UsageError,
    money_text,
    output_file,
    set_command,
)
from asiakasrekisteri.domain.customer import parse_decimal
from asiakasrekisteri.domain.errors import InvalidFormat, ValidationError
from asiakasrekisteri.domain.invoice import InvoiceRecord, InvoiceRowData, ProductData
from asiakasrekisteri.domain.money import parse_money, parse_percent
from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.invoicing import InvoiceQuery
from asiakasrekisteri.services.products import ProductService


def invoice_to_json(record: InvoiceRecord, today: date) -> dict[str, Any]:
    """The documented JSON shape of one invoice (``invoice list --json``)."""
    return {
        "id": record.id,
        "number": record.number,
        "kind": record.kind.value,
        "customer_number": record.buyer.customer_number,
        "date": record.invoice_date.isoformat(),
        "delivery_date": record.delivery_date.isoformat() if record.delivery_date else None,
        "due_date": record.due_date.isoformat(),
        "reference": record.reference,
        "total": money_text(record.total),
        "vat_total": money_text(record.vat_total),
        "paid_amount": money_text(record.paid_amount),
        "open_amount": money_text(record.open_amount),
        "status": record.status.value,
        "overdue": record.is_overdue(today),
        "credit_of": record.credit_of_number,
        "virtual_barcode": record.virtual_barcode,
    }


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def register(sub: Any) -> None:
    """Add ``invoice`` and ``product`` to the main parser."""
    p = sub.add_parser("invoice", help="create, list, print and settle invoices")
    isub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = isub.add_parser("create", help="create (and finalise) an invoice; prints its number")
    c.add_argument("--customer", required=True, metavar="NUMBER")
    c.add_argument(
        "--row", action="append", default=[], metavar="DESCRIPTION;QTY;UNIT_PRICE;VAT_PERCENT"
    )
    c.add_argument("--product", action="append", default=[], metavar="CODE[;QTY]")
    c.add_argument("--date", type=_date, help="invoice date (default today)")
    c.add_argument("--delivery-date", type=_date, help="delivery date (default invoice date)")
    c.add_argument("--due-days", type=int, help="payment term in days")
    c.add_argument("--your-reference", default=None)
    c.add_argument("--draft", action="store_true", help="save as a draft without a number")
    set_command(c, _cmd_create, writes=True)
    c = isub.add_parser("list", help="list invoices")
    c.add_argument("--customer", metavar="NUMBER")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_list, writes=False)
    file_commands = (
        ("pdf", "write the invoice as PDF", _cmd_pdf, False),
        ("finvoice", "write the invoice as Finvoice 3.0 XML", _cmd_finvoice, False),
        ("remind", "write a payment reminder PDF and record it", _cmd_remind, True),
        (
            "statement",
            "write a customer statement PDF (NUMBER = customer number)",
            _cmd_statement,
            False,
        ),
    )
    for name, help_text, handler, writes in file_commands:
        c = isub.add_parser(name, help=help_text)
        c.add_argument("number")
        c.add_argument("-o", "--output", required=True, metavar="FILE")
        set_command(c, handler, writes=writes)
        if name == "remind":
            c.add_argument(
                "--date", type=_date, help="the reminder's date, e.g. of a paper reminder "
                "sent earlier (default today)",
            )  # fmt: skip
            c.add_argument(
                "--compensation", action="store_true",
                help="claim the fixed 40 € compensation for recovery costs (business debts)",
            )  # fmt: skip
    c = isub.add_parser("pay", help="record a payment")
    c.add_argument("number")
    c.add_argument("--amount", required=True)
    c.add_argument("--date", type=_date)
    set_command(c, _cmd_pay, writes=True)
    c = isub.add_parser("credit", help="credit an invoice in full; prints the credit note number")
    c.add_argument("number")
    set_command(c, _cmd_credit, writes=True)
    c = isub.add_parser("finalise", help="finalise a draft by its id; prints the number")
    c.add_argument("draft_id", type=RECORD_ID)
    set_command(c, _cmd_finalise, writes=True)

    p = sub.add_parser("product", help="products and services")
    psub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = psub.add_parser("add", help="add or replace a product")
    c.add_argument("code")
    c.add_argument("name")
    c.add_argument("--price", required=True, help="unit price without VAT, e.g. 12,50")
    c.add_argument("--vat", required=True, help="VAT percent, e.g. 25,5")
    c.add_argument("--unit", default="")
    set_command(c, _cmd_product_add, writes=True)
    c = psub.add_parser("list", help="list products")
    c.add_argument("--json", action="store_true")
    set_command(c, _cmd_product_list, writes=False)


# --- files -----------------------------------------------------------------------------


def _cmd_pdf(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    invoicing = services.invoicing
    write_atomically(target, invoicing.invoice_pdf(invoicing.get_by_number(args.number).id))
    return 0


def _cmd_finvoice(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    invoicing = services.invoicing
    write_atomically(target, invoicing.finvoice_xml(invoicing.get_by_number(args.number).id))
    return 0


def _cmd_remind(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    day = args.date or date.today()
    if day > date.today():
        raise UsageError(f"--date {day.isoformat()} is in the future")
    invoicing = services.invoicing
    _reminder, data = invoicing.create_reminder(
        invoicing.get_by_number(args.number).id, today=day, claim_compensation=args.compensation
    )
    write_atomically(target, data)
    return 0


def _cmd_statement(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    customer = services.customers.get_by_number(args.number)
    write_atomically(target, services.invoicing.statement_pdf(customer.id))
    return 0


# --- invoice ---------------------------------------------------------------------------


def _parse_row(text: str, discount: Decimal) -> InvoiceRowData:
    parts = text.rsplit(";", 3)
    if len(parts) != 4:
        raise UsageError(f"--row needs DESCRIPTION;QTY;UNIT_PRICE;VAT_PERCENT, got “{text}”")
    description, qty, price, vat_text = parts
    try:
        quantity = parse_decimal(qty)
        if quantity is None:
            raise InvalidFormat("the quantity is missing")
        return InvoiceRowData(
            description=description,
            quantity=quantity,
            unit_price=parse_money(price),
            vat_percent=parse_percent(vat_text),
            discount_percent=discount,
        )
    except ValidationError as exc:
        raise UsageError(f"--row “{text}”: {exc.message}") from exc


def _product_row(products: ProductService, text: str, discount: Decimal) -> InvoiceRowData:
    code, _, qty = text.partition(";")
    product = products.get_by_code(code)
    quantity = parse_decimal(qty) if qty.strip() else Decimal(1)
    return InvoiceRowData(
        description=product.name,
        quantity=Decimal(1) if quantity is None else quantity,
        unit_price=product.unit_price,
        vat_percent=product.vat_percent,
        unit=product.unit,
        discount_percent=discount,
        product_code=product.code,
    )


def _cmd_create(services: Services, args: argparse.Namespace) -> int:
    service = services.invoicing
    customer = services.customers.get_by_number(args.customer)
    today = args.date or date.today()
    draft = service.new_draft(customer.id, today=today)
    discount = customer.data.discount_percent
    rows = [_parse_row(text, discount) for text in args.row]
    rows += [_product_row(services.products, text, discount) for text in args.product]
    if not rows:
        raise UsageError("give at least one --row or --product")
    due_days = args.due_days if args.due_days is not None else draft.payment_term_days
    your_reference = args.your_reference
    draft = replace(
        draft,
        rows=tuple(rows),
        invoice_date=today,
        delivery_date=args.delivery_date or today,
        due_date=None,
        payment_term_days=due_days,
        your_reference=draft.your_reference if your_reference is None else your_reference,
    )
    record = service.create_invoice(draft, finalise=not args.draft, today=today)
    print(record.number if record.number is not None else f"draft {record.id}")
    return 0


def _cmd_list(services: Services, args: argparse.Namespace) -> int:
    customer_id = None
    if args.customer:
        customer_id = services.customers.get_by_number(args.customer).id
    records = services.invoicing.list_invoices(InvoiceQuery(customer_id=customer_id))
    today = date.today()
    if args.json:
        out = [invoice_to_json(r, today) for r in records]
        json.dump(out, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
        return 0
    for r in records:
        number = str(r.number) if r.number is not None else f"(draft {r.id})"
        status = "overdue" if r.is_overdue(today) else r.status.value
        print(
            f"{number:>10}  {r.invoice_date.isoformat()}  {r.buyer.name:<30.30}  "
            f"{money_text(r.total):>12}  {money_text(r.open_amount):>12}  {status}"
        )
    print(f"{len(records)} invoices")
    return 0


def _cmd_finalise(services: Services, args: argparse.Namespace) -> int:
    print(services.invoicing.finalise(args.draft_id).number)
    return 0


def _cmd_pay(services: Services, args: argparse.Namespace) -> int:
    service = services.invoicing
    record = service.get_by_number(args.number)
    try:
        amount = parse_money(args.amount)
    except ValidationError as exc:
        raise UsageError(f"--amount: {exc.message}") from exc
    result = service.record_payment(record.id, amount, args.date)
    invoice = result.invoice
    print(f"{invoice.number} {invoice.status.value} open {money_text(invoice.open_amount)}")
    if result.overpaid:
        print(
            f"warning: invoice {invoice.number} is overpaid by "
            f"{money_text(invoice.overpaid_amount)}",
            file=sys.stderr,
        )
    return 0


def _cmd_credit(services: Services, args: argparse.Namespace) -> int:
    service = services.invoicing
    print(service.credit(service.get_by_number(args.number).id).number)
    return 0


# --- product ---------------------------------------------------------------------------


def _cmd_product_add(services: Services, args: argparse.Namespace) -> int:
    # A price or rate the domain refuses is reported with the domain's own (translated) text.
    price = parse_money(args.price)
    rate = parse_percent(args.vat)
    service = services.products
    existing = {p.code: p.id for p in service.list(include_inactive=True)}
    saved = service.save(
        ProductData(
            code=args.code,
            name=args.name,
            unit=args.unit,
            unit_price=price,
            vat_percent=rate,
            id=existing.get(args.code.strip()),
        )
    )
    print(saved.code)
    return 0


def _cmd_product_list(services: Services, args: argparse.Namespace) -> int:
    products = services.products.list(include_inactive=True)
    if args.json:
        out = [
            {
                "code": p.code,
                "name": p.name,
                "unit": p.unit,
                "unit_price": money_text(p.unit_price),
                "vat_percent": f"{p.vat_percent.normalize():f}",
                "active": p.active,
            }
            for p in products
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    for p in products:
        print(f"{p.code:<12} {p.name:<40.40} {money_text(p.unit_price):>10} {p.unit}")
    return 0


__all__ = ["invoice_to_json", "register"]
