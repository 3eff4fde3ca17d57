"""File › Team members…: who works in a shared register, and with which role.

The server enforces the roles and refuses what may not be done (nobody removes
themselves, only a user who may hand out roles changes them); each refusal is shown as
the one line the service or the server gives, and the list is read again afterwards.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QSize, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.services.team import TeamMember, TeamRole, TeamService
from asiakasrekisteri.storage.errors import StorageError
from asiakasrekisteri.ui import settings_keys as keys
from asiakasrekisteri.ui.i18n import explained_text
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts
from asiakasrekisteri.ui.window_state import fit_to_screen

SaveMember = Callable[[str, TeamRole, str | None], bool]
"""Saves a member (name, role, new password or None); False when refused (and shown)."""


def role_texts() -> dict[TeamRole, str]:
    """Each role as the user reads it, in the UI language."""
    return {
        TeamRole.FULL: QCoreApplication.translate("TeamRoles", "Full access"),
        TeamRole.LIMITED: QCoreApplication.translate("TeamRoles", "Limited: no invoicing figures"),
    }


class TeamMemberDialog(Retranslating, QDialog):
    """A new member's name, role and password, or an existing member's new role.

    The password is typed twice and never kept: it goes to the server with the save.
    Leaving it empty keeps a member's password, or creates a login that the server lets
    in some other way (the service allows it).
    """

    def __init__(
        self, save: SaveMember, parent: QWidget | None = None, *, member: TeamMember | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamMemberDialog")
        self._save = save
        self._existing = member is not None
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setMaxLength(63)
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("roleCombo")
        for role in TeamRole:
            self.role_combo.addItem("", role)
        self.password_edit = QLineEdit(self)
        self.password_edit.setObjectName("passwordEdit")
        self.again_edit = QLineEdit(self)
        self.again_edit.setObjectName("againEdit")
        for edit in (self.password_edit, self.again_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.problem = QLabel(self)
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.labels = [QLabel(self) for _ in range(4)]
        form = QFormLayout()
        fields = (self.name_edit, self.role_combo, self.password_edit, self.again_edit)
        for label, field in zip(self.labels, fields, strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save_if_complete)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Wide enough that the hint under the fields reads in two lines, not four.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 80)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        if member is not None:
            self.name_edit.setText(member.name)
            self.name_edit.setReadOnly(True)
            self.role_combo.setCurrentIndex(self.role_combo.findData(member.role))
            self.role_combo.setFocus()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(
            self.tr("Change a team member") if self._existing else self.tr("Add a team member")
        )
        texts = (self.tr("&User name:"), self.tr("&Role:"), self.tr("&Password:"),
                 self.tr("Password &again:"))  # fmt: skip
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        set_item_texts(self.role_combo, role_texts())
        self.hint.setText(
            self.tr("Leave the password empty to keep their current one.")
            if self._existing
            else self.tr(
                "The name they log in to the server with. Leave the password empty only "
                "if the server lets them in some other way."
            )
        )
        self.problem.clear()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def role(self) -> TeamRole:
        return TeamRole(self.role_combo.currentData())

    def password(self) -> str | None:
        return self.password_edit.text() or None

    def done(self, result: int) -> None:
        # The password went to the server with the save; no copy stays in a hidden form.
        self.password_edit.clear()
        self.again_edit.clear()
        super().done(result)

    def _save_if_complete(self) -> None:
        if not self.name():
            self.problem.setText(self.tr("Give the user name."))
            self.name_edit.setFocus()
            return
        if self.password_edit.text() != self.again_edit.text():
            self.problem.setText(self.tr("The passwords differ; type the same one twice."))
            self.again_edit.clear()
            self.again_edit.setFocus()
            return
        self.problem.clear()
        if self._save(self.name(), self.role(), self.password()):
            self.accept()


class TeamDialog(Retranslating, QDialog):
    """The team's members and roles; adding, changing and removing for those who may.

    ``ask`` and ``warn`` are methods so that tests can answer them without a modal loop.
    """

    def __init__(
        self, team: TeamService, settings: QSettings | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("teamDialog")
        self.team = team
        self.settings = settings
        self.members: list[TeamMember] = []
        self.me = team.current_user()
        self.may_manage = team.may_manage()
        self.intro = QLabel(self)
        self.intro.setObjectName("introLabel")
        self.intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setObjectName("membersTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.installEventFilter(self)
        self.table.doubleClicked.connect(lambda _index: self.change_role())
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.problem = QLabel(self)
        self.problem.setObjectName("problemLabel")
        self.problem.setWordWrap(True)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addButton")
        self.role_button = QPushButton(self)
        self.role_button.setObjectName("roleButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeButton")
        self.add_button.clicked.connect(self.add_member)
        self.role_button.clicked.connect(self.change_role)
        self.remove_button.clicked.connect(self.remove_member)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        for button in (self.add_button, self.role_button, self.remove_button):
            # Enter belongs to the list (a row's role), never to a button standing by.
            button.setAutoDefault(False)
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        self._restore_size()
        self.reload()
        self.table.setFocus()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Team members"))
        self.table.setHorizontalHeaderLabels([self.tr("User"), self.tr("Access")])
        self.add_button.setText(self.tr("&Add…"))
        self.role_button.setText(self.tr("&Change role…"))
        self.remove_button.setText(self.tr("&Remove…"))
        if self.may_manage:
            self.intro.setText(
                self.tr(
                    "Each person opens the register under their own user name. Full access "
                    "may do everything; limited access works on customers, contact persons, "
                    "offices, notes and attachments but sees no invoicing figures. The "
                    "server enforces the roles."
                )
            )
        else:
            self.intro.setText(self.read_only_reason())
        for button in (self.add_button, self.role_button, self.remove_button):
            button.setToolTip("" if self.may_manage else self.read_only_reason())
        self._fill()

    def read_only_reason(self) -> str:
        return self.tr(
            "You can see the team but not change it: only a user who may hand out the "
            "team's roles (the register's owner) can add, change or remove members."
        )

    # --- the list ----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the members again from the server, keeping the selected one selected."""
        chosen = self.selected()
        try:
            self.members = self.team.members()
        except (ValidationError, StorageError) as exc:
            self.members = []
            self.problem.setText(explained_text(exc))
        else:
            self.problem.clear()
        self._fill()
        names = [m.name for m in self.members]
        if chosen is not None and chosen.name in names:
            self.table.selectRow(names.index(chosen.name))
        elif names:
            self.table.selectRow(0)
        self._update_buttons()

    def _fill(self) -> None:
        roles = role_texts()
        self.table.setRowCount(len(self.members))
        for index, member in enumerate(self.members):
            mine = member.name == self.me
            name = self.tr("{name} (you)").format(name=member.name) if mine else member.name
            for column, text in enumerate((name, roles[member.role])):
                item = QTableWidgetItem(text)
                if mine:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(index, column, item)

    def selected(self) -> TeamMember | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or rows[0].row() >= len(self.members):
            return None
        return self.members[rows[0].row()]

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.add_button.setEnabled(self.may_manage)
        self.role_button.setEnabled(self.may_manage and chosen)
        self.remove_button.setEnabled(self.may_manage and chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete removes the selected member (after asking); Enter changes their role."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if (
                event.key() == Qt.Key.Key_Delete
                and event.modifiers() == Qt.KeyboardModifier.NoModifier
            ):
                self.remove_member()
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.change_role()
                return True
        return super().eventFilter(watched, event)

    # --- the changes -------------------------------------------------------------------

    def add_member(self) -> TeamMemberDialog | None:
        """Open the dialog for a new member (shown, not run: the window stays responsive)."""
        if not self.may_manage:
            return None
        dialog = TeamMemberDialog(self._save, self)
        dialog.open()
        return dialog

    def change_role(self) -> TeamMemberDialog | None:
        member = self.selected()
        if member is None or not self.may_manage:
            return None
        dialog = TeamMemberDialog(self._save, self, member=member)
        dialog.open()
        return dialog

    def remove_member(self) -> bool:
        """Take the selected member's role away after asking; True when it was."""
        member = self.selected()
        if member is None or not self.may_manage:
            return False
        question = self.tr(
            "Remove {name} from the team? They can no longer open this register."
        ).format(name=member.name)
        if not self.ask(self.tr("Remove from the team"), question):
            return False
        done = self._run(lambda: self.team.remove(member.name))
        self.reload()
        return done

    def _save(self, name: str, role: TeamRole, password: str | None) -> bool:
        done = self._run(lambda: self.team.add(name, role, password))
        self.reload()
        return done

    def _run(self, change: Callable[[], None]) -> bool:
        """Make one change in the service's transaction; a refusal is shown as its line."""
        try:
            change()
        except (ValidationError, StorageError) as exc:
            self.warn(self.tr("Team members"), explained_text(exc))
            return False
        return True

    def ask(self, title: str, text: str) -> bool:
        """A yes/no question whose default is No; tests replace this method."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, title: str, text: str) -> None:
        """Show a refusal; tests replace this method."""
        QMessageBox.warning(self, title, text)

    # --- the size ----------------------------------------------------------------------

    def _restore_size(self) -> None:
        saved = None if self.settings is None else keys.TEAM_DIALOG_GEOMETRY.read(self.settings)
        if saved is not None and self.restoreGeometry(saved):
            fit_to_screen(self)  # saved on a bigger screen, or at a smaller scaling
        else:
            fit_to_screen(self, QSize(620, 420))

    def done(self, result: int) -> None:
        if self.settings is not None:
            keys.TEAM_DIALOG_GEOMETRY.write(self.settings, self.saveGeometry())
        super().done(result)


__all__ = ["TeamDialog", "TeamMemberDialog", "role_texts"]
