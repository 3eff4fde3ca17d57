"""The "Attachments" tab (Liitteet): files kept with the customer card.

Add by dialog or by dropping files on the tab, open with the system viewer, save a copy,
rename, remove after confirmation; images show a thumbnail.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QIcon,
    QImageReader,
    QPixmap,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.attachments import AttachmentInfo, AttachmentService
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

THUMBNAIL = QSize(64, 64)
ID_ROLE = Qt.ItemDataRole.UserRole


def _size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} kB"
    return f"{size / 1024 / 1024:.1f} MB"


class AttachmentsTab(Retranslating, QWidget):
    """The attachment list of one customer.

    Attributes:
        list_widget: The files, by name, with thumbnails for images.
        add_button, open_button, save_button, rename_button, remove_button: Actions.

    Signals:
        changed(): An attachment was added, renamed or removed.
    """

    changed = Signal()

    def __init__(self, service: AttachmentService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptDrops(True)
        self._service = service
        self._customer_id: int | None = None
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setObjectName("attachmentsHint")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.list_widget = QListWidget()
        self.list_widget.setObjectName("attachmentList")
        self.list_widget.setIconSize(THUMBNAIL)
        layout.addWidget(self.list_widget, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton()
        self.add_button.setObjectName("addAttachmentButton")
        self.open_button = QPushButton()
        self.open_button.setObjectName("openAttachmentButton")
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveAttachmentButton")
        self.rename_button = QPushButton()
        self.rename_button.setObjectName("renameAttachmentButton")
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("removeAttachmentButton")
        for button in (self.add_button, self.open_button, self.save_button,
                       self.rename_button, self.remove_button):  # fmt: skip
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.add_button.clicked.connect(self.add_by_dialog)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.rename_button.clicked.connect(self.rename_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list_widget.itemDoubleClicked.connect(lambda _item: self.open_selected())
        self.list_widget.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.show_customer(None)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.list_widget.setAccessibleName(self.tr("Attachments"))
        self.add_button.setText(self.tr("&Add…"))
        self.open_button.setText(self.tr("&Open"))
        self.save_button.setText(self.tr("Save &as…"))
        self.rename_button.setText(self.tr("Re&name…"))
        self.remove_button.setText(self.tr("&Remove…"))
        self._update_hint()

    # --- questions (tests replace these) -----------------------------------------------

    def ask_files(self) -> list[Path]:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Add attachments"))
        return [Path(n) for n in names]

    def ask_save_path(self, name: str) -> Path | None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save attachment as"), name)
        return Path(target) if target else None

    def ask_name(self, current: str) -> str | None:
        text, ok = QInputDialog.getText(
            self, self.tr("Rename attachment"), self.tr("New name:"), text=current
        )
        return text if ok else None

    def confirm(self, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove attachment"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Attachments"), text)

    def open_url(self, url: QUrl) -> bool:
        return QDesktopServices.openUrl(url)

    # --- showing -----------------------------------------------------------------------

    def show_customer(self, customer_id: int | None) -> None:
        """Show a customer's attachments; None (a new card) shows none."""
        self._customer_id = customer_id
        self.list_widget.clear()
        usable = customer_id is not None
        if usable and customer_id is not None:
            for info in self._service.for_customer(customer_id):
                self.list_widget.addItem(self._item(info))
        self.add_button.setEnabled(usable)
        self.setAcceptDrops(usable)
        self._update_hint()
        self._update_buttons()

    def _update_hint(self) -> None:
        usable = self._customer_id is not None
        self.hint.setText(
            self.tr("Drop files here or use Add. Files up to 50 MB are kept with the card.")
            if usable
            else self.tr("Save the card first; then files can be kept with it.")
        )

    def _item(self, info: AttachmentInfo) -> QListWidgetItem:
        item = QListWidgetItem(f"{info.name}\n{_size_text(info.size)}")
        item.setData(ID_ROLE, info.id)
        item.setToolTip(info.name)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)
        if info.is_image:
            reader = QImageReader(str(self._service.path(info.id)))
            reader.setAutoTransform(True)
            size = reader.size()
            if size.isValid():
                reader.setScaledSize(size.scaled(THUMBNAIL, Qt.AspectRatioMode.KeepAspectRatio))
            image = reader.read()
            if not image.isNull():
                icon = QIcon(QPixmap.fromImage(image))
        item.setIcon(icon)
        return item

    def names(self) -> list[str]:
        return [
            self.list_widget.item(i).text().split("\n")[0] for i in range(self.list_widget.count())
        ]

    def _selected_id(self) -> int | None:
        item = self.list_widget.currentItem()
        return int(item.data(ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        selected = self._selected_id() is not None
        for button in (self.open_button, self.save_button, self.rename_button,
                       self.remove_button):  # fmt: skip
            button.setEnabled(selected)

    # --- actions -----------------------------------------------------------------------

    def add_files(self, paths: list[Path]) -> int:
        """Add files; refusals (too large, unreadable) and duplicates are told at the end."""
        if self._customer_id is None:
            return 0
        added = 0
        messages: list[str] = []
        for path in paths:
            try:
                result = self._service.add(self._customer_id, path)
            except ValidationError as exc:
                messages.append(error_text(exc))
                continue
            if result.duplicate:
                messages.append(
                    self.tr("“{file}” is already kept with this card as “{name}”.").format(
                        file=path.name, name=result.attachment.name
                    )
                )
            else:
                added += 1
        self.show_customer(self._customer_id)
        if added:
            self.changed.emit()
        if messages:
            self.warn("\n".join(messages))
        return added

    def add_by_dialog(self) -> None:
        paths = self.ask_files()
        if paths:
            self.add_files(paths)

    def open_selected(self) -> None:
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        path = self._service.path(attachment_id)
        if not self.open_url(QUrl.fromLocalFile(str(path))):
            self.warn(self.tr("No program was found to open the file."))

    def save_selected(self) -> None:
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        target = self.ask_save_path(self._service.get(attachment_id).name)
        if target is None:
            return
        try:
            self._service.save_as(attachment_id, target)
        except OSError as exc:
            self.warn(
                self.tr("The file could not be saved: {error}").format(
                    error=exc.strerror or str(exc)
                )
            )

    def rename_selected(self) -> None:
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        new_name = self.ask_name(self._service.get(attachment_id).name)
        if new_name is None:
            return
        try:
            self._service.rename(attachment_id, new_name)
        except ValidationError as exc:
            self.warn(error_text(exc))
            return
        self.show_customer(self._customer_id)
        self.changed.emit()

    def remove_selected(self) -> None:
        attachment_id = self._selected_id()
        if attachment_id is None:
            return
        name = self._service.get(attachment_id).name
        if not self.confirm(
            self.tr("Remove “{name}” from this card? This cannot be undone.").format(name=name)
        ):
            return
        self._service.remove(attachment_id)
        self.show_customer(self._customer_id)
        self.changed.emit()

    # --- drag and drop ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if self._customer_id is not None and any(u.isLocalFile() for u in urls):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_files(paths)


__all__ = ["AttachmentsTab"]
