"""The composition root: every service of the program, built in one place.

The window, the command line and the tests all get their services from
:func:`open_services` (or :func:`build_services` on a register they opened themselves),
so each rule is wired once: which features keep records on a customer, where backups go,
and which services make a backup before a write that cannot be undone (import, merge,
erase, restore).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from asiakasrekisteri.paths import backup_dir, database_path, scratch_dir
from asiakasrekisteri.scratch import ScratchArea
from asiakasrekisteri.services.attachments import AttachmentService, attachment_folder
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.dependents import DependentRecords
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.services.invoicing import (
    InvoicingService,
    anonymise_buyer,
    count_invoices,
    move_invoices,
)
from asiakasrekisteri.services.onboarding import DemoService
from asiakasrekisteri.services.privacy import PrivacyService
from asiakasrekisteri.services.products import ProductService
from asiakasrekisteri.services.spreadsheets import ExcelExportService, ExcelImportService
from asiakasrekisteri.storage.db import Database


@dataclass(frozen=True)
class Services:
    """Every use case of the program on one open register.

    Attributes:
        db: The open register; :meth:`close` closes it.
        dependents: The records features keep on customers (invoices).
        company, customers, history, attachments, backups, privacy, invoicing, products,
            excel_import, excel_export, demo: The services.
    """

    db: Database
    dependents: DependentRecords
    company: CompanyService
    customers: CustomerService
    history: HistoryService
    attachments: AttachmentService
    backups: BackupService
    privacy: PrivacyService
    invoicing: InvoicingService
    products: ProductService
    excel_import: ExcelImportService
    excel_export: ExcelExportService
    demo: DemoService

    def close(self) -> None:
        self.db.close()


def register_dependents(dependents: DependentRecords) -> None:
    """Name every kind of record that hangs on a customer: invoices, for now."""
    dependents.register(
        "invoices", kept=count_invoices, move=move_invoices, anonymise=anonymise_buyer
    )


def build_services(db: Database, backup_folder: Path) -> Services:
    """Every service on ``db``, with backups going to ``backup_folder``."""
    dependents = DependentRecords()
    register_dependents(dependents)
    attachments = AttachmentService(db)
    backups = BackupService(db, backup_folder, attachments)
    customers = CustomerService(db, dependents, backups)
    invoicing = InvoicingService(db)
    return Services(
        db=db,
        dependents=dependents,
        company=CompanyService(db),
        customers=customers,
        history=HistoryService(db),
        attachments=attachments,
        backups=backups,
        privacy=PrivacyService(
            db,
            customers,
            attachments,
            backups,
            ScratchArea(
                scratch_dir(),
                trees=(backup_folder, attachments.folder),
                folders=(attachments.folder.parent,),
            ),
        ),
        invoicing=invoicing,
        products=ProductService(db),
        excel_import=ExcelImportService(db, dependents, backups),
        excel_export=ExcelExportService(db, customers, invoicing),
        demo=DemoService(db),
    )


def scratch_area(db_path: Path) -> ScratchArea:
    """The private temporary folder, with the places a write on ``db_path`` may leave a
    part in: its backups and attachments (with their subfolders) and its own folder."""
    return ScratchArea(
        scratch_dir(),
        trees=(backup_dir(db_path), attachment_folder(db_path)),
        folders=(db_path.parent,),
    )


def open_register(location: str | os.PathLike[str] | None = None) -> Database:
    """Open the register at ``location`` (``--db``; else the environment, else the default).

    A file written by an older version is upgraded, after a copy in the backup folder.
    """
    path = database_path(location)
    return Database.open_sqlite(path, backup_dir=backup_dir(path))


def open_services(location: str | os.PathLike[str] | None = None) -> Services:
    """Open the register at ``location`` and build every service on it."""
    path = database_path(location)
    db = open_register(path)
    try:
        return build_services(db, backup_dir(path))
    except BaseException:
        db.close()
        raise


__all__ = [
    "Services",
    "build_services",
    "open_register",
    "open_services",
    "register_dependents",
    "scratch_area",
]
