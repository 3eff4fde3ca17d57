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

from asiakasrekisteri.credentials import stored_password
from asiakasrekisteri.paths import (
    backup_dir,
    register_location,
    scratch_dir,
    server_account,
    shared_register_dir,
)
from asiakasrekisteri.scratch import ScratchArea
from asiakasrekisteri.services.attachments import AttachmentService, attachment_folder
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.banking import (
    BankPaymentService,
    count_credit,
    move_credit,
)
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.delivery import DeliveryService, PasswordStore, SmtpTransport
from asiakasrekisteri.services.delivery.attempts import move_attempts
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
from asiakasrekisteri.services.register_copy import RegisterEnd
from asiakasrekisteri.services.spreadsheets import ExcelExportService, ExcelImportService
from asiakasrekisteri.services.team import TeamService
from asiakasrekisteri.services.trade_register import TradeRegisterService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.storage.locations import backend_for


@dataclass(frozen=True)
class Services:
    """Every use case of the program on one open register.

    Attributes:
        db: The open register; :meth:`close` closes it.
        dependents: The records features keep on customers (invoices).
        company, customers, history, attachments, backups, privacy, invoicing, products,
            excel_import, excel_export, demo, trade_register, delivery, bank_payments, team:
            The services.
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
    trade_register: TradeRegisterService
    delivery: DeliveryService
    bank_payments: BankPaymentService
    team: TeamService

    def close(self) -> None:
        self.db.close()


def register_dependents(dependents: DependentRecords) -> None:
    """Name every kind of record that hangs on a customer: invoices, deliveries, credit."""
    dependents.register(
        "invoices",
        kept=count_invoices,
        move=move_invoices,
        anonymise=anonymise_buyer,
        noun="%n invoice(s)",
    )
    dependents.register("deliveries", move=move_attempts)
    dependents.register(
        "credit",
        kept=count_credit,
        move=move_credit,
        noun="%n credit record(s)",
    )


def build_services(db: Database, backup_folder: Path) -> Services:
    """Every service on ``db``, with backups going to ``backup_folder``."""
    dependents = DependentRecords()
    register_dependents(dependents)
    attachments = AttachmentService(db, attachment_cache(db, backup_folder))
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
        trade_register=TradeRegisterService(db),
        delivery=DeliveryService(db, invoicing, PasswordStore(), SmtpTransport()),
        bank_payments=BankPaymentService(db),
        team=TeamService(db),
    )


def attachment_cache(db: Database, backup_folder: Path) -> Path | None:
    """Where this computer keeps copies of a shared register's attachments; None for a file."""
    return backup_folder.parent / "attachments" if db.backend.blobs_in_database else None


def backup_folder_of(location: Path | str) -> Path:
    """Backups of a file register go beside it; those of a shared one into the data dir."""
    if isinstance(location, str):
        return shared_register_dir(location) / "backups"
    return backup_dir(location)


def scratch_area(location: Path | str) -> ScratchArea:
    """The private temporary folder, with the places a write on the register at
    ``location`` may leave a part in: its backups and attachments (with their
    subfolders) and, for a file, its own folder."""
    if isinstance(location, str):
        shared = shared_register_dir(location)
        return ScratchArea(scratch_dir(), trees=(shared / "backups", shared / "attachments"))
    return ScratchArea(
        scratch_dir(),
        trees=(backup_dir(location), attachment_folder(location)),
        folders=(location.parent,),
    )


def open_register(location: str | os.PathLike[str] | None = None) -> Database:
    """Open the register at ``location`` (``--db``; else the environment, else the default).

    ``location`` is a file path or a ``postgresql://`` URL. A register written by an
    older version is upgraded, after a copy in the backup folder.
    """
    where = register_location(location)
    backend = backend_for(where, password=_password_for(where, None))
    return Database.open(backend, backup_dir=backup_folder_of(where))


def open_copy_end(location: str | os.PathLike[str], *, password: str | None = None) -> RegisterEnd:
    """One side of a register copy: the register at ``location`` with its attachments."""
    where = register_location(location)
    folder = backup_folder_of(where)
    backend = backend_for(where, password=_password_for(where, password))
    db = Database.open(backend, backup_dir=folder)
    return RegisterEnd(db, AttachmentService(db, attachment_cache(db, folder)), folder)


def _password_for(where: Path | str, password: str | None) -> str | None:
    """The given password, else the one kept in the keyring for that server account."""
    if password is not None or not isinstance(where, str):
        return password
    return stored_password(server_account(where))


def open_services(
    location: str | os.PathLike[str] | None = None, *, password: str | None = None
) -> Services:
    """Open the register at ``location`` and build every service on it.

    A server register's password comes from its URL, ``password``, the keyring, or
    the server's own password file (``PGPASSWORD``, ``~/.pgpass``), in that order.
    """
    where = register_location(location)
    backend = backend_for(where, password=_password_for(where, password))
    db = Database.open(backend, backup_dir=backup_folder_of(where))
    try:
        return build_services(db, backup_folder_of(where))
    except BaseException:
        db.close()
        raise


__all__ = [
    "Services",
    "attachment_cache",
    "backup_folder_of",
    "build_services",
    "open_copy_end",
    "open_register",
    "open_services",
    "register_dependents",
    "scratch_area",
]
