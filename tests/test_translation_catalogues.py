"""The Finnish and Swedish catalogues are complete, keep placeholders and mnemonics, compile."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "translations"
LANGUAGES = ("fi", "sv")
PLURAL_FORMS = {"fi": 2, "sv": 2}  # singular and plural, as in Qt's rules for both
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    unfinished: bool
    forms: tuple[str, ...]

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def catalogue(language: str) -> Path:
    return TRANSLATIONS / f"asiakasrekisteri_{language}.ts"


def messages(language: str) -> list[Message]:
    root = ET.parse(catalogue(language)).getroot()
    found: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            found.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    numerus=numerus,
                    unfinished=translation.get("type") in ("unfinished", "vanished", "obsolete"),
                    forms=forms,
                )
            )
    return found


def placeholders(text: str) -> set[str]:
    return set(PLACEHOLDER.findall(text))


def mnemonic(text: str) -> str | None:
    """The letter marked with a single ``&`` (``&&`` is a literal ampersand), if any."""
    match = re.search(r"&(\w)", text.replace("&&", ""))
    return match.group(1) if match else None


@pytest.mark.parametrize("language", LANGUAGES)
def test_catalogue_has_messages(language: str) -> None:
    assert len(messages(language)) > 100


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated(language: str) -> None:
    problems = []
    for message in messages(language):
        if message.unfinished:
            problems.append(f"unfinished: {message}")
        elif not message.forms or not all(form.strip() for form in message.forms):
            problems.append(f"empty translation: {message}")
        elif message.numerus and len(message.forms) != PLURAL_FORMS[language]:
            problems.append(f"{len(message.forms)} plural forms: {message}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    problems = []
    for message in messages(language):
        expected = placeholders(message.source)
        for form in message.forms:
            if placeholders(form) != expected:
                problems.append(
                    f"{message}: has {sorted(placeholders(form))}, needs {sorted(expected)}"
                )
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_mnemonics_are_kept(language: str) -> None:
    problems = []
    for message in messages(language):
        wanted = mnemonic(message.source) is not None
        for form in message.forms:
            if (mnemonic(form) is not None) != wanted:
                problems.append(f"{message}: mnemonic {'missing' if wanted else 'added'}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("language", LANGUAGES)
def test_menu_items_that_open_dialogs_keep_the_ellipsis(language: str) -> None:
    problems = [
        str(message)
        for message in messages(language)
        if message.source.endswith("…") and not all(f.endswith("…") for f in message.forms)
    ]
    assert not problems, "\n".join(problems)


def compile_catalogue(language: str, target: Path) -> Path:
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    qm = target / f"asiakasrekisteri_{language}.qm"
    result = subprocess.run(
        [str(lrelease), str(catalogue(language)), "-qm", str(qm)],
        check=True,
        capture_output=True,
        text=True,
    )
    assert " 0 unfinished" in result.stdout, result.stdout
    return qm


@pytest.mark.parametrize(
    ("language", "new_customer", "three_customers"),
    [("fi", "&Uusi asiakas", "3 asiakasta"), ("sv", "&Ny kund", "3 kunder")],
)
def test_compiled_catalogue_translates_the_user_interface(
    qapp: QApplication, tmp_path: Path, language: str, new_customer: str, three_customers: str
) -> None:
    qm = compile_catalogue(language, tmp_path)
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("MainWindow", "&New customer") == new_customer
        assert (
            QCoreApplication.translate("MainWindow", "%n customer(s)", None, 3) == three_customers
        )
    finally:
        QCoreApplication.removeTranslator(translator)
    assert QCoreApplication.translate("MainWindow", "&New customer") == "&New customer"


@pytest.mark.parametrize("language", ["fi", "sv"])
def test_every_source_string_has_a_translation(tmp_path: Path, language: str) -> None:
    """A text added to the code without a Finnish or Swedish translation fails here.

    lupdate is run over the sources into a copy of the catalogue; any message it adds
    or leaves unfinished means ``tools/update_translations.py`` and a translator are due.
    """
    root = Path(__file__).resolve().parents[1]
    copy = tmp_path / catalogue(language).name
    shutil.copy(catalogue(language), copy)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (root / "src").rglob("*.py"))
    command = [str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources]
    subprocess.run([*command, "-ts", str(copy)], check=True)
    missing = []
    for message in ET.parse(copy).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") == "unfinished":
            missing.append(message.findtext("source") or "")
    assert not missing, f"{len(missing)} texts lack a translation, e.g. {missing[:5]}"
