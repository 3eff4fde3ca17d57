"""Refusals of the services: a business rule said no. Shown to the user as a message."""

from __future__ import annotations

from asiakasrekisteri.domain.errors import ValidationError


class RuleViolation(ValidationError):
    """An action is not allowed by a rule (delete refused, number taken ...)."""

    code = "rule"


class NotFound(ValidationError):
    """The customer, contact, office or note does not exist (any more)."""

    code = "not_found"
    template = "The record was not found; it may have been deleted."
