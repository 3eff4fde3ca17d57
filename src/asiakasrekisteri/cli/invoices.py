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

from asiakasrekisteri.cli import delivery
from asiakasrekisteri.cli.common import (
    RECORD_ID,
    Parser,
    UsageError,
    money_text,
    output_file,
    set_command,
)
from asiakasrekisteri.domain.crediting import CreditRequest, RowCredit, with_vat
from asiakasrekisteri.domain.enums import CHOOSABLE_TREATMENTS, VatExemption, VatTreatment
from asiakasrekisteri.domain.errors import InvalidFormat, ValidationError
from asiakasrekisteri.domain.interest import ReferenceRateUnknown
from asiakasrekisteri.domain.invoice import InvoiceRecord, InvoiceRowData, ProductData
from asiakasrekisteri.domain.money import parse_money, parse_percent
from asiakasrekisteri.domain.text_values import parse_decimal
from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.invoicing import InvoiceQuery
from asiakasrekisteri.services.products import ProductService


def _percent_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def _vat_json(record: InvoiceRecord) -> dict[str, Any]:
    """The invoice's VAT: treatment, legal wordings, each row's category, the breakdown."""
    return {
        "vat_treatment": record.applied_treatment.value,
        "vat_notes": list(record.vat_notes),
        "rows": [
            {
                "description": row.description,
                "quantity": _percent_text(row.quantity),
                "unit_price": money_text(row.unit_price),
                "discount_percent": _percent_text(row.discount_percent),
                "goods": row.goods,
                "vat_exemption": row.vat_exemption.value if row.vat_exemption else None,
                "household_work": row.household_work,
                "vat_category": row_vat.category.value,
                "vat_percent": _percent_text(row_vat.rate),
                "net": money_text(line.net),
            }
            for row, row_vat, line in zip(
                record.rows, record.row_vats, record.totals.lines, strict=True
            )
        ],
        "vat_breakdown": [
            {
                "vat_percent": _percent_text(group.rate),
                "vat_category": group.category.value,
                "vat_exemption": group.exemption.value if group.exemption else None,
                "net": money_text(group.net),
                "vat": money_text(group.vat),
            }
            for group in record.vat_groups()
        ],
    }


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
        "credited_amount": money_text(record.credited_amount),
        "refund_due": money_text(record.refund_due),
        "refunded_amount": money_text(record.refunded_amount),
        "prices_include_vat": record.prices_include_vat,
        "household_work": _labour_json(record),
        "virtual_barcode": record.virtual_barcode,
        **_vat_json(record),
    }


def _labour_json(record: InvoiceRecord) -> dict[str, Any] | None:
    """The work that qualifies for the household tax credit, and the seller's status."""
    labour = record.household_labour
    if labour is None:
        return None
    return {
        "gross": money_text(labour.gross),
        "vat": money_text(labour.vat),
        "net": money_text(labour.net),
        "seller_prepayment_registered": record.seller.prepayment_registered,
    }


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text}") from None


def _add_create(isub: Any) -> None:
    """``invoice create``: rows typed or of products, each with its VAT facts."""
    c = isub.add_parser("create", help="create (and finalise) an invoice; prints its number")
    c.add_argument("--customer", required=True, metavar="NUMBER")
    c.add_argument(
        "--row", action="append", default=[],
        metavar="DESCRIPTION;QTY;UNIT_PRICE;VAT_PERCENT[;FIELD...]",
        help="a row; fields after the rate: goods or services, work (household tax credit), "
        f"discount=PERCENT, exempt=REASON ({', '.join(e.value for e in VatExemption)}), "
        "unit=TEXT",
    )  # fmt: skip
    c.add_argument(
        "--vat-included", action="store_true",
        help="unit prices include VAT (as consumers are shown prices); products' prices are "
        "converted",
    )  # fmt: skip
    c.add_argument(
        "--product", action="append", default=[], metavar="CODE[;QTY][;FIELD...]",
        help="a row of a product; the same fields as --row",
    )  # fmt: skip
    c.add_argument(
        "--goods", action="store_true",
        help="rows that do not say are goods, not services (abroad: intra-Community supply, "
        "export)",
    )  # fmt: skip
    c.add_argument(
        "--treatment", choices=[t.value for t in CHOOSABLE_TREATMENTS],
        help="the invoice's VAT treatment (default the customer's)",
    )  # fmt: skip
    c.add_argument("--date", type=_date, help="invoice date (default today)")
    c.add_argument("--delivery-date", type=_date, help="delivery date (default invoice date)")
    c.add_argument("--due-days", type=int, help="payment term in days")
    c.add_argument("--your-reference", default=None)
    c.add_argument("--draft", action="store_true", help="save as a draft without a number")
    set_command(c, _cmd_create, writes=True)


def _add_credit(isub: Any) -> None:
    """``invoice credit`` (in full, rows or an amount) and ``invoice refund``."""
    c = isub.add_parser(
        "credit", help="credit an invoice (all that is left, rows or an amount); prints the "
        "credit note number and any refund owed",
    )  # fmt: skip
    c.add_argument("number")
    c.add_argument(
        "--row", action="append", default=[], metavar="N[:QTY]",
        help="credit row N (1 = the first), all that is left of it or QTY of it",
    )  # fmt: skip
    c.add_argument("--amount", help="credit this amount with VAT, split over the VAT rates")
    c.add_argument("--description", default="", help="the text of an amount credit's rows")
    c.add_argument("--date", type=_date, help="the credit note's date (default today)")
    set_command(c, _cmd_credit, writes=True)
    c = isub.add_parser("refund", help="record money paid back to the customer on an invoice")
    c.add_argument("number")
    c.add_argument("--amount", required=True)
    c.add_argument("--date", type=_date, help="the day it was paid out (default today)")
    set_command(c, _cmd_refund, writes=True)


def register(sub: Any) -> None:
    """Add ``invoice`` and ``product`` to the main parser."""
    p = sub.add_parser("invoice", help="create, list, print and settle invoices")
    isub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    _add_create(isub)
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
                "--finvoice", metavar="FILE",
                help="write the reminder also as a Finvoice e-invoice (the customer needs "
                "an e-invoice address)",
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
    _add_credit(isub)
    c = isub.add_parser("finalise", help="finalise a draft by its id; prints the number")
    c.add_argument("draft_id", type=RECORD_ID)
    set_command(c, _cmd_finalise, writes=True)
    delivery.register_invoice_commands(isub)

    p = sub.add_parser("product", help="products and services")
    psub = p.add_subparsers(dest="action", required=True, parser_class=Parser)
    c = psub.add_parser("add", help="add or replace a product")
    c.add_argument("code")
    c.add_argument("name")
    c.add_argument("--price", required=True, help="unit price without VAT, e.g. 12,50")
    c.add_argument("--vat", required=True, help="VAT percent, e.g. 25,5")
    c.add_argument("--unit", default="")
    c.add_argument("--goods", action="store_true", help="goods, not services")
    c.add_argument(
        "--work", action="store_true",
        help="work that qualifies for the household tax credit (kotitalousvähennys)",
    )  # fmt: skip
    c.add_argument(
        "--exempt", choices=[e.value for e in VatExemption],
        help="sold without VAT by law, for this reason (the VAT rate is then 0)",
    )  # fmt: skip
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


def _rate_missing(exc: ReferenceRateUnknown) -> UsageError:
    """The one line that tells how to add a missing half-year's reference rate."""
    start = exc.half_year.isoformat()
    return UsageError(
        f"the reference rate of the half-year starting {start} is not in the table (Suomen "
        f"Pankki publishes it); add it: asiakasrekisteri settings reference-rate add {start} "
        "RATE"
    )


def _cmd_remind(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    day = args.date or date.today()
    if day > date.today():
        raise UsageError(f"--date {day.isoformat()} is in the future")
    invoicing = services.invoicing
    record = invoicing.get_by_number(args.number)
    finvoice_target = output_file(args, args.finvoice) if args.finvoice else None
    if finvoice_target is not None and not record.buyer.einvoice_address:
        raise UsageError(
            f"{record.buyer.name} has no e-invoice address; leave out --finvoice and send the PDF"
        )
    try:
        reminder, data = invoicing.create_reminder(
            record.id, today=day, claim_compensation=args.compensation
        )
    except ReferenceRateUnknown as exc:
        raise _rate_missing(exc) from exc
    write_atomically(target, data)
    if finvoice_target is not None:
        write_atomically(finvoice_target, invoicing.reminder_finvoice(record.id, reminder.id))
    return 0


def _cmd_statement(services: Services, args: argparse.Namespace) -> int:
    target = output_file(args, args.output)
    customer = services.customers.get_by_number(args.number)
    try:
        data = services.invoicing.statement_pdf(customer.id)
    except ReferenceRateUnknown as exc:
        raise _rate_missing(exc) from exc
    write_atomically(target, data)
    return 0


# --- invoice ---------------------------------------------------------------------------


_KINDS = {"goods": True, "services": False}
_WORK = "work"
_FIELD_KEYS = ("discount", "exempt", "unit")


def _split_fields(option: str, text: str, minimum: int) -> tuple[list[str], dict[str, str]]:
    """The positional parts of a ``--row``/``--product`` and its trailing fields.

    A field is ``goods``, ``services`` or ``KEY=VALUE``; fields come after the positional
    parts, so a description may itself hold a ";".
    """
    parts = text.split(";")
    fields: dict[str, str] = {}
    while len(parts) > minimum:
        token = parts[-1].strip()
        key, sep, value = token.partition("=")
        if token.lower() in _KINDS:
            fields["kind"] = token.lower()
        elif token.lower() == _WORK:
            fields[_WORK] = "yes"
        elif sep and key.strip().lower() in _FIELD_KEYS:
            fields[key.strip().lower()] = value.strip()
        elif sep and key.strip().isidentifier():
            raise UsageError(
                f"{option} “{text}”: unknown field “{key.strip()}” (use goods, services, work, "
                f"{', '.join(k + '=' for k in _FIELD_KEYS)})"
            )
        else:
            break
        parts.pop()
    return parts, fields


def _apply_fields(
    option: str, text: str, row: InvoiceRowData, fields: dict[str, str], goods: bool
) -> InvoiceRowData:
    """``row`` with its fields applied; ``goods`` for a row that says neither kind."""
    kind = fields.get("kind")
    exemption = row.vat_exemption
    try:
        discount = parse_percent(fields["discount"]) if "discount" in fields else None
        if "exempt" in fields:
            exemption = VatExemption(fields["exempt"].lower())
    except ValidationError as exc:
        raise UsageError(f"{option} “{text}”: {exc.message}") from exc
    except ValueError:
        raise UsageError(
            f"{option} “{text}”: exempt= is one of {', '.join(e.value for e in VatExemption)}"
        ) from None
    return replace(
        row,
        goods=_KINDS[kind] if kind is not None else (row.goods or goods),
        vat_exemption=exemption,
        discount_percent=discount if discount is not None else row.discount_percent,
        unit=fields.get("unit", row.unit),
        household_work=row.household_work or _WORK in fields,
    )


def _parse_row(text: str, discount: Decimal, goods: bool) -> InvoiceRowData:
    parts, fields = _split_fields("--row", text, 4)
    if len(parts) < 4:
        raise UsageError(
            f"--row needs DESCRIPTION;QTY;UNIT_PRICE;VAT_PERCENT[;FIELD...], got “{text}”"
        )
    description, qty, price, vat_text = ";".join(parts[:-3]), *parts[-3:]
    try:
        quantity = parse_decimal(qty)
        if quantity is None:
            raise InvalidFormat("the quantity is missing")
        row = InvoiceRowData(
            description=description,
            quantity=quantity,
            unit_price=parse_money(price),
            vat_percent=parse_percent(vat_text),
            discount_percent=discount,
        )
    except ValidationError as exc:
        raise UsageError(f"--row “{text}”: {exc.message}") from exc
    return _apply_fields("--row", text, row, fields, goods)


def _product_row(
    products: ProductService, text: str, discount: Decimal, goods: bool
) -> InvoiceRowData:
    parts, fields = _split_fields("--product", text, 1)
    if len(parts) > 2:
        raise UsageError(f"--product needs CODE[;QTY][;FIELD...], got “{text}”")
    product = products.get_by_code(parts[0])
    qty = parts[1] if len(parts) == 2 else ""
    try:
        quantity = parse_decimal(qty) if qty.strip() else Decimal(1)
    except ValidationError as exc:
        raise UsageError(f"--product “{text}”: {exc.message}") from exc
    row = InvoiceRowData(
        description=product.name,
        quantity=Decimal(1) if quantity is None else quantity,
        unit_price=product.unit_price,
        vat_percent=product.vat_percent,
        unit=product.unit,
        discount_percent=discount,
        product_code=product.code,
        goods=product.goods,
        vat_exemption=product.vat_exemption,
        household_work=product.household_work,
    )
    return _apply_fields("--product", text, row, fields, goods)


def _cmd_create(services: Services, args: argparse.Namespace) -> int:
    service = services.invoicing
    customer = services.customers.get_by_number(args.customer)
    today = args.date or date.today()
    draft = service.new_draft(customer.id, today=today)
    discount = customer.data.discount_percent
    rows = [_parse_row(text, discount, args.goods) for text in args.row]
    products = [_product_row(services.products, text, discount, args.goods)
                for text in args.product]  # fmt: skip
    if args.vat_included:
        products = [with_vat(row) for row in products]
    rows += products
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
        vat_treatment=VatTreatment(args.treatment) if args.treatment else draft.vat_treatment,
        # Rows typed here are VAT-exclusive unless said otherwise, as they always were.
        prices_include_vat=args.vat_included,
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


def _row_credit(text: str) -> RowCredit:
    """``N`` or ``N:QTY`` of ``--row``."""
    number, _sep, qty = text.partition(":")
    try:
        index = int(number.strip()) - 1
        quantity = parse_decimal(qty) if qty.strip() else None
    except (ValueError, ValidationError):
        raise UsageError(f"--row needs N or N:QTY, got “{text}”") from None
    if index < 0:
        raise UsageError(f"--row: rows are numbered from 1, got “{text}”")
    return RowCredit(index, quantity)


def _cmd_credit(services: Services, args: argparse.Namespace) -> int:
    service = services.invoicing
    if args.row and args.amount:
        raise UsageError("give --row or --amount, not both")
    try:
        amount = parse_money(args.amount) if args.amount else None
    except ValidationError as exc:
        raise UsageError(f"--amount: {exc.message}") from exc
    request = CreditRequest(
        rows=tuple(_row_credit(text) for text in args.row),
        amount=amount,
        description=args.description,
    )
    original = service.get_by_number(args.number)
    note = service.credit(original.id, request, today=args.date)
    print(note.number)
    owed = service.get(original.id).refund_due
    if owed > 0:
        print(
            f"refund owed to {original.buyer.name}: {money_text(owed)} (record it with: "
            f"asiakasrekisteri invoice refund {original.number} --amount {money_text(owed)})",
            file=sys.stderr,
        )
    return 0


def _cmd_refund(services: Services, args: argparse.Namespace) -> int:
    service = services.invoicing
    record = service.get_by_number(args.number)
    try:
        amount = parse_money(args.amount)
    except ValidationError as exc:
        raise UsageError(f"--amount: {exc.message}") from exc
    after = service.record_refund(record.id, amount, refund_date=args.date)
    print(f"{after.number} refunded {money_text(after.refunded_amount)} "
          f"still owed {money_text(after.refund_due)}")  # fmt: skip
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
            goods=args.goods,
            vat_exemption=VatExemption(args.exempt) if args.exempt else None,
            household_work=args.work,
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
                "goods": p.goods,
                "vat_exemption": p.vat_exemption.value if p.vat_exemption else None,
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
