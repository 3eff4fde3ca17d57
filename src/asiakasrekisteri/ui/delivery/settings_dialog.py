"""Settings › E-mail…: the mail server, the sender, the password, e-invoice files and
the message texts; a test connection that runs off the window's thread."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.delivery import (
    DEFAULT_PORTS,
    EmailSettings,
    SmtpSecurity,
    validate_email_settings,
)
from asiakasrekisteri.domain.errors import FieldErrors, ValidationError
from asiakasrekisteri.services.delivery import DeliveryService
from asiakasrekisteri.ui.delivery.password_dialog import DeliveryPrompts
from asiakasrekisteri.ui.delivery.templates_tab import TemplatesTab
from asiakasrekisteri.ui.i18n import error_text, errors_text
from asiakasrekisteri.ui.invoicing.common import show_field_errors
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

_LINE_FIELDS = ("host", "username", "sender_name", "sender_address", "reply_to",
                "einvoice_folder")  # fmt: skip


class EmailSettingsDialog(Retranslating, QDialog):
    """Edit how documents are sent.

    The password is typed here only to keep it in the keyring (or to test the connection);
    it is never saved with the settings.

    Attributes:
        edits: Setting → its line editor (``<name>Edit``).
        security_combo, port_spin, bcc_check: The other settings.
        password_edit: The password (``passwordEdit``); empty keeps the one in the keyring.
        keep_check: Keep the password in the keyring (``keepPasswordCheck``).
        test_button, test_result: The test connection and what it found.
        templates: The message texts tab.
        prompts: Folder choice and messages (tests replace them).
        worker: The test connection running now, if any.
    """

    def __init__(self, service: DeliveryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emailSettingsDialog")
        self.service = service
        self.prompts = DeliveryPrompts(self)
        self.worker: Worker | None = None
        self._shown_errors: Callable[[], dict[str, str]] | None = None
        self._test_message: Callable[[], str] | None = None
        settings = service.settings()
        self._build_editors(settings)
        self.errors: dict[str, QLabel] = {}
        self._titles: dict[str, QLabel] = {}
        server = QWidget()
        form = QFormLayout(server)
        for name, editor in self._rows():
            self._add_row(form, name, editor)
        test_row = QHBoxLayout()
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)
        self.templates = TemplatesTab(service.templates())
        self.tabs = QTabWidget()
        self.tabs.setObjectName("emailTabs")
        self.tabs.addTab(server, "")
        self.tabs.addTab(self.templates, "")
        self.general_error = error_label("emailSettingsError")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)
        self.security_combo.currentIndexChanged.connect(lambda _i: self._security_changed())
        self.folder_button.clicked.connect(self.choose_folder)
        self.test_button.clicked.connect(self.test_connection)
        self.retranslateUi()

    def _build_editors(self, settings: EmailSettings) -> None:
        self.edits: dict[str, QLineEdit] = {
            name: QLineEdit(getattr(settings, name)) for name in _LINE_FIELDS
        }
        for name, edit in self.edits.items():
            edit.setObjectName(f"{name}Edit")
        self.security_combo = QComboBox()
        self.security_combo.setObjectName("securityCombo")
        for security in SmtpSecurity:
            self.security_combo.addItem("", security.value)
        self.security_combo.setCurrentIndex(self.security_combo.findData(settings.security.value))
        self._security = settings.security
        self.port_spin = QSpinBox()
        self.port_spin.setObjectName("portSpin")
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(settings.port)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep_check = QCheckBox()
        self.keep_check.setObjectName("keepPasswordCheck")
        self._keyring = self.service.keyring_available()
        self.keep_check.setChecked(self._keyring)
        self.keep_check.setEnabled(self._keyring)
        self._stored = self.service.stored_password() is not None
        self.bcc_check = QCheckBox()
        self.bcc_check.setObjectName("bccSelfCheck")
        self.bcc_check.setChecked(settings.bcc_self)
        self.folder_button = QPushButton()
        self.folder_button.setObjectName("einvoiceFolderButton")
        self.test_button = QPushButton()
        self.test_button.setObjectName("testConnectionButton")
        self.test_result = QLabel()
        self.test_result.setObjectName("testResult")
        self.test_result.setWordWrap(True)

    def _rows(self) -> list[tuple[str, QWidget]]:
        return [
            ("host", self.edits["host"]),
            ("security", self.security_combo),
            ("port", self.port_spin),
            ("username", self.edits["username"]),
            ("password", self.password_edit),
            ("sender_name", self.edits["sender_name"]),
            ("sender_address", self.edits["sender_address"]),
            ("reply_to", self.edits["reply_to"]),
            ("bcc_self", self.bcc_check),
            ("einvoice_folder", self.edits["einvoice_folder"]),
        ]

    def _add_row(self, form: QFormLayout, name: str, editor: QWidget) -> None:
        label = QLabel()
        label.setBuddy(editor)
        self._titles[name] = label
        self.errors[name] = error_label(f"{name}Error")
        column = QVBoxLayout()
        column.setSpacing(2)
        if name == "einvoice_folder":
            row = QHBoxLayout()
            row.addWidget(editor, 1)
            row.addWidget(self.folder_button)
            column.addLayout(row)
        else:
            column.addWidget(editor)
        if name == "password":
            column.addWidget(self.keep_check)
        column.addWidget(self.errors[name])
        form.addRow(label, column)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("E-mail settings"))
        self.tabs.setTabText(0, self.tr("Mail &server"))
        self.tabs.setTabText(1, self.tr("&Messages"))
        titles = {
            "host": self.tr("Mail ser&ver (SMTP)"),
            "security": self.tr("&Encryption"),
            "port": self.tr("P&ort"),
            "username": self.tr("&User name"),
            "password": self.tr("Pass&word"),
            "sender_name": self.tr("Sender's &name"),
            "sender_address": self.tr("Sender's e-mail &address"),
            "reply_to": self.tr("&Replies to"),
            "bcc_self": self.tr("Copy"),
            "einvoice_folder": self.tr("E-invoice &folder"),
        }
        for name, title in titles.items():
            self._titles[name].setText(title)
        for name, edit in self.edits.items():
            edit.setAccessibleName(titles[name].replace("&", ""))
        self.security_combo.setAccessibleName(titles["security"].replace("&", ""))
        self.port_spin.setAccessibleName(titles["port"].replace("&", ""))
        self.password_edit.setAccessibleName(titles["password"].replace("&", ""))
        set_item_texts(
            self.security_combo,
            {
                SmtpSecurity.STARTTLS.value: self.tr("STARTTLS (usually port 587)"),
                SmtpSecurity.TLS.value: self.tr("TLS (usually port 465)"),
                SmtpSecurity.NONE.value: self.tr("None (a server on this network only)"),
            },
        )
        self.edits["host"].setPlaceholderText("smtp.example.fi")
        self.edits["username"].setPlaceholderText(self.tr("Empty when the server needs no login"))
        self.edits["reply_to"].setPlaceholderText(self.tr("The sender, when empty"))
        self.edits["einvoice_folder"].setPlaceholderText(
            self.tr("Finvoice files for the operator's upload")
        )
        self.password_edit.setPlaceholderText(
            self.tr("Kept in the keyring") if self._stored else ""
        )
        self.keep_check.setText(
            self.tr("&Keep in the keyring of this computer")
            if self._keyring
            else self.tr("No keyring on this computer: the password is asked each time")
        )
        self.bcc_check.setText(self.tr("Send me a blind &copy of every message"))
        self.folder_button.setText(self.tr("&Browse…"))
        self.test_button.setText(self.tr("&Test connection"))
        if self._test_message is not None:
            self.test_result.setText(self._test_message())
        if self._shown_errors is not None:
            show_field_errors(self.errors, self.general_error, self._shown_errors())

    def _security_changed(self) -> None:
        """A new encryption brings its usual port, unless the port was set by hand."""
        security = SmtpSecurity(self.security_combo.currentData())
        if self.port_spin.value() == DEFAULT_PORTS[self._security]:
            self.port_spin.setValue(DEFAULT_PORTS[security])
        self._security = security

    def choose_folder(self) -> None:
        folder = self.prompts.folder(
            self.tr("Folder for e-invoice files"), self.edits["einvoice_folder"].text()
        )
        if folder is not None:
            self.edits["einvoice_folder"].setText(str(folder))

    def settings(self) -> EmailSettings:
        """The settings as typed (not checked)."""
        return EmailSettings(
            **{name: edit.text() for name, edit in self.edits.items()},
            port=self.port_spin.value(),
            security=SmtpSecurity(self.security_combo.currentData()),
            bcc_self=self.bcc_check.isChecked(),
        )

    def _checked(self) -> EmailSettings | None:
        try:
            clean = validate_email_settings(self.settings())
        except FieldErrors as exc:
            self._shown_errors = partial(errors_text, exc)
            show_field_errors(self.errors, self.general_error, self._shown_errors())
            return None
        self._shown_errors = None
        show_field_errors(self.errors, self.general_error, {})
        return clean

    # --- test connection ---------------------------------------------------------------

    def test_connection(self) -> Worker | None:
        """Connect and log in with the settings as typed, in a thread; the result shows."""
        settings = self._checked()
        if settings is None or self.worker is not None:
            return None
        password: str | None = self.password_edit.text() or None
        if password is None and settings.username:
            password = self.service.passwords.get(settings.host, settings.username)
        self._show_test(lambda: self.tr("Connecting to {host}…").format(host=settings.host))
        self.test_button.setEnabled(False)
        service = self.service
        worker = Worker(lambda _progress, _cancelled: service.test_connection(password, settings))
        worker.succeeded.connect(lambda _r: self._tested(None))
        worker.failed.connect(self._tested)
        self.worker = worker.start_job()
        return worker

    def _tested(self, error: object) -> None:
        self.worker = None
        self.test_button.setEnabled(True)
        if isinstance(error, ValidationError):
            self._show_test(partial(error_text, error))
        elif error is None:
            self._show_test(lambda: self.tr("The connection works: the server took the login."))
        else:
            raise RuntimeError("test connection failed unexpectedly") from (
                error if isinstance(error, BaseException) else None
            )

    def _show_test(self, message: Callable[[], str]) -> None:
        self._test_message = message
        self.test_result.setText(message())

    # --- saving ------------------------------------------------------------------------

    def accept(self) -> None:
        settings = self._checked()
        if settings is None:
            self.tabs.setCurrentIndex(0)
            return
        try:
            templates = self.templates.changed()
        except FieldErrors:
            self.tabs.setCurrentIndex(1)
            return
        try:
            self.service.save_settings(settings)
        except FieldErrors as exc:
            self._shown_errors = partial(errors_text, exc)
            show_field_errors(self.errors, self.general_error, self._shown_errors())
            return
        for (kind, language), template in templates.items():
            self.service.save_template(kind, language, template)
        self._save_password(settings)
        super().accept()

    def _save_password(self, settings: EmailSettings) -> None:
        password = self.password_edit.text()
        if not settings.username:
            return
        if not self.keep_check.isChecked():
            self.service.forget_password()
            return
        if password:
            try:
                self.service.keep_password(password)
            except ValidationError as exc:
                self.prompts.warn(self.windowTitle(), error_text(exc))


__all__ = ["EmailSettingsDialog"]
