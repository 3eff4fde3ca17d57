"""Every QSettings entry of the program, declared once: its key, its type and its default.

Code reads and writes settings only through these objects (``LANGUAGE.read(settings)``,
``RETENTION_YEARS.write(settings, 5)``), never with a key of its own: a renamed or
mistyped key would silently start from the default again. ``tests/ui/test_settings_keys.py``
checks that no other module passes a key to ``QSettings``.

INI files (Linux, the tests) hand every value back as a string, the Windows registry
and macOS as the type written; each kind of setting reads both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from asiakasrekisteri.services.privacy import DEFAULT_RETENTION_YEARS

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One entry: ``read`` gives the default when it is missing or unreadable."""

    key: str
    default: T

    def read(self, settings: QSettings) -> T:
        raw = settings.value(self.key)
        if raw is None:
            return self.default
        parsed = self._parse(raw)
        return self.default if parsed is None else parsed

    def write(self, settings: QSettings, value: T) -> None:
        settings.setValue(self.key, value)

    def _parse(self, raw: object) -> T | None:
        """The stored value as this setting's type; None when it is not one."""
        raise NotImplementedError


@dataclass(frozen=True)
class TextSetting(Setting[str]):
    def _parse(self, raw: object) -> str | None:
        return raw if isinstance(raw, str) else None


@dataclass(frozen=True)
class IntSetting(Setting[int]):
    def _parse(self, raw: object) -> int | None:
        if isinstance(raw, bool):
            return None
        if isinstance(raw, int):
            return raw
        try:
            return int(str(raw))
        except ValueError:
            return None


@dataclass(frozen=True)
class FlagSetting(Setting[bool]):
    def _parse(self, raw: object) -> bool | None:
        if isinstance(raw, bool):
            return raw
        text = str(raw).lower()
        if text in ("true", "1"):
            return True
        if text in ("false", "0", ""):
            return False
        return None


@dataclass(frozen=True)
class BytesSetting(Setting[QByteArray | None]):
    """Qt's own saved state (geometry, splitter, header); None when never saved."""

    def _parse(self, raw: object) -> QByteArray | None:
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None


LANGUAGE = TextSetting("ui/language", "")
"""UI language code (``ui.i18n.LANGUAGES``); "" follows the system."""
THEME = TextSetting("ui/theme", "system")
"""Colour theme: a ``ui.preferences.Theme`` value."""
FIRST_RUN_DONE = FlagSetting("app/first_run_done", False)
"""The welcome dialog was answered once."""
WINDOW_GEOMETRY = BytesSetting("main_window/geometry", None)
WINDOW_STATE = BytesSetting("main_window/state", None)
"""The main window's toolbars and docks."""
WINDOW_SPLITTER = BytesSetting("main_window/splitter", None)
"""Between the customer list and the card."""
LIST_HEADER = BytesSetting("customer_list/header", None)
"""The customer list's column widths and order."""
TEAM_DIALOG_GEOMETRY = BytesSetting("team_dialog/geometry", None)
"""File › Team members…'s size and place."""
RETENTION_YEARS = IntSetting("privacy/retention_years", DEFAULT_RETENTION_YEARS)
"""Years without activity after which Privacy › Retention candidates… lists a customer."""
TRADE_REGISTER_LOOKUPS = FlagSetting("trade_register/lookups", True)
"""A new customer's name or Y-tunnus is looked up in the trade register while typed."""
TRADE_REGISTER_URL = TextSetting("trade_register/url", "")
"""Address of the trade register's open data API; "" for the environment's or PRH's own."""

ALL_SETTINGS: tuple[Setting[Any], ...] = (
    LANGUAGE,
    THEME,
    FIRST_RUN_DONE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    WINDOW_SPLITTER,
    LIST_HEADER,
    TEAM_DIALOG_GEOMETRY,
    RETENTION_YEARS,
    TRADE_REGISTER_LOOKUPS,
    TRADE_REGISTER_URL,
)

__all__ = [
    "ALL_SETTINGS",
    "FIRST_RUN_DONE",
    "LANGUAGE",
    "LIST_HEADER",
    "RETENTION_YEARS",
    "TEAM_DIALOG_GEOMETRY",
    "THEME",
    "TRADE_REGISTER_LOOKUPS",
    "TRADE_REGISTER_URL",
    "WINDOW_GEOMETRY",
    "WINDOW_SPLITTER",
    "WINDOW_STATE",
    "BytesSetting",
    "FlagSetting",
    "IntSetting",
    "Setting",
    "TextSetting",
]
