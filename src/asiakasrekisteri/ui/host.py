"""What the main window offers the features that plug into it, and nothing more.

A feature (spreadsheets, invoicing, backups, privacy, the program-wide actions) is a
module with ``install(host, services, ...)`` returning its feature object. It puts its
commands into the window's menus, its widgets into the card and the status bar, and
follows the customer on the card, all through :class:`WindowHost`; it never touches the
window's own attributes, and the window imports no feature. ``app.build_window`` creates
the window and installs every feature in order.

Language switches: a feature object is a ``QObject``, which gets no ``LanguageChange``
event. It gives itself a ``retranslate()`` method that sets every text it owns, calls it
once when installed and connects it to :attr:`WindowHost.languageChanged`, which the
window emits after putting its own texts into the new language.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum, auto
from typing import Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from asiakasrekisteri.domain.customer import CustomerRecord


class MenuPlace(Enum):
    """The menus of the window's menu bar, in the order they stand there.

    The window has FILE, EDIT, SETTINGS and HELP itself; INVOICES and PRIVACY are added
    by the features owning them (:meth:`WindowHost.add_menu`).
    """

    FILE = auto()
    EDIT = auto()
    INVOICES = auto()
    SETTINGS = auto()
    PRIVACY = auto()
    HELP = auto()


class Anchor(Enum):
    """The window's own commands a feature may put its commands in front of."""

    SAVE = auto()
    """File › Save."""
    QUIT = auto()
    """File › Quit."""
    ABOUT = auto()
    """Help › About."""


class CardArea(Enum):
    """Places on the customer card kept for a feature's widget."""

    INVOICING = auto()
    """The Invoicing box of the card's Overview tab."""


class WindowHost(Protocol):
    """The main window as the features see it.

    Signals:
        customerChanged(int): The card now shows another customer (its id) or a new,
            empty card (0).
        customerSaved(int): The card was saved; the customer id.
        selectionChanged(): The customers selected in the list changed.
        languageChanged(): The window has put its texts into the language just chosen;
            features retranslate theirs.
    """

    @property
    def customerChanged(self) -> SignalInstance: ...

    @property
    def customerSaved(self) -> SignalInstance: ...

    @property
    def selectionChanged(self) -> SignalInstance: ...

    @property
    def languageChanged(self) -> SignalInstance: ...

    # --- places for the features' commands and widgets ---------------------------------

    def add_menu(self, place: MenuPlace, menu: QMenu) -> None:
        """Put a feature's own menu into the menu bar at ``place``."""
        ...

    def add_action(
        self, place: MenuPlace, action: QAction, *, before: Anchor | None = None
    ) -> None:
        """Add a command to a menu, at its end or right in front of ``before``."""
        ...

    def add_section(
        self, place: MenuPlace, actions: Sequence[QAction], *, before: Anchor | None = None
    ) -> None:
        """Add commands as a group set off by separators, at the end or before ``before``."""
        ...

    def add_list_action(self, action: QAction) -> None:
        """Add a command to the customer list's context menu."""
        ...

    def add_status_widget(self, widget: QWidget) -> None:
        """Show a widget at the right end of the status bar for good."""
        ...

    def card_area(self, area: CardArea) -> QWidget:
        """The card's box for ``area``; each feature adds its widget to its layout (the
        card's placeholders leave it the first time)."""
        ...

    def card_editor(self, field: str) -> QWidget:
        """The card's input of a record field, for a feature's completions on it."""
        ...

    def fill_card(self, values: Mapping[str, str]) -> None:
        """Put values (record field → text) into the card's form as if typed."""
        ...

    def watch_drops(self, watcher: QObject) -> None:
        """Let files be dropped on the window and the list; ``watcher`` filters the events."""
        ...

    # --- messages ----------------------------------------------------------------------

    def parent_widget(self) -> QWidget:
        """The parent of the features' dialogs (the window)."""
        ...

    def show_status(self, text: str, msecs: int = 0) -> None:
        """A message in the status bar; 0 keeps it until the next one."""
        ...

    def ask(self, title: str, text: str, *, default_no: bool = True) -> bool:
        """A yes/no question."""
        ...

    def warn(self, title: str, text: str) -> None:
        """A warning the user must close."""
        ...

    # --- the customers -----------------------------------------------------------------

    def current_customer(self) -> CustomerRecord | None:
        """The customer on the card as last read from the register; None for a new card."""
        ...

    def current_customer_id(self) -> int | None:
        """The customer the user is on: the card's, else the list's current row."""
        ...

    def selected_customer_ids(self) -> list[int]:
        """The customers selected in the list, in list order."""
        ...

    def maybe_save_changes(self) -> bool:
        """Ask about the card's unsaved changes; False when the user chose to stay."""
        ...

    def open_customer(self, customer_id: int) -> None:
        """Show a customer's card, widening the list's filters if they hide it."""
        ...

    def new_customer(self) -> None:
        """Show a new, empty card (asking about unsaved changes first)."""
        ...

    def refresh_customer(self, customer_id: int) -> None:
        """The customer changed outside the card: its list row, and the card unless it
        is being edited, show it as stored now."""
        ...

    def reload_customers(self) -> None:
        """Many customers changed: the list and its filters read the register again, and
        the card, unless it is being edited, shows its customer as stored now (a new
        card when that customer is gone)."""
        ...


__all__ = ["Anchor", "CardArea", "MenuPlace", "WindowHost"]
