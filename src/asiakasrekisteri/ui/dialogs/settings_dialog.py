"""Settings › Preferences…: UI language, colour theme and the own company's details."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.services.trade_register import register_url
from asiakasrekisteri.ui import settings_keys
from asiakasrekisteri.ui.dialogs.company_form import CompanyForm
from asiakasrekisteri.ui.i18n import Translators, errors_text
from asiakasrekisteri.ui.preferences import (
    Theme,
    apply_language,
    apply_theme,
    stored_language,
    stored_theme,
)
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

# Language names are written in the language itself, so a user who landed in the wrong
# one still finds their own (the usual convention; not translated on purpose).
LANGUAGE_NAMES: tuple[tuple[str, str], ...] = (
    ("fi", "Suomi"),
    ("sv", "Svenska"),
    ("en", "English"),
)


class SettingsDialog(Retranslating, QDialog):
    """Language and theme take effect at once when saved; company details are validated.

    Attributes:
        language_combo: System / Suomi / Svenska / English.
        theme_combo: System / Light / Dark.
        company_form: The own company's details.
        tabs: General and Own company pages.
    """

    def __init__(
        self,
        settings: QSettings,
        translators: Translators,
        company: CompanyService,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.translators = translators
        self.company = company
        self.general = self._build_general()
        self.company_form = CompanyForm(company.get(), self)
        self.company_form.validityChanged.connect(self._update_buttons)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("settingsTabs")
        self.tabs.addTab(self.general, "")
        self.tabs.addTab(self.company_form, "")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.retranslateUi()

    def _build_general(self) -> QWidget:
        self.language_combo = QComboBox(self)
        self.language_combo.setObjectName("languageCombo")
        self.language_combo.addItem("", "")
        for code, name in LANGUAGE_NAMES:
            self.language_combo.addItem(name, code)
        self.language_combo.setCurrentIndex(
            max(self.language_combo.findData(stored_language(self.settings)), 0)
        )
        self.theme_combo = QComboBox(self)
        self.theme_combo.setObjectName("themeCombo")
        for theme in (Theme.SYSTEM, Theme.LIGHT, Theme.DARK):
            self.theme_combo.addItem("", theme.value)
        self.theme_combo.setCurrentIndex(
            max(self.theme_combo.findData(stored_theme(self.settings).value), 0)
        )
        general = QWidget(self)
        general_form = QFormLayout(general)
        self.language_label = QLabel(general)
        self.language_label.setBuddy(self.language_combo)
        general_form.addRow(self.language_label, self.language_combo)
        self.theme_label = QLabel(general)
        self.theme_label.setBuddy(self.theme_combo)
        general_form.addRow(self.theme_label, self.theme_combo)
        self.language_note = QLabel(general)
        self.language_note.setWordWrap(True)
        self.language_note.setObjectName("languageNote")
        general_form.addRow(self.language_note)
        self._build_trade_register(general_form)
        return general

    def _build_trade_register(self, form: QFormLayout) -> None:
        """Whether a new customer is looked up while typed, and where."""
        self.lookups_check = QCheckBox(self)
        self.lookups_check.setObjectName("registerLookupsCheck")
        self.lookups_check.setChecked(settings_keys.TRADE_REGISTER_LOOKUPS.read(self.settings))
        form.addRow(self.lookups_check)
        self.register_url_edit = QLineEdit(self)
        self.register_url_edit.setObjectName("registerUrlEdit")
        self.register_url_edit.setText(settings_keys.TRADE_REGISTER_URL.read(self.settings))
        self.register_url_edit.setPlaceholderText(register_url())
        self.register_url_edit.setClearButtonEnabled(True)
        self.register_url_label = QLabel(self)
        self.register_url_label.setBuddy(self.register_url_edit)
        form.addRow(self.register_url_label, self.register_url_edit)

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Preferences"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.language_combo.setItemText(0, self.tr("System language"))
        self.theme_combo.setAccessibleName(self.tr("Colour theme"))
        set_item_texts(
            self.theme_combo,
            {
                Theme.SYSTEM.value: self.tr("System"),
                Theme.LIGHT.value: self.tr("Light"),
                Theme.DARK.value: self.tr("Dark"),
            },
        )
        self.language_label.setText(self.tr("&Language:"))
        self.theme_label.setText(self.tr("&Theme:"))
        self.language_note.setText(
            self.tr(
                "Dates, numbers and amounts of money are written the way the chosen "
                "language writes them (for Finnish: 23.11.2026 and 1 234,50 €). Menus, "
                "lists and open windows change at once."
            )
        )
        self.lookups_check.setText(
            self.tr(
                "Look up a new customer in the trade register while typing its name or Y-tunnus"
            )
        )
        self.lookups_check.setToolTip(
            self.tr("Needs a network connection; the typed name or Y-tunnus is sent to PRH.")
        )
        self.register_url_label.setText(self.tr("Trade register add&ress:"))
        self.register_url_edit.setToolTip(self.tr("Leave empty for PRH's open data service."))
        self.tabs.setTabText(self.tabs.indexOf(self.general), self.tr("&General"))
        self.tabs.setTabText(self.tabs.indexOf(self.company_form), self.tr("Own &company"))

    def chosen_language(self) -> str:
        """ "" for the system language, else a language code."""
        return str(self.language_combo.currentData() or "")

    def chosen_theme(self) -> Theme:
        return Theme(str(self.theme_combo.currentData()))

    def _update_buttons(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(self.company_form.is_valid())

    def accept(self) -> None:
        if not self.company_form.validate():
            self.tabs.setCurrentWidget(self.company_form)
            return
        if self.company_form.is_changed():
            try:
                self.company.save(self.company_form.data())
            except FieldErrors as exc:  # the form checks the same rules; kept for safety
                QMessageBox.warning(self, self.windowTitle(), "\n".join(errors_text(exc).values()))
                return
        app = QApplication.instance()
        language = self.chosen_language()
        if language != stored_language(self.settings):
            settings_keys.LANGUAGE.write(self.settings, language)
            if isinstance(app, QApplication):
                apply_language(app, self.translators, language)
        theme = self.chosen_theme()
        if theme is not stored_theme(self.settings):
            settings_keys.THEME.write(self.settings, theme.value)
            if isinstance(app, QApplication):
                apply_theme(app, theme)
        settings_keys.TRADE_REGISTER_LOOKUPS.write(self.settings, self.lookups_check.isChecked())
        settings_keys.TRADE_REGISTER_URL.write(self.settings, self.register_url_edit.text().strip())
        self.settings.sync()
        super().accept()
