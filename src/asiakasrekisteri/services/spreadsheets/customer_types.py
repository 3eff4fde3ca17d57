"""The customer type of rows that do not give it: inferred from the row, or chosen by the user.

The type decides interest rates and fee caps, so a register without a type column must not
make every row a company. :func:`~asiakasrekisteri.domain.names.guess_customer_type` weighs
the evidence; here each guess becomes a translatable :class:`~.reasons.Reason` that the
preview shows beside the type, and the user's own choices are laid over the plan's rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from functools import lru_cache
from typing import Any

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.names import Evidence, guess_customer_type
from asiakasrekisteri.services.spreadsheets.plan import TYPE_INDEX, PlannedRow
from asiakasrekisteri.services.spreadsheets.reasons import Reason


@lru_cache(maxsize=8192)  # the same few words and domains over thousands of rows
def type_reason(evidence: Evidence, word: str = "", domain: str = "") -> Reason:
    """Why a row's type was inferred, as the preview says it."""
    if evidence is Evidence.BUSINESS_ID:
        return Reason("Company: the row has a Y-tunnus.")
    if evidence is Evidence.VAT_ID:
        return Reason("Company: the row has a VAT number.")
    if evidence is Evidence.COMPANY_FORM:
        return Reason("Company: the name has the company form “{word}”.", word=word)
    if evidence is Evidence.BUSINESS_WORD:
        return Reason("Company: the name has the trade word “{word}”.", word=word)
    if evidence is Evidence.PERSON_COLUMNS:
        return Reason("Private person: the first and last names are in columns of their own.")
    if evidence is Evidence.FIRST_NAME:
        return Reason("Private person: “{word}” is a first name.", word=word)
    if evidence is Evidence.FIRST_NAME_AND_EMAIL:
        return Reason(
            "Private person: “{word}” is a first name and {domain} is a consumer e-mail service.",
            word=word,
            domain=domain,
        )
    if evidence is Evidence.CONSUMER_EMAIL:
        return Reason("Private person: {domain} is a consumer e-mail service.", domain=domain)
    return Reason("Company: nothing in the row shows a private person.")


CHOSEN = Reason("Chosen by you.")
"""The reason of a type the user set in the import."""


def inferred(fields: dict[str, Any], person_columns: bool) -> Reason:
    """Set the type that a card's name, identifiers and e-mail point to; return why.

    ``fields`` are the card's fields by name, as validated (the card is made after).
    """
    guess = guess_customer_type(
        fields["name"],
        business_id=fields["business_id"],
        vat_id=fields["vat_id"],
        emails=fields["email"],
        person_columns=person_columns,
    )
    fields["customer_type"] = guess.customer_type
    return type_reason(guess.evidence, guess.word, guess.domain)


def with_customer_types(
    rows: Sequence[PlannedRow], types: Mapping[int, CustomerType]
) -> tuple[PlannedRow, ...]:
    """The rows with the types the user chose (spreadsheet row number → type).

    A chosen type counts as given by the row: an update overwrites the register's type
    with it.
    """
    if not types:
        return tuple(rows)
    out = []
    for row in rows:
        chosen = types.get(row.row)
        if chosen is not None and row.card is not None:
            card = list(row.card)
            card[TYPE_INDEX] = chosen
            row = replace(
                row,
                card=tuple(card),
                provided=row.provided | {"customer_type"},
                type_reason=CHOSEN,
            )
        out.append(row)
    return tuple(out)


__all__ = ["CHOSEN", "inferred", "type_reason", "with_customer_types"]
