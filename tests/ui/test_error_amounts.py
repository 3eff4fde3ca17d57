"""Amounts in messages are written with the decimal mark of the user's language."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.reference_payment_file import read_reference_file
from asiakasrekisteri.ui.i18n import Translators, error_text
from tests.services.banking.conftest import DATA


@pytest.fixture
def translators(qapp: QApplication) -> Iterator[Translators]:
    """Translators taken out again afterwards, with the locale the other tests had."""
    locale = QLocale()
    found = Translators()
    yield found
    found.remove(qapp)
    QLocale.setDefault(locale)


def damaged_file_error() -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        read_reference_file((DATA / "viitesiirto_wrong_totals.txt").read_bytes())
    assert isinstance(caught.value.params["amount"], Decimal)
    return caught.value


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("fi", "2 maksua, 50,30 €"),
        ("sv", "2 betalningar på 50,30 €"),
        ("en", "2 payments of 50.30 €"),
    ],
)
def test_a_bank_files_totals_are_written_as_the_language_writes_amounts(
    qapp: QApplication, translators: Translators, language: str, expected: str
) -> None:
    translators.install(qapp, language)
    assert expected in error_text(damaged_file_error())
