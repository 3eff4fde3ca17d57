"""File › Team members… on a real PostgreSQL server, driven as a user drives it."""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtWidgets import QDialogButtonBox, QTableWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from asiakasrekisteri.app import build_window
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.team import TeamMember, TeamRole
from asiakasrekisteri.ui.i18n import Translators
from asiakasrekisteri.ui.sharing.team_dialog import TeamDialog, TeamMemberDialog
from tests.conftest import _delete_widgets, make_customer
from tests.integration.conftest import join_team
from tests.integration.test_team_roles import as_user


class Answers:
    """Stands in for the dialog's message boxes: records them and answers as told."""

    def __init__(self, dialog: TeamDialog, *, yes: bool) -> None:
        self.yes = yes
        self.questions: list[str] = []
        self.warnings: list[str] = []
        dialog.ask = self.ask  # type: ignore[method-assign]
        dialog.warn = self.warn  # type: ignore[method-assign]

    def ask(self, title: str, text: str) -> bool:
        self.questions.append(text)
        return self.yes

    def warn(self, title: str, text: str) -> None:
        self.warnings.append(text)


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def maija(team_owner: tuple[Services, str]) -> Services:
    """The README's owner, who hands out the roles, with a team set up."""
    return team_owner[0]


@pytest.fixture
def team_dialog(qtbot: QtBot, maija: Services, settings: QSettings) -> Iterator[TeamDialog]:
    dialog = TeamDialog(maija.team, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    _delete_widgets()


def rows(dialog: TeamDialog) -> dict[str, str]:
    """The list as the user reads it: name cell → access cell."""
    return {
        cell(dialog, r, 0).text(): cell(dialog, r, 1).text() for r in range(dialog.table.rowCount())
    }


def cell(dialog: TeamDialog, row: int, column: int) -> QTableWidgetItem:
    item = dialog.table.item(row, column)
    assert item is not None
    return item


def select(dialog: TeamDialog, name: str) -> None:
    names = [m.name for m in dialog.members]
    dialog.table.selectRow(names.index(name))


def fill(qtbot: QtBot, form: TeamMemberDialog, role: TeamRole, password: str, again: str) -> None:
    form.role_combo.setCurrentIndex(form.role_combo.findData(role))
    qtbot.keyClicks(form.password_edit, password)
    qtbot.keyClicks(form.again_edit, again)


def ok(form: TeamMemberDialog) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_the_list_shows_the_members_and_marks_me(
    qtbot: QtBot, maija: Services, owners_register: str, settings: QSettings
) -> None:
    limited = join_team(maija, owners_register, TeamRole.LIMITED)
    name = limited.db.acting_user()
    limited.close()
    dialog = TeamDialog(maija.team, settings)
    qtbot.addWidget(dialog)
    me = maija.db.acting_user()
    shown = rows(dialog)
    assert shown[name] == "Limited: no invoicing figures"
    assert shown[f"{me} (you)"] == "Full access"
    mine = [m.name for m in dialog.members].index(me)
    assert cell(dialog, mine, 0).font().bold()
    assert dialog.add_button.isEnabled() and dialog.remove_button.isEnabled()
    assert dialog.problem.text() == ""


def test_a_new_limited_member_really_cannot_read_credit_limits(
    qtbot: QtBot,
    maija: Services,
    owners_register: str,
    postgres_url: str,
    team_dialog: TeamDialog,
    caplog: pytest.LogCaptureFixture,
) -> None:
    maija.customers.create(make_customer(name="Luottoraja Oy"))
    name = f"liisa_{uuid.uuid4().hex[:8]}"
    caplog.set_level(logging.DEBUG)
    qtbot.mouseClick(team_dialog.add_button, Qt.MouseButton.LeftButton)
    form = team_dialog.findChild(TeamMemberDialog)
    assert form is not None and form.isVisible()
    assert form.password_edit.echoMode() == form.password_edit.EchoMode.Password
    qtbot.keyClicks(form.name_edit, name)
    fill(qtbot, form, TeamRole.LIMITED, "Salainen-1", "Salainen-1")
    ok(form)
    assert not form.isVisible()
    assert rows(team_dialog)[name] == "Limited: no invoicing figures"
    assert TeamMember(name, TeamRole.LIMITED) in maija.team.members()
    assert "Salainen-1" not in caplog.text

    with psycopg.connect(postgres_url, autocommit=True) as conn:  # the server's administrator
        # Members of this group must log in with their password on the test server.
        conn.execute(
            "DO $$ BEGIN CREATE ROLE password_users NOLOGIN; "
            "EXCEPTION WHEN duplicate_object THEN NULL; END $$"
        )
        conn.execute(f"GRANT password_users TO {name}")
    login = make_url(as_user(owners_register, name))
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(login.set(password="väärä").render_as_string(hide_password=False))
    with psycopg.connect(
        login.set(password="Salainen-1").render_as_string(hide_password=False)
    ) as c:
        assert c.execute("SELECT name FROM customer").fetchall() == [("Luottoraja Oy",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            c.execute("SELECT credit_limit FROM customer")


def test_passwords_that_differ_save_nothing(
    qtbot: QtBot, maija: Services, team_dialog: TeamDialog
) -> None:
    name = f"pekka_{uuid.uuid4().hex[:8]}"
    form = team_dialog.add_member()
    assert form is not None
    qtbot.keyClicks(form.name_edit, name)
    fill(qtbot, form, TeamRole.FULL, "yksi", "kaksi")
    ok(form)
    assert form.isVisible()
    assert form.problem.text() == "The passwords differ; type the same one twice."
    assert form.again_edit.text() == ""
    assert all(m.name != name for m in maija.team.members())


def test_a_name_the_service_refuses_is_one_line_and_the_form_stays(
    qtbot: QtBot, maija: Services, team_dialog: TeamDialog
) -> None:
    answers = Answers(team_dialog, yes=True)
    form = team_dialog.add_member()
    assert form is not None
    qtbot.keyClicks(form.name_edit, "pg_kuka")
    ok(form)
    assert form.isVisible() and form.name_edit.text() == "pg_kuka"
    assert len(answers.warnings) == 1
    assert answers.warnings[0].startswith("“pg_kuka” cannot be a user name")
    assert "\n" not in answers.warnings[0]
    assert all(m.name != "pg_kuka" for m in maija.team.members())


def test_enter_on_a_row_changes_the_members_role(
    qtbot: QtBot, maija: Services, owners_register: str, team_dialog: TeamDialog
) -> None:
    member = join_team(maija, owners_register, TeamRole.LIMITED)
    name = member.db.acting_user()
    member.close()
    team_dialog.reload()
    select(team_dialog, name)
    team_dialog.table.setFocus()
    qtbot.keyClick(team_dialog.table, Qt.Key.Key_Return)
    form = team_dialog.findChild(TeamMemberDialog)
    assert form is not None and form.isVisible()
    assert form.name_edit.isReadOnly() and form.name_edit.text() == name
    assert form.role() is TeamRole.LIMITED
    fill(qtbot, form, TeamRole.FULL, "", "")
    ok(form)
    assert not form.isVisible()
    assert rows(team_dialog)[name] == "Full access"
    assert TeamMember(name, TeamRole.FULL) in maija.team.members()
    assert TeamMember(name, TeamRole.LIMITED) not in maija.team.members()
    assert team_dialog.selected() == TeamMember(name, TeamRole.FULL)


def test_delete_removes_a_member_only_after_yes(
    qtbot: QtBot, maija: Services, owners_register: str, team_dialog: TeamDialog
) -> None:
    member = join_team(maija, owners_register, TeamRole.FULL)
    name = member.db.acting_user()
    member.close()
    team_dialog.reload()
    answers = Answers(team_dialog, yes=False)
    select(team_dialog, name)
    qtbot.keyClick(team_dialog.table, Qt.Key.Key_Delete)
    assert answers.questions == [
        f"Remove {name} from the team? They can no longer open this register."
    ]
    assert any(m.name == name for m in maija.team.members())

    answers.yes = True
    qtbot.mouseClick(team_dialog.remove_button, Qt.MouseButton.LeftButton)
    assert len(answers.questions) == 2 and answers.warnings == []
    assert all(m.name != name for m in maija.team.members())
    assert name not in rows(team_dialog)
    with (
        psycopg.connect(as_user(owners_register, name)) as conn,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        conn.execute("SELECT name FROM customer")


def test_removing_myself_is_refused_in_one_line(
    qtbot: QtBot, maija: Services, owners_register: str, team_dialog: TeamDialog
) -> None:
    join_team(maija, owners_register, TeamRole.LIMITED).close()  # the team is set up
    team_dialog.reload()
    me = maija.db.acting_user()
    answers = Answers(team_dialog, yes=True)
    select(team_dialog, me)
    qtbot.mouseClick(team_dialog.remove_button, Qt.MouseButton.LeftButton)
    assert answers.warnings == [
        "You cannot remove yourself from the team; another user who may hand out its roles can."
    ]
    assert TeamMember(me, TeamRole.FULL) in maija.team.members()
    assert rows(team_dialog)[f"{me} (you)"] == "Full access"


def test_a_server_refusal_is_one_line_and_changes_nothing(
    qtbot: QtBot, maija: Services, owners_register: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A full member who may not create roles, were the buttons open to them anyway."""
    full = join_team(maija, owners_register, TeamRole.FULL)
    try:
        assert not full.team.may_manage()
        monkeypatch.setattr(full.team, "may_manage", lambda: True)
        dialog = TeamDialog(full.team)
        qtbot.addWidget(dialog)
        answers = Answers(dialog, yes=True)
        form = dialog.add_member()
        assert form is not None
        name = f"uusi_{uuid.uuid4().hex[:8]}"
        qtbot.keyClicks(form.name_edit, name)
        ok(form)
        assert len(answers.warnings) == 1
        assert answers.warnings[0].startswith("Your user on the register's server has no right")
        assert all(m.name != name for m in maija.team.members())
        with psycopg.connect(owners_register) as conn:
            assert (
                conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (name,)).fetchone()
                is None
            )
    finally:
        full.close()


def test_a_limited_member_sees_the_team_read_only(
    qtbot: QtBot, maija: Services, owners_register: str
) -> None:
    limited = join_team(maija, owners_register, TeamRole.LIMITED)
    try:
        dialog = TeamDialog(limited.team)
        qtbot.addWidget(dialog)
        answers = Answers(dialog, yes=True)
        me = limited.db.acting_user()
        assert rows(dialog)[f"{me} (you)"] == "Limited: no invoicing figures"
        buttons = (dialog.add_button, dialog.role_button, dialog.remove_button)
        assert not any(b.isEnabled() for b in buttons)
        assert "not change it" in dialog.intro.text()
        assert "not change it" in dialog.remove_button.toolTip()
        select(dialog, me)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
        qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
        assert answers.questions == [] and dialog.findChild(TeamMemberDialog) is None
    finally:
        limited.close()


def test_escape_closes_and_the_size_is_remembered(
    qtbot: QtBot, maija: Services, settings: QSettings, team_dialog: TeamDialog
) -> None:
    team_dialog.resize(700, 480)
    qtbot.keyClick(team_dialog.table, Qt.Key.Key_Escape)
    assert not team_dialog.isVisible()
    again = TeamDialog(maija.team, settings)
    qtbot.addWidget(again)
    assert again.size() == QSize(700, 480)


def test_the_window_of_a_shared_register_opens_the_team_from_the_file_menu(
    qtbot: QtBot, maija: Services, settings: QSettings
) -> None:
    built = build_window(maija, settings, Translators())
    try:
        action = built.features.sharing.team_action
        assert action.isEnabled() and "register file" not in action.toolTip()
        action.trigger()
        dialog = built.features.sharing.team_dialog
        assert dialog is not None and dialog.isVisible()
        assert dialog.parent() is built.window
    finally:
        _delete_widgets()


def test_the_form_keeps_no_password_once_closed(qtbot: QtBot, team_dialog: TeamDialog) -> None:
    form = team_dialog.add_member()
    assert form is not None
    fill(qtbot, form, TeamRole.FULL, "Salainen-2", "Salainen-2")
    form.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
    assert not form.isVisible()
    assert form.password_edit.text() == "" and form.again_edit.text() == ""
