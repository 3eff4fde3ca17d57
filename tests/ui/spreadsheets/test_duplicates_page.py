"""The import's duplicates step with as many groups as a million-row file gives."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import CustomerData, customer_values
from asiakasrekisteri.services.spreadsheets import (
    DuplicateAction,
    DuplicateGroup,
    ExistingCustomer,
    ImportPlan,
    PlannedRow,
)
from asiakasrekisteri.ui.spreadsheets.import_wizard.duplicates_page import (
    ACTION_COLUMN,
    DuplicatesPage,
)
from asiakasrekisteri.ui.spreadsheets.import_wizard.state import ImportState
from tests.ui.spreadsheets.conftest import cell, choose

GROUPS = 150_000


def _plan(groups: int) -> ImportPlan:
    """A plan of ``2 × groups`` rows: each pair of rows a group, every third one against
    the register, every fifth one only possible."""
    base = customer_values(CustomerData())
    rows = tuple(
        PlannedRow(number, (f"{number}", f"Asiakas {number // 2} Oy", *base[2:]))
        for number in range(2, 2 * groups + 2)
    )
    found = []
    for index in range(groups):
        first = 2 + 2 * index
        existing = ExistingCustomer(index, f"{index}", f"Vanha {index}") if index % 3 == 0 else None
        possible = index % 5 == 0
        found.append(
            DuplicateGroup(
                key=f"{'possible:' if possible else ''}group:{first}",
                reason="name" if possible else "email",
                rows=(first, first + 1),
                existing=existing,
                score=93 if possible else 100,
                proposed=DuplicateAction.NEW if possible else DuplicateAction.SKIP,
                possible=possible,
            )
        )
    return ImportPlan(
        path=Path("asiakkaat.xlsx"),
        file_format="xlsx",
        sheet="Asiakkaat",
        sheets=("Asiakkaat",),
        header_row=1,
        columns=(),
        rows=rows,
        duplicates=tuple(found),
    )


def test_a_hundred_and_fifty_thousand_groups_are_shown_at_once(qtbot: QtBot) -> None:
    plan = _plan(GROUPS)
    state = ImportState()
    state.analysed(plan)

    started_cpu, started = time.process_time(), time.perf_counter()
    page = DuplicatesPage(state)
    qtbot.addWidget(page)
    page.resize(1000, 600)
    page.show()
    qtbot.waitExposed(page)
    table = page.duplicates_table
    table.viewport().repaint()  # painted: the visible lines' texts were made
    cpu, wall = time.process_time() - started_cpu, time.perf_counter() - started
    # CPU time: the machine running the tests may be shared; the budget is a second.
    assert cpu <= 1.0, f"{GROUPS} groups shown in {cpu:.2f} s of CPU ({wall:.2f} s)"

    assert table.model().rowCount() == GROUPS
    assert cell(table, 0, 0) == "2, 3"
    assert cell(table, 0, 1) == "2: Asiakas 1 Oy; 3: Asiakas 1 Oy"
    assert cell(table, 0, 2) == "0 Vanha 0 in the register"
    assert cell(table, 0, 3) == "Possibly: similar name (93 %)"
    assert cell(table, 0, ACTION_COLUMN) == "Import as new"
    last = GROUPS - 1
    name = f"Asiakas {GROUPS} Oy"
    assert cell(table, last, 1) == f"{2 * GROUPS}: {name}; {2 * GROUPS + 1}: {name}"
    assert cell(table, last, 2) == "Each other, within the file"
    assert cell(table, last, ACTION_COLUMN) == "Skip the later rows"

    # The last group's action, chosen in its combo box as the user does.
    key = plan.duplicates[last].key
    combo = page.duplicate_combo(key)
    assert combo.currentData() == DuplicateAction.SKIP.value
    assert combo.accessibleName() == f"Action for rows {2 * GROUPS}, {2 * GROUPS + 1}"
    choose(combo, DuplicateAction.UPDATE.value)
    assert state.choices[key] is DuplicateAction.UPDATE
    assert cell(table, last, ACTION_COLUMN) == "Update: merge into the first row"


def test_an_action_is_chosen_in_the_cell_and_for_many_groups_at_once(qtbot: QtBot) -> None:
    plan = _plan(3_000)
    state = ImportState()
    state.analysed(plan)
    page = DuplicatesPage(state)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    table = page.duplicates_table

    # Moving to a group's action opens its combo box; what is picked is kept at once.
    index = table.model().index(3, ACTION_COLUMN)
    table.setCurrentIndex(index)
    combo = table.indexWidget(index)
    assert isinstance(combo, QComboBox)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Update the existing customer", "Skip", "Import as new",
    ]  # fmt: skip
    choose(combo, DuplicateAction.NEW.value)
    assert state.choices[plan.duplicates[3].key] is DuplicateAction.NEW

    # Two thousand groups selected (a range, and one more) are all skipped in one go.
    selection = QItemSelection(table.model().index(100, 0), table.model().index(2099, 0))
    flags = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )
    table.selectionModel().select(selection, flags)
    table.selectionModel().select(
        table.model().index(2500, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    choose(page.bulk_action_combo, DuplicateAction.SKIP.value)
    qtbot.mouseClick(page.bulk_apply_button, Qt.MouseButton.LeftButton)
    chosen = [state.choices[g.key] for g in plan.duplicates]
    assert all(a is DuplicateAction.SKIP for a in [*chosen[100:2100], chosen[2500]])
    # Possible ones (every fifth) are proposed as new: these were changed, those not.
    assert chosen[100] is chosen[2095] is chosen[2500] is DuplicateAction.SKIP
    assert chosen[95] is chosen[2100] is chosen[2505] is DuplicateAction.NEW
    assert chosen[3] is DuplicateAction.NEW and chosen[2] is DuplicateAction.SKIP
    assert cell(table, 2500, ACTION_COLUMN) == "Skip the later rows"
    assert cell(table, 102, ACTION_COLUMN) == "Skip"  # against the register
