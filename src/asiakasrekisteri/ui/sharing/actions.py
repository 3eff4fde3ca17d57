"""File › Open a shared register… and Share this register on a server….

A shared register opens in a window of its own (a new process of the program), so the
register open now is closed cleanly and never mixed with the other.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from asiakasrekisteri.credentials import store_password
from asiakasrekisteri.domain.errors import ValidationError
from asiakasrekisteri.paths import server_account
from asiakasrekisteri.services.container import Services, open_copy_end, open_services
from asiakasrekisteri.services.register_copy import RegisterEnd, copy_register
from asiakasrekisteri.storage.errors import StorageError
from asiakasrekisteri.ui.host import Anchor, MenuPlace, WindowHost
from asiakasrekisteri.ui.i18n import explained_text
from asiakasrekisteri.ui.sharing.connection_dialog import ConnectionDialog
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
    """Opening a shared register and moving the open one onto a server."""

    def __init__(self, host: WindowHost, services: Services, launcher: Launcher) -> None:
        super().__init__(host.parent_widget())
        self.setObjectName("sharingActions")
        self.host = host
        self.services = services
        self.launcher = launcher
        self.open_action = command(self, self.open_shared, "openSharedAction")
        self.share_action = command(self, self.share, "shareAction")
        host.add_section(MenuPlace.FILE, [self.open_action, self.share_action], before=Anchor.QUIT)
        self.retranslate()
        host.languageChanged.connect(self.retranslate)

    def retranslate(self) -> None:
        self.open_action.setText(self.tr("Open a &shared register…"))
        self.share_action.setText(self.tr("Share this register on a ser&ver…"))

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
    host: WindowHost, services: Services, launcher: Launcher = launch_window
) -> SharingActions:
    """Add the sharing commands to the File menu."""
    return SharingActions(host, services, launcher)


__all__ = ["SharingActions", "install", "launch_window"]
