"""File › Back up to… and Restore from….

The restore dialog lists the backups of the backup folder, newest first, checks the
chosen one (integrity, schema version) before the Restore button can be pressed, and
asks once more naming the backup's date. When the register itself is damaged on open,
``app.py`` shows the same dialog with the newest good backup already chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.backup import (
    BackupKind,
    BackupService,
    RestoreCheck,
    list_backups,
)
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

PATH_ROLE = Qt.ItemDataRole.UserRole

# Why each backup was made, as the list says it; a kind not named here shows as it is.
_KIND_NAMES: dict[str, object] = {
    BackupKind.DAILY: QT_TRANSLATE_NOOP("RestoreDialog", "daily"),
    BackupKind.MANUAL: QT_TRANSLATE_NOOP("RestoreDialog", "manual"),
    BackupKind.BEFORE_IMPORT: QT_TRANSLATE_NOOP("RestoreDialog", "before import"),
    BackupKind.BEFORE_MERGE: QT_TRANSLATE_NOOP("RestoreDialog", "before merge"),
    BackupKind.BEFORE_ERASE: QT_TRANSLATE_NOOP("RestoreDialog", "before erasure"),
    BackupKind.BEFORE_RESTORE: QT_TRANSLATE_NOOP("RestoreDialog", "before restore"),
}


def _local(made: object) -> str:
    from datetime import datetime

    if not isinstance(made, datetime):
        return ""
    stamp = QDateTime(made.year, made.month, made.day, made.hour, made.minute, made.second)
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


def back_up_to(parent: QWidget, service: BackupService) -> Path | None:
    """Ask for a file and back up to it; returns the file, None when cancelled."""
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("BackupDialogs", "Back up to"),
        "asiakasrekisteri-varmuuskopio.sqlite3",
        QCoreApplication.translate("BackupDialogs", "Register backups (*.sqlite3)"),
    )
    if not name:
        return None
    target = Path(name)
    try:
        service.backup(target=target)
    except (OSError, ValidationError) as exc:
        text = error_text(exc) if isinstance(exc, ValidationError) else str(exc)
        QMessageBox.warning(parent, QCoreApplication.translate("BackupDialogs", "Back up"), text)
        return None
    return target


class RestoreDialog(Retranslating, QDialog):
    """Choose a backup, see it checked, and restore it.

    Args:
        folder: The backup folder listed.
        verify: Checks a file (``BackupService.verify`` or ``verify_file``).
        restore: Puts a checked file in place; returns a line for the user.
        damaged: The register could not be opened; says so at the top.

    Attributes:
        backup_list: The backups, newest first; the last entry lets the user pick a file.
        status_label: What the check of the chosen file found.
        restore_button: Enabled only for a file that passed the check.
        result_text: The restore's message after a successful restore.
    """

    def __init__(
        self,
        folder: Path,
        verify: Callable[[Path], RestoreCheck],
        restore: Callable[[Path], str],
        parent: QWidget | None = None,
        *,
        damaged: str = "",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self._verify = verify
        self._restore = restore
        self._damaged = damaged
        self._backups = {str(info.path): info for info in list_backups(folder)}
        self._check: RestoreCheck | None = None
        self.result_text = ""
        layout = QVBoxLayout(self)
        self.damaged_label = QLabel()
        self.damaged_label.setObjectName("damagedLabel")
        self.damaged_label.setWordWrap(True)
        self.damaged_label.setVisible(bool(damaged))
        layout.addWidget(self.damaged_label)
        self.list_label = QLabel()
        layout.addWidget(self.list_label)
        self.backup_list = QListWidget()
        self.backup_list.setObjectName("backupList")
        layout.addWidget(self.backup_list, 1)
        self.choose_button = QPushButton()
        self.choose_button.setObjectName("chooseBackupFileButton")
        layout.addWidget(self.choose_button)
        self.status_label = QLabel()
        self.status_label.setObjectName("restoreStatusLabel")
        self.status_label.setWordWrap(True)
        layout.addWidget(self.status_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.restore_button.setObjectName("restoreButton")
        layout.addWidget(buttons)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_chosen)
        self.choose_button.clicked.connect(self._choose_file)
        self.backup_list.currentItemChanged.connect(lambda _c, _p: self._check_current())
        for path in self._backups:
            item = QListWidgetItem()
            item.setData(PATH_ROLE, path)
            self.backup_list.addItem(item)
        self.resize(520, 420)
        self.retranslateUi()
        self.select_newest_good()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Restore from a backup"))
        if self._damaged:
            self.damaged_label.setText(
                self.tr(
                    "The register is damaged and cannot be opened:\n{error}\n\nThe newest "
                    "backup that passes the check is chosen below. The damaged file is kept "
                    "beside the register."
                ).format(error=self._damaged)
            )
        self.list_label.setText(self.tr("Backups, newest first:"))
        self.choose_button.setText(self.tr("Choose another file…"))
        self.restore_button.setText(self.tr("Restore"))
        for row in range(self.backup_list.count()):
            item = self.backup_list.item(row)
            info = self._backups.get(str(item.data(PATH_ROLE)))
            if info is not None:  # a file the user chose shows its name
                item.setText(f"{_local(info.made_at)}  ({self._kind_name(info.kind)})")
        self._show_check(self._check)

    def _kind_name(self, kind: str) -> str:
        name = _KIND_NAMES.get(kind)
        return self.tr(str(name)) if name is not None else kind

    # --- questions (tests replace these) -----------------------------------------------

    def ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from"), "", self.tr("Register backups (*.sqlite3)")
        )
        return Path(name) if name else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Restore"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Restore"), text)

    # --- choosing ------------------------------------------------------------------------

    def chosen_path(self) -> Path | None:
        item = self.backup_list.currentItem()
        return Path(str(item.data(PATH_ROLE))) if item is not None else None

    def select_newest_good(self) -> None:
        """Choose the newest backup that passes the check (the first, normally)."""
        for row in range(self.backup_list.count()):
            self.backup_list.setCurrentRow(row)
            if self._check is not None and self._check.ok:
                return
        if self.backup_list.count():
            self.backup_list.setCurrentRow(0)
        else:
            self._show_check(None)

    def _choose_file(self) -> None:
        path = self.ask_file()
        if path is None:
            return
        item = QListWidgetItem(path.name)
        item.setData(PATH_ROLE, str(path))
        self.backup_list.insertItem(0, item)
        self.backup_list.setCurrentItem(item)

    def _check_current(self) -> None:
        path = self.chosen_path()
        self._show_check(self._verify(path) if path is not None else None)

    def _show_check(self, check: RestoreCheck | None) -> None:
        self._check = check
        if check is None:
            self.status_label.setText(self.tr("No backup chosen."))
        elif check.ok:
            lines = [
                self.tr("The backup is intact: %n customer(s).", "", check.customers),
            ]
            if check.needs_upgrade:
                lines.append(self.tr("It is from an older version and is upgraded on restore."))
            if check.missing_attachments:
                lines.append(
                    self.tr("%n attachment file(s) of it cannot be found.", "",
                            check.missing_attachments)
                )  # fmt: skip
            self.status_label.setText("\n".join(lines))
        else:
            self.status_label.setText(
                self.tr("This file cannot be restored: {problems}").format(
                    problems="; ".join(check.problems)
                )
            )
        self.restore_button.setEnabled(check is not None and check.ok)

    def restore_chosen(self) -> bool:
        """Ask, then restore the chosen, checked backup; True when it was restored."""
        check = self._check
        if check is None or not check.ok:
            return False
        when = _local(check.made_at) if check.made_at else check.path.name
        question = self.tr(
            "Replace the register with the backup of {when}?\n\nChanges made after it are "
            "lost from the register; the current state is backed up first."
        ).format(when=when)
        if not self.confirm(question):
            return False
        try:
            self.result_text = self._restore(check.path)
        except (OSError, ValidationError) as exc:
            self.warn(error_text(exc) if isinstance(exc, ValidationError) else str(exc))
            return False
        self.accept()
        return True


__all__ = ["RestoreDialog", "back_up_to"]
