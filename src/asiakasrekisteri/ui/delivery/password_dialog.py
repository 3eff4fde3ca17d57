"""Asks for the mail server password when the keyring does not have it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.delivery import DeliveryService
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.prompts import Prompts
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class PasswordDialog(Retranslating, QDialog):
    """The password of the mail server's user, and whether the keyring keeps it.

    Attributes:
        password_edit: The password (``passwordEdit``), shown as dots.
        keep_check: Keep it in the keyring (``keepPasswordCheck``); off and disabled
            where no keyring exists, with ``note`` saying it is asked each time.
    """

    def __init__(
        self, host: str, username: str, *, keyring: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._host = host
        self._username = username
        self._keyring = keyring
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_label = QLabel()
        self.password_label.setBuddy(self.password_edit)
        self.keep_check = QCheckBox()
        self.keep_check.setObjectName("keepPasswordCheck")
        self.keep_check.setChecked(keyring)
        self.keep_check.setEnabled(keyring)
        self.note = QLabel()
        self.note.setObjectName("keyringNote")
        self.note.setWordWrap(True)
        self.note.setVisible(not keyring)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.password_label, self.password_edit)
        form.addRow("", self.keep_check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Mail server password"))
        self.intro.setText(
            self.tr("The password of {user} at {host}:").format(
                user=self._username, host=self._host
            )
        )
        self.password_label.setText(self.tr("&Password"))
        self.password_edit.setAccessibleName(self.tr("Password"))
        self.keep_check.setText(self.tr("&Keep it in the keyring of this computer"))
        self.note.setText(
            self.tr(
                "This computer has no keyring, so the password cannot be kept; it is asked "
                "each time mail is sent."
            )
        )

    def password(self) -> str:
        return self.password_edit.text()


class DeliveryPrompts(Prompts):
    """The questions of the delivery windows; tests replace the methods."""

    def password(self, host: str, username: str, *, keyring: bool) -> tuple[str, bool] | None:
        """The password typed and whether to keep it; None when cancelled."""
        dialog = PasswordDialog(host, username, keyring=keyring, parent=self._parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.password(), dialog.keep_check.isChecked()

    def print_file(self, title: str, suggested: str) -> Path | None:
        """Where the documents to print are collected; None when cancelled."""
        name, _selected = QFileDialog.getSaveFileName(self._parent, title, suggested, "PDF (*.pdf)")
        return Path(name) if name else None

    def folder(self, title: str, start: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self._parent, title, start)
        return Path(name) if name else None


def ask_password(
    service: DeliveryService, prompts: DeliveryPrompts, title: str
) -> tuple[bool, str | None]:
    """The password for sending now: from the keyring, else asked (and kept if wished).

    Returns:
        ``(True, password)`` to go on (None when the server wants no login), or
        ``(False, None)`` when the user cancelled.
    """
    settings = service.settings()
    if not settings.username:
        return True, None
    stored = service.stored_password()
    if stored is not None:
        return True, stored
    answer = prompts.password(settings.host, settings.username, keyring=service.keyring_available())
    if answer is None:
        return False, None
    password, keep = answer
    if keep:
        try:
            service.keep_password(password)
        except ValidationError as exc:
            prompts.warn(title, error_text(exc))
    return True, password
