"""One sending run: documents go out one by one, each attempt recorded as it ends.

E-mails share one connection to the mail server, opened at the first one; when it cannot
be opened, every further e-mail of the run fails at once with the same reason instead of
waiting for the server again. E-invoices are written to the e-invoice folder. Paper
documents are collected and written into one PDF for printing when the run finishes
(also after a Cancel), and count as sent then.
"""

from __future__ import annotations

import io
import logging
import smtplib
from dataclasses import dataclass, replace
from pathlib import Path
from types import TracebackType

from asiakasrekisteri.domain.delivery import DocumentKind, attachment_name
from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.files import write_atomically
from asiakasrekisteri.services.delivery.attempts import record_attempt
from asiakasrekisteri.services.delivery.documents import Delivery
from asiakasrekisteri.services.delivery.errors import DeliveryError
from asiakasrekisteri.services.delivery.service import DeliveryService
from asiakasrekisteri.services.delivery.smtp import Attachment, build_message, close_quietly

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Outcome:
    """How one delivery went.

    Attributes:
        delivery: What was sent (a reminder recorded by the run has its id now).
        error: Why it failed; None when it went.
        file: The e-invoice file written, or the print file the paper document is in.
    """

    delivery: Delivery
    error: ValidationError | None = None
    file: str = ""

    @property
    def ok(self) -> bool:
        return self.error is None


class DeliveryRun:
    """Sends deliveries and records each attempt; use as a context manager.

    Attributes:
        outcomes: How each delivery went, in order (paper ones when the run finishes).
    """

    def __init__(
        self, service: DeliveryService, *, password: str | None, print_file: Path | None
    ) -> None:
        self.service = service
        self.password = password
        self.print_file = print_file
        self.settings = service.settings()
        self.outcomes: list[Outcome] = []
        self._paper: list[tuple[Delivery, bytes]] = []
        self._smtp: smtplib.SMTP | None = None
        self._connect_error: DeliveryError | None = None

    def __enter__(self) -> DeliveryRun:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.finish()

    # --- one delivery ------------------------------------------------------------------

    def send(self, delivery: Delivery) -> Outcome | None:
        """Send one delivery; returns its outcome, or None for paper (until :meth:`finish`).

        Every failure is recorded and returned, never raised: the run goes on.
        """
        try:
            delivery = self._recorded(delivery)
            if delivery.problem is not None:
                raise delivery.problem
            pdf = self._pdf(delivery)
            if delivery.route is InvoiceDelivery.PAPER:
                self._paper.append((delivery, pdf))
                return None
            if delivery.route is InvoiceDelivery.EINVOICE:
                return self._write_einvoice(delivery)
            return self._email(delivery, pdf)
        except ValidationError as exc:
            return self._failed(delivery, exc)

    def _recorded(self, delivery: Delivery) -> Delivery:
        """A reminder still to be recorded is recorded now, so it can be sent and retried."""
        if delivery.document is not DocumentKind.REMINDER or delivery.reminder_id is not None:
            return delivery
        if delivery.problem is not None or delivery.invoice_id is None or delivery.day is None:
            return delivery
        reminder, _pdf = self.service.invoicing.create_reminder(
            delivery.invoice_id, today=delivery.day
        )
        addresses = "; ".join(delivery.recipients) if delivery.by_email else None
        prepared = self.service.prepare_reminder(
            reminder.id, route=delivery.route, recipients=addresses
        )
        # The subject and text as the user saw and perhaps changed them.
        return replace(prepared, subject=delivery.subject, body=delivery.body)

    def _pdf(self, delivery: Delivery) -> bytes:
        invoicing = self.service.invoicing
        if delivery.document is DocumentKind.STATEMENT:
            assert delivery.day is not None  # a statement is always prepared for a day
            return invoicing.statement_pdf(delivery.customer_id, today=delivery.day)
        if delivery.document is DocumentKind.REMINDER:
            assert delivery.reminder_id is not None  # recorded by _recorded()
            return invoicing.reminder_pdf(delivery.reminder_id)
        assert delivery.invoice_id is not None  # invoices and credit notes have their id
        return invoicing.invoice_pdf(delivery.invoice_id)

    def _email(self, delivery: Delivery, pdf: bytes) -> Outcome:
        attachments = [
            Attachment(attachment_name(delivery.document, delivery.language, delivery.number), pdf)
        ]
        if delivery.route is InvoiceDelivery.EMAIL_FINVOICE and delivery.invoice_id is not None:
            xml = self.service.invoicing.finvoice_xml(delivery.invoice_id)
            attachments.append(
                Attachment(f"finvoice-{delivery.number}.xml", xml, "application/xml")
            )
        message = build_message(
            self.settings, recipients=delivery.recipients, subject=delivery.subject,
            body=delivery.body, attachments=attachments,
        )  # fmt: skip
        transport = self.service.transport
        smtp = self._connection()
        try:
            transport.send(smtp, self.settings, message, delivery.recipients)
        except DeliveryError as exc:
            if exc.code != "smtp.disconnected":
                raise
            # The server dropped an idle connection between two messages: once more.
            self._smtp = None
            transport.send(self._connection(), self.settings, message, delivery.recipients)
        return self._succeeded(delivery, "; ".join(delivery.recipients))

    def _connection(self) -> smtplib.SMTP:
        if self._connect_error is not None:
            raise self._connect_error
        if self._smtp is None:
            try:
                self._smtp = self.service.transport.connect(self.settings, self.password)
            except DeliveryError as exc:
                self._connect_error = exc
                raise
        return self._smtp

    def _write_einvoice(self, delivery: Delivery) -> Outcome:
        assert delivery.invoice_id is not None  # only invoices and credit notes get here
        xml = self.service.invoicing.finvoice_xml(delivery.invoice_id)
        folder = Path(self.settings.einvoice_folder).expanduser()
        if not folder.is_dir():
            raise DeliveryError(
                "The e-invoice folder {folder} does not exist; choose it again in Settings › "
                "E-mail and sending.",
                code="delivery.einvoice_folder_missing",
                folder=str(folder),
            )
        target = folder / f"finvoice-{delivery.number}.xml"
        try:
            write_atomically(target, xml)
        except OSError as exc:
            raise _file_error(target, exc) from exc
        return self._succeeded(delivery, delivery.einvoice_address, str(target))

    # --- the end -----------------------------------------------------------------------

    def finish(self) -> list[Outcome]:
        """Close the connection and write the paper documents into the print file."""
        if self._smtp is not None:
            close_quietly(self._smtp)
            self._smtp = None
        paper, self._paper = self._paper, []
        if paper:
            self._print(paper)
        return self.outcomes

    def _print(self, paper: list[tuple[Delivery, bytes]]) -> None:
        target = self.print_file
        if target is None:
            error = DeliveryError(
                "Choose a file for the documents to print.", code="delivery.no_print_file"
            )
            for delivery, _pdf in paper:
                self._failed(delivery, error)
            return
        try:
            write_atomically(target, _joined([pdf for _delivery, pdf in paper]))
        except OSError as exc:
            file_error = _file_error(target, exc)
            for delivery, _pdf in paper:
                self._failed(delivery, file_error)
            return
        for delivery, _pdf in paper:
            self._succeeded(delivery, "", str(target))

    # --- recording ---------------------------------------------------------------------

    def _succeeded(self, delivery: Delivery, recipients: str, file: str = "") -> Outcome:
        record_attempt(self.service.db, delivery, recipients=recipients, file=file)
        outcome = Outcome(delivery, None, file)
        self.outcomes.append(outcome)
        return outcome

    def _failed(self, delivery: Delivery, error: ValidationError) -> Outcome:
        logger.info("delivery failed: %s", error.code)
        recipients = (
            "; ".join(delivery.recipients) if delivery.by_email else delivery.einvoice_address
        )
        record_attempt(self.service.db, delivery, recipients=recipients, error=error)
        outcome = Outcome(delivery, error)
        self.outcomes.append(outcome)
        return outcome


def _joined(pdfs: list[bytes]) -> bytes:
    """The documents one after another in one PDF."""
    # pypdf is imported for the first print run only.
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for data in pdfs:
        writer.append(PdfReader(io.BytesIO(data)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _file_error(path: Path, exc: OSError) -> DeliveryError:
    return DeliveryError(
        "The file {path} could not be written ({reason}).",
        code="delivery.file",
        path=str(path),
        reason=exc.strerror or str(exc),
    )
