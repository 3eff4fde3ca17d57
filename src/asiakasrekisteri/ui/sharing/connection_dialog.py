"""The address and login of a register shared on a PostgreSQL server."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from urllib.parse import quote, unquote, urlsplit

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.credentials import keyring_available
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

DEFAULT_PORT = 5432


def _login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return ""


class ConnectionDialog(Retranslating, QDialog):
    """Server, port, database and user name, the password, and whether to remember it.

    With ``password_only`` the address is shown but fixed: the program asks for the
    password of a register it is opening.

    Args:
        purpose: Gives the line above the fields saying what the connection is for, in
            the current language.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        url: str = "",
        purpose: Callable[[], str] = str,
        password_only: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("connectionDialog")
        self._purpose = purpose
        self.purpose = QLabel(self)
        self.purpose.setWordWrap(True)
        self.host_edit = QLineEdit("localhost", self)
        self.port_spin = QSpinBox(self)
        self.port_spin.setRange(1, 65535)
        self.port_spin.setValue(DEFAULT_PORT)
        self.database_edit = QLineEdit("asiakasrekisteri", self)
        self.user_edit = QLineEdit(_login_name(), self)
        self.password_edit = QLineEdit(self)
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember_check = QCheckBox(self)
        self.remember_check.setEnabled(keyring_available())
        self.form = QFormLayout()
        fields: tuple[QWidget, ...] = (
            self.host_edit, self.port_spin, self.database_edit, self.user_edit,
            self.password_edit,
        )  # fmt: skip
        self.labels: list[QLabel] = []
        for field in fields:
            label = QLabel(self)
            label.setBuddy(field)
            self.labels.append(label)
            self.form.addRow(label, field)
        self.form.addRow("", self.remember_check)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._accept_if_complete)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel(self)
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.purpose)
        layout.addLayout(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if url:
            self.set_url(url)
        for edit in (self.host_edit, self.database_edit, self.user_edit):
            edit.setReadOnly(password_only)
        self.port_spin.setReadOnly(password_only)
        (self.password_edit if password_only else self.host_edit).setFocus()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Shared register on a server"))
        self.purpose.setText(self._purpose())
        labels = (
            self.tr("&Server:"),
            self.tr("P&ort:"),
            self.tr("&Database:"),
            self.tr("&User name:"),
            self.tr("&Password:"),
        )
        for label, text in zip(self.labels, labels, strict=True):
            label.setText(text)
        self.remember_check.setText(self.tr("&Remember the password in the system keyring"))
        self.remember_check.setToolTip(
            ""
            if keyring_available()
            else self.tr("This computer has no keyring; the password is asked each time.")
        )

    def set_url(self, url: str) -> None:
        parts = urlsplit(url)
        self.host_edit.setText(parts.hostname or "localhost")
        self.port_spin.setValue(parts.port or DEFAULT_PORT)
        self.database_edit.setText(unquote(parts.path.lstrip("/")))
        self.user_edit.setText(unquote(parts.username or ""))

    def url(self) -> str:
        """The register's address, without the password."""
        user = quote(self.user_edit.text().strip(), safe="")
        host = self.host_edit.text().strip()
        if ":" in host:  # an IPv6 address
            host = f"[{host}]"
        database = quote(self.database_edit.text().strip(), safe="")
        login = f"{user}@" if user else ""
        return f"postgresql://{login}{host}:{self.port_spin.value()}/{database}"

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def remember(self) -> bool:
        return self.remember_check.isEnabled() and self.remember_check.isChecked()

    def _accept_if_complete(self) -> None:
        if not self.host_edit.text().strip() or not self.database_edit.text().strip():
            self.problem.setText(self.tr("Give the server and the database."))
            return
        self.accept()


__all__ = ["ConnectionDialog"]
