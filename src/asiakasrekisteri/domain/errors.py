"""Typed errors raised by the domain rules.

Every validation error carries a stable ``code`` and an English message template.
The UI and the CLI translate the template (Qt ``tr`` context ``"validation"``) and
fill it with ``params``; the domain itself never depends on a translator.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Count:
    """A number of things in a message, worded in the plural form its number needs.

    ``template`` holds ``%n`` and marks the English plural with ``(s)``:
    ``Count("%n invoice(s)", 3)`` reads "3 invoices". The UI translates the template
    with Qt's numerus forms (``ui.i18n.count_text``); ``tools/extract_messages.py``
    collects the first argument of every ``Count(...)``, so it is a literal.
    """

    template: str
    n: int

    def __str__(self) -> str:
        return english_count(self.template, self.n)


@dataclass(frozen=True)
class Counts:
    """Several counts in one message, e.g. "2 invoices, 1 credit"; empty counts left out."""

    items: tuple[Count, ...]

    @classmethod
    def of(cls, counts: Iterable[Count]) -> Counts:
        return cls(tuple(c for c in counts if c.n))

    def __str__(self) -> str:
        return ", ".join(str(c) for c in self.items)


def english_count(template: str, n: int) -> str:
    """``template`` filled with ``n`` in English: "(s)" becomes "s" unless ``n`` is 1."""
    return template.replace("%n", str(n)).replace("(s)", "" if n == 1 else "s")


class DomainError(Exception):
    """Base class for every error the domain raises on purpose."""


class ValidationError(DomainError, ValueError):
    """A value broke a rule.

    Attributes:
        code: Stable machine-readable identifier, e.g. ``"business_id.checksum"``.
        template: English message with ``{name}`` placeholders, the translation source.
        params: Values for the placeholders.
        field: The field the error belongs to, when known.
    """

    code = "invalid"
    template = "The value is not valid."

    def __init__(
        self,
        template: str | None = None,
        *,
        code: str | None = None,
        field: str | None = None,
        **params: Any,
    ) -> None:
        if template is not None:
            self.template = template
        if code is not None:
            self.code = code
        self.params: dict[str, Any] = params
        self.field = field
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with the parameters filled in."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError):
            return self.template

    def with_field(self, field: str) -> ValidationError:
        """Return this error tagged with the field it concerns."""
        self.field = field
        return self


class InvalidFormat(ValidationError):
    code = "format"
    template = "The value has the wrong format."


class InvalidLength(ValidationError):
    code = "length"
    template = "The value has the wrong length."


class InvalidChecksum(ValidationError):
    code = "checksum"
    template = "The check digit does not match; check the number for typing errors."


class RequiredValue(ValidationError):
    code = "required"
    template = "This field is required."


class FieldErrors(DomainError, ValueError):
    """Several fields failed validation at once.

    Attributes:
        errors: Mapping from field name to its first error.
    """

    def __init__(self, errors: dict[str, ValidationError]) -> None:
        self.errors = errors
        text = "; ".join(f"{name}: {err.message}" for name, err in errors.items())
        super().__init__(text)
