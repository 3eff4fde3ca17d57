"""File › Open a shared register…, Share this register on a server… and Team members….

A shared register opens in a window of its own (a new process of the program), so the
register open now is closed cleanly and never mixed with the other.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QMenu

from asiakasrekisteri.credentials import store_password
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.paths import server_account
from asiakasrekisteri.services.container import Services, open_copy_end, open_services
from asiakasrekisteri.services.register_copy import RegisterEnd, copy_register
from asiakasrekisteri.storage.errors import StorageError
from asiakasrekisteri.ui.host import Anchor, MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import explained_text
from asiakasrekisteri.ui.sharing.connection_dialog import ConnectionDialog
from asiakasrekisteri.ui.sharing.team_dialog import TeamDialog
from asiakasrekisteri.ui.widgets.commands import command

Launcher = Callable[[str, str | None], None]
"""Opens the register at a URL in a new window; the password when not in the keyring."""


def launch_window(url: str, password: str | None) -> None:
    """Start the program on ``url`` in a process of its own."""
    env = dict(os.environ)
    if password is not None:
        # Handed to that process only, through the server driver's own variable.
        env["PGPASSWORD"] = password
    subprocess.Popen([sys.executable, "-m", "asiakasrekisteri", "--db", url], env=env)


def _message(exc: StorageError | ValidationError) -> str:
    return explained_text(exc)


class SharingActions(QObject):
    """Opening a shared register, moving the open one onto a server, and its team."""

    def __init__(
        self, host: WindowHost, services: Services, settings: QSettings, launcher: Launcher
    ) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("sharingActions")
        self.host = host
        self.services = services
        self.settings = settings
        self.launcher = launcher
        self.open_action = command(self, self.open_shared, "openSharedAction")
        self.share_action = command(self, self.share, "shareAction")
        self.team_action = command(self, self.show_team, "teamAction")
        # A file has no users: the command stays in sight, disabled, saying what it needs.
        self.team_action.setEnabled(services.team.has_team())
        actions = [self.open_action, self.share_action, self.team_action]
        host.add_section(MenuPlace.FILE, actions, before=Anchor.QUIT)
        for menu in self.team_action.associatedObjects():
            if isinstance(menu, QMenu):
                # A disabled command never becomes the current one, so no status tip shows:
                # its tooltip says why (the menu shows only tooltips set on purpose).
                menu.setToolTipsVisible(True)
        self.team_dialog: TeamDialog | None = None
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open a &shared register…"))
        self.share_action.setText(self.tr("Share this register on a ser&ver…"))
        self.team_action.setText(self.tr("&Team members…"))
        why = (
            ""
            if self.team_action.isEnabled()
            else self.tr(
                "A register file has no users or roles; share it on a server first to give "
                "your team their own access."
            )
        )
        self.team_action.setToolTip(why)
        self.team_action.setStatusTip(why)

    def show_team(self) -> TeamDialog | None:
        """The team's members and roles, in a window of its own beside the main one."""
        if not self.team_action.isEnabled():
            return None
        if self.team_dialog is None:
            try:
                with _busy():
                    self.team_dialog = TeamDialog(
                        self.services.team, self.settings, self.host.parent_widget()
                    )
            except (StorageError, ValidationError) as exc:
                self.host.warn(self.tr("Team members"), _message(exc))
                return None
        elif self.team_dialog.isVisible():  # behind the window: brought back, read anew
            self.team_dialog.reload()
            self.team_dialog.raise_()
            self.team_dialog.activateWindow()
            return self.team_dialog
        else:
            self.team_dialog.reload()
        self.team_dialog.show()
        return self.team_dialog

    def connection_dialog(self, purpose: Callable[[], str]) -> ConnectionDialog:
        return ConnectionDialog(self.host.parent_widget(), purpose=purpose)

    def open_shared(self) -> None:
        dialog = self.connection_dialog(
            lambda: self.tr("Open a register that your team shares on a PostgreSQL server.")
        )
        while dialog.exec():
            url, password = dialog.url(), dialog.password()
            try:
                with _busy():
                    open_services(url, password=password).close()
            except (StorageError, ValidationError) as exc:
                dialog.problem.setText(_message(exc))
                continue
            self._start(url, password, remember=dialog.remember())
            return

    def share(self) -> None:
        if not self.host.maybe_save_changes():
            return
        dialog = self.connection_dialog(
            lambda: self.tr(
                "Copy this register into an empty database on a PostgreSQL server, so that "
                "your team can use it. This register stays as it is."
            )
        )
        services = self.services
        source = RegisterEnd(services.db, services.attachments, services.backups.folder)
        while dialog.exec():
            url, password = dialog.url(), dialog.password()
            try:
                with _busy():
                    target = open_copy_end(url, password=password)
                    try:
                        report = copy_register(source, target)
                    finally:
                        target.db.close()
            except (StorageError, ValidationError) as exc:
                dialog.problem.setText(_message(exc))
                continue
            question = self.tr(
                "The register was copied to the server and checked ({rows} rows, {files} "
                "attachments). Open the shared register now?"
            ).format(rows=report.total_rows, files=report.attachments)
            if self.host.ask(self.tr("Shared on the server"), question, default_no=False):
                self._start(url, password, remember=dialog.remember())
            return

    def _start(self, url: str, password: str | None, *, remember: bool) -> None:
        if remember and password is not None and store_password(server_account(url), password):
            password = None
        self.launcher(url, password)
        self.host.show_status(self.tr("The shared register opens in a window of its own."), 8000)


@contextmanager
def _busy() -> Iterator[None]:
    """A wait cursor while the server is asked (a copy may take a while)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def install(
    host: WindowHost, services: Services, settings: QSettings, launcher: Launcher = launch_window
) -> SharingActions:
    """Add the sharing commands to the File menu."""
    return SharingActions(host, services, settings, launcher)


__all__ = ["SharingActions", "install", "launch_window"]
