"""Help › About: version, and the bundled libraries with their licences."""

from __future__ import annotations

import platform
from dataclasses import dataclass
from importlib import metadata, resources

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri import APP_NAME, __version__
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


@dataclass(frozen=True)
class Library:
    """One bundled component, as listed in the About dialog."""

    name: str
    version: str
    licence: str


# (shown name, distribution name, licence when the metadata does not say it plainly).
# PySide6 and Qt are used under the LGPLv3 (dynamically linked, replaceable libraries).
BUNDLED: tuple[tuple[str, str, str], ...] = (
    ("PySide6 / Qt", "PySide6-Essentials", "LGPL-3.0-only"),
    ("Shiboken6", "shiboken6", "LGPL-3.0-only"),
    ("SQLAlchemy", "SQLAlchemy", "MIT"),
    ("python-stdnum", "python-stdnum", "LGPL-2.1-or-later"),
    ("phonenumbers", "phonenumbers", "Apache-2.0"),
    ("platformdirs", "platformdirs", "MIT"),
    ("RapidFuzz", "RapidFuzz", "MIT"),
    ("NumPy", "numpy", "BSD-3-Clause"),
    ("openpyxl", "openpyxl", "MIT"),
    ("python-calamine", "python-calamine", "MIT"),
    ("ReportLab", "reportlab", "BSD-3-Clause"),
    ("segno", "segno", "BSD-3-Clause"),
    ("lxml", "lxml", "BSD-3-Clause"),
    ("pypdfium2 / PDFium", "pypdfium2", "Apache-2.0 OR BSD-3-Clause"),
)
# Whatever the metadata says, these are the terms we ship them under.
_FIXED_LICENCES = {"PySide6-Essentials", "shiboken6", "python-stdnum"}
DEJAVU = Library("DejaVu fonts", "2.37", "Bitstream Vera / DejaVu (free)")


def _field(meta: metadata.PackageMetadata, name: str) -> str:
    """A metadata field, "" when absent."""
    try:
        return str(meta[name] or "")
    except KeyError:  # importlib_metadata (keyring loads it) raises where the stdlib gives None
        return ""


def _licence_from_metadata(meta: metadata.PackageMetadata) -> str:
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = _field(meta, "License").strip()
    if text and "\n" not in text and len(text) <= 40:
        return text
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License :: OSI Approved :: "):
            return str(classifier).rsplit(" :: ", 1)[1]
    return ""


def bundled_libraries() -> list[Library]:
    """Version and licence of every bundled library, read from the installed metadata."""
    found: list[Library] = []
    for shown, distribution, known in BUNDLED:
        try:
            meta = metadata.metadata(distribution)
        except metadata.PackageNotFoundError:
            if distribution == "PySide6-Essentials":
                found.append(Library(shown, pyside_version, known))
            continue
        licence = known if distribution in _FIXED_LICENCES else _licence_from_metadata(meta)
        found.append(Library(shown, str(meta["Version"]), licence or known))
    found.append(DEJAVU)
    return found


class AboutDialog(Retranslating, QDialog):
    """Program name, version and purpose, and a table of bundled libraries.

    Attributes:
        libraries: The table of libraries (name, version, licence).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        icon_path = resources.files("asiakasrekisteri") / "resources" / "icons"
        icon = QIcon(str(icon_path / "asiakasrekisteri.svg"))
        self.logo = QLabel(self)
        self.logo.setPixmap(icon.pixmap(QSize(64, 64), self.devicePixelRatio()))
        title = QLabel(f"<h2>{APP_NAME} {__version__}</h2>", self)
        title.setObjectName("aboutTitle")
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.runtime = QLabel(self)
        self.runtime.setObjectName("runtimeLabel")
        self.runtime.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        header = QHBoxLayout()
        header.addWidget(self.logo, 0, Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(title)
        text.addWidget(self.description)
        text.addWidget(self.runtime)
        header.addLayout(text, 1)

        self.libraries_label = QLabel(self)
        self.libraries = self._build_libraries()
        self.libraries_label.setBuddy(self.libraries)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.about_qt = buttons.addButton("", QDialogButtonBox.ButtonRole.HelpRole)
        self.about_qt.setObjectName("aboutQtButton")
        self.about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.libraries_label)
        layout.addWidget(self.libraries, 1)
        layout.addWidget(self.notice)
        layout.addWidget(buttons)
        self.resize(560, 520)
        self.retranslateUi()

    def _build_libraries(self) -> QTableWidget:
        libraries = bundled_libraries()
        table = QTableWidget(len(libraries), 3, self)
        table.setObjectName("librariesTable")
        for row, library in enumerate(libraries):
            for column, value in enumerate((library.name, library.version, library.licence)):
                table.setItem(row, column, QTableWidgetItem(value))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        self.logo.setAccessibleName(self.tr("Program icon"))
        self.description.setText(
            self.tr(
                "Customer register with invoicing for Finnish sole traders and small firms. "
                "Works offline; your data stays on this computer."
            )
        )
        self.runtime.setText(
            self.tr("Qt {qt}, PySide6 {pyside}, Python {python}").format(
                qt=qVersion(), pyside=pyside_version, python=platform.python_version()
            )
        )
        self.libraries_label.setText(self.tr("&Bundled libraries and their licences:"))
        self.libraries.setAccessibleName(self.tr("Bundled libraries and their licences"))
        self.libraries.setHorizontalHeaderLabels(
            [self.tr("Library"), self.tr("Version"), self.tr("Licence")]
        )
        self.notice.setText(
            self.tr(
                "Qt and PySide6 are used under the GNU LGPL version 3: they are separate, "
                "replaceable libraries in the program folder. The licence texts are in the "
                "folders of the libraries."
            )
        )
        self.about_qt.setText(self.tr("About &Qt"))

    def licence_rows(self) -> list[tuple[str, str, str]]:
        """The table as text (name, version, licence), for tests and copying."""
        rows: list[tuple[str, str, str]] = []
        for row in range(self.libraries.rowCount()):
            items = [self.libraries.item(row, c) for c in range(3)]
            cells = [item.text() if item is not None else "" for item in items]
            rows.append((cells[0], cells[1], cells[2]))
        return rows
