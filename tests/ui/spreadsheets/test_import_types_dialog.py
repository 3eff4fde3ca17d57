"""The import dialog shows each row's inferred customer type and lets the user change it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.spreadsheets import DuplicateAction
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.spreadsheets.actions import SpreadsheetActions
from asiakasrekisteri.ui.spreadsheets.import_wizard import ImportDialog, Page
from tests.services.excel_builders import write_xlsx
from tests.ui.catalogues import installed_catalogue
from tests.ui.spreadsheets.conftest import cell, next_page, open_on, preview_headers, shot

ROWS: list[list[Any]] = [
    ["Nimi", "Y-tunnus", "Sähköposti", "Puhelin"],
    ["Rakennus Virtanen Oy", "0737474-2", "laskut@virtanen.fi", None],
    ["Sari Heikkinen", None, "Sari.Heikkinen@Gmail.com", "040 111 2222"],
    ["Parturi Sali", None, "sali@parturisali.fi", "040 333 4444"],
    ["Aurinkoinen Aamu", None, None, None],
    ["Parturi-Sali Oy", None, "info@sali.fi", "050 555 6666"],
]


def _click_row(qtbot: QtBot, dialog: ImportDialog, position: int, *, add: bool = False) -> None:
    view = dialog.types_page.types_view
    rect = view.visualRect(dialog.types_page.types_model.index(position, 1))
    modifier = Qt.KeyboardModifier.ControlModifier if add else Qt.KeyboardModifier.NoModifier
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())


def _types_texts(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    model = dialog.types_page.types_model
    return [
        (model.index(r, 1).data(), model.index(r, 2).data(), model.index(r, 3).data())
        for r in range(model.rowCount())
    ]


def test_inferred_types_are_shown_changed_for_selected_rows_and_imported(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    customers: CustomerService,
) -> None:
    before = customers.count()
    dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "tyypit.xlsx", ROWS))
    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.COLUMNS
    head = preview_headers(dialog)
    kind, why = head.index("Customer type"), head.index("Why this type")
    assert why == kind + 1
    sari = dialog.columns_page.preview_model.row_texts(1)
    assert (sari[2], sari[kind], sari[why]) == (
        "Sari Heikkinen",
        "Private person",
        "Private person: “Sari” is a first name and gmail.com is a consumer e-mail service.",
    )
    shot(dialog, "types-1-preview")

    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.TYPES
    assert dialog.types_page.title() == "Check the customer types"
    assert _types_texts(dialog)[3] == (
        "Aurinkoinen Aamu", "Company", "Company: nothing in the row shows a private person.",
    )  # fmt: skip
    # The user picks two rows with the mouse and makes them private persons.
    _click_row(qtbot, dialog, 3)
    _click_row(qtbot, dialog, 2, add=True)
    qtbot.mouseClick(dialog.types_page.selected_private_button, Qt.MouseButton.LeftButton)
    assert dialog.state.types == {5: CustomerType.PRIVATE, 4: CustomerType.PRIVATE}
    texts = _types_texts(dialog)
    assert texts[3] == ("Aurinkoinen Aamu", "Private person", "Chosen by you.")
    assert texts[2] == ("Parturi Sali", "Private person", "Chosen by you.")
    assert "Rows whose type you chose: 2." in dialog.types_page.types_summary.text()
    # Changed her mind about the barber's: back to a company, for that row alone.
    _click_row(qtbot, dialog, 2)
    qtbot.mouseClick(dialog.types_page.selected_company_button, Qt.MouseButton.LeftButton)
    assert dialog.state.types == {5: CustomerType.PRIVATE, 4: CustomerType.COMPANY}
    shot(dialog, "types-2-changed")

    # Back on the columns, the preview shows the choice.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is Page.COLUMNS
    aamu = dialog.columns_page.preview_model.row_texts(3)
    assert (aamu[kind], aamu[why]) == ("Private person", "Chosen by you.")
    next_page(qtbot, dialog)
    next_page(qtbot, dialog)

    # The two barbers' rows are a possible duplicate only: listed, and imported as new.
    assert dialog.current_page() is Page.DUPLICATES
    assert dialog.state.plan is not None
    (group,) = dialog.state.plan.duplicates
    assert group.possible and group.rows == (4, 6)
    table = dialog.duplicates_page.duplicates_table
    assert cell(table, 0, 3) == "Possibly: similar name (100 %)"
    assert dialog.duplicates_page.duplicate_combo(group.key).currentData() == (
        DuplicateAction.NEW.value
    )
    shot(dialog, "types-3-duplicates")
    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.PROBLEMS
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.state.result is not None and len(dialog.state.result.created) == 5
    saved = {
        r.data.name: r.data
        for r in customers.search_records(CustomerQuery(active=ActiveFilter.ALL))
    }
    assert customers.count() == before + 5
    assert saved["Aurinkoinen Aamu"].customer_type is CustomerType.PRIVATE
    assert saved["Sari Heikkinen"].customer_type is CustomerType.PRIVATE
    assert saved["Sari Heikkinen"].email == "sari.heikkinen@gmail.com"
    assert saved["Parturi Sali"].customer_type is CustomerType.COMPANY
    assert saved["Parturi-Sali Oy"].customer_type is CustomerType.COMPANY


def test_all_rows_shown_change_at_once_and_the_changes_can_be_undone(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    # A type column that gives the type of the first row only.
    rows = [[*ROWS[0], "Tyyppi"], [*ROWS[1], "yritys"], *ROWS[2:]]
    dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "tyypit.xlsx", rows))
    next_page(qtbot, dialog)
    next_page(qtbot, dialog)
    page = dialog.types_page
    assert page.types_model.rowCount() == 4  # the rows whose type the file does not give
    qtbot.mouseClick(page.all_private_button, Qt.MouseButton.LeftButton)
    assert set(dialog.state.types) == {3, 4, 5, 6}
    assert {t[1] for t in _types_texts(dialog)} == {"Private person"}
    qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.state.types == {}
    assert _types_texts(dialog)[0][1:] == ("Private person", page.types_model.index(0, 3).data())
    # Rows whose type the file gives are listed when the user asks for every row.
    page.types_view.selectionModel().clearSelection()
    page.inferred_only_check.setChecked(False)
    assert page.types_model.rowCount() == 5
    assert _types_texts(dialog)[0] == ("Rakennus Virtanen Oy", "Company", "Given in the file.")
    page.types_view.selectionModel().select(
        page.types_model.index(0, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    qtbot.mouseClick(page.selected_private_button, Qt.MouseButton.LeftButton)
    assert dialog.state.types == {2: CustomerType.PRIVATE}


@pytest.mark.parametrize(
    ("language", "title", "reason", "duplicate"),
    [
        ("fi", "Tarkista asiakastyypit",
         "Yksityishenkilö: ”Sari” on etunimi ja gmail.com on kuluttajien sähköpostipalvelu.",
         "Mahdollisesti: samankaltainen nimi (100 %)"),
        ("sv", "Kontrollera kundtyperna",
         "Privatperson: ”Sari” är ett förnamn och gmail.com är en e-posttjänst för "
         "privatpersoner.",
         "Möjligen: liknande namn (100 %)"),
    ],
)  # fmt: skip
def test_types_and_possible_duplicates_in_the_ui_language(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    language: str,
    title: str,
    reason: str,
    duplicate: str,
) -> None:
    with installed_catalogue(tmp_path, language):
        dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "tyypit.xlsx", ROWS))
        next_page(qtbot, dialog)
        next_page(qtbot, dialog)
        assert dialog.title_label.text() == title
        assert _types_texts(dialog)[1][2] == reason
        next_page(qtbot, dialog)
        assert cell(dialog.duplicates_page.duplicates_table, 0, 3) == duplicate
