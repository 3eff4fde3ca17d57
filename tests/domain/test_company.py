"""Own company settings: the further bank accounts (issue 4, item 1: "IBAN(s) and BIC")."""

from __future__ import annotations

import pytest

from asiakasrekisteri.domain.company import (
    InvoiceSettings,
    apply_settings_values,
    split_account,
    validate_settings,
)
from asiakasrekisteri.domain.errors import FieldErrors


def test_accounts_are_normalised_with_or_without_bic() -> None:
    clean = validate_settings(
        InvoiceSettings(
            other_accounts=(
                "fi58 1017 1000 0001 22 ndeafihh",
                "",
                "DE89 3704 0044 0532 0130 00",
                "FI4950009420028730 okoyfihh",
            )
        )
    )
    assert clean.other_accounts == (
        "FI5810171000000122 NDEAFIHH",
        "DE89370400440532013000",
        "FI4950009420028730 OKOYFIHH",
    )


def test_split_account() -> None:
    assert split_account("FI21 1234 5600 0007 85 NDEAFIHH") == (
        "FI21 1234 5600 0007 85",
        "NDEAFIHH",
    )
    assert split_account("  FI2112345600000785  ") == ("FI2112345600000785", "")
    assert split_account("DE89370400440532013000 COBADEFFXXX") == (
        "DE89370400440532013000",
        "COBADEFFXXX",
    )


@pytest.mark.parametrize(
    ("account", "code"),
    [
        ("FI21 1234 5600 0007 86", "iban.checksum"),
        ("FI21 1234", "iban.length"),
        ("FI5810171000000122 NDEAXXHH", "bic.format"),
    ],
)
def test_bad_account_is_a_field_error(account: str, code: str) -> None:
    with pytest.raises(FieldErrors) as info:
        validate_settings(InvoiceSettings(other_accounts=("FI5810171000000122", account)))
    error = info.value.errors["other_accounts"]
    assert error.code == code and error.field == "other_accounts"


def test_cli_syntax_separates_accounts_with_semicolons() -> None:
    settings = apply_settings_values(
        InvoiceSettings(), {"other_accounts": "FI5810171000000122 NDEAFIHH; DE89370400440532013000"}
    )
    assert settings.other_accounts == ("FI5810171000000122 NDEAFIHH", "DE89370400440532013000")
    assert apply_settings_values(settings, {"other_accounts": ""}).other_accounts == ()


def test_at_most_three_other_accounts() -> None:
    four = (
        "FI5810171000000122",
        "FI4950009420028730",
        "DE89370400440532013000",
        "FI2112345600000785",
    )
    assert len(validate_settings(InvoiceSettings(other_accounts=four[:3])).other_accounts) == 3
    with pytest.raises(FieldErrors) as info:
        validate_settings(InvoiceSettings(other_accounts=four))
    assert info.value.errors["other_accounts"].code == "other_accounts.too_many"
