"""Dialog to add or edit a contact person (yhteyshenkilö)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtWidgets import QLineEdit, QWidget

from asiakasrekisteri.domain.customer import ContactData, validate_contact
from asiakasrekisteri.ui.dialogs import RecordDialog


class ContactDialog(RecordDialog):
    """Name, title, keywords, phone and email of one contact person.

    Args:
        submit: Saves the contact (e.g. ``service.add_contact``); its errors are shown.
        contact: The contact to edit; None for a new one.
    """

    entity = "contact_person"
    _original: ContactData

    def __init__(
        self,
        submit: Callable[[ContactData], object],
        contact: ContactData | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(submit, parent)
        self.setObjectName("contactDialog")
        self._original = contact or ContactData()
        self._editing = contact is not None
        add = self.fields.add
        self.name_edit = QLineEdit(self._original.name)
        add(self.form, self.name_edit, "name", "contactNameEdit")
        self.title_edit = QLineEdit(self._original.title)
        add(self.form, self.title_edit, "title", "contactTitleEdit")
        self.keywords_edit = QLineEdit(self._original.keywords)
        add(self.form, self.keywords_edit, "keywords", "contactKeywordsEdit")
        self.phone_edit = QLineEdit(self._original.phone)
        add(self.form, self.phone_edit, "phone", "contactPhoneEdit")
        self.email_edit = QLineEdit(self._original.email)
        add(self.form, self.email_edit, "email", "contactEmailEdit")
        self.setMinimumWidth(420)
        self._finish_setup()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Edit contact") if self._editing else self.tr("Add contact"))
        self.fields.set_titles(
            {
                "name": self.tr("&Name"),
                "title": self.tr("&Title or role"),
                "keywords": self.tr("&Keywords"),
                "phone": self.tr("&Phone"),
                "email": self.tr("&Email"),
            }
        )
        self.fields.slots["keywords"].set_tooltip(
            self.tr("Words for mailing lists, separated by commas.")
        )
        super().retranslateUi()

    def data(self) -> ContactData:
        return replace(
            self._original,
            name=self.name_edit.text(),
            title=self.title_edit.text(),
            keywords=self.keywords_edit.text(),
            phone=self.phone_edit.text(),
            email=self.email_edit.text(),
        )

    def _validate(self, data: ContactData) -> ContactData:
        return validate_contact(data)
