"""Writes that cannot be undone make their own backup first, whoever calls the service.

Import, merge, erase and restore each leave a backup of their kind in the backup folder
before they change anything; when no backup can be made they refuse with one clear
error and the register stays as it was.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from asiakasrekisteri.services.backup import BackupFailed, list_backups
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery
from tests.conftest import make_customer
from tests.services.excel_builders import write_xlsx

Operation = Callable[[Services, Path], object]


def _import(services: Services, tmp_path: Path) -> object:
    sheet = write_xlsx(tmp_path / "new.xlsx", [["Nimi", "Kaupunki"], ["Uusi Oy", "Oulu"]])
    service = services.excel_import
    return service.apply(service.analyse(sheet))


def _merge(services: Services, _tmp_path: Path) -> object:
    first, second = services.customers.list_ids(CustomerQuery(active=ActiveFilter.ALL))[:2]
    return services.customers.merge(first, second, services.customers.get(first).data)


def _erase(services: Services, _tmp_path: Path) -> object:
    first = services.customers.list_ids(CustomerQuery(active=ActiveFilter.ALL))[0]
    return services.privacy.erase(first)


def _restore(services: Services, tmp_path: Path) -> object:
    copy = services.backups.backup(target=tmp_path / "copy.sqlite3")
    return services.backups.restore(copy)


OPERATIONS: dict[str, tuple[Operation, str]] = {
    "import": (_import, "before-import"),
    "merge": (_merge, "before-merge"),
    "erase": (_erase, "before-erase"),
    "restore": (_restore, "before-restore"),
}


@pytest.fixture
def two_customers(services: Services) -> Services:
    services.customers.create(make_customer(customer_number="1001"))
    services.customers.create(
        make_customer(customer_number="1002", name="Virtanen Rakennus", business_id="")
    )
    return services


def _snapshot(services: Services) -> list[tuple[str, str]]:
    ids = services.customers.list_ids(CustomerQuery(active=ActiveFilter.ALL))
    return sorted((r.customer_number, r.name) for r in services.customers.rows(ids).values())


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_the_service_backs_up_first(name: str, two_customers: Services, tmp_path: Path) -> None:
    operation, kind = OPERATIONS[name]
    folder = two_customers.backups.folder
    before = {b.path for b in list_backups(folder)}
    operation(two_customers, tmp_path)
    made = [b for b in list_backups(folder) if b.path not in before]
    assert [b.kind for b in made] == [kind]


@pytest.mark.parametrize("name", sorted(OPERATIONS))
def test_no_backup_no_write(name: str, two_customers: Services, tmp_path: Path) -> None:
    operation, _kind = OPERATIONS[name]
    before = _snapshot(two_customers)
    folder = two_customers.backups.folder
    if folder.exists():
        shutil.rmtree(folder)
    folder.write_text("a file where the backup folder should be")
    with pytest.raises(BackupFailed, match="No backup could be made, so nothing was changed"):
        operation(two_customers, tmp_path)
    assert _snapshot(two_customers) == before
