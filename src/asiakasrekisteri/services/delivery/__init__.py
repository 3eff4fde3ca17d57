"""Delivering documents: e-mail (SMTP), print runs and e-invoice files, each attempt kept.

:class:`DeliveryService` holds the e-mail settings, the message templates and the password,
and prepares documents; :class:`DeliveryRun` sends them.
"""

from __future__ import annotations

from asiakasrekisteri.services.delivery.attempts import AttemptRecord
from asiakasrekisteri.services.delivery.documents import Delivery, with_recipients
from asiakasrekisteri.services.delivery.errors import DeliveryError, PasswordStoreError
from asiakasrekisteri.services.delivery.passwords import PasswordStore
from asiakasrekisteri.services.delivery.run import DeliveryRun, Outcome
from asiakasrekisteri.services.delivery.service import DeliveryService
from asiakasrekisteri.services.delivery.smtp import SmtpTransport

__all__ = [
    "AttemptRecord",
    "Delivery",
    "DeliveryError",
    "DeliveryRun",
    "DeliveryService",
    "Outcome",
    "PasswordStore",
    "PasswordStoreError",
    "SmtpTransport",
    "with_recipients",
]
