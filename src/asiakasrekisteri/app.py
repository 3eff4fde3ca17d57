"""Composition root: paths → database → services → main window."""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from asiakasrekisteri import APP_NAME, ORG_NAME, __version__
from asiakasrekisteri.paths import backup_dir, database_path
from asiakasrekisteri.register_lock import InstanceLock
from asiakasrekisteri.services.container import Services, open_services
from asiakasrekisteri.storage.errors import DatabaseDamagedError, StorageError
from asiakasrekisteri.ui.app_actions import install_app_actions
from asiakasrekisteri.ui.dialogs.first_run import show_first_run
from asiakasrekisteri.ui.i18n import Translators, system_language
from asiakasrekisteri.ui.main_window import MainWindow
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


def build_window(services: Services, settings: QSettings) -> MainWindow:
    return MainWindow(services, settings, database_label=services.db.backend.describe())


def offer_restore(path: Path, error: StorageError) -> bool:
    """The register is damaged: the restore dialog, newest good backup chosen."""
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
        services = open_services(path)
    except DatabaseDamagedError as exc:
        if not offer_restore(path, exc):
            return 2
        services = open_services(path)
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
        window = build_window(services, settings)
        install_app_actions(window, translators)
        # The automatic backup on the first start of each day.
        services.backups.backup_daily_if_needed()
        window.update_backup_label()
        # Files of deleted customers, or left behind by a crash, go.
        services.attachments.collect_garbage()
        if services.db.upgraded_from is not None:
            window.statusBar().showMessage(
                app.translate("App", "The register was upgraded; a copy was saved first."), 8000
            )
        window.show()
        show_first_run(window, settings, services.demo)
        return app.exec()
    finally:
        services.close()
