"""E-mail over SMTP: the message, the connection and what each failure means.

The connection is encrypted with STARTTLS or TLS and the server's certificate is always
verified against the system's trusted authorities (``ssl.create_default_context``); an
extra authority file can be added for a company's own mail server. Without encryption no
password is ever sent (the settings refuse a login then). Every failure becomes one
:class:`DeliveryError` naming the server and the reason.
"""

from __future__ import annotations

import base64
import logging
import smtplib
import socket
import ssl
from collections.abc import Sequence
from dataclasses import dataclass
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY
from email.utils import formatdate, make_msgid

from asiakasrekisteri.domain.delivery import EmailSettings, SmtpSecurity
from asiakasrekisteri.services.delivery.errors import DeliveryError

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message."""

    name: str
    data: bytes
    mime_type: str = "application/pdf"


def _address(text: str, display_name: str = "") -> Address:
    """An address whose domain is in ASCII (IDNA), as every mail server takes it."""
    local, _, domain = text.rpartition("@")
    return Address(display_name=display_name, username=local, domain=domain.encode("idna").decode())


def envelope_recipients(settings: EmailSettings, recipients: Sequence[str]) -> list[str]:
    """Who receives the message: the recipients, and the sender for a blind copy."""
    wanted = [str(_address(a).addr_spec) for a in recipients]
    if settings.bcc_self:
        own = _address(settings.sender_address).addr_spec
        if own.casefold() not in {a.casefold() for a in wanted}:
            wanted.append(own)
    return wanted


def build_message(
    settings: EmailSettings,
    *,
    recipients: Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Attachment],
    fallback_name: str = "",
) -> EmailMessage:
    """The message with its headers encoded for any mail server (RFC 2047, UTF-8 text).

    The blind copy to the sender is an envelope recipient only: no Bcc header is written,
    so no recipient learns of it. ``fallback_name`` is the sender's name when the settings
    give none (the seller on the document).
    """
    message = EmailMessage(policy=SMTP_POLICY)
    sender = _address(settings.sender_address, settings.sender_name or fallback_name)
    message["From"] = sender
    message["To"] = [_address(a) for a in recipients]
    if settings.reply_to:
        message["Reply-To"] = [_address(a.strip()) for a in settings.reply_to.split(";")]
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = make_msgid(domain=sender.domain)
    # Quoted-printable keeps ä and ö 7-bit clean for servers without 8BITMIME.
    message.set_content(body, cte="quoted-printable")
    for attachment in attachments:
        maintype, _, subtype = attachment.mime_type.partition("/")
        message.add_attachment(
            attachment.data, maintype=maintype, subtype=subtype, filename=attachment.name
        )
    return message


class SmtpTransport:
    """Opens connections to the mail server.

    Attributes:
        timeout: Seconds to wait for the server at each step.
        cafile: An extra certificate authority to trust (a company's own mail server);
            None trusts the system's authorities only.
    """

    def __init__(self, *, timeout: float = 30.0, cafile: str | None = None) -> None:
        self.timeout = timeout
        self.cafile = cafile

    def ssl_context(self) -> ssl.SSLContext:
        """A context that verifies the server's certificate and name."""
        context = ssl.create_default_context()
        if self.cafile:
            context.load_verify_locations(cafile=self.cafile)
        return context

    def connect(self, settings: EmailSettings, password: str | None) -> smtplib.SMTP:
        """A connection, encrypted and logged in as the settings say.

        Raises:
            DeliveryError: The server cannot be reached, its certificate does not verify,
                it offers no STARTTLS, or it refuses the login.
        """
        if settings.username and password is None:
            raise DeliveryError(
                "The mail server password is needed; it is not in the keyring.",
                code="smtp.password_missing",
            )
        smtp: smtplib.SMTP | None = None
        try:
            if settings.security is SmtpSecurity.TLS:
                smtp = smtplib.SMTP_SSL(
                    settings.host, settings.port, timeout=self.timeout, context=self.ssl_context()
                )
            else:
                smtp = smtplib.SMTP(settings.host, settings.port, timeout=self.timeout)
            smtp.ehlo()
            if settings.security is SmtpSecurity.STARTTLS:
                if not smtp.has_extn("starttls"):
                    raise DeliveryError(
                        "The mail server {host} does not offer STARTTLS; choose TLS (port "
                        "465) in the settings, or ask the provider for the right setting.",
                        code="smtp.no_starttls",
                        host=settings.host,
                    )
                smtp.starttls(context=self.ssl_context())
                smtp.ehlo()
            if settings.username and password is not None:
                _login(smtp, settings.username, password)
        except (DeliveryError, smtplib.SMTPException, OSError) as exc:
            if smtp is not None:
                close_quietly(smtp)
            raise explain(exc, settings, self.timeout) from exc
        return smtp

    def send(
        self,
        smtp: smtplib.SMTP,
        settings: EmailSettings,
        message: EmailMessage,
        recipients: Sequence[str],
    ) -> None:
        """Send one message on an open connection.

        Raises:
            DeliveryError: The server refused the sender or a recipient, or the connection
                broke.
        """
        try:
            refused = smtp.send_message(
                message,
                from_addr=_address(settings.sender_address).addr_spec,
                to_addrs=envelope_recipients(settings, recipients),
            )
        except (smtplib.SMTPException, OSError) as exc:
            raise explain(exc, settings, self.timeout) from exc
        if refused:
            raise DeliveryError(
                "The mail server refused the address {address}; the others got the message.",
                code="smtp.recipient_refused",
                address=", ".join(sorted(refused)),
            )


def _login(smtp: smtplib.SMTP, username: str, password: str) -> None:
    """Log in; a user name or password with letters beyond ASCII (ä, ö) goes as UTF-8.

    ``smtplib`` encodes credentials as ASCII only; AUTH PLAIN carries UTF-8 (RFC 4616), so
    such credentials are sent that way.
    """
    if (username + password).isascii():
        smtp.login(username, password)
        return
    if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
        raise smtplib.SMTPNotSupportedError("AUTH PLAIN is needed for a non-ASCII password")
    token = base64.b64encode(b"\0" + username.encode() + b"\0" + password.encode()).decode()
    code, response = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, response)


def close_quietly(smtp: smtplib.SMTP) -> None:
    """Say goodbye to the server; a connection already broken is simply dropped."""
    try:
        smtp.quit()
    except (smtplib.SMTPException, OSError):
        smtp.close()


def _reason(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPResponseException):
        text = exc.smtp_error
        message = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
        return f"{exc.smtp_code} {message}".strip()
    return str(exc) or type(exc).__name__


def explain(exc: BaseException, settings: EmailSettings, timeout: float) -> DeliveryError:
    """One clear message for a failure while talking to the mail server."""
    host, port = settings.host, settings.port
    logger.info("mail server failure: %s", type(exc).__name__)
    if isinstance(exc, DeliveryError):
        return exc
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return DeliveryError(
            "The mail server {host} did not accept the user name or password.",
            code="smtp.auth",
            host=host,
        )
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return DeliveryError(
            "The mail server refused the address {address}.",
            code="smtp.recipient_refused",
            address=", ".join(sorted(exc.recipients)),
        )
    if isinstance(exc, smtplib.SMTPSenderRefused):
        return DeliveryError(
            "The mail server refused the sender address {address} ({reason}).",
            code="smtp.sender_refused",
            address=settings.sender_address,
            reason=_reason(exc),
        )
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return DeliveryError(
            "The mail server {host} does not take a login this way ({reason}); check the "
            "security setting, or leave the user name empty.",
            code="smtp.login_not_supported",
            host=host,
            reason=_reason(exc),
        )
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        if isinstance(exc.__context__, TimeoutError):  # smtplib reports a timeout this way
            return _connection_error(exc.__context__, host, port, timeout)
        return DeliveryError(
            "The mail server {host}:{port} closed the connection; check the port and the "
            "security setting.",
            code="smtp.disconnected",
            host=host,
            port=port,
        )
    if isinstance(exc, smtplib.SMTPException):
        return DeliveryError(
            "The mail server {host} refused: {reason}.",
            code="smtp.refused",
            host=host,
            reason=_reason(exc),
        )
    return _connection_error(exc, host, port, timeout)


def _connection_error(exc: BaseException, host: str, port: int, timeout: float) -> DeliveryError:
    if isinstance(exc, ssl.SSLCertVerificationError):
        return DeliveryError(
            "The certificate of the mail server {host} could not be verified ({reason}); "
            "nothing was sent.",
            code="smtp.certificate",
            host=host,
            reason=exc.verify_message or _reason(exc),
        )
    if isinstance(exc, ssl.SSLError):
        return DeliveryError(
            "No secure connection to the mail server {host}:{port} ({reason}); check the "
            "port and the security setting.",
            code="smtp.tls",
            host=host,
            port=port,
            reason=exc.reason or _reason(exc),
        )
    if isinstance(exc, TimeoutError):
        return DeliveryError(
            "The mail server {host}:{port} did not answer within {seconds} seconds.",
            code="smtp.timeout",
            host=host,
            port=port,
            seconds=f"{timeout:g}",
        )
    if isinstance(exc, ConnectionRefusedError):
        return DeliveryError(
            "The mail server {host}:{port} refused the connection; check the server name and port.",
            code="smtp.connection_refused",
            host=host,
            port=port,
        )
    if isinstance(exc, socket.gaierror):
        return DeliveryError(
            "The mail server {host} was not found; check its name and the network connection.",
            code="smtp.unknown_host",
            host=host,
        )
    return DeliveryError(
        "No connection to the mail server {host}:{port} ({reason}).",
        code="smtp.connection",
        host=host,
        port=port,
        reason=_reason(exc),
    )
