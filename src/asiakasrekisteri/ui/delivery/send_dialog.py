"""Send one document: shown first (how, to whom, the message), changed if need be, then
sent off the window's thread; a failure stays on screen and the document can be sent again."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.delivery import attachment_name
from asiakasrekisteri.domain.enums import InvoiceDelivery
from asiakasrekisteri.services.delivery import (
    AttemptRecord,
    Delivery,
    DeliveryRun,
    DeliveryService,
    Outcome,
    with_recipients,
)
from asiakasrekisteri.ui.delivery.password_dialog import DeliveryPrompts, ask_password
from asiakasrekisteri.ui.delivery.texts import (
    ROUTES,
    attempt_text,
    document_text,
    record_text,
    route_text,
    where_text,
)
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

Prepare = Callable[[InvoiceDelivery], Delivery]
"""The document prepared again for another route (the card's addresses for e-mail)."""


class SendDialog(Retranslating, QDialog):
    """One document before and while it is sent.

    Attributes:
        delivery: What Send will do now.
        route_combo: E-mail, e-mail with Finvoice, paper or e-invoice (``routeCombo``).
        recipients_edit: The e-mail addresses, ``;``-separated (``recipientsEdit``).
        subject_edit, body_edit: The message (``subjectEdit``, ``bodyEdit``).
        problem_label: Why it cannot be sent as it stands, or why sending failed.
        send_button: Sends (``sendButton``).
        outcome: How the last sending went; None before.
        prompts: Password, print file and messages (tests replace them).

    Signals:
        sent(object): The :class:`Outcome` of a sending that went.
    """

    sent = Signal(object)

    def __init__(
        self,
        service: DeliveryService,
        delivery: Delivery,
        prepare: Prepare,
        *,
        attempts: Sequence[AttemptRecord] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("sendDialog")
        self.resize(640, 560)
        self.service = service
        self.delivery = delivery
        self._prepare = prepare
        self._attempts = list(attempts)
        self.prompts = DeliveryPrompts(self)
        self.outcome: Outcome | None = None
        self.worker: Worker | None = None
        self._problem: Callable[[], str] | None = None
        self._build()
        self._show_delivery(delivery)
        self.route_combo.currentIndexChanged.connect(lambda _i: self._route_changed())
        self.recipients_edit.textEdited.connect(lambda _t: self._recipients_changed())
        self.send_button.clicked.connect(self.send)
        self.retranslateUi()

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setObjectName("sendTitle")
        self.route_combo = QComboBox()
        self.route_combo.setObjectName("routeCombo")
        for route in ROUTES:
            self.route_combo.addItem("", route.value)
        self.recipients_edit = QLineEdit()
        self.recipients_edit.setObjectName("recipientsEdit")
        self.where_label = QLabel()
        self.where_label.setObjectName("whereLabel")
        self.where_label.setWordWrap(True)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("subjectEdit")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("bodyEdit")
        self.body_edit.setTabChangesFocus(True)
        self.problem_label = error_label("sendProblem")
        self.attempts_label = QLabel()
        self.attempts_label.setObjectName("attemptsLabel")
        self.attempts_label.setWordWrap(True)
        self._labels = {n: QLabel() for n in ("route", "recipients", "subject", "body")}
        form = QFormLayout()
        for name, widget in (("route", self.route_combo), ("recipients", self.recipients_edit),
                             ("subject", self.subject_edit), ("body", self.body_edit)):  # fmt: skip
            self._labels[name].setBuddy(widget)
            form.addRow(self._labels[name], widget)
        form.addRow("", self.where_label)
        self.send_button = QPushButton()
        self.send_button.setObjectName("sendButton")
        self.send_button.setDefault(True)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeButton")
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title_label)
        layout.addLayout(form, 1)
        layout.addWidget(self.problem_label)
        layout.addWidget(self.attempts_label)
        layout.addWidget(self.buttons)

    def retranslateUi(self) -> None:
        what = document_text(self.delivery.document, self.delivery.number)
        self.setWindowTitle(self.tr("Send {what}").format(what=what))
        self.title_label.setText(f"{what} – {self.delivery.customer_name}")
        set_item_texts(self.route_combo, {r.value: route_text(r) for r in ROUTES})
        self._labels["route"].setText(self.tr("Send &by"))
        self._labels["recipients"].setText(self.tr("&To"))
        self._labels["subject"].setText(self.tr("S&ubject"))
        self._labels["body"].setText(self.tr("Te&xt"))
        self.route_combo.setAccessibleName(self.tr("Send by"))
        self.recipients_edit.setAccessibleName(self.tr("To"))
        self.recipients_edit.setPlaceholderText(self.tr("Addresses separated by ;"))
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.body_edit.setAccessibleName(self.tr("Text"))
        self.send_button.setText(self.tr("&Send"))
        self.close_button.setText(self.tr("Close"))
        self._show_where()
        self._show_attempts()
        if self._problem is not None:
            self.problem_label.setText(self._problem())

    # --- what is shown -----------------------------------------------------------------

    def _show_delivery(self, delivery: Delivery) -> None:
        self.delivery = delivery
        self.route_combo.blockSignals(True)
        self.route_combo.setCurrentIndex(self.route_combo.findData(delivery.route.value))
        self.route_combo.blockSignals(False)
        self.recipients_edit.setText("; ".join(delivery.recipients))
        self.subject_edit.setText(delivery.subject)
        self.body_edit.setPlainText(delivery.body)
        self._enable()

    def _enable(self) -> None:
        email = self.delivery.by_email
        for widget in (self.recipients_edit, self.subject_edit, self.body_edit):
            widget.setEnabled(email)
        problem = self.delivery.problem
        self._set_problem(partial(error_text, problem) if problem is not None else None)
        self.send_button.setEnabled(problem is None and self.worker is None)
        self._show_where()

    def _show_where(self) -> None:
        delivery = self.delivery
        if delivery.route is InvoiceDelivery.PAPER:
            text = self.tr("Into a PDF for printing; you choose the file when sending.")
        elif delivery.route is InvoiceDelivery.EINVOICE:
            text = self.tr("As a Finvoice file for {address} into the e-invoice folder.").format(
                address=where_text(delivery)
            )
        else:
            text = self.tr("The PDF is attached: {name}").format(
                name=attachment_name(delivery.document, delivery.language, delivery.number)
            )
        self.where_label.setText(text)

    def _show_attempts(self) -> None:
        lines = [record_text(a) for a in self._attempts[:5]]
        self.attempts_label.setText(
            self.tr("Sent before:") + "\n" + "\n".join(lines) if lines else ""
        )
        self.attempts_label.setVisible(bool(lines))

    def _set_problem(self, text: Callable[[], str] | None) -> None:
        self._problem = text
        self.problem_label.setText(text() if text is not None else "")
        self.problem_label.setVisible(text is not None)

    # --- changes -----------------------------------------------------------------------

    def _route_changed(self) -> None:
        route = InvoiceDelivery(self.route_combo.currentData())
        self._show_delivery(self._prepare(route))

    def _recipients_changed(self) -> None:
        self.delivery = with_recipients(
            self.delivery, self.recipients_edit.text(), self.service.settings()
        )
        self._enable()

    def typed(self) -> Delivery:
        """The delivery with the message as typed."""
        if not self.delivery.by_email:
            return self.delivery
        return replace(
            self.delivery, subject=self.subject_edit.text(), body=self.body_edit.toPlainText()
        )

    # --- sending -----------------------------------------------------------------------

    def send(self) -> Worker | None:
        """Send in a thread; asks for the print file or the password first when needed."""
        delivery = self.typed()
        if delivery.problem is not None or self.worker is not None:
            return None
        print_file: Path | None = None
        password: str | None = None
        if delivery.route is InvoiceDelivery.PAPER:
            stem = attachment_name(delivery.document, delivery.language, delivery.number)
            print_file = self.prompts.print_file(self.tr("Save the PDF for printing"), stem)
            if print_file is None:
                return None
        if delivery.by_email:
            go_on, password = ask_password(self.service, self.prompts, self.windowTitle())
            if not go_on:
                return None
        service = self.service

        def job(_progress: object, _cancelled: object) -> Outcome:
            with DeliveryRun(service, password=password, print_file=print_file) as run:
                run.send(delivery)
            return run.outcomes[0]

        self.send_button.setEnabled(False)
        self._set_problem(None)
        worker = Worker(job)
        worker.succeeded.connect(self._finished)
        worker.failed.connect(self._failed)
        self.worker = worker.start_job()
        return worker

    def _finished(self, outcome: object) -> None:
        self.worker = None
        assert isinstance(outcome, Outcome)
        self.outcome = outcome
        if outcome.ok:
            self.sent.emit(outcome)
            self.accept()
            return
        error = outcome.error
        self._set_problem(
            lambda: attempt_text(
                outcome.delivery.document, outcome.delivery.number, "", "", error, ok=False
            )
        )
        self.send_button.setEnabled(True)

    def _failed(self, exc: object) -> None:
        self.worker = None
        self.send_button.setEnabled(True)
        raise RuntimeError("sending failed unexpectedly") from (
            exc if isinstance(exc, BaseException) else None
        )


__all__ = ["Prepare", "SendDialog"]
