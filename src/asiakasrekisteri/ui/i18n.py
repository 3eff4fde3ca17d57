"""Language of the user interface: Qt translators, and translated domain messages."""

from __future__ import annotations

from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from asiakasrekisteri.domain.errors import Count, Counts, FieldErrors, ValidationError
from asiakasrekisteri.storage.errors import StorageError

LANGUAGES: tuple[str, ...] = ("fi", "sv", "en")
DEFAULT_LANGUAGE = "fi"
VALIDATION_CONTEXT = "validation"


def translations_dir() -> Path:
    """Where the compiled ``.qm`` files are shipped inside the package."""
    return Path(str(resources.files("asiakasrekisteri") / "translations"))


def system_language() -> str:
    """The system's UI language if the program speaks it, else Finnish."""
    for name in QLocale.system().uiLanguages():
        code = name.split("-")[0].split("_")[0].lower()
        if code in LANGUAGES:
            return code
    return DEFAULT_LANGUAGE


class Translators:
    """The translators installed for one language; replaced as a whole on a switch.

    Attributes:
        language: The language code in use.
    """

    def __init__(self) -> None:
        self.language = "en"
        self._installed: list[QTranslator] = []

    def remove(self, app: QCoreApplication) -> None:
        """Take out the translators this object installed (the locale stays as it is)."""
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()

    def install(self, app: QCoreApplication, language: str) -> bool:
        """Load the program's and Qt's own translations; False if the program's is missing.

        English is the source language; its catalogue only supplies plural forms
        ("1 customer", "3 customers"), so a missing one is not an error.
        """
        self.remove(app)
        self.language = language
        QLocale.setDefault(QLocale(_locale_name(language)))
        if language == "en":
            english = QTranslator(app)
            if english.load("asiakasrekisteri_en", str(translations_dir())):
                app.installTranslator(english)
                self._installed.append(english)
            return True
        ours = QTranslator(app)
        loaded = ours.load(f"asiakasrekisteri_{language}", str(translations_dir()))
        if loaded:
            app.installTranslator(ours)
            self._installed.append(ours)
        qt_base = QTranslator(app)
        qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_base.load(f"qtbase_{language}", qt_path):
            app.installTranslator(qt_base)
            self._installed.append(qt_base)
        return loaded


def _locale_name(language: str) -> str:
    return {"fi": "fi_FI", "sv": "sv_FI", "en": "en_GB"}.get(language, "fi_FI")


def message_template(template: str) -> str:
    """An English message template of the domain or the services in the UI language.

    The templates are collected into ``ui/validation_messages.py`` by
    ``tools/extract_messages.py``; one context holds them all.
    """
    return QCoreApplication.translate(VALIDATION_CONTEXT, template)


def count_text(count: Count) -> str:
    """A count of the domain or the services ("%n invoice(s)") in the UI language's plural."""
    return QCoreApplication.translate(VALIDATION_CONTEXT, count.template, None, count.n)


def _value(value: Any) -> Any:
    if isinstance(value, Decimal):
        # Amounts travel as Decimals so that each language writes its own decimal mark.
        return f"{value:f}".replace(".", QLocale().decimalPoint())
    if isinstance(value, Count):
        return count_text(value)
    if isinstance(value, Counts):
        return ", ".join(count_text(c) for c in value.items)
    return value


def error_text(error: ValidationError) -> str:
    """A domain error in the UI language, with its values (and counts) filled in."""
    template = message_template(error.template)
    try:
        return template.format(**{name: _value(v) for name, v in error.params.items()})
    except (KeyError, IndexError, ValueError):
        return error.message


def storage_text(error: StorageError) -> str:
    """Why the register cannot be used, in the UI language, with its values filled in."""
    try:
        return message_template(error.template).format(**error.params)
    except (KeyError, IndexError, ValueError):
        return error.message


def explained_text(error: BaseException) -> str:
    """The message of an expected error (a rule or the register) in the UI language."""
    if isinstance(error, ValidationError):
        return error_text(error)
    if isinstance(error, StorageError):
        return storage_text(error)
    return message_template(str(error))


def errors_text(errors: FieldErrors) -> dict[str, str]:
    """Field name → translated message, for showing errors on the fields themselves."""
    return {name: error_text(err) for name, err in errors.errors.items()}
