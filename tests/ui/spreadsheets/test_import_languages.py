"""The import and its undo in the UI language, and at once in a language chosen meanwhile."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.spreadsheets import DuplicateAction, ExcelImportService
from asiakasrekisteri.services.spreadsheets import headers as excel_headers
from asiakasrekisteri.ui import i18n
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.main_window import MainWindow
from asiakasrekisteri.ui.spreadsheets.actions import SpreadsheetActions
from asiakasrekisteri.ui.spreadsheets.import_wizard import Page
from asiakasrekisteri.ui.spreadsheets.import_wizard.texts import TARGET_LABELS
from asiakasrekisteri.ui.spreadsheets.undo_dialog import UndoImportDialog
from tests.conftest import make_customer
from tests.services.excel_builders import write_xlsx
from tests.ui.catalogues import installed_catalogue
from tests.ui.spreadsheets.conftest import MESSY, ROOT, cell, choose, next_page, open_on


@pytest.fixture
def finnish(tmp_path: Path) -> Iterator[None]:
    """The Finnish catalogue, compiled from the .ts as the run commands do, installed."""
    with installed_catalogue(tmp_path, "fi"):
        yield


def test_reasons_are_shown_in_the_ui_language(
    qtbot: QtBot,
    tmp_path: Path,
    window: MainWindow,
    actions: SpreadsheetActions,
    customers: CustomerService,
    finnish: None,
) -> None:
    dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "rekisteri.xlsx", MESSY))
    rows = [
        dialog.problems_page.problems_model.row_texts(r)
        for r in range(dialog.problems_page.problems_model.rowCount())
    ]
    bad_bid = next(r for r in rows if r[3] == "1234567-8")
    assert bad_bid[4:] == (
        "Y-tunnuksen tarkistusnumero ei täsmää. Tarkista tunnus kirjoitusvirheiden varalta. "
        "Arvo jätetään pois.",
        "Arvo jätetään pois",
    )
    no_name = next(r for r in rows if r[1] == "8")
    assert no_name[4:] == ("Anna asiakkaan nimi. Riviä ei tuoda.", "Riviä ei tuoda")
    # The preview says why a row is not imported.
    assert dialog.columns_page.preview_model.row_texts(3) == (
        "8",
        "",
        "Anna asiakkaan nimi. Riviä ei tuoda.",
    )

    next_page(qtbot, dialog)
    next_page(qtbot, dialog)
    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.DUPLICATES
    assert dialog.state.plan is not None
    (group,) = dialog.state.plan.duplicates
    choose(dialog.duplicates_page.duplicate_combo(group.key), DuplicateAction.SKIP.value)
    next_page(qtbot, dialog)
    assert dialog.current_page() is Page.PROBLEMS
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    skipped = [
        dialog.summary_page.skipped_model.row_texts(r)
        for r in range(dialog.summary_page.skipped_model.rowCount())
    ]
    assert [(r[0], r[-1]) for r in skipped] == [
        ("5", "On jo rekisterissä: 1001 Rakennus Virtanen Oy."),
        ("8", "Anna asiakkaan nimi. Riviä ei tuoda."),
    ]
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.import_dialog is None)

    # Undo keeps a customer edited since, and says why in Finnish too.
    edited = customers.get_by_number("2001")
    customers.update(edited.id, make_customer(customer_number="2001", name="Uusi Asiakas Oy",
                                              business_id="", city="Rauma"))  # fmt: skip
    actions.undo_import_action.trigger()
    undo = actions.undo_dialog
    assert isinstance(undo, UndoImportDialog)
    with qtbot.waitSignal(undo.undone, timeout=30_000):
        qtbot.mouseClick(undo.undo_button, Qt.MouseButton.LeftButton)
    assert (
        "2001 Uusi Asiakas Oy: Muokattu tuonnin jälkeen; jätetään ennalleen." in undo.details.text()
    )
    qtbot.mouseClick(undo.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.undo_dialog is None)


def test_page_titles_follow_the_ui_language(
    qtbot: QtBot, tmp_path: Path, actions: SpreadsheetActions, finnish: None
) -> None:
    dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "rekisteri.xlsx", MESSY))
    assert dialog.title_label.text() == "Valitse tiedosto"
    next_page(qtbot, dialog)
    assert dialog.title_label.text() == "Tarkista sarakkeet"
    dialog.reject()


@pytest.fixture
def translators(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Translators]:
    """Translators on catalogues compiled from translations/*.ts; English back afterwards."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    for ts in sorted((ROOT / "translations").glob("*.ts")):
        qm = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    locale = QLocale()
    found = Translators()
    yield found
    found.remove(qapp)
    QLocale.setDefault(locale)
    QApplication.processEvents()


def shown_texts(dialog: QWidget) -> list[tuple[str, str]]:
    """What the user sees and hears of the dialog now: (where, text) in widget tree order.

    The window title, the texts of labels and buttons, the placeholders of empty fields,
    the choice shown by each combo box, table headers, tooltips and accessible names of
    every widget not hidden.
    """
    found = [("window title", dialog.windowTitle())]
    for widget in dialog.findChildren(QWidget):
        if not widget.isVisibleTo(dialog):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}"
        found += [(f"{where} tooltip", widget.toolTip()),
                  (f"{where} accessible name", widget.accessibleName())]  # fmt: skip
        if isinstance(widget, QLabel | QAbstractButton):
            found.append((where, widget.text()))
        elif isinstance(widget, QLineEdit) and not widget.text():
            found.append((f"{where} placeholder", widget.placeholderText()))
        elif isinstance(widget, QComboBox):
            found.append((where, widget.currentText()))
        elif isinstance(widget, QTableView):
            model = widget.model()
            found += [
                (f"{where} header", str(model.headerData(c, Qt.Orientation.Horizontal)))
                for c in range(model.columnCount())
            ]
    return [(where, text) for where, text in found if text]


def switch_language(qtbot: QtBot, translators: Translators, dialog: QWidget, language: str) -> None:
    """Switch as Settings › Preferences does; every text shown must change but the data."""
    before = shown_texts(dialog)
    app = QApplication.instance()
    assert app is not None
    assert translators.install(app, language)
    qtbot.wait(10)  # the language change reaches the windows as a posted event
    after = shown_texts(dialog)
    assert [where for where, _ in after] == [where for where, _ in before]
    unchanged = {text for (_, text), (_, old) in zip(after, before, strict=True) if text == old}
    assert unchanged <= DATA_TEXTS, unchanged - DATA_TEXTS


DATA_TEXTS = {
    # What the sheet says, shown as it is in every language.
    "Lempiväri", "Asiakkaat",
}  # fmt: skip


def test_the_targets_labels_are_marked_for_translation() -> None:
    """lupdate finds the column targets' labels in TARGET_LABELS: the service's, all."""
    assert list(TARGET_LABELS) == [label for label, _ in excel_headers.TARGETS.values()]


def test_every_step_follows_a_language_change_at_once(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    actions: SpreadsheetActions,
    translators: Translators,
) -> None:
    translators.install(qapp, "en")
    dialog = open_on(qtbot, actions, write_xlsx(tmp_path / "rekisteri.xlsx", MESSY))
    switch_language(qtbot, translators, dialog, "fi")  # the file step
    assert dialog.title_label.text() == "Valitse tiedosto"
    next_page(qtbot, dialog)
    switch_language(qtbot, translators, dialog, "sv")
    assert dialog.title_label.text() == "Kontrollera kolumnerna"
    assert dialog.next_button.text() == "&Nästa >"
    assert dialog.columns_page.mapping_combo(6).currentText() == "Eget fält ”Lempiväri”"
    assert cell(dialog.columns_page.mapping_table, 6, 4) == "Känns inte igen"
    choose(dialog.columns_page.mapping_combo(6), "")  # the choice survives a change
    qtbot.waitUntil(lambda: not dialog.is_busy())
    next_page(qtbot, dialog)
    assert dialog.title_label.text() == "Kontrollera kundtyperna"  # the types step
    assert dialog.types_page.selected_private_button.text() == "Privatperson"
    switch_language(qtbot, translators, dialog, "en")
    assert dialog.title_label.text() == "Check the customer types"
    next_page(qtbot, dialog)
    assert dialog.state.plan is not None
    (group,) = dialog.state.plan.duplicates
    choose(dialog.duplicates_page.duplicate_combo(group.key), DuplicateAction.SKIP.value)
    switch_language(qtbot, translators, dialog, "fi")
    assert dialog.title_label.text() == "Kaksoiskappaleet"
    assert dialog.duplicates_page.duplicate_combo(group.key).currentData() == "skip"
    next_page(qtbot, dialog)
    switch_language(qtbot, translators, dialog, "en")
    assert dialog.title_label.text() == "Problems found"
    assert dialog.next_button.text() == "&Import"
    assert dialog.problems_page.problems_summary.text().startswith(
        "3 rows can be imported. 1 row cannot be imported."
    )
    with qtbot.waitSignal(dialog.imported, timeout=60_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    switch_language(qtbot, translators, dialog, "fi")
    assert dialog.title_label.text() == "Valmis"
    assert dialog.close_button.text() == "Su&lje"
    assert dialog.summary_page.skipped_model.rowCount() == 2
    assert dialog.columns_page.mapping_combo(6).currentData() == ""
    qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.import_dialog is None)


def test_undo_follows_a_language_change_at_once(
    qtbot: QtBot,
    qapp: QApplication,
    tmp_path: Path,
    actions: SpreadsheetActions,
    importer: ExcelImportService,
    translators: Translators,
) -> None:
    rows = [["Nro", "Nimi"], [3001, "Tuotu Oy"]]
    importer.apply(importer.analyse(write_xlsx(tmp_path / "u.xlsx", rows)))
    translators.install(qapp, "en")
    undo = actions.undo_import()
    assert undo is not None
    switch_language(qtbot, translators, undo, "fi")
    assert undo.windowTitle() == "Peru tuonti"
    with qtbot.waitSignal(undo.undone, timeout=30_000):
        qtbot.mouseClick(undo.undo_button, Qt.MouseButton.LeftButton)
    switch_language(qtbot, translators, undo, "sv")
    assert undo.details.text() == "1 kund togs bort. 0 kunder återställdes."
    assert cell(undo.table, 0, 6).startswith("Ångrad ")
    qtbot.mouseClick(undo.close_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: actions.undo_dialog is None)
