"""The backup commands of the File menu and the last-backup label of the status bar.

:func:`install` adds File › Back up now, Back up to…, Restore from… and Check the
register, and keeps the status bar telling when the last backup was made.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QObject
from PySide6.QtWidgets import QLabel, QMessageBox

from asiakasrekisteri.services.backup import BackupKind, BackupService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui.dialogs.backup_dialogs import RestoreDialog, back_up_to
from asiakasrekisteri.ui.host import Anchor, MenuPlace, WindowHost
from asiakasrekisteri.ui.widgets.commands import command
from asiakasrekisteri.ui.widgets.form_rows import error_color

__all__ = ["BackupActions", "install"]


class BackupActions(QObject):
    """Backing up, restoring and checking the open register.

    Attributes:
        backup_now_action, backup_to_action, restore_action, check_action: The commands.
        backup_label: The status bar's "Last backup: …" (a warning when it is old).
    """

    def __init__(self, host: WindowHost, backups: BackupService) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("backupActions")
        self.host = host
        self.backups = backups
        self.backup_now_action = command(self, self.backup_now, "backupNowAction")
        self.backup_to_action = command(self, self.backup_to, "backupToAction")
        self.restore_action = command(self, self.restore_from, "restoreAction")
        self.check_action = command(self, self.check_register, "checkAction")
        host.add_section(
            MenuPlace.FILE,
            [self.backup_now_action, self.backup_to_action, self.restore_action,
             self.check_action],
            before=Anchor.QUIT,
        )  # fmt: skip
        self.backup_label = QLabel(host.parent_widget())
        self.backup_label.setObjectName("lastBackupLabel")
        host.add_status_widget(self.backup_label)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        """The commands' texts and the label in the current language."""
        self.backup_now_action.setText(self.tr("&Back up now"))
        self.backup_to_action.setText(self.tr("Back &up to…"))
        self.restore_action.setText(self.tr("&Restore from…"))
        self.check_action.setText(self.tr("&Check the register"))
        self.update_backup_label()

    def update_backup_label(self) -> None:
        """Status bar: when the last backup was made; a warning when it is old."""
        last = self.backups.last_backup_time()
        if last is None:
            text = self.tr("No backup yet")
        else:
            stamp = QDateTime(last.year, last.month, last.day, last.hour, last.minute, 0)
            text = self.tr("Last backup: {when}").format(
                when=QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
            )
        old = self.backups.backup_is_old()
        label = self.backup_label
        label.setProperty("warning", old)
        label.setStyleSheet(f"color: {error_color()}; font-weight: bold;" if old else "")
        label.setText(("⚠ " + text) if old else text)
        label.setToolTip(
            self.tr("The last backup is more than 7 days old. Use File › Back up now.")
            if old
            else ""
        )

    def backup_now(self) -> None:
        path = self.backups.backup(BackupKind.MANUAL)
        self.update_backup_label()
        self.host.show_status(self.tr("Backed up to {path}").format(path=str(path)), 5000)

    def backup_to(self) -> None:
        target = back_up_to(self.host.parent_widget(), self.backups)
        if target is not None:
            self.host.show_status(self.tr("Backed up to {path}").format(path=str(target)), 5000)

    def restore_dialog(self) -> RestoreDialog:
        """The restore dialog over the open register (tests drive it)."""
        backups = self.backups

        def restore(path: Path) -> str:
            result = backups.restore(path)
            return self.tr("Restored. The register as it was is saved as {path}.").format(
                path=str(result.safety_backup)
            )

        return RestoreDialog(backups.folder, backups.verify, restore, self.host.parent_widget())

    def restore_from(self) -> None:
        if not self.host.maybe_save_changes():
            return
        dialog = self.restore_dialog()
        if dialog.exec():
            self.after_restore(dialog.result_text)

    def after_restore(self, message: str) -> None:
        self.host.reload_customers()
        self.host.new_customer()
        self.update_backup_label()
        self.host.show_status(message, 8000)

    def check_register(self) -> None:
        report = self.backups.check()
        if report.ok:
            QMessageBox.information(
                self.host.parent_widget(), self.tr("Check"), self.tr("The register is intact.")
            )
        else:
            self.host.warn(
                self.tr("Check"),
                "\n".join(f"{p.message} ({p.count})" for p in report.problems),
            )


def install(host: WindowHost, services: Services) -> BackupActions:
    """Add the backup commands and the last-backup label to the window."""
    return BackupActions(host, services.backups)
