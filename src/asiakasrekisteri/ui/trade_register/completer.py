"""Matches from the trade register while a new customer's name or Y-tunnus is typed.

A short pause after typing (:data:`DEBOUNCE_MS`) starts one lookup in a worker thread; a
valid Y-tunnus asks for that company, three letters or more of a name search by name.
The matches drop down under the field; choosing one fills the card's name, Y-tunnus,
address, company form and line of business, which the user then saves. Answers to
earlier texts are dropped. A failure (no network, a timeout …) is one message in the
status bar, and the card goes on as before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from asiakasrekisteri.domain import identifiers
from asiakasrekisteri.domain.enums import CustomerType
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.domain.trade_register import RegisterCompany, SearchResult
from asiakasrekisteri.services.trade_register import MIN_NAME_LENGTH, TradeRegisterService
from asiakasrekisteri.ui.customer_card.fields import ui_language
from asiakasrekisteri.ui.host import WindowHost
from asiakasrekisteri.ui.i18n import error_text
from asiakasrekisteri.ui.spreadsheets.workers import Worker
from asiakasrekisteri.ui.trade_register.texts import match_text, warnings_text

DEBOUNCE_MS = 400
"""Typing pauses this long before the register is asked: one request per word, not key."""
COMPANY_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_MS = 8000

Answer = tuple[str, SearchResult | ValidationError]
"""The text looked up, and what the register said or why it could not be asked."""


class CompanyCompleter(QObject):
    """The matches under the name and Y-tunnus fields of a new customer's card.

    It fills the card through the host and speaks through the window's status bar.

    Attributes:
        model: The matches of the last answer (the company in :data:`COMPANY_ROLE`).
        completers: Field name → the completer showing the matches under that field.
        timer: The pause after typing before the register is asked.
    """

    def __init__(
        self,
        host: WindowHost,
        service: TradeRegisterService,
        *,
        enabled: Callable[[], bool],
        prepare: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.host = host
        self.service = service
        self._enabled = enabled
        self._prepare = prepare
        self._field = ""
        self._asked = ""
        self._pending = 0
        self.model = QStandardItemModel(self)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.look_up)
        self.completers: dict[str, QCompleter] = {}
        for field in ("name", "business_id"):
            editor = host.card_editor(field)
            if not isinstance(editor, QLineEdit):
                raise TypeError(f"the card's {field} is not a line edit")
            completer = QCompleter(self.model, self)
            completer.setObjectName(f"{field}RegisterCompleter")
            completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
            completer.setWidget(editor)
            # The overload with the model index: the match's company, not its text.
            completer.activated[QModelIndex].connect(self.choose)  # type: ignore[index]
            self.completers[field] = completer
            editor.textEdited.connect(lambda _text, f=field: self._typed(f))
        host.customerChanged.connect(self._customer_changed)

    def _typed(self, field: str) -> None:
        if self.host.current_customer() is not None or not self._enabled():
            return
        self._field = field
        self.timer.start()

    def _customer_changed(self, _customer_id: int) -> None:
        self.timer.stop()
        self._asked = ""
        self.model.clear()
        for completer in self.completers.values():
            popup = completer.popup()
            if popup is not None:
                popup.hide()

    def query(self) -> str:
        """What to look up for the field typed in last; empty when it is not enough."""
        editor = self.completers[self._field].widget() if self._field else None
        if not isinstance(editor, QLineEdit):
            return ""
        text = " ".join(editor.text().split())
        if self._field == "business_id":
            return text if identifiers.is_valid_business_id(text) else ""
        return text if len(text) >= MIN_NAME_LENGTH else ""

    def look_up(self) -> None:
        """Ask the register about the typed text now (typing waits :data:`DEBOUNCE_MS`)."""
        self.timer.stop()
        text = self.query()
        if not text or text == self._asked:
            return
        self._asked = text
        self._prepare()
        service = self.service

        def job(_progress: object, _cancelled: object) -> Answer:
            try:
                return text, service.search(text)
            except ValidationError as exc:  # shown in the window, which decides
                return text, exc

        worker = Worker(job)
        worker.succeeded.connect(self._answered)
        worker.failed.connect(self._failed)
        self._pending += 1
        worker.start_job()
        self.host.show_status(
            self.tr("Looking up “{text}” in the trade register…").format(text=text)
        )

    def is_busy(self) -> bool:
        """Whether a lookup is on its way."""
        return self._pending > 0

    def _failed(self, error: BaseException) -> None:
        """A bug, not a refusal: the window's crash dialog explains it and logs it."""
        self._pending -= 1
        raise error

    def _answered(self, answer: Answer) -> None:
        self._pending -= 1
        text, result = answer
        if text != self._asked or self.host.current_customer() is not None:
            return  # the user typed on, or left the new card
        if isinstance(result, ValidationError):
            self.model.clear()
            self.host.show_status(error_text(result), STATUS_MS)
            return
        self._show(result)

    def _show(self, result: SearchResult) -> None:
        self.model.clear()
        language = ui_language()
        for company in result.companies:
            item = QStandardItem(match_text(company, language))
            item.setData(company, COMPANY_ROLE)
            item.setEditable(False)
            self.model.appendRow(item)
        if not result.companies:
            self.host.show_status(self.tr("No company found in the trade register."), STATUS_MS)
            return
        if result.total > len(result.companies):
            status = self.tr("The first %n companies found; type more to narrow the search.", "",
                             len(result.companies))  # fmt: skip
        else:
            status = self.tr("%n company(s) found in the trade register.", "", result.total)
        self.host.show_status(status, STATUS_MS)
        completer = self.completers[self._field]
        completer.setCompletionPrefix("")
        completer.complete()

    def choose(self, index: QModelIndex | QPersistentModelIndex) -> None:
        """Fill the card from the chosen match; warn when the company is a risk."""
        company = index.data(COMPANY_ROLE)
        if not isinstance(company, RegisterCompany):
            return
        self.timer.stop()
        values = company.customer_values(ui_language())
        self.host.fill_card({"customer_type": CustomerType.COMPANY.value, **values})
        self.host.show_status(
            self.tr("Filled in from the trade register: {name}. Check and save.").format(
                name=company.name
            ),
            STATUS_MS,
        )
        warning = warnings_text(company)
        if warning:
            self.host.warn(self.tr("Company details from the trade register"), warning)
