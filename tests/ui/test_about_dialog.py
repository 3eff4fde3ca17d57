"""Help › About lists the bundled libraries with licences; Help › User guide opens."""

from __future__ import annotations

from importlib import metadata

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from asiakasrekisteri import __version__
from asiakasrekisteri.ui.app_actions import GuideDialog, open_user_guide, user_guide_path
from asiakasrekisteri.ui.dialogs.about_dialog import AboutDialog, bundled_libraries


def test_about_lists_version_and_licences(qtbot: QtBot) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    rows = {name: (version, licence) for name, version, licence in dialog.licence_rows()}
    assert rows["PySide6 / Qt"] == (metadata.version("PySide6-Essentials"), "LGPL-3.0-only")
    assert rows["SQLAlchemy"] == (metadata.version("SQLAlchemy"), "MIT")
    assert rows["python-stdnum"][1].startswith("LGPL")
    assert rows["phonenumbers"][1] == "Apache-2.0"
    for name in ("platformdirs", "RapidFuzz", "openpyxl", "python-calamine", "ReportLab",
                 "segno", "lxml", "DejaVu fonts"):  # fmt: skip
        assert name in rows, name
        assert rows[name][1], f"{name} has no licence"
    assert "Asiakasrekisteri" in dialog.windowTitle()


def test_every_bundled_library_has_a_version() -> None:
    for library in bundled_libraries():
        assert library.version, library.name


def test_user_guide_is_shipped_in_finnish() -> None:
    path = user_guide_path()
    text = path.read_text(encoding="utf-8")
    assert '<html lang="fi">' in text
    for heading in ("Alkuun pääseminen", "Asiakaskortti", "Haku", "Tuonti ja vienti",
                    "Laskut", "Varmuuskopiot", "Pikanäppäimet"):  # fmt: skip
        assert heading in text, heading


def test_user_guide_opens_in_the_browser(qtbot: QtBot) -> None:
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_user_guide(parent, opener)
    assert opened[0].toLocalFile() == str(user_guide_path())


def test_user_guide_viewer_when_no_browser(qtbot: QtBot) -> None:
    dialog = GuideDialog(user_guide_path())
    qtbot.addWidget(dialog)
    assert "Alkuun pääseminen" in dialog.browser.toPlainText()


@pytest.mark.parametrize("needle", ["LGPL", "Qt"])
def test_about_mentions_the_lgpl_terms(qtbot: QtBot, needle: str) -> None:
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert needle in texts
    assert __version__ in texts


@pytest.mark.parametrize(
    ("language", "lang", "headings"),
    [
        ("sv", "sv", ("Kom i gång", "Kundkortet", "Fakturor", "Mervärdesskatt",
                      "Referensränta", "E-fakturor (Finvoice)", "Kortkommandon")),
        ("en", "en", ("Getting started", "The customer card", "Invoices", "VAT",
                      "Reference rate", "E-invoices (Finvoice)", "Keyboard shortcuts")),
        ("fi", "fi", ("Arvonlisävero", "Viitekorko", "Verkkolaskut (Finvoice)")),
        ("de", "fi", ("Alkuun pääseminen",)),  # any other language: the Finnish guide
    ],
)  # fmt: skip
def test_user_guide_in_each_language(language: str, lang: str, headings: tuple[str, ...]) -> None:
    text = user_guide_path(language).read_text(encoding="utf-8")
    assert f'<html lang="{lang}">' in text
    for heading in headings:
        assert f"{heading}</h" in text, heading


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_every_guide_has_the_vat_wording_of_its_language(language: str) -> None:
    from asiakasrekisteri.domain.enums import VatTreatment
    from asiakasrekisteri.domain.vat import VatCategory, vat_wording

    text = user_guide_path(language).read_text(encoding="utf-8")
    for category, treatment in (
        (VatCategory.INTRA_COMMUNITY, VatTreatment.EU_BUSINESS),
        (VatCategory.EXPORT, VatTreatment.OUTSIDE_EU),
        (VatCategory.OUTSIDE_SCOPE, VatTreatment.OUTSIDE_EU),
        (VatCategory.REVERSE_CHARGE, VatTreatment.CONSTRUCTION_REVERSE_CHARGE),
        (VatCategory.OUTSIDE_SCOPE, VatTreatment.NO_VAT),
    ):
        wording = vat_wording(category, treatment=treatment, exemption=None, language=language)
        assert wording is not None and wording in text, wording
    assert "settings reference-rate add" in text


def test_the_help_menu_opens_the_guide_of_the_ui_language(qtbot: QtBot) -> None:
    opened: list[QUrl] = []

    def opener(url: QUrl) -> bool:
        opened.append(url)
        return True

    parent = QWidget()
    qtbot.addWidget(parent)
    assert open_user_guide(parent, opener, language="sv")
    assert opened[0].toLocalFile().endswith("anvandarhandbok.html")
