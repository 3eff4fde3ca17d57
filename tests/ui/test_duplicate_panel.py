"""DuplicatePanel: matches while typing, the two buttons, and hiding when there are none."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri.domain.customer import CustomerData, CustomerRecord
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.ui.widgets.duplicate_panel import DuplicatePanel
from tests.conftest import make_customer

# Qt's offscreen plugin warns whenever a shown top-level window's size hints change;
# it is noise from the test platform, not from the widget (project-wide candidate for
# ``qt_log_ignore`` in pyproject.toml).
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")


@pytest.fixture
def existing(customers: CustomerService) -> CustomerRecord:
    """1001 Rakennus Virtanen Oy, Y-tunnus 2077474-0."""
    return customers.create(make_customer())


@pytest.fixture
def panel(qtbot: QtBot, customers: CustomerService) -> Iterator[DuplicatePanel]:
    """The panel inside a shown card stand-in, so visibility is the real one."""
    host = QWidget()
    qtbot.addWidget(host)
    panel = DuplicatePanel(customers, host)
    QVBoxLayout(host).addWidget(panel)
    host.show()
    qtbot.waitExposed(host)
    yield panel  # the generator keeps ``host`` alive; qtbot only holds a weak reference


def _row(panel: DuplicatePanel, customer_id: int) -> QWidget:
    row = panel.findChild(QWidget, f"duplicateMatch_{customer_id}")
    assert row is not None, f"no line for customer {customer_id}"
    return row


def _line(panel: DuplicatePanel, customer_id: int) -> str:
    label = _row(panel, customer_id).findChild(QLabel, "matchText")
    assert label is not None
    return label.text()


def _button(panel: DuplicatePanel, customer_id: int, text: str) -> QPushButton:
    found = [b for b in _row(panel, customer_id).findChildren(QPushButton) if b.text() == text]
    assert len(found) == 1, f"expected one {text!r} button"
    return found[0]


def _click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isVisible()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_hidden_until_something_matches(panel: DuplicatePanel, existing: CustomerRecord) -> None:
    assert panel.objectName() == "duplicatePanel"
    assert not panel.isVisible()


def test_same_business_id_is_shown_with_its_reason(
    panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(CustomerData(name="Aivan Eri Nimi", business_id="2077474-0"), None)
    panel.flush()

    assert panel.isVisible()
    assert _line(panel, existing.id) == (
        "Possible duplicate: 1001 Rakennus Virtanen Oy — same Y-tunnus"
    )
    assert _button(panel, existing.id, "Open it").isVisible()
    assert _button(panel, existing.id, "Merge").isVisible()


def test_every_reason_is_listed_strongest_first(
    panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(make_customer(), None)
    panel.flush()

    assert _line(panel, existing.id) == (
        "Possible duplicate: 1001 Rakennus Virtanen Oy — "
        "same Y-tunnus, same email, same phone, similar name"
    )


def test_similar_name_without_company_form_matches(
    panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(CustomerData(name="Rakennus Virtanen"), None)
    panel.flush()

    assert panel.isVisible()
    assert _line(panel, existing.id) == (
        "Possible duplicate: 1001 Rakennus Virtanen Oy — similar name"
    )


def test_search_waits_for_a_pause_in_typing(
    qtbot: QtBot, panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(CustomerData(name="Rakennus Virt"), None)
    panel.check(CustomerData(name="Rakennus Virtanen"), None)

    assert not panel.isVisible()  # nothing searched yet
    qtbot.waitUntil(panel.isVisible, timeout=2000)
    assert [m.customer_id for m in panel.matches()] == [existing.id]


def test_no_match_hides_the_panel_again(panel: DuplicatePanel, existing: CustomerRecord) -> None:
    panel.check(CustomerData(name="Rakennus Virtanen"), None)
    panel.flush()
    assert panel.isVisible()

    panel.check(CustomerData(name="Kukkakauppa Lindroos"), None)
    panel.flush()

    assert not panel.isVisible()
    assert panel.matches() == ()
    assert panel.findChild(QWidget, f"duplicateMatch_{existing.id}") is None


def test_the_edited_customer_does_not_match_itself(
    panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(existing.data, existing.id)
    panel.flush()

    assert not panel.isVisible()


def test_open_it_emits_the_other_customers_id(
    qtbot: QtBot, panel: DuplicatePanel, customers: CustomerService, existing: CustomerRecord
) -> None:
    other = customers.create(make_customer(name="Virtanen Rakennus", business_id=""))
    panel.check(make_customer(business_id=""), None)
    panel.flush()
    assert {m.customer_id for m in panel.matches()} == {existing.id, other.id}

    with qtbot.waitSignal(panel.openRequested, timeout=1000) as blocker:
        _click(qtbot, _button(panel, other.id, "Open it"))

    assert blocker.args == [other.id]


def test_merge_emits_the_other_customers_id(
    qtbot: QtBot, panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(CustomerData(name="Rakennus Virtanen"), 99)
    panel.flush()

    with qtbot.waitSignal(panel.mergeRequested, timeout=1000) as blocker:
        _click(qtbot, _button(panel, existing.id, "Merge"))

    assert blocker.args == [existing.id]


def test_merge_is_disabled_for_a_new_customer(
    qtbot: QtBot, panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.set_merge_enabled(False)
    panel.check(CustomerData(name="Rakennus Virtanen"), None)
    panel.flush()
    merge = _button(panel, existing.id, "Merge")

    assert not merge.isEnabled()
    assert "Save" in merge.toolTip()
    assert _button(panel, existing.id, "Open it").isEnabled()
    with qtbot.assertNotEmitted(panel.mergeRequested):
        _click(qtbot, merge)

    panel.set_merge_enabled(True)  # the new customer was saved
    assert merge.isEnabled()


def test_clear_hides_and_cancels_a_pending_search(
    qtbot: QtBot, panel: DuplicatePanel, existing: CustomerRecord
) -> None:
    panel.check(CustomerData(name="Rakennus Virtanen"), None)
    panel.clear()
    qtbot.wait(400)  # longer than the debounce

    assert not panel.isVisible()


def test_tint_keeps_the_palettes_text_colour(
    panel: DuplicatePanel, existing: CustomerRecord, tmp_path: Path
) -> None:
    # Only a background tint and a border: hard-coded text would vanish in a dark theme.
    assert "color:" not in panel.styleSheet().replace("background-color:", "")
    panel.check(CustomerData(name="Rakennus Virtanen"), None)
    panel.flush()
    target = tmp_path / "duplicate_panel.png"
    assert panel.grab().save(str(target))
    assert target.stat().st_size > 0
