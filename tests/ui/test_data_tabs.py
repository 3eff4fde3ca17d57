"""Attachments and History tabs, the restore dialog and the main window's data actions."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QColor, QDropEvent, QImage
from PySide6.QtWidgets import QApplication

from asiakasrekisteri.app import build_window
from asiakasrekisteri.domain.customer import ContactData
from asiakasrekisteri.services.attachments import AttachmentService
from asiakasrekisteri.services.backup import BackupService
from asiakasrekisteri.services.container import build_services
from asiakasrekisteri.services.customers import CustomerService
from asiakasrekisteri.services.history import HistoryService
from asiakasrekisteri.storage.db import Database
from asiakasrekisteri.ui.customer_card.attachments_tab import AttachmentsTab
from asiakasrekisteri.ui.customer_card.history_tab import Column, HistoryTab
from asiakasrekisteri.ui.dialogs.backup_dialogs import RestoreDialog
from asiakasrekisteri.ui.i18n import Translators
from tests.conftest import make_customer


@pytest.fixture
def customer_id(customers: CustomerService) -> int:
    return customers.create(make_customer()).id


@pytest.fixture
def tab(qtbot: object, db: Database, customer_id: int) -> AttachmentsTab:
    widget = AttachmentsTab(AttachmentService(db))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show_customer(customer_id)
    widget.warnings = []  # type: ignore[attr-defined]
    widget.warn = widget.warnings.append  # type: ignore[attr-defined,method-assign]
    return widget


def _png(path: Path) -> Path:
    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


def test_add_shows_files_with_thumbnails_and_notices_duplicates(
    tab: AttachmentsTab, tmp_path: Path
) -> None:
    doc = tmp_path / "sopimus.pdf"
    doc.write_bytes(b"%PDF-1.4")
    picture = _png(tmp_path / "kuva.png")
    assert tab.add_files([doc, picture]) == 2
    assert tab.names() == ["kuva.png", "sopimus.pdf"]
    thumb = tab.list_widget.item(0).icon().pixmap(64, 64)
    assert not thumb.isNull() and thumb.toImage().pixelColor(10, 10) == QColor("red")
    assert tab.add_files([doc]) == 0
    assert "already kept" in tab.warnings[-1]  # type: ignore[attr-defined]


def test_add_by_dialog_and_drop(tab: AttachmentsTab, tmp_path: Path) -> None:
    first = tmp_path / "a.txt"
    first.write_text("a")
    tab.ask_files = lambda: [first]  # type: ignore[method-assign]
    tab.add_button.click()
    second = tmp_path / "b.txt"
    second.write_text("b")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )  # fmt: skip
    tab.dropEvent(event)
    assert tab.names() == ["a.txt", "b.txt"]


def test_open_save_rename_remove(tab: AttachmentsTab, tmp_path: Path) -> None:
    source = tmp_path / "lasku.txt"
    source.write_text("sisältö")
    tab.add_files([source])
    tab.list_widget.setCurrentRow(0)
    opened: list[QUrl] = []

    def fake_open(url: QUrl) -> bool:
        opened.append(url)
        return True

    tab.open_url = fake_open  # type: ignore[method-assign]
    tab.open_button.click()
    assert Path(opened[0].toLocalFile()).read_text() == "sisältö"
    target = tmp_path / "out.txt"
    tab.ask_save_path = lambda name: target  # type: ignore[method-assign]
    tab.save_button.click()
    assert target.read_text() == "sisältö"
    tab.ask_name = lambda current: "uusi.txt"  # type: ignore[method-assign]
    tab.rename_button.click()
    assert tab.names() == ["uusi.txt"]
    tab.list_widget.setCurrentRow(0)
    questions: list[str] = []

    def refuse(text: str) -> bool:
        questions.append(text)
        return False

    tab.confirm = refuse  # type: ignore[method-assign]
    tab.remove_button.click()
    assert tab.names() == ["uusi.txt"] and "uusi.txt" in questions[0]
    tab.confirm = lambda text: True  # type: ignore[method-assign]
    tab.remove_button.click()
    assert tab.names() == []


def test_too_large_file_gets_a_clear_message(
    tab: AttachmentsTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from asiakasrekisteri.services import attachments

    monkeypatch.setattr(attachments, "MAX_ATTACHMENT_BYTES", 3)
    big = tmp_path / "iso.bin"
    big.write_bytes(b"1234")
    assert tab.add_files([big]) == 0
    assert "at most" in tab.warnings[-1]  # type: ignore[attr-defined]


def test_new_card_cannot_take_files(qtbot: object, db: Database) -> None:
    widget = AttachmentsTab(AttachmentService(db))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show_customer(None)
    assert not widget.add_button.isEnabled()
    assert "Save the card first" in widget.hint.text()


def test_history_tab_lists_newest_first_filters_and_is_read_only(
    qtbot: object, db: Database, customers: CustomerService, customer_id: int
) -> None:
    record = customers.get(customer_id)
    customers.update(customer_id, replace(record.data, city="Espoo", postal_code="02100"))
    customers.add_contact(customer_id, ContactData(name="Maija Mäkelä"))
    widget = HistoryTab(HistoryService(db))
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.show_record(customers.get(customer_id))
    proxy = widget.proxy
    assert proxy.rowCount() == 4
    first_action = proxy.index(0, Column.ACTION).data()
    assert first_action == "Created"
    assert proxy.index(0, Column.WHAT).data() == "Contact"
    assert proxy.index(3, Column.WHAT).data() == "Card"
    assert widget.created_label.text() not in ("", "Not saved yet")
    qtbot.keyClicks(widget.filter_edit, "espoo")  # type: ignore[attr-defined]
    assert proxy.rowCount() == 1
    assert proxy.index(0, Column.OLD).data() == "Tampere"
    assert proxy.index(0, Column.NEW).data() == "Espoo"
    assert not proxy.flags(proxy.index(0, 0)) & Qt.ItemFlag.ItemIsEditable


def test_restore_dialog_chooses_the_newest_good_backup_and_restores(
    qtbot: object, db: Database, customers: CustomerService, customer_id: int, tmp_path: Path
) -> None:
    now = [datetime(2026, 5, 1, 8, 0)]
    backups = BackupService(db, tmp_path / "bk", clock=lambda: now[0])
    good = backups.backup()
    now[0] += timedelta(hours=1)
    bad = backups.backup()
    bad.write_bytes(b"SQLite format 3\x00" + b"\xff" * 8000)
    record = customers.get(customer_id)
    customers.update(customer_id, replace(record.data, name="Myöhemmin Oy"))

    dialog = RestoreDialog(
        backups.folder, backups.verify, lambda p: str(backups.restore(p).safety_backup)
    )
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.chosen_path() == good
    assert dialog.restore_button.isEnabled()
    assert "1 customer" in dialog.status_label.text()
    dialog.backup_list.setCurrentRow(0)  # the damaged one
    assert not dialog.restore_button.isEnabled()
    assert "cannot be restored" in dialog.status_label.text()
    dialog.select_newest_good()
    asked: list[str] = []

    def accept(text: str) -> bool:
        asked.append(text)
        return True

    dialog.confirm = accept  # type: ignore[method-assign]
    dialog.restore_button.click()
    assert asked and "current state is backed up first" in asked[0]
    assert customers.get(customer_id).data.name == "Rakennus Virtanen Oy"
    assert dialog.result_text.endswith(".sqlite3")


def test_main_window_backup_label_restore_and_erase_text(
    qtbot: object, db: Database, customer_id: int, tmp_path: Path
) -> None:
    services = build_services(db, tmp_path / "bk")
    customers = services.customers
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    built = build_window(services, settings, Translators())
    window = built.window
    backups = built.features.backups
    qtbot.addWidget(window)  # type: ignore[attr-defined]
    assert window.statusBar().isAncestorOf(backups.backup_label)
    assert "No backup yet" in backups.backup_label.text()
    assert backups.backup_label.property("warning") is True
    backups.backup_now_action.trigger()
    assert "Last backup" in backups.backup_label.text()
    assert backups.backup_label.property("warning") is False

    window.open_customer(customer_id)
    customers.add_contact(customer_id, ContactData(name="Maija Mäkelä"))
    text = built.features.privacy.erase_text(customer_id)
    assert "Rakennus Virtanen Oy" in text and "Contacts: 1" in text
    assert "The customer card is deleted." in text

    dialog = backups.restore_dialog()
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert dialog.restore_button.isEnabled()
    dialog.confirm = lambda text: True  # type: ignore[method-assign]
    assert dialog.restore_chosen()
    backups.after_restore(dialog.result_text)
    assert customers.get(customer_id).contacts == ()
    assert QApplication.instance() is not None
