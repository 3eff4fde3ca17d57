"""Spreadsheet import, export and undo in the main window, driven as a user would."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QItemSelectionModel, QLocale, QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.customers import ActiveFilter, CustomerQuery, CustomerService
from asiakasrekisteri.services.spreadsheets import DuplicateAction, ExcelImportService, ExportResult
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.spreadsheets.actions import SpreadsheetActions
from asiakasrekisteri.ui.spreadsheets.import_wizard import Page
from asiakasrekisteri.ui.spreadsheets.undo_dialog import UndoImportDialog
from tests.conftest import make_customer
from tests.services.excel_builders import write_workbook, write_xlsx
from tests.ui.spreadsheets.conftest import (
    MESSY,
    big_sheet,
    cell,
    choose,
    next_page,
    open_on,
    preview_headers,
    prompts_of,
    shot,
    visible_names,
)


def test_messy_sheet_mapping_duplicates_problems_and_import(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    customers: CustomerService,
) -> None:
    path = write_xlsx(tmp_path / "rekisteri.xlsx", MESSY)
    dialog = open_on(qtbot, actions, path)
    assert dialog.current_page() is Page.FILE
    assert (
        "row 4" in dialog.file_page.file_status.text()
        and "4 rows" in dialog.file_page.file_status.text()
    )
    shot(dialog, "1-file")

    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.COLUMNS
    assert [dialog.columns_page.mapping_combo(i).currentData() for i in range(7)] == [
        "customer_number", "name", "business_id", "phone", "city", "comment",
        "custom:Lempiväri",
    ]  # fmt: skip
    assert cell(dialog.columns_page.mapping_table, 5, 4) == "≈ 96 %"  # a near miss, shown as such
    assert cell(dialog.columns_page.mapping_table, 6, 4) == "Not recognised"
    assert cell(dialog.columns_page.mapping_table, 4, 2) == "Oulu · Espoo · Vantaa"
    assert "City" in preview_headers(dialog) and "Lempiväri" in preview_headers(dialog)
    first = dialog.columns_page.preview_model.row_texts(1)
    assert first[:3] == ("6", "2001", "Uusi Asiakas Oy")
    shot(dialog, "2-columns")

    # Ignore the unknown column: it leaves the preview.
    choose(dialog.columns_page.mapping_combo(6), "")
    qtbot.waitUntil(lambda: "Lempiväri" not in preview_headers(dialog))
    assert cell(dialog.columns_page.mapping_table, 6, 4) == "Ignored"
    # Choosing the city for another column takes it from "Kaupunki".
    choose(dialog.columns_page.mapping_combo(5), "city")
    qtbot.waitUntil(lambda: "Internal comment" not in preview_headers(dialog))
    assert dialog.columns_page.mapping_combo(4).currentData() == ""
    city = preview_headers(dialog).index("City")
    assert dialog.columns_page.preview_model.row_texts(1)[city] == "soita"
    # … and back: the city is Kaupunki again (Muistiinpano loses it), the note a custom field.
    choose(dialog.columns_page.mapping_combo(4), "city")
    qtbot.waitUntil(
        lambda: dialog.columns_page.mapping_combo(5).currentData() == "" and not dialog.is_busy()
    )
    choose(dialog.columns_page.mapping_combo(5), "custom:Muistiinpano")
    qtbot.waitUntil(lambda: "Muistiinpano" in preview_headers(dialog) and not dialog.is_busy())
    assert (
        dialog.columns_page.preview_model.row_texts(1)[preview_headers(dialog).index("City")]
        == "Espoo"
    )

    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.TYPES
    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.DUPLICATES
    assert dialog.state.plan is not None
    (group,) = dialog.state.plan.duplicates
    assert group.existing is not None and group.existing.customer_number == "1001"
    assert cell(dialog.duplicates_page.duplicates_table, 0, 3) == "Same customer number"
    combo = dialog.duplicates_page.duplicate_combo(group.key)
    assert combo.currentText() == "Update the existing customer"
    choose(combo, DuplicateAction.SKIP.value)
    shot(dialog, "3-duplicates")

    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.PROBLEMS
    rows = [
        dialog.problems_page.problems_model.row_texts(r)
        for r in range(dialog.problems_page.problems_model.rowCount())
    ]
    bad_bid = next(r for r in rows if r[2] == "Y-tunnus")
    assert bad_bid[:4] == ("Asiakkaat", "6", "Y-tunnus", "1234567-8")
    assert bad_bid[5] == "Value left out"
    no_name = next(r for r in rows if r[1] == "8")
    assert no_name[5] == "Row not imported"
    summary = dialog.problems_page.problems_summary.text()
    assert summary.startswith("3 row(s) can be imported. 1 row(s) cannot be imported.")
    assert dialog.next_button.text() == "&Import"
    shot(dialog, "4-problems")
    report = tmp_path / "raportti.xlsx"
    prompts_of(actions).save_to = report
    qtbot.mouseClick(dialog.problems_page.report_button, Qt.MouseButton.LeftButton)
    wb = load_workbook(report, read_only=True)
    cells = {str(v) for ws in wb.worksheets for row in ws.iter_rows(values_only=True) for v in row}
    wb.close()
    assert "1234567-8" in cells

    with qtbot.waitSignal(dialog.imported, timeout=60_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    result = imported.args[0]
    assert dialog.current_page() is Page.SUMMARY
    assert (len(result.created), len(result.updated), len(result.skipped)) == (2, 0, 2)
    assert "Created 2, updated 0, skipped 2." in dialog.summary_page.summary_label.text()
    assert dialog.summary_page.skipped_model.rowCount() == 2
    assert dialog.close_button.isVisible() and not dialog.cancel_button.isVisible()
    shot(dialog, "6-summary")

    # The window shows the new customers; the skipped duplicate kept its city.
    assert {"Uusi Asiakas Oy", "Kolmas Oy"} <= set(visible_names(window))
    assert "created 2" in window.statusBar().currentMessage()
    assert customers.get_by_number("1001").data.city == "Tampere"
    new = customers.get_by_number("2001")
    assert new.data.business_id == ""  # the bad Y-tunnus is never stored
    assert new.data.custom_fields == {"Muistiinpano": "soita"}
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.import_dialog is None)


def test_cancel_during_a_ten_thousand_row_import_changes_nothing(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    importer: ExcelImportService,
    customers: CustomerService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The worker stops after the first chunk until the test has pressed Cancel, so the
    # cancel always lands in the middle of the transaction (rows already inserted).
    gate = threading.Event()
    real_apply = importer.apply

    def gated_apply(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        def slow(done: int, total: int) -> None:
            progress(done, total)
            if 0 < done < total:
                gate.wait(30)

        return real_apply(*args, progress=slow, **kwargs)

    monkeypatch.setattr(importer, "apply", gated_apply)
    try:
        _cancel_mid_import(qtbot, tmp_path, window, actions, gate)
    finally:
        gate.set()  # never leave the worker waiting, whatever failed
    assert customers.count() == 3
    assert importer.batches() == []
    assert len(visible_names(window)) == 3


def _cancel_mid_import(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    gate: threading.Event,
) -> None:
    dialog = open_on(qtbot, actions, big_sheet(tmp_path / "iso.xlsx", 10_000))
    for _ in range(4):
        next_page(qtbot, dialog)
    assert dialog.current_page() is Page.PROBLEMS
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is Page.PROGRESS
    qtbot.waitUntil(lambda: dialog.progress_page.progress_bar.value() >= 2000, timeout=60_000)
    assert dialog.cancel_button.text() == "Cancel import"
    assert (
        f"of {QLocale().toString(10_000)} customers" in dialog.progress_page.progress_label.text()
    )
    shot(dialog, "5-progress")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # Cancel stops the import, it does not close the dialog
    gate.set()
    qtbot.waitUntil(
        lambda: dialog.progress_page.progress_label.text() == "The import was cancelled.",
        timeout=60_000,
    )
    assert "Nothing was changed" in dialog.progress_page.progress_message.text()
    assert dialog.state.result is None
    shot(dialog, "5-cancelled")
    # Back to the problems page: the import can be started again.
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.current_page() is Page.PROBLEMS


def test_a_text_file_named_xlsx_gives_one_clear_message(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    path = tmp_path / "asiakkaat.xlsx"
    path.write_text("Nimi;Y-tunnus\nthis is not a workbook\n", encoding="utf-8")
    prompts = prompts_of(actions)
    dialog = actions.open_import(path)
    assert dialog is not None
    qtbot.waitUntil(lambda: bool(prompts.warnings))
    ((title, text),) = prompts.warnings
    assert title == "Cannot import the file"
    assert text.startswith("The file asiakkaat.xlsx is not a spreadsheet")
    assert text.count(". ") == 0 and "\n" not in text  # one plain sentence
    assert dialog.state.plan is None and not dialog.next_button.isEnabled()
    assert dialog.file_page.file_status.text() == "Choose another file."


def test_dropping_a_spreadsheet_on_the_window_opens_the_import(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    path = write_xlsx(tmp_path / "pudotettu.xlsx", MESSY)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    enter = QDragEnterEvent(QPoint(40, 40), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window, enter)
    assert enter.isAccepted()
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "kuva.png"))])
    refused = QDragEnterEvent(
        QPoint(40, 40),
        Qt.DropAction.CopyAction,
        other,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    refused.ignore()
    QApplication.sendEvent(window, refused)
    assert not refused.isAccepted()
    drop = QDropEvent(QPointF(40, 40), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(window.list_view.viewport(), drop)
    assert drop.isAccepted()
    dialog = actions.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.state.path == path and dialog.file_page.path_edit.text() == str(path)
    qtbot.waitUntil(lambda: dialog.state.plan is not None and not dialog.is_busy(), timeout=60_000)
    assert dialog.state.plan is not None and dialog.state.plan.path == path
    dialog.reject()


def test_file_menu_export_writes_the_template_sheet(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    assert actions.export_action in window.file_menu.actions()
    assert actions.export_action.shortcut().toString() == "Ctrl+E"
    assert actions.import_action.shortcut().toString() == "Ctrl+I"
    with qtbot.waitSignal(actions.exportFinished, timeout=30_000) as done:
        actions.export_action.trigger()
    result: ExportResult = done.args[0]
    assert result.customers == 3 and result.path == tmp_path / "out.xlsx"
    wb = load_workbook(result.path, read_only=True)
    ws = wb["Asiakkaat"]
    rows = list(ws.iter_rows(values_only=True))
    wb.close()
    assert rows[0][:3] == ("Asiakasnumero", "Asiakkuuden tyyppi (Yritys/Yksityinen)", "Nimi")
    assert sorted(r[0] for r in rows[1:]) == ["1001", "1002", "1003"]
    assert "3 customers written" in window.statusBar().currentMessage()

    # Importing that file takes Asiakkaat with the contacts and offices, and says which
    # sheet it does not read.
    dialog = open_on(qtbot, actions, result.path)
    assert dialog.file_page.sheet_combo.currentText() == "Asiakkaat"
    status = dialog.file_page.file_status.text()
    assert "Contact persons from sheet “Yhteyshenkilöt” (0 row(s)) are imported too." in status
    assert "Offices from sheet “Toimipisteet” (0 row(s)) are imported too." in status
    assert status.endswith("The file's other sheets (Myynti) are not read.")
    assert "Only this sheet" not in status
    dialog.reject()


def test_contact_and_office_sheets_are_imported_and_their_problems_shown(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    customers: CustomerService,
) -> None:
    path = write_workbook(
        tmp_path / "laaja.xlsx",
        {
            "Asiakkaat": [["Asiakasnumero", "Nimi"], [2001, "Uusi Oy"]],
            "Yhteyshenkilöt": [
                ["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Titteli/tehtävä", "Puhelinnumero",
                 "Sähköposti", "Avainsanat", "Oletus", "Aktiivinen"],
                [2001, "Uusi Oy", "Ulla Uusi", "Johtaja", None, "ulla(at)uusi", None, None, None],
                [9999, "Outo Oy", "Olli Outo", None, None, None, None, None, None],
            ],
            "Toimipisteet": [
                ["Asiakasnumero", "Asiakkaan nimi", "Nimi", "Katuosoite", "Postinumero",
                 "Postitoimipaikka", "Maa", "Sähköposti", "Verkkolaskutusosoite",
                 "Välittäjätunnus", "Oletus"],
                [2001, "Uusi Oy", "Kuopio", None, None, "Kuopio", None, None, None, None, "kyllä"],
            ],
        },
    )  # fmt: skip
    dialog = open_on(qtbot, actions, path)
    status = dialog.file_page.file_status.text()
    assert "Contact persons from sheet “Yhteyshenkilöt” (2 row(s)) are imported too." in status
    assert "Offices from sheet “Toimipisteet” (1 row(s)) are imported too." in status
    assert "not read" not in status
    while dialog.current_page() is not Page.PROBLEMS:
        next_page(qtbot, dialog)
    rows = [
        dialog.problems_page.problems_model.row_texts(r)
        for r in range(dialog.problems_page.problems_model.rowCount())
    ]
    assert [r[:4] + r[5:] for r in rows] == [
        ("Yhteyshenkilöt", "2", "Sähköposti", "ulla(at)uusi", "Value left out"),
        ("Yhteyshenkilöt", "3", "Asiakasnumero", "9999", "Row not imported"),
    ]
    assert "1 row(s) of contact persons or offices cannot be imported." in (
        dialog.problems_page.problems_summary.text()
    )
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    text = dialog.summary_page.summary_label.text()
    assert "Created 1, updated 0, skipped 0." in text
    assert "Contact persons: 1 added, 0 updated, 1 not imported." in text
    assert text.endswith("Offices: 1 added, 0 updated, 0 not imported.")
    new = customers.get_by_number("2001")
    assert [(c.name, c.title, c.email, c.is_default) for c in new.contacts] == [
        ("Ulla Uusi", "Johtaja", "", True),
    ]
    assert [(o.name, o.is_default) for o in new.offices] == [("Kuopio", True)]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.import_dialog is None)


def test_export_selected_writes_only_the_selection(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    assert not actions.export_selected_action.isEnabled()
    assert actions.export_selected_action in window.list_view.actions()
    assert actions.export_selected_action in window.edit_menu.actions()
    names = visible_names(window)
    selection = window.list_view.selectionModel()
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for name in ("Anna Aalto", "Sähkö Laine Oy"):
        selection.select(window.model.index(names.index(name), 0), flags)
    assert actions.export_selected_action.isEnabled()
    with qtbot.waitSignal(actions.exportFinished, timeout=30_000) as done:
        actions.export_selected_action.trigger()
    assert done.args[0].customers == 2
    wb = load_workbook(tmp_path / "out.xlsx", read_only=True)
    rows = list(wb["Asiakkaat"].iter_rows(values_only=True))
    wb.close()
    assert sorted(r[2] for r in rows[1:]) == ["Anna Aalto", "Sähkö Laine Oy"]


def test_large_export_shows_progress_and_cancel_writes_no_file(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from asiakasrekisteri.ui.spreadsheets import actions as module

    monkeypatch.setattr(module, "LARGE_EXPORT", 1)
    service = window.services.excel_export
    assert service is not None
    real_export = service.export
    gate = threading.Event()

    def gated_export(*args: Any, progress: Any = None, **kwargs: Any) -> Any:
        gate.wait(30)
        progress(1, 3)  # the service reports every 5,000 rows; three are too few
        return real_export(*args, progress=progress, **kwargs)

    monkeypatch.setattr(service, "export", gated_export)
    with qtbot.waitSignal(actions.exportStopped, timeout=30_000) as stopped:
        actions.export_action.trigger()
        progress = window.findChild(QProgressDialog, "exportProgress")
        assert progress is not None and progress.isVisible()
        cancel = progress.findChild(QPushButton)
        assert cancel is not None and cancel.text() == "Cancel"
        qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
        gate.set()
    assert stopped.args[0] == "The export was cancelled; no file was written."
    assert not (tmp_path / "out.xlsx").exists()
    assert actions.export_action.isEnabled()


def test_undo_import_restores_and_keeps_edited(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    importer: ExcelImportService,
    customers: CustomerService,
) -> None:
    rows = [["Nro", "Nimi", "Postitoimipaikka"],
            [1001, "Rakennus Virtanen Oy", "Oulu"],
            [3001, "Tuotu Oy", "Turku"],
            [3002, "Muokattu Oy", "Pori"]]  # fmt: skip
    result = importer.apply(importer.analyse(write_xlsx(tmp_path / "u.xlsx", rows)))
    window.reload()
    assert {"Tuotu Oy", "Muokattu Oy"} <= set(visible_names(window))
    edited = customers.get_by_number("3002")
    customers.update(edited.id, make_customer(customer_number="3002", name="Muokattu Oy",
                                              city="Rauma"))  # fmt: skip
    actions.undo_import_action.trigger()
    dialog = actions.undo_dialog
    assert isinstance(dialog, UndoImportDialog) and dialog.isVisible()
    assert dialog.selected_batch() is not None
    assert cell(dialog.table, 0, 1) == "u.xlsx"
    assert "removes the 2 customers it created and restores the 1" in dialog.details.text()
    shot(dialog, "undo-before")
    with qtbot.waitSignal(dialog.undone, timeout=30_000):
        qtbot.mouseClick(dialog.undo_button, Qt.MouseButton.LeftButton)
    assert prompts_of(actions).confirms
    text = dialog.details.text()
    assert text.startswith("1 customer(s) removed. 1 customer(s) restored.")
    assert "3002 Muokattu Oy: Edited after the import; left as it is." in text
    assert not dialog.undo_button.isEnabled()
    assert cell(dialog.table, 0, 6).startswith("Undone")
    shot(dialog, "undo-after")
    assert customers.get_by_number("1001").data.city == "Tampere"
    names = visible_names(window)
    assert "Tuotu Oy" not in names and "Muokattu Oy" in names
    assert importer.batches()[0].id == result.batch_id
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.undo_dialog is None)


def test_undo_without_imports_says_so(window: MainWindow, actions: SpreadsheetActions) -> None:
    actions.undo_import_action.trigger()
    assert prompts_of(actions).infos == [("Undo import", "No customers have been imported.")]
    assert actions.undo_dialog is None


def test_import_menu_asks_for_a_file_first(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    prompts = prompts_of(actions)
    actions.import_action.trigger()  # the user cancels the file chooser
    assert actions.import_dialog is None
    prompts.open_path = write_xlsx(tmp_path / "valittu.xlsx", MESSY)
    actions.import_action.trigger()
    dialog = actions.import_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.state.plan is not None and not dialog.is_busy(), timeout=60_000)
    # Ignoring the name column leaves nothing to name the customers by: Next is refused.
    next_page(qtbot, dialog)
    choose(dialog.columns_page.mapping_combo(1), "")
    qtbot.waitUntil(
        lambda: dialog.columns_page.columns_problem.isVisible() and not dialog.is_busy()
    )
    assert "name" in dialog.columns_page.columns_problem.text()
    assert not dialog.next_button.isEnabled()
    dialog.reject()
    assert not dialog.isVisible()
    all_customers = CustomerQuery(active=ActiveFilter.ALL)
    assert len(window.services.customers.list_ids(all_customers)) == 3


def test_choose_file_reads_the_file_chosen(
    qtbot: QtBot, tmp_path: Path, window: MainWindow, actions: SpreadsheetActions
) -> None:
    dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "ensin.xlsx", MESSY))
    prompts = prompts_of(actions)
    prompts.open_path = big_sheet(tmp_path / "toinen.xlsx", 5)
    qtbot.mouseClick(dialog.file_page.choose_button, Qt.MouseButton.LeftButton)
    assert dialog.state.path == prompts.open_path
    assert dialog.file_page.path_edit.text() == str(prompts.open_path)
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=60_000)
    assert dialog.state.plan is not None and dialog.state.plan.path == prompts.open_path
    assert "5 rows of customers" in dialog.file_page.file_status.text()
    dialog.reject()
