"""The mail server's password in the operating system's keyring, never in the register.

One entry per server and user name. Where no keyring backend works (a server without a
desktop session, some Linux setups) the password cannot be kept and the window or the
command asks for it each time it is needed. ``keyring`` is imported on first use: it
probes the desktop's services, which start-up need not wait for.
"""

from __future__ import annotations

import logging

from asiakasrekisteri.services.delivery.errors import PasswordStoreError

logger = logging.getLogger(__name__)

SERVICE_PREFIX = "Asiakasrekisteri SMTP"


def _service(host: str) -> str:
    return f"{SERVICE_PREFIX} {host.casefold()}"


class PasswordStore:
    """Reads, keeps and forgets mail server passwords in the keyring."""

    def available(self) -> bool:
        """Whether a keyring backend that really keeps secrets is in use."""
        import keyring
        from keyring.backends import chainer, fail, null

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring | null.Keyring):
            return False
        return not (isinstance(backend, chainer.ChainerBackend) and not backend.backends)

    def get(self, host: str, username: str) -> str | None:
        """The kept password, or None (none kept, no keyring, or the keyring failed)."""
        if not host or not username or not self.available():
            return None
        import keyring
        from keyring.errors import KeyringError

        try:
            return keyring.get_password(_service(host), username)
        except KeyringError as exc:
            logger.warning("keyring read failed: %s", type(exc).__name__)
            return None

    def save(self, host: str, username: str, password: str) -> None:
        """Keep the password for ``username`` at ``host``.

        Raises:
            PasswordStoreError: No keyring on this computer, or it refused.
        """
        if not self.available():
            raise PasswordStoreError(
                "No keyring is available on this computer, so the password cannot be "
                "kept; it is asked each time mail is sent.",
                code="keyring.unavailable",
            )
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(_service(host), username, password)
        except KeyringError as exc:
            raise PasswordStoreError(
                "The keyring did not keep the password ({reason}); it is asked each time "
                "mail is sent.",
                code="keyring.refused",
                reason=str(exc) or type(exc).__name__,
            ) from exc

    def forget(self, host: str, username: str) -> None:
        """Remove the kept password, if any."""
        if not host or not username or not self.available():
            return
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.delete_password(_service(host), username)
        except KeyringError:
            return  # nothing was kept, or the keyring cannot remove it: nothing to do
