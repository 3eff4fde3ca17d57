"""The open amount stored with an invoice's totals, and indexes for the invoices window.

Net, VAT, gross, paid and credited amounts are already columns; the open amount joins
them (integer cents) so that lists and the card filter and sum it in SQL. Existing
invoices get it from their stored figures by the rule of ``domain.invoice.open_amount_of``
in one portable statement; ``check`` then compares every stored figure with a
recomputation from the rows and payments.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# (index, columns): each column the invoices window sorts by, and the open invoices by
# state and due date with what the window sums and orders them by.
_INDEXES = (
    ("ix_invoice_due_date", "due_date"),
    ("ix_invoice_open_items", "status, due_date, open_amount, number"),
    ("ix_invoice_buyer_name", "buyer_name"),
    ("ix_invoice_total_gross", "total_gross"),
    ("ix_invoice_open_amount", "open_amount"),
    ("ix_invoice_sent_at", "sent_at"),
)


def upgrade(conn: Connection) -> None:
    """Add and fill ``invoice.open_amount``; index the window's columns (16 → 17)."""
    conn.execute(text("ALTER TABLE invoice ADD COLUMN open_amount BIGINT DEFAULT '0' NOT NULL"))
    conn.execute(
        text(
            "UPDATE invoice SET open_amount = CASE "
            "WHEN kind = 'invoice' AND status IN ('sent', 'partly_paid') "
            "AND total_gross - credited_amount - paid_amount > 0 "
            "THEN total_gross - credited_amount - paid_amount ELSE 0 END"
        )
    )
    for name, columns in _INDEXES:
        conn.execute(text(f"CREATE INDEX {name} ON invoice ({columns})"))


__all__ = ["upgrade"]
