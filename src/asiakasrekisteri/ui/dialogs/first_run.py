"""Welcome dialog of the first start: own company details and how to begin."""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Protocol

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri import APP_NAME
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.container import Services
from asiakasrekisteri.services.onboarding import DEMO_COUNT
from asiakasrekisteri.ui.dialogs.company_form import FIRST_RUN_FIELDS, CompanyForm
from asiakasrekisteri.ui.host import WindowHost
from asiakasrekisteri.ui.preferences import first_run_done, mark_first_run_done
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class DemoFiller(Protocol):
    """Fills the register with demo customers (``services.onboarding.DemoService``)."""

    def fill(self, count: int = ...) -> int: ...


class StartChoice(StrEnum):
    """How the user chose to begin."""

    IMPORT = "import"
    DEMO = "demo"
    EMPTY = "empty"


class FirstRunDialog(Retranslating, QDialog):
    """Asks for the own company's details and offers three ways to begin.

    Each choice saves the details (when any were given), sets the first-run flag and
    closes the dialog; the demo choice also adds the demo customers. Closing the dialog
    without a choice changes nothing, so it is offered again on the next start.

    Attributes:
        intro: The welcome text (``welcomeText``).
        company_form: Name, Y-tunnus, address, IBAN, BIC, email and phone.
        choice: What the user chose, or None while the dialog is open or was closed.
        import_button, demo_button, empty_button: The three choices.
    """

    def __init__(
        self,
        settings: QSettings,
        company: CompanyService,
        demo: DemoFiller,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunDialog")
        self.settings = settings
        self.company = company
        self.demo = demo
        self.choice: StartChoice | None = None

        self.intro = QLabel(self)
        self.intro.setObjectName("welcomeText")
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.RichText)

        self.company_form = CompanyForm(company.get(), self, field_names=FIRST_RUN_FIELDS)
        self.company_form.validityChanged.connect(self._update_buttons)
        self.company_box = QGroupBox(self)
        company_layout = QVBoxLayout(self.company_box)
        company_layout.addWidget(self.company_form)

        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importButton")
        self.demo_button = QPushButton(self)
        self.demo_button.setObjectName("demoButton")
        self.empty_button = QPushButton(self)
        self.empty_button.setObjectName("emptyButton")
        self.empty_button.setDefault(True)
        self.import_button.clicked.connect(lambda: self.choose(StartChoice.IMPORT))
        self.demo_button.clicked.connect(lambda: self.choose(StartChoice.DEMO))
        self.empty_button.clicked.connect(lambda: self.choose(StartChoice.EMPTY))

        self.how_label = QLabel(self)
        choices = QHBoxLayout()
        choices.addWidget(self.import_button)
        choices.addWidget(self.demo_button)
        choices.addStretch(1)
        choices.addWidget(self.empty_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.company_box)
        layout.addWidget(self.how_label)
        layout.addLayout(choices)
        self._update_buttons()
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Welcome to {app}").format(app=APP_NAME))
        self.intro.setText(
            self.tr(
                "<h2>Welcome!</h2><p>Start by giving your own company's details: they are "
                "printed on every invoice. You can leave them for later and change them "
                "any time in Settings › Preferences.</p>"
            )
        )
        self.company_box.setTitle(self.tr("Your company"))
        self.import_button.setText(self.tr("I&mport an Excel register…"))
        self.import_button.setAccessibleName(self.tr("Import an Excel register"))
        self.import_button.setToolTip(
            self.tr("Bring your customers from an Excel or CSV file you already have.")
        )
        self.demo_button.setText(self.tr("Try with &demo data"))
        self.demo_button.setAccessibleName(self.tr("Try with demo data"))
        self.demo_button.setToolTip(
            self.tr("Adds {count} made-up Finnish customers to look around with.").format(
                count=DEMO_COUNT
            )
        )
        self.empty_button.setText(self.tr("Sta&rt empty"))
        self.empty_button.setAccessibleName(self.tr("Start empty"))
        self.how_label.setText(self.tr("How would you like to begin?"))

    def _update_buttons(self) -> None:
        valid = self.company_form.is_valid()
        self.import_button.setEnabled(valid)
        self.demo_button.setEnabled(valid)
        self.empty_button.setEnabled(valid)

    def choose(self, choice: StartChoice) -> None:
        """Act on a choice: save the details, add demo customers if asked, set the flag."""
        if not self.company_form.validate():
            return
        if self.company_form.is_changed():
            self.company.save(self.company_form.data())
        if choice is StartChoice.DEMO:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                self.demo.fill(DEMO_COUNT)
            finally:
                QApplication.restoreOverrideCursor()
        mark_first_run_done(self.settings)
        self.choice = choice
        self.accept()


def needs_first_run(settings: QSettings, customer_count: int) -> bool:
    """The welcome dialog is shown on an empty register until the user has chosen once."""
    return customer_count == 0 and not first_run_done(settings)


def show_first_run(
    host: WindowHost,
    settings: QSettings,
    services: Services,
    import_spreadsheet: Callable[[], object],
) -> StartChoice | None:
    """Called by ``app.run()``: show the welcome dialog if it is due, then act on the choice.

    ``import_spreadsheet`` starts File › Import from Excel… (the spreadsheet feature's).
    """
    if not needs_first_run(settings, services.customers.count()):
        return None
    dialog = FirstRunDialog(settings, services.company, services.demo, host.parent_widget())
    dialog.exec()
    return after_first_run(host, dialog.choice, import_spreadsheet)


def after_first_run(
    host: WindowHost, choice: StartChoice | None, import_spreadsheet: Callable[[], object]
) -> StartChoice | None:
    """Show the demo customers, or open the spreadsheet import, as the user chose."""
    if choice is StartChoice.DEMO:
        host.reload_customers()
        host.show_status(
            # tr on the class: the plural form lupdate of every PySide6 6.x recognises (the
            # stubs know tr only as a method).
            FirstRunDialog.tr("%n demo customer(s) added.", "", DEMO_COUNT),  # type: ignore[arg-type]
            6000,
        )
    elif choice is StartChoice.IMPORT:
        import_spreadsheet()
    return choice
