"""Typed errors raised by the domain rules.

Every validation error carries a stable ``code`` and an English message template.
The UI and the CLI translate the template (Qt ``tr`` context ``"validation"``) and
fill it with ``params``; the domain itself never depends on a translator.
"""

from __future__ import annotations

from typing import Any


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
