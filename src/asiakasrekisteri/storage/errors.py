"""Environment errors of the storage layer: expected, shown to the user as a message."""

from __future__ import annotations


class StorageError(Exception):
    """The database cannot be used as asked; the message says why in plain words."""


class DatabasePathError(StorageError):
    """The database path is unusable (a folder, unwritable, missing parent that cannot be made)."""


class SchemaTooNewError(StorageError):
    """The file was written by a newer version of the program."""

    def __init__(self, found: int, supported: int) -> None:
        self.found = found
        self.supported = supported
        super().__init__(
            f"The database was made by a newer version of Asiakasrekisteri (schema {found}; "
            f"this version reads up to {supported}). Update the program to open it."
        )


class NotOurDatabaseError(StorageError):
    """The file is an SQLite database of some other program, or not a database at all."""


class DatabaseDamagedError(StorageError):
    """``PRAGMA quick_check`` found damage."""
