"""The typed domain errors: stable codes, message templates and their parameters."""

from __future__ import annotations

import pytest

from asiakasrekisteri.domain.errors import (
    DomainError,
    FieldErrors,
    InvalidChecksum,
    InvalidFormat,
    InvalidLength,
    RequiredValue,
    ValidationError,
)


@pytest.mark.parametrize(
    ("cls", "code", "template"),
    [
        (ValidationError, "invalid", "The value is not valid."),
        (InvalidFormat, "format", "The value has the wrong format."),
        (InvalidLength, "length", "The value has the wrong length."),
        (
            InvalidChecksum,
            "checksum",
            "The check digit does not match; check the number for typing errors.",
        ),
        (RequiredValue, "required", "This field is required."),
    ],
)
def test_an_error_without_arguments_has_its_class_code_and_message(
    cls: type[ValidationError], code: str, template: str
) -> None:
    error = cls()
    assert (error.code, error.template, error.message) == (code, template, template)
    assert str(error) == template
    assert error.params == {} and error.field is None
    assert isinstance(error, DomainError) and isinstance(error, ValueError)


def test_template_and_code_are_per_error_and_filled_with_params() -> None:
    error = InvalidFormat(
        "Give a value from {low} to {high}.", code="payment_term_days.range", low=0, high=365
    )
    assert error.code == "payment_term_days.range"
    assert error.template == "Give a value from {low} to {high}."
    assert error.params == {"low": 0, "high": 365}
    assert error.message == str(error) == "Give a value from 0 to 365."
    # The instance's template and code do not leak into the class or other errors.
    assert InvalidFormat.code == "format"
    assert InvalidFormat().message == "The value has the wrong format."


@pytest.mark.parametrize(
    "template",
    [
        "Describe what is invoiced on row {row}.",  # named parameter not given: KeyError
        "Row {0} is empty.",  # positional placeholder: IndexError
    ],
)
def test_a_template_with_a_missing_parameter_is_shown_as_it_is(template: str) -> None:
    error = ValidationError(template, code="x")
    assert error.message == template
    assert str(error) == template


def test_with_field_tags_the_same_error() -> None:
    error = RequiredValue("Enter a country.", code="country.required")
    assert error.with_field("country") is error
    assert error.field == "country"
    assert InvalidFormat(field="email").field == "email"


def test_field_errors_keep_every_error_and_list_them_in_the_message() -> None:
    name = RequiredValue("Give the customer's name.", code="name.required")
    term = InvalidFormat("Give a value from {low} to {high}.", code="t.range", low=0, high=365)
    errors = FieldErrors({"name": name, "payment_term_days": term})
    assert errors.errors == {"name": name, "payment_term_days": term}
    assert str(errors) == (
        "name: Give the customer's name.; payment_term_days: Give a value from 0 to 365."
    )
    assert isinstance(errors, DomainError) and isinstance(errors, ValueError)
    assert not isinstance(errors, ValidationError)
