"""Environment errors of the storage layer: expected, shown to the user as a message.

Each error keeps its English ``template`` (a fixed one in its class, or one given where
it is raised) and the values for its ``{name}`` placeholders apart, so that
``tools/extract_messages.py`` collects the template for translation and the UI
translates it before filling in the values.
"""

from __future__ import annotations

from typing import Any


class StorageError(Exception):
    """The database cannot be used as asked; the message says why in plain words.

    Attributes:
        template: English message with ``{name}`` placeholders, the translation source.
        params: Values for the placeholders.
    """

    template = "The register cannot be used right now."

    def __init__(self, template: str | None = None, **params: Any) -> None:
        if template is not None:
            self.template = template
        self.params: dict[str, Any] = params
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The English message with the values filled in."""
        try:
            return self.template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template


class DatabasePathError(StorageError):
    """The database path is unusable (a folder, unwritable, missing parent that cannot be made)."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the program."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            "The database was made by a newer version of Asiakasrekisteri (schema {found}; "
            "this version reads up to {supported}). Update the program to open it.",
            found=found,
            supported=supported,
        )


class NotOurDatabaseError(StorageError):
    """The file is an SQLite database of some other program, or not a database at all."""


class DatabaseDamagedError(StorageError):
    """The file is damaged: found by ``PRAGMA quick_check`` on opening, or by a query."""

    template = (
        "The register file is damaged. Close the program and start it again to restore a backup."
    )


class RegisterBusyError(StorageError):
    """Another connection held the register longer than the busy timeout."""

    template = "Another program is using the register. Try again in a moment."


class RegisterUnreachableError(StorageError):
    """The register's server cannot be reached, or it closed the connection."""

    template = (
        "The register's server cannot be reached. Check the network and try again; "
        "nothing was changed."
    )


class RegisterLoginError(StorageError):
    """The register's server refused the user name or password."""

    template = "The server did not accept the user name or password."


class RegisterReadOnlyError(StorageError):
    """The register cannot be written: the file, its folder or the disk is read-only."""

    template = (
        "The register cannot be saved to: the file or its folder is read-only. Nothing was changed."
    )


class DiskFullError(StorageError):
    """The disk (or the database's size limit) has no room for the change."""

    template = "The disk is full, so the change was not saved. Free some space and try again."


class PermissionRefusedError(StorageError):
    """The server refused the person's role this part of the register (a limited role
    asking for invoicing figures, or a team member doing the owner's work)."""

    template = (
        "Your user on the register's server has no right to this part of the register "
        "(for example invoicing figures); nothing was changed. Ask the register's owner."
    )


class RolesNeedServerError(StorageError):
    """Users and roles were asked of a register file, which has no users."""

    template = (
        "A register file has no users or roles; share the register on a PostgreSQL "
        "server to give team members their own access."
    )
