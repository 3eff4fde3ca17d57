"""The message texts of the e-mail settings: one subject and text per kind and language."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from asiakasrekisteri.domain.delivery import (
    DEFAULT_TEMPLATES,
    TEMPLATE_FIELDS,
    DocumentKind,
    MessageTemplate,
    validate_template,
)
from asiakasrekisteri.domain.enums import InvoiceLanguage
from asiakasrekisteri.domain.errors import FieldErrors
from asiakasrekisteri.ui.delivery.texts import translate
from asiakasrekisteri.ui.i18n import errors_text
from asiakasrekisteri.ui.widgets.form_rows import error_label
from asiakasrekisteri.ui.widgets.retranslating import Retranslating, set_item_texts

Key = tuple[DocumentKind, InvoiceLanguage]

_KINDS: dict[DocumentKind, object] = {
    DocumentKind.INVOICE: QT_TRANSLATE_NOOP("Delivery", "Invoice"),
    DocumentKind.CREDIT_NOTE: QT_TRANSLATE_NOOP("Delivery", "Credit note"),
    DocumentKind.REMINDER: QT_TRANSLATE_NOOP("Delivery", "Payment reminder"),
    DocumentKind.STATEMENT: QT_TRANSLATE_NOOP("Delivery", "Statement"),
}


class TemplatesTab(Retranslating, QWidget):
    """Edit the message of each kind in each language; fields are checked on save.

    Attributes:
        kind_combo, language_combo: Which message (``templateKindCombo``,
            ``templateLanguageCombo``).
        subject_edit, body_edit: Its subject and text (``templateSubjectEdit``,
            ``templateBodyEdit``).
        fields_label: The fields this kind may use.
        default_button: Back to the program's text (``templateDefaultButton``).
        error: Why the text shown cannot be saved (``templateError``).
    """

    def __init__(self, templates: Mapping[Key, MessageTemplate], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("templatesTab")
        self._saved = dict(templates)
        self._edited: dict[Key, MessageTemplate] = dict(templates)
        self._current: Key = (DocumentKind.INVOICE, InvoiceLanguage.FI)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("templateKindCombo")
        for kind in DocumentKind:
            self.kind_combo.addItem("", kind.value)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("templateLanguageCombo")
        # Each language by its own name, as the message's reader would say it.
        for language, name in (
            (InvoiceLanguage.FI, "Suomi"),
            (InvoiceLanguage.SV, "Svenska"),
            (InvoiceLanguage.EN, "English"),
        ):
            self.language_combo.addItem(name, language.value)
        self.subject_edit = QLineEdit()
        self.subject_edit.setObjectName("templateSubjectEdit")
        self.body_edit = QPlainTextEdit()
        self.body_edit.setObjectName("templateBodyEdit")
        self.body_edit.setTabChangesFocus(True)
        self.fields_label = QLabel()
        self.fields_label.setObjectName("templateFieldsLabel")
        self.fields_label.setWordWrap(True)
        self.default_button = QPushButton()
        self.default_button.setObjectName("templateDefaultButton")
        self.error = error_label("templateError")
        self._labels = {name: QLabel() for name in ("kind", "language", "subject", "body")}
        for name, widget in (("kind", self.kind_combo), ("language", self.language_combo),
                             ("subject", self.subject_edit), ("body", self.body_edit)):  # fmt: skip
            self._labels[name].setBuddy(widget)
        choose = QHBoxLayout()
        for name, widget in (("kind", self.kind_combo), ("language", self.language_combo)):
            choose.addWidget(self._labels[name])
            choose.addWidget(widget)
        choose.addStretch(1)
        form = QFormLayout()
        form.addRow(self._labels["subject"], self.subject_edit)
        form.addRow(self._labels["body"], self.body_edit)
        row = QHBoxLayout()
        row.addWidget(self.fields_label, 1)
        row.addWidget(self.default_button)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addLayout(form, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        self.kind_combo.currentIndexChanged.connect(lambda _i: self._switch())
        self.language_combo.currentIndexChanged.connect(lambda _i: self._switch())
        self.default_button.clicked.connect(self.restore_default)
        self._show(self._current)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        set_item_texts(self.kind_combo, {k.value: translate(n) for k, n in _KINDS.items()})
        self._labels["kind"].setText(self.tr("&Message"))
        self._labels["language"].setText(self.tr("&Language"))
        self._labels["subject"].setText(self.tr("S&ubject"))
        self._labels["body"].setText(self.tr("&Text"))
        self.kind_combo.setAccessibleName(self.tr("Message"))
        self.language_combo.setAccessibleName(self.tr("Language"))
        self.subject_edit.setAccessibleName(self.tr("Subject"))
        self.body_edit.setAccessibleName(self.tr("Text"))
        self.default_button.setText(self.tr("Restore the &default text"))
        self._show_fields()

    def _key(self) -> Key:
        return (
            DocumentKind(self.kind_combo.currentData()),
            InvoiceLanguage(self.language_combo.currentData()),
        )

    def _keep_typed(self) -> None:
        self._edited[self._current] = MessageTemplate(
            self.subject_edit.text(), self.body_edit.toPlainText()
        )

    def _switch(self) -> None:
        self._keep_typed()
        self._show(self._key())

    def _show(self, key: Key) -> None:
        self._current = key
        template = self._edited[key]
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)
        self.error.hide()
        self._show_fields()

    def _show_fields(self) -> None:
        names = ", ".join(f"{{{name}}}" for name in TEMPLATE_FIELDS[self._current[0]])
        self.fields_label.setText(self.tr("Fields: {fields}").format(fields=names))

    def show_template(self, kind: DocumentKind, language: InvoiceLanguage) -> None:
        """Bring one message into view."""
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind.value))
        self.language_combo.setCurrentIndex(self.language_combo.findData(language.value))

    def restore_default(self) -> None:
        template = DEFAULT_TEMPLATES[self._current]
        self.subject_edit.setText(template.subject)
        self.body_edit.setPlainText(template.body)

    def changed(self) -> dict[Key, MessageTemplate]:
        """The messages that differ from the saved ones, each checked.

        Raises:
            FieldErrors: For the first message that cannot be saved; it is shown.
        """
        self._keep_typed()
        out: dict[Key, MessageTemplate] = {}
        for key, template in self._edited.items():
            if template == self._saved[key]:
                continue
            try:
                out[key] = validate_template(key[0], template)
            except FieldErrors as exc:
                self.show_template(*key)
                self.error.setText("\n".join(errors_text(exc).values()))
                self.error.show()
                raise
        return out
