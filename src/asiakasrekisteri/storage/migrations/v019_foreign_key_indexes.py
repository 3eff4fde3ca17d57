"""Indexes on the foreign keys that had none, so that deleting a parent row is a lookup.

A deleted customer, office, contact person or custom field makes the database find the
rows referring to it (to set them to NULL or delete them). Without an index on the
referring column that was a scan of the whole table per deleted row: undoing an import
of 50,000 customers ran for many minutes. References that most rows leave empty are
indexed only where set, so the index costs an import of new customers nothing.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

# (index, table, column, only where set)
_INDEXES = (
    ("ix_customer_alt_billing_customer_id", "customer", "alt_billing_customer_id", True),
    ("ix_invoice_office_id", "invoice", "office_id", True),
    ("ix_invoice_contact_id", "invoice", "contact_id", True),
    ("ix_custom_field_value_definition_id", "custom_field_value", "definition_id", False),
)


def upgrade(conn: Connection) -> None:
    """Index the four unindexed foreign keys (version 18 → 19).

    Indexes already there are left as they are, so that the step can run again on a
    register that has them (when the steps from an earlier version are repeated).
    """
    for name, table, column, partial in _INDEXES:
        where = f" WHERE {column} IS NOT NULL" if partial else ""
        conn.execute(text(f"CREATE INDEX IF NOT EXISTS {name} ON {table} ({column}){where}"))


__all__ = ["upgrade"]
