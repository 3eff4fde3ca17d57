"""The Privacy menu: a person's data exported or erased, retention, the privacy notice.

:func:`install` adds the menu with Export everything on this person…, Erase personal
data…, Retention candidates… and Privacy notice (draft)…; the texts and confirmations are
those of ``asiakasrekisteri privacy`` on the command line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.privacy import PrivacyService
from asiakasrekisteri.ui import settings_keys as keys
from asiakasrekisteri.ui.dialogs.privacy_dialogs import RetentionDialog
from asiakasrekisteri.ui.host import MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import count_text, error_text
from asiakasrekisteri.ui.widgets.commands import command

__all__ = ["PrivacyActions", "install"]


# Record kinds the law keeps (services' retention check names), as the user reads them.
class PrivacyActions(QObject):
    """The Privacy menu of the main window.

    Attributes:
        menu: The "Privacy" menu.
        export_person_action, erase_action, retention_action, notice_action: Its commands;
            the first two act on the customer on the card.
    """

    def __init__(
        self,
        host: WindowHost,
        privacy: PrivacyService,
        settings: QSettings,
        backup_made: Callable[[], None],
    ) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("privacyActions")
        self.host = host
        self.privacy = privacy
        self.settings = settings
        self._backup_made = backup_made
        self.export_person_action = command(self, self.export_person, "exportPersonAction")
        self.erase_action = command(self, self.erase_customer, "eraseAction")
        self.retention_action = command(self, self.show_retention, "retentionAction")
        self.notice_action = command(self, self.save_privacy_notice, "noticeAction")
        self.menu = QMenu(host.parent_widget())
        self.menu.setObjectName("privacyMenu")
        for action in (self.export_person_action, self.erase_action):
            self.menu.addAction(action)
        self.menu.addSeparator()
        for action in (self.retention_action, self.notice_action):
            self.menu.addAction(action)
        host.add_menu(MenuPlace.PRIVACY, self.menu)
        host.customerChanged.connect(self._customer_changed)
        shown = host.current_customer()
        self._customer_changed(shown.id if shown is not None else 0)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        """The menu's texts in the current language."""
        self.menu.setTitle(self.tr("&Privacy"))
        self.export_person_action.setText(self.tr("&Export everything on this person…"))
        self.erase_action.setText(self.tr("E&rase personal data…"))
        self.retention_action.setText(self.tr("Re&tention candidates…"))
        self.notice_action.setText(self.tr("Privacy &notice (draft)…"))

    def _customer_changed(self, customer_id: int) -> None:
        # A new card has no personal data stored yet.
        self.export_person_action.setEnabled(bool(customer_id))
        self.erase_action.setEnabled(bool(customer_id))

    def export_person(self) -> None:
        record = self.host.current_customer()
        if record is None:
            return
        parent = self.host.parent_widget()
        contact_id = None
        if record.contacts:
            choices = [self.tr("The customer (everything)")] + [c.name for c in record.contacts]
            choice, ok = QInputDialog.getItem(
                parent, self.tr("Export"), self.tr("Whose data?"), choices, 0, False
            )
            if not ok:
                return
            if choice in choices[1:]:
                contact_id = record.contacts[choices.index(choice) - 1].id
        name, _ = QFileDialog.getSaveFileName(
            parent, self.tr("Export everything on this person"),
            f"tiedot-{record.data.customer_number}.zip", self.tr("Zip files (*.zip)"),
        )  # fmt: skip
        if not name:
            return
        self.privacy.export_zip(record.id, Path(name), contact_id)
        self.host.show_status(self.tr("Exported to {path}").format(path=name), 5000)

    def erase_text(self, customer_id: int) -> str:
        """The confirmation naming exactly what goes and what stays."""
        plan = self.privacy.erase_plan(customer_id)
        lines = [
            self.tr("Erase the personal data of {number} {name} for good?").format(
                number=plan.customer_number, name=plan.name
            ),
            "",
            self.tr("Anonymised: name, addresses, email, phone and comments on the card.")
            if plan.anonymise
            else self.tr("The customer card is deleted."),
            self.tr("Contacts: %n", "", plan.contacts),
            self.tr("Offices: %n", "", plan.offices),
            self.tr("Notes: %n", "", plan.notes),
            self.tr("Attachments: %n", "", plan.attachments),
            self.tr("Custom fields: %n", "", plan.custom_fields),
            self.tr("Values in the history: %n entries", "", plan.history_entries),
        ]
        if plan.kept_counts.items:
            kept = ", ".join(count_text(c) for c in plan.kept_counts.items)
            lines.append(self.tr("Kept by law: {records}.").format(records=kept))
        if "invoices" in plan.kept:
            lines.append(
                self.tr(
                    "The invoices keep the buyer's name, address and business id; the "
                    "e-mail, phone and contact person on them are removed."
                )
            )
        lines += ["", self.tr("Older backups still hold the data until they rotate out.")]
        lines.append(self.tr("This cannot be undone."))
        return "\n".join(lines)

    def erase_customer(self) -> None:
        """Erase the card's customer after the confirmation; the card then shows the result."""
        record = self.host.current_customer()
        # Unsaved edits are settled first: saved after the erasure they would bring the
        # erased data back.
        if record is None or not self.host.maybe_save_changes():
            return
        customer_id = record.id
        if not self.host.ask(self.tr("Erase personal data"), self.erase_text(customer_id)):
            return
        try:
            done = self.privacy.erase(customer_id)
        except ValidationError as exc:
            self.host.warn(self.tr("Erase personal data"), error_text(exc))
            return
        self.host.reload_customers()
        self._backup_made()
        held = [
            self.tr("{file}: until {day}").format(
                file=h.path.name,
                day=h.leaves_on.isoformat() if h.leaves_on else self.tr("deleted by hand"),
            )
            for h in done.backups
        ]
        parts = []
        if held:
            parts.append(
                self.tr("Erased. These backups still hold the data until they rotate out:")
                + "\n\n"
                + "\n".join(held)
            )
        if done.temporary_files:
            parts.append(
                self.tr(
                    "These temporary files of open programs (a PDF in the viewer, say) may "
                    "hold the data until the programs are closed:"
                )
                + "\n\n"
                + "\n".join(str(path) for path in done.temporary_files)
            )
        if parts:
            QMessageBox.information(
                self.host.parent_widget(), self.tr("Erased"), "\n\n".join(parts)
            )

    def show_retention(self) -> None:
        years = keys.RETENTION_YEARS.read(self.settings)
        dialog = RetentionDialog(self.privacy, years, self.host.parent_widget())
        dialog.openRequested.connect(self.host.open_customer)
        dialog.exec()
        keys.RETENTION_YEARS.write(self.settings, dialog.years_spin.value())

    def save_privacy_notice(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self.host.parent_widget(), self.tr("Privacy notice"), "tietosuojaseloste.pdf",
            self.tr("PDF (*.pdf)"),
        )  # fmt: skip
        if name:
            self.privacy.privacy_notice_pdf(Path(name))


def install(
    host: WindowHost, services: Services, settings: QSettings, backup_made: Callable[[], None]
) -> PrivacyActions:
    """Add the Privacy menu; ``backup_made`` is told when an erasure made a backup."""
    return PrivacyActions(host, services.privacy, settings, backup_made)
