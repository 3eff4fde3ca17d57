"""Composition root of the GUI: paths → register → services → main window and its features."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from urllib.parse import unquote, urlsplit

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from asiakasrekisteri import APP_NAME, ORG_NAME, __version__
from asiakasrekisteri.credentials import store_password
from asiakasrekisteri.logs import configure_logging
from asiakasrekisteri.paths import backup_dir, register_location, server_account
from asiakasrekisteri.register_lock import InstanceLock
from asiakasrekisteri.services.container import Services, open_services, scratch_area
from asiakasrekisteri.storage.errors import (
    DatabaseDamagedError,
    RegisterLoginError,
    StorageError,
)
from asiakasrekisteri.ui import app_actions as app_feature
from asiakasrekisteri.ui.after_show import AfterFirstPaint
from asiakasrekisteri.ui.backups import actions as backup_feature
from asiakasrekisteri.ui.banking import actions as payments_feature
from asiakasrekisteri.ui.crash_dialog import install_excepthook
from asiakasrekisteri.ui.delivery import actions as delivery_feature
from asiakasrekisteri.ui.dialogs.first_run import show_first_run
from asiakasrekisteri.ui.i18n import Translators, storage_text
from asiakasrekisteri.ui.invoicing import actions as invoicing_feature
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.preferences import apply_theme, effective_language, stored_theme
from asiakasrekisteri.ui.privacy import actions as privacy_feature
from asiakasrekisteri.ui.sharing import actions as sharing_feature
from asiakasrekisteri.ui.sharing.connection_dialog import ConnectionDialog
from asiakasrekisteri.ui.spreadsheets import actions as spreadsheet_feature
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.trade_register import actions as trade_register_feature

logger = logging.getLogger(__name__)


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


@dataclass(frozen=True)
class Features:
    """The features installed in the main window, in the order they were installed."""

    backups: backup_feature.BackupActions
    spreadsheets: spreadsheet_feature.SpreadsheetActions
    invoicing: invoicing_feature.InvoicingActions
    delivery: delivery_feature.DeliveryActions
    payments: payments_feature.BankPaymentActions
    privacy: privacy_feature.PrivacyActions
    sharing: sharing_feature.SharingActions
    app: app_feature.AppActions
    trade_register: trade_register_feature.TradeRegisterActions


@dataclass(frozen=True)
class BuiltWindow:
    """The main window with every feature in it."""

    window: MainWindow
    features: Features


def build_window(services: Services, settings: QSettings, translators: Translators) -> BuiltWindow:
    """The main window on ``services``, with every feature installed.

    The order decides where equal places go: the backup commands stand above the
    spreadsheet ones in the File menu, invoicing's settings above Preferences.
    """
    window = MainWindow(services, settings, database_label=services.db.backend.describe())
    backups = backup_feature.install(window, services)
    spreadsheets = spreadsheet_feature.install(window, services)
    invoicing = invoicing_feature.install(window, services)
    payments = payments_feature.install(window, services)
    # Bank payments change invoices; a newly sent invoice may take the customer's credit.
    payments.paymentsChanged.connect(invoicing.reload_invoices)
    invoicing.invoiceChanged.connect(payments.offer_credit)
    features = Features(
        backups=backups,
        spreadsheets=spreadsheets,
        invoicing=invoicing,
        delivery=delivery_feature.install(window, services, invoicing),
        payments=payments,
        privacy=privacy_feature.install(
            window, services, settings, backup_made=backups.update_backup_label
        ),
        sharing=sharing_feature.install(window, services, settings),
        app=app_feature.install(window, services, settings, translators),
        trade_register=trade_register_feature.install(window, services, settings),
    )
    return BuiltWindow(window, features)


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
    log_path = configure_logging()
    logger.info("%s %s starting", APP_NAME, __version__)
    app = create_application()
    settings = QSettings()
    translators = Translators()
    translators.install(app, effective_language(settings))
    apply_theme(app, stored_theme(settings))
    where = register_location(db_arg)
    # Temporary files (PDFs shown, exports being written, a backup being checked) go to
    # the private folder; what a crashed run left there goes first.
    scratch = scratch_area(where)
    try:
        scratch.open()
    except OSError as exc:
        logger.warning("No private temporary folder: %s", type(exc).__name__)
    try:
        if isinstance(where, str):
            # A shared register coordinates its users in the database; no file lock.
            return _run_shared(app, settings, where, translators, log_path)
        lock = InstanceLock(where)
        if not lock.acquire():
            QMessageBox.critical(None, APP_NAME, lock.message())
            return 3
        try:
            return _run_locked(app, settings, where, translators, log_path)
        finally:
            lock.release()
    finally:
        scratch.close()


def open_shared_services(
    url: str, ask_password: Callable[[str], ConnectionDialog | None]
) -> Services:
    """Open a shared register, asking for the password while the server refuses it.

    Raises:
        StorageError: The server cannot be used (or the user cancelled: RegisterLoginError).
    """
    password: str | None = None
    while True:
        try:
            return open_services(url, password=password)
        except RegisterLoginError:
            dialog = ask_password(url)
            if dialog is None:
                raise
            password = dialog.password()
            if dialog.remember() and password is not None:
                store_password(server_account(url), password)


def _ask_password(url: str) -> ConnectionDialog | None:
    dialog = ConnectionDialog(
        url=url,
        purpose=lambda: QApplication.translate(
            "App", "The server asks for the password of {user}."
        ).format(user=unquote(urlsplit(url).username or "")),
        password_only=True,
    )
    return dialog if dialog.exec() else None


def _run_shared(
    app: QApplication, settings: QSettings, url: str, translators: Translators, log_path: Path
) -> int:
    try:
        services = open_shared_services(url, _ask_password)
    except StorageError as exc:
        QMessageBox.critical(
            None,
            APP_NAME,
            app.translate("App", "The register could not be opened:\n\n{error}").format(
                error=storage_text(exc)
            ),
        )
        return 2
    return _run_services(app, settings, services, translators, log_path)


def _run_locked(
    app: QApplication, settings: QSettings, path: Path, translators: Translators, log_path: Path
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
                error=storage_text(exc)
            ),
        )
        return 2
    return _run_services(app, settings, services, translators, log_path)


def _run_services(
    app: QApplication,
    settings: QSettings,
    services: Services,
    translators: Translators,
    log_path: Path,
) -> int:
    try:
        built = build_window(services, settings, translators)
        window = built.window
        # An error no code caught: logged, explained over the window, and survived.
        hook = install_excepthook(lambda: window, log_path, explained=(StorageError,))
        try:
            return _show(app, built, services, settings)
        finally:
            hook.uninstall()
            # A lookup or an analysis still running ends before the register closes.
            Worker.wait_all()
    finally:
        services.close()


def _show(app: QApplication, built: BuiltWindow, services: Services, settings: QSettings) -> int:
    """The day's first backup, the window, the welcome dialog on a first start; then run."""
    window = built.window
    services.backups.backup_daily_if_needed()
    built.features.backups.update_backup_label()
    # Files of deleted customers, or left behind by a crash, go.
    services.attachments.collect_garbage()
    if services.db.upgraded_from is not None:
        window.show_status(
            app.translate("App", "The register was upgraded; a copy was saved first."), 8000
        )
    AfterFirstPaint(window, window.list_view.viewport(), services, window.model.query)
    window.show()
    show_first_run(window, settings, services, built.features.spreadsheets.import_file)
    return app.exec()
