"""Why a delivery failed or cannot start: shown to the user in one translated line."""

from __future__ import annotations

import json
from typing import Any

from asiakasrekisteri.domain.errors import ValidationError


class DeliveryError(ValidationError):
    """A document could not be delivered (no address, mail server refused, folder missing)."""

    code = "delivery"
    template = "The document could not be sent."


class PasswordStoreError(ValidationError):
    """The keyring cannot keep the password (none on this computer, or it refused)."""

    code = "keyring"
    template = "The password cannot be kept in the keyring."


def error_to_json(error: ValidationError) -> str:
    """A failure as stored with its attempt: its template and values, to translate later."""
    params = {key: str(value) for key, value in error.params.items()}
    return json.dumps(
        {"code": error.code, "template": error.template, "params": params}, ensure_ascii=False
    )


def error_from_json(text: str) -> DeliveryError | None:
    """The failure :func:`error_to_json` stored; None for a success."""
    if not text:
        return None
    data: dict[str, Any] = json.loads(text)
    return DeliveryError(data["template"], code=data["code"], **data.get("params", {}))
