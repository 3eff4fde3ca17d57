"""Where the program keeps its files. The only module that asks platformdirs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from asiakasrekisteri import APP_NAME

DB_ENV_VAR = "ASIAKASREKISTERI_DB"
DATA_DIR_ENV_VAR = "ASIAKASREKISTERI_DATA_DIR"
LOG_DIR_ENV_VAR = "ASIAKASREKISTERI_LOG_DIR"
DB_FILE_NAME = "asiakasrekisteri.sqlite3"


def data_dir() -> Path:
    """The user data directory; ``ASIAKASREKISTERI_DATA_DIR`` overrides it (tests)."""
    override = os.environ.get(DATA_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_dir() -> Path:
    """The user log directory; ``ASIAKASREKISTERI_LOG_DIR`` overrides it (tests)."""
    override = os.environ.get(LOG_DIR_ENV_VAR)
    if override:
        return Path(override)
    return Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def database_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """Resolve the database file: ``--db``, then ``ASIAKASREKISTERI_DB``, then the data dir."""
    if cli_value:
        return Path(cli_value).expanduser()
    env_value = os.environ.get(DB_ENV_VAR)
    if env_value:
        return Path(env_value).expanduser()
    return data_dir() / DB_FILE_NAME


SERVER_URL_SCHEMES = ("postgresql://", "postgres://")


def is_server_url(value: str | os.PathLike[str]) -> bool:
    """Whether ``value`` names a register on a database server rather than a file."""
    return isinstance(value, str) and value.startswith(SERVER_URL_SCHEMES)


def register_location(cli_value: str | os.PathLike[str] | None = None) -> Path | str:
    """The register to open: a file path, or a ``postgresql://`` URL of a shared one."""
    for value in (cli_value, os.environ.get(DB_ENV_VAR)):
        if value and is_server_url(value):
            return str(value)
        if value:
            break
    return database_path(cli_value)


def server_account(url: str) -> str:
    """The URL without a password: the account a password is kept for in the keyring."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" if parts.username else host
    if parts.port:
        netloc += f":{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


def shared_register_dir(url: str) -> Path:
    """This computer's folder for a shared register: its backups and attachment copies."""
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    name = f"{parts.hostname or 'localhost'}-{parts.port or 5432}-{parts.path.strip('/') or 'db'}"
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in name)
    return data_dir() / "shared" / safe


def scratch_dir() -> Path:
    """The private folder for temporary files (see ``scratch.py``), in the data directory."""
    return data_dir() / "tmp"


def backup_dir(db_path: Path) -> Path:
    """Backups live beside the data, in a folder of their own."""
    return db_path.parent / "backups"
