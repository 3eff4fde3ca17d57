"""A strip on the customer card that warns about likely duplicates while the user types.

The card calls :meth:`DuplicatePanel.check` on every edit; the search runs once the user
pauses (a ~300 ms debounce, as the list's search box does), so typing stays smooth with
a large register.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.services.customers import MatchReason
from asiakasrekisteri.ui.widgets.retranslating import Retranslating

if TYPE_CHECKING:
    from asiakasrekisteri.domain.customer import CustomerData
    from asiakasrekisteri.services.customers import CustomerService, DuplicateMatch

DEBOUNCE_MS = 300
"""Pause after the last keystroke before the register is searched."""

# The strongest evidence first, whatever order the service returns the reasons in.
_REASON_ORDER: tuple[MatchReason, ...] = (
    MatchReason.NUMBER,
    MatchReason.BUSINESS_ID,
    MatchReason.EMAIL,
    MatchReason.PHONE,
    MatchReason.NAME,
)

# Only a tint and a border: the text keeps the palette's own colour, so the strip reads
# in light and dark themes alike (a translucent amber over either window colour).
_STYLE = """
#duplicatePanel {
    background-color: rgba(255, 193, 7, 48);
    border: 1px solid rgba(230, 150, 0, 170);
    border-radius: 4px;
}
"""


@dataclass(frozen=True)
class _MatchRow:
    """The widgets of one match, kept to put their texts into another language."""

    match: DuplicateMatch
    widget: QWidget
    label: QLabel
    open_button: QPushButton
    merge_button: QPushButton


class DuplicatePanel(Retranslating, QWidget):
    """Lists the customers that look like the one being edited.

    Each match shows as "Possible duplicate: 1002 Rakennus Virtanen Oy — same Y-tunnus,
    similar name" with an *Open it* and a *Merge* button. The panel hides itself when
    there is nothing to show. A user whose role may not merge (a limited team member)
    finds *Merge* disabled, its tooltip saying why.

    Attributes:
        service: The customer register searched for matches.

    Signals:
        openRequested(int): The user wants to open the other customer (its id).
        mergeRequested(int): The user wants to merge with the other customer (its id).
    """

    openRequested = Signal(int)
    mergeRequested = Signal(int)

    def __init__(self, service: CustomerService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setObjectName("duplicatePanel")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(8, 6, 8, 6)
        self._layout.setSpacing(4)
        self._rows: list[_MatchRow] = []
        self._matches: tuple[DuplicateMatch, ...] = ()
        self._merge_enabled = True
        self._may_merge = service.may_merge()
        self._pending: tuple[CustomerData, int | None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.hide()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        for row in self._rows:
            self._set_row_texts(row)

    # --- public API --------------------------------------------------------------------

    def check(self, data: CustomerData, exclude_id: int | None) -> None:
        """Search for duplicates of ``data`` once the user pauses typing.

        Args:
            data: The card as currently typed (need not validate).
            exclude_id: The id of the customer being edited, None for a new one.
        """
        self._pending = (data, exclude_id)
        self._timer.start()

    def flush(self) -> None:
        """Run a pending search now instead of waiting for the debounce."""
        self._timer.stop()
        if self._pending is None:
            return
        data, exclude_id = self._pending
        self._pending = None
        self._show_matches(self.service.find_duplicates(data, exclude_id))

    def clear(self) -> None:
        """Forget any pending search and hide the panel (the card was closed or reset)."""
        self._timer.stop()
        self._pending = None
        self._show_matches([])

    def matches(self) -> tuple[DuplicateMatch, ...]:
        """The matches shown now, best first."""
        return self._matches

    def set_merge_enabled(self, enabled: bool) -> None:
        """Allow or refuse merging; off while the edited customer is not saved yet."""
        self._merge_enabled = enabled
        for row in self._rows:
            self._apply_merge_state(row.merge_button)

    def is_merge_enabled(self) -> bool:
        """Whether *Merge* can be clicked: the customer is saved and the role may merge."""
        return self._may_merge and self._merge_enabled

    # --- building the rows -------------------------------------------------------------

    def _show_matches(self, matches: list[DuplicateMatch]) -> None:
        for row in self._rows:
            self._layout.removeWidget(row.widget)
            row.widget.setObjectName("")  # so findChild does not see it before it is deleted
            row.widget.hide()
            row.widget.deleteLater()
        self._rows = [self._make_row(match) for match in matches]
        for row in self._rows:
            self._layout.addWidget(row.widget)
        self._matches = tuple(matches)
        self.setVisible(bool(matches))

    def _make_row(self, match: DuplicateMatch) -> _MatchRow:
        row = QWidget(self)
        row.setObjectName(f"duplicateMatch_{match.customer_id}")
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        icon = QLabel(row)
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
            .pixmap(size, size)
        )
        layout.addWidget(icon)
        label = QLabel(row)
        label.setObjectName("matchText")
        label.setTextFormat(Qt.TextFormat.PlainText)  # a name may contain "<"
        label.setWordWrap(True)
        layout.addWidget(label, 1)
        open_button = QPushButton(row)
        open_button.setObjectName("openButton")
        open_button.clicked.connect(lambda: self.openRequested.emit(match.customer_id))
        layout.addWidget(open_button)
        merge_button = QPushButton(row)
        merge_button.setObjectName("mergeButton")
        merge_button.clicked.connect(lambda: self.mergeRequested.emit(match.customer_id))
        layout.addWidget(merge_button)
        made = _MatchRow(match, row, label, open_button, merge_button)
        self._set_row_texts(made)
        return made

    def _set_row_texts(self, row: _MatchRow) -> None:
        match = row.match
        row.label.setText(self.match_text(match))
        who = f"{match.customer_number} {match.name}"
        row.open_button.setText(self.tr("Open it"))
        row.open_button.setAccessibleName(self.tr("Open {customer}").format(customer=who))
        row.merge_button.setText(self.tr("Merge"))
        row.merge_button.setAccessibleName(self.tr("Merge with {customer}").format(customer=who))
        self._apply_merge_state(row.merge_button)

    def _apply_merge_state(self, button: QPushButton) -> None:
        button.setEnabled(self.is_merge_enabled())
        if not self._may_merge:
            button.setToolTip(
                self.tr(
                    "Your limited role cannot merge customers: a merge moves their invoices. "
                    "A full team member can merge them."
                )
            )
        elif not self._merge_enabled:
            button.setToolTip(
                self.tr("Save this customer first; then it can be merged with the other.")
            )
        else:
            button.setToolTip("")

    def match_text(self, match: DuplicateMatch) -> str:
        """The line shown for one match, in the UI language."""
        rank = {reason: i for i, reason in enumerate(_REASON_ORDER)}
        ordered = sorted(match.reasons, key=lambda r: rank.get(r, len(rank)))
        reasons = ", ".join(self._reason_text(r) for r in ordered)
        return self.tr("Possible duplicate: {number} {name} — {reasons}").format(
            number=match.customer_number, name=match.name, reasons=reasons
        )

    def _reason_text(self, reason: MatchReason) -> str:
        # One literal tr() per reason so that lupdate finds every string.
        if reason is MatchReason.BUSINESS_ID:
            return self.tr("same Y-tunnus")
        if reason is MatchReason.EMAIL:
            return self.tr("same email")
        if reason is MatchReason.PHONE:
            return self.tr("same phone")
        if reason is MatchReason.NUMBER:
            return self.tr("same customer number")
        if reason is MatchReason.NAME:
            return self.tr("similar name")
        return str(reason.value)  # a reason added to the service later; still shown
