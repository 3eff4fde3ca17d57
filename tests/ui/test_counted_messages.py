"""Counts in messages take the plural form of the user's language ("1 lasku", "3 laskua")."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from asiakasrekisteri.domain.errors import Count, Counts
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.errors import RuleViolation
from asiakasrekisteri.services.spreadsheets import Reason
from asiakasrekisteri.ui.i18n import count_text, error_text
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import reason_text
from tests.conftest import make_customer
from tests.ui.catalogues import installed_catalogue


@pytest.mark.parametrize(
    ("language", "one", "three"),
    [("fi", "1 lasku", "3 laskua"), ("sv", "1 faktura", "3 fakturor")],
)
def test_a_refusal_counts_in_the_users_language(
    qapp: QApplication,
    tmp_path: Path,
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
    language: str,
    one: str,
    three: str,
) -> None:
    record = customers.create(make_customer(name="Kalle Ek"))
    kept = {"n": 1}
    monkeypatch.setitem(
        customers.dependents.retention_counters,
        "invoices",
        lambda s, ids: dict.fromkeys(ids, kept["n"]),
    )
    with installed_catalogue(tmp_path, language):
        for n, expected in ((1, one), (3, three)):
            kept["n"] = n
            with pytest.raises(RuleViolation) as caught:
                customers.delete(record.id)
            text = error_text(caught.value)
            assert expected in text
            assert "invoice" not in text and "{" not in text
        invoices = Counts.of([Count("%n invoice(s)", 1)])
        reason = Reason("Has records that must be kept ({what}).", what=invoices)
        assert one in reason_text(reason)
        assert "invoices" not in reason_text(reason)
        assert count_text(Count("%n credit record(s)", 2)) != "2 credit records"
