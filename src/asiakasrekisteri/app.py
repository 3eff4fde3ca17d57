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
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.excel_export import ExcelExportService
from asiakasrekisteri.services.excel_import import ExcelImportService
from asiakasrekisteri.services.invoicing import InvoicingService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.errors import StorageError
from asiakasrekisteri.ui.i18n import Translators, system_language
from asiakasrekisteri.ui.main_window import MainWindow, Services

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
    )
    return MainWindow(services, settings, database_label=db.backend.describe())


def run(db_arg: str | None = None) -> int:
    """Start the GUI on the database chosen by ``--db``, the environment or the default."""
    app = create_application()
    settings = QSettings()
    translators = Translators()
    language = str(settings.value(LANGUAGE_KEY, "") or system_language())
    translators.install(app, language)
    path = database_path(db_arg)
    try:
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
        if db.upgraded_from is not None:
            window.statusBar().showMessage(
                app.translate("App", "The register was upgraded; a copy was saved first."), 8000
            )
        window.show()
        return app.exec()
    finally:
        db.close()
