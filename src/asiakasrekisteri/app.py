"""Composition root: paths → database → services → main window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from asiakasrekisteri import APP_NAME, ORG_NAME, __version__
from asiakasrekisteri.paths import backup_dir, database_path
from asiakasrekisteri.services.attachments import AttachmentService
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.excel_export import ExcelExportService
from asiakasrekisteri.services.excel_import import ExcelImportService
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.onboarding import DemoService
from asiakasrekisteri.services.privacy import PrivacyService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import DatabaseDamagedError, StorageError
from asiakasrekisteri.ui.app_actions import install_app_actions
from asiakasrekisteri.ui.dialogs.first_run import show_first_run
from asiakasrekisteri.ui.i18n import Translators, system_language
from asiakasrekisteri.ui.instance_lock import InstanceLock
from asiakasrekisteri.ui.main_window import MainWindow, Services
from asiakasrekisteri.ui.preferences import apply_theme, stored_theme

LANGUAGE_KEY = "ui/language"


def create_application(argv: list[str] | None = None) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationVersion(__version__)
    icon = resources.files("asiakasrekisteri") / "resources" / "icons" / "asiakasrekisteri.svg"
    app.setWindowIcon(QIcon(str(icon)))
    return app


def open_database(path: Path) -> Database:
    return Database.open_sqlite(path, backup_dir=backup_dir(path))


def build_window(db: Database, settings: QSettings) -> MainWindow:
    services = Services(
        customers=CustomerService(db),
        company=CompanyService(db),
        invoicing=InvoicingService(db),
        products=ProductService(db),
        excel_import=ExcelImportService(db),
        excel_export=ExcelExportService(db),
        **_data_services(db),
    )
    return MainWindow(services, settings, database_label=db.backend.describe())


def _data_services(db: Database) -> dict[str, Any]:
    """History, attachments, backups and privacy (issue 5)."""
    attachments = AttachmentService(db)
    backups = BackupService(db, backup_dir(Path(db.backend.describe())), attachments)
    return {
        "attachments": attachments,
        "history": HistoryService(db),
        "backups": backups,
        "privacy": PrivacyService(db, attachments, backups),
    }


def offer_restore(path: Path, error: StorageError) -> bool:
    """The register is damaged: the restore dialog, newest good backup chosen (issue 5)."""
    from asiakasrekisteri.services.backup import SHARED_BLOBS, restore_over_damaged, verify_file
    from asiakasrekisteri.ui.dialogs.backup_dialogs import RestoreDialog

    folder = backup_dir(path)

    def restore(backup: Path) -> str:
        return str(restore_over_damaged(path, backup, folder))

    dialog = RestoreDialog(
        folder,
        lambda p: verify_file(p, [folder / SHARED_BLOBS]),
        restore,
        damaged=str(error),
    )
    return bool(dialog.exec())


def run(db_arg: str | None = None) -> int:
    """Start the GUI on the database chosen by ``--db``, the environment or the default."""
    app = create_application()
    settings = QSettings()
    translators = Translators()
    language = str(settings.value(LANGUAGE_KEY, "") or system_language())
    translators.install(app, language)
    apply_theme(app, stored_theme(settings))
    path = database_path(db_arg)
    lock = InstanceLock(path)
    if not lock.acquire():
        QMessageBox.critical(None, APP_NAME, lock.message())
        return 3
    try:
        return _run_locked(app, settings, path, translators)
    finally:
        lock.release()


def _run_locked(
    app: QApplication, settings: QSettings, path: Path, translators: Translators
) -> int:
    try:
        db = open_database(path)
    except DatabaseDamagedError as exc:
        if not offer_restore(path, exc):
            return 2
        db = open_database(path)
    except StorageError as exc:
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate("App", "The register could not be opened:\n\n{error}").format(
                error=str(exc)
            ),
        )
        return 2
    try:
        window = build_window(db, settings)
        install_app_actions(window, translators)  # Preferences, User guide (issue 6)
        if window.services.backups is not None:
            # The automatic backup on the first start of each day (issue 5, item 3).
            window.services.backups.backup_daily_if_needed()
            window.update_backup_label()
        if window.services.attachments is not None:
            # Files of deleted customers, or left by a crash, go (issue 5, item 6).
            window.services.attachments.collect_garbage()
        if db.upgraded_from is not None:
            window.statusBar().showMessage(
                app.translate("App", "The register was upgraded; a copy was saved first."), 8000
            )
        window.show()
        show_first_run(window, settings, DemoService(db))  # issue 6, item 2
        return app.exec()
    finally:
        db.close()
