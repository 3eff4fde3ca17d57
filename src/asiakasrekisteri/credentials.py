"""Passwords in the operating system's keyring, never in settings or the register.

Where no keyring backend exists (a minimal Linux without a secret service), nothing is
stored and the program asks for the password each time it is needed.
"""

from __future__ import annotations

import logging
from types import ModuleType

logger = logging.getLogger(__name__)

SERVICE = "asiakasrekisteri"
"""The keyring service name under which the program's passwords are kept."""


def _keyring() -> ModuleType | None:
    """The keyring module when a real backend is available, else None."""
    try:
        import keyring
        from keyring.backends import fail
    except ImportError:
        return None
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration: act as if there were none
        return None
    if isinstance(backend, fail.Keyring) or getattr(backend, "priority", 1) <= 0:
        return None
    return keyring


def keyring_available() -> bool:
    return _keyring() is not None


def stored_password(account: str) -> str | None:
    """The password kept for ``account`` (e.g. a server address), or None."""
    module = _keyring()
    if module is None:
        return None
    try:
        value = module.get_password(SERVICE, account)
    except Exception as exc:  # a locked or unreachable keyring: ask instead
        logger.warning("Keyring not readable: %s", type(exc).__name__)
        return None
    return value if isinstance(value, str) else None


def store_password(account: str, password: str) -> bool:
    """Keep ``password`` for ``account``; False when no keyring could take it."""
    module = _keyring()
    if module is None:
        return False
    try:
        module.set_password(SERVICE, account, password)
    except Exception as exc:
        logger.warning("Keyring not writable: %s", type(exc).__name__)
        return False
    return True


def forget_password(account: str) -> None:
    module = _keyring()
    if module is None:
        return
    try:
        module.delete_password(SERVICE, account)
    except Exception:  # nothing stored, or the keyring is locked: nothing to forget
        return


__all__ = [
    "SERVICE",
    "forget_password",
    "keyring_available",
    "store_password",
    "stored_password",
]
