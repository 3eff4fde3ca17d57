"""The trade register feature in the window: matches on a new card, and an Edit command.

``install(host, services, settings)`` adds Edit › Update from the trade register… (also
in the customer list's context menu) and the matches under a new customer's name and
Y-tunnus. Both ask the register at the address of the preferences (else the
environment's or PRH's own); the matches can be turned off there.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction

from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.ui import settings_keys
from asiakasrekisteri.ui.host import MenuPlace, WindowHost
from asiakasrekisteri.ui.trade_register.completer import CompanyCompleter
from asiakasrekisteri.ui.trade_register.update_dialog import RegisterUpdateDialog


class TradeRegisterActions(QObject):
    """The trade register's command and the matches on a new card.

    Attributes:
        update_action: Edit › Update from the trade register…
        completer: The matches under a new customer's name and Y-tunnus.
        dialog: The update dialog last opened, if any.
    """

    def __init__(self, host: WindowHost, services: Services, settings: QSettings) -> None:
        super().__init__(host.parent_widget())
        self.host = host
        self.services = services
        self.settings = settings
        self.dialog: RegisterUpdateDialog | None = None
        self.update_action = QAction(self)
        self.update_action.setObjectName("updateFromRegisterAction")
        self.update_action.triggered.connect(self.update_customer)
        host.add_section(MenuPlace.EDIT, [self.update_action])
        host.add_list_action(self.update_action)
        self.completer = CompanyCompleter(
            host,
            services.trade_register,
            enabled=lambda: settings_keys.TRADE_REGISTER_LOOKUPS.read(settings),
            prepare=self.use_address,
            parent=self,
        )
        host.customerChanged.connect(lambda _id: self.update_enabled())
        host.customerSaved.connect(lambda _id: self.update_enabled())
        host.languageChanged.connect(self.retranslate)
        self.retranslate()
        self.update_enabled()

    def retranslate(self) -> None:
        self.update_action.setText(self.tr("Update from the &trade register…"))
        self.update_action.setToolTip(
            self.tr("Compare the card with the trade register and update the chosen details")
        )

    def use_address(self) -> None:
        """Ask the register at the address the preferences name now."""
        self.services.trade_register.address = settings_keys.TRADE_REGISTER_URL.read(self.settings)

    def update_enabled(self) -> None:
        record = self.host.current_customer()
        self.update_action.setEnabled(
            record is not None
            and bool(record.data.business_id)
            and record.data.customer_type is CustomerType.COMPANY
        )

    def update_customer(self) -> RegisterUpdateDialog | None:
        """Open the update dialog for the customer on the card (saving its edits first)."""
        if not self.host.maybe_save_changes():
            return None
        record = self.host.current_customer()
        if record is None or not record.data.business_id:
            return None
        self.use_address()
        if self.dialog is not None:
            self.dialog.deleteLater()
        dialog = RegisterUpdateDialog(
            self.services.trade_register, record, self.host.parent_widget()
        )
        dialog.updated.connect(self._updated)
        self.dialog = dialog
        dialog.exec()
        return dialog

    def _updated(self, customer_id: int) -> None:
        self.host.refresh_customer(customer_id)
        self.host.show_status(self.tr("Updated from the trade register."), 5000)


def install(host: WindowHost, services: Services, settings: QSettings) -> TradeRegisterActions:
    """Put the trade register's command and matches into the window."""
    return TradeRegisterActions(host, services, settings)


__all__ = ["TradeRegisterActions", "install"]
