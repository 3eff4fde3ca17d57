"""The main window with its spreadsheet actions, and helpers that drive them as a user would."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QTableWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.app import BuiltWindow, build_window
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.spreadsheets import ExcelImportService
from asiakasrekisteri.ui.customer_list.model import Column
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.spreadsheets.actions import SpreadsheetActions
from asiakasrekisteri.ui.spreadsheets.import_wizard import ImportDialog
from asiakasrekisteri.ui.spreadsheets.prompts import Prompts
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from tests.conftest import make_customer
from tests.services.excel_builders import write_xlsx

ROOT = Path(__file__).resolve().parents[3]
SHOTS = os.environ.get("IMPORT_DIALOG_SHOTS", "")  # a folder: save PNGs of every page

MESSY = [
    ["Asiakasrekisteri 2024", None, None, None, None, None, None],
    ["Tulostettu 1.2.2024"],
    [],
    ["Nro", "Nimi", "Y-tunnus", "Puhelin", "Kaupunki", "Muistiinpano", "Lempiväri"],
    [1001, "Rakennus Virtanen Oy", "2077474-0", "040 123 4567", "Oulu", "vanha", "sininen"],
    [2001, "Uusi Asiakas Oy", "1234567-8", "050 555 1234", "Espoo", "soita", "punainen"],
    [2002.0, "Kolmas Oy", "07374742", "09 123 456", "Vantaa", None, None],
    [2003, None, None, "040 999 9999", "Lahti", "nimi puuttuu", None],
]


class FakePrompts(Prompts):
    """Answers the dialogs' questions and records the messages."""

    def __init__(self, parent: Any, save_to: Path | None = None) -> None:
        super().__init__(parent)
        self.warnings: list[tuple[str, str]] = []
        self.infos: list[tuple[str, str]] = []
        self.confirms: list[str] = []
        self.save_to = save_to
        self.open_path: Path | None = None
        self.answer = True

    def warn(self, title: str, text: str) -> None:
        self.warnings.append((title, text))

    def info(self, title: str, text: str) -> None:
        self.infos.append((title, text))

    def confirm(self, title: str, text: str, action: str) -> bool:
        self.confirms.append(text)
        return self.answer

    def open_spreadsheet(self, title: str) -> Path | None:
        return self.open_path

    def save_workbook(self, title: str, suggested_name: str) -> Path | None:
        return self.save_to


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def importer(services: Services) -> ExcelImportService:
    return services.excel_import


@pytest.fixture
def built(
    qtbot: QtBot,
    services: Services,
    customers: CustomerService,
    settings: QSettings,
) -> Iterator[BuiltWindow]:
    """The main window with every feature, as the program builds it."""
    customers.create(make_customer(customer_number="1001"))
    customers.create(make_customer(customer_number="1002", name="Sähkö Laine Oy",
                                   business_id="", city="Oulu", postal_code="90100"))  # fmt: skip
    customers.create(make_customer(customer_number="1003", name="Anna Aalto", business_id=""))
    found = build_window(services, settings, Translators())
    win = found.window
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield found
    # No thread may outlive the register it works on.
    assert Worker.wait_all(60_000)
    QApplication.processEvents()


@pytest.fixture
def window(built: BuiltWindow) -> MainWindow:
    return built.window


@pytest.fixture
def actions(built: BuiltWindow, tmp_path: Path) -> SpreadsheetActions:
    found = built.features.spreadsheets
    found.prompts = FakePrompts(built.window, tmp_path / "out.xlsx")
    return found


def prompts_of(actions: SpreadsheetActions) -> FakePrompts:
    assert isinstance(actions.prompts, FakePrompts)
    return actions.prompts


def visible_names(win: MainWindow) -> list[str]:
    return [win.model.index(r, Column.NAME).data() for r in range(win.model.rowCount())]


def shot(widget: Any, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()  # let the layouts catch up with new texts
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def open_on(qtbot: QtBot, actions: SpreadsheetActions, path: Path) -> ImportDialog:
    dialog = actions.open_import(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog.state.plan is not None, timeout=60_000)
    return dialog


def choose(combo: QComboBox, data: str) -> None:
    """Pick an entry as the user would: the combo emits its change signals."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def cell(table: QTableWidget | QTableView, row: int, column: int) -> str:
    """The text a table shows in a cell (a widget's item, or a view's model)."""
    if isinstance(table, QTableWidget):
        item = table.item(row, column)
        assert item is not None, (row, column)
        return item.text()
    index = table.model().index(row, column)
    assert index.isValid(), (row, column)
    return str(index.data())


def preview_headers(dialog: ImportDialog) -> list[str]:
    return dialog.columns_page.preview_model.headers()


def next_page(qtbot: QtBot, dialog: ImportDialog) -> None:
    qtbot.waitUntil(dialog.next_button.isEnabled)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)


def big_sheet(path: Path, count: int) -> Path:
    rows: list[list[Any]] = [["Asiakasnumero", "Nimi", "Postinumero", "Postitoimipaikka"]]
    rows += [[5000 + i, f"Asiakas {i} Oy", f"{i % 1000:05d}", "Helsinki"] for i in range(count)]
    return write_xlsx(path, rows)
