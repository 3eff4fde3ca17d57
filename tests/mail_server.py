"""A real SMTP server on 127.0.0.1 for the tests, and a keyring that is never the user's.

:func:`mail_server` starts an ``aiosmtpd`` server on a free port: plain, with STARTTLS or
with TLS from the first byte, with or without a login. Its certificate is made for the
test run by a certificate authority of its own (``cryptography``), which the program is
told to trust (``SmtpTransport.cafile``, or ``SSL_CERT_FILE`` for the command line), so
certificate checks stay on. Every message the server takes is kept in ``messages``.

Every test runs with an in-memory keyring (:func:`_memory_keyring`): no test reads or
writes the keyring of the person running them.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import ipaddress
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import keyring
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from keyring.backend import KeyringBackend


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, for one test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[service, username] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.secrets.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def _memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty keyring of its own; the user's is never touched."""
    before = keyring.get_keyring()
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    try:
        yield memory
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def memory_keyring(_memory_keyring: MemoryKeyring) -> MemoryKeyring:
    return _memory_keyring


# --- certificates ----------------------------------------------------------------------


@dataclass(frozen=True)
class Certificates:
    """A test certificate authority and a server certificate for 127.0.0.1 it signed."""

    ca_file: Path
    cert_file: Path
    key_file: Path


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def make_certificates(folder: Path) -> Certificates:
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder()
        .subject_name(_name("Asiakasrekisteri test CA"))
        .issuer_name(_name("Asiakasrekisteri test CA"))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(
            x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name("localhost"))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=2))
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
            critical=False,
        )
        .sign(ca_key, hashes.SHA256())
    )
    folder.mkdir(parents=True, exist_ok=True)
    found = Certificates(folder / "ca.pem", folder / "server.pem", folder / "server.key")
    found.ca_file.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    found.cert_file.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    found.key_file.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    return found


@pytest.fixture(scope="session")
def certificates(tmp_path_factory: pytest.TempPathFactory) -> Certificates:
    return make_certificates(tmp_path_factory.mktemp("certificates"))


# --- the server ------------------------------------------------------------------------


def free_port() -> int:
    """A TCP port nothing listens on now (the OS's choice, closed again)."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Received:
    """One message as the server took it."""

    mail_from: str
    rcpt_tos: list[str]
    data: bytes
    login: str | None

    def message(self) -> EmailMessage:
        parsed = email.message_from_bytes(self.data, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        return parsed


@dataclass
class _Collector:
    messages: list[Received] = field(default_factory=list)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        auth = session.auth_data
        self.messages.append(
            Received(
                mail_from=envelope.mail_from,
                rcpt_tos=list(envelope.rcpt_tos),
                data=envelope.original_content or envelope.content,
                login=auth.login.decode() if isinstance(auth, LoginPassword) else None,
            )
        )
        return "250 Message accepted for delivery"


@dataclass
class MailServer:
    """A running test server.

    Attributes:
        port: Where it listens on 127.0.0.1.
        security: ``"none"``, ``"starttls"`` or ``"tls"``.
        messages: What it took, in order.
        ca_file: The authority that signed its certificate.
    """

    port: int
    security: str
    messages: list[Received]
    ca_file: Path
    host: str = "127.0.0.1"


def _server_context(certificates: Certificates) -> ssl.SSLContext:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(certificates.cert_file, certificates.key_file)
    return context


class _ImplicitTlsSMTP(SMTP):
    """aiosmtpd sees only STARTTLS as encryption; this connection is TLS from its start."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._auth_require_tls = False


class _ImplicitTlsController(Controller):
    def factory(self) -> SMTP:
        return _ImplicitTlsSMTP(self.handler, **self.SMTP_kwargs)


StartServer = Callable[..., MailServer]


@pytest.fixture
def mail_server(certificates: Certificates) -> Iterator[StartServer]:
    """Start servers: ``mail_server(security="starttls", users={"laskut": "salasana"})``.

    Each is stopped after the test.
    """
    controllers: list[Controller] = []

    def start(security: str = "starttls", users: dict[str, str] | None = None) -> MailServer:
        collector = _Collector()
        port = free_port()
        context = _server_context(certificates)
        kwargs: dict[str, Any] = {"hostname": "127.0.0.1", "port": port}
        if security == "tls":
            kwargs["ssl_context"] = context
        elif security == "starttls":
            kwargs.update(tls_context=context, require_starttls=True)
        if users is not None:

            def check(
                _server: Any, _session: Any, _envelope: Any, _mechanism: str, data: Any
            ) -> AuthResult:
                ok = (
                    isinstance(data, LoginPassword)
                    and users.get(data.login.decode()) == data.password.decode()
                )
                return AuthResult(success=ok, handled=False, auth_data=data)

            kwargs.update(authenticator=check, auth_required=True)
        factory = _ImplicitTlsController if security == "tls" else Controller
        controller = factory(collector, **kwargs)
        controller.start()
        controllers.append(controller)
        return MailServer(port, security, collector.messages, certificates.ca_file)

    yield start
    for controller in controllers:
        controller.stop()


@pytest.fixture
def silent_server() -> Iterator[int]:
    """A port that takes connections and never says a word (a server hanging)."""
    with closing(socket.socket(socket.AF_INET, socket.SOCK_STREAM)) as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        yield int(listener.getsockname()[1])
