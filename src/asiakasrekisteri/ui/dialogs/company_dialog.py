"""Own company details: the seller printed on every invoice."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from asiakasrekisteri.services.company import CompanyService
from asiakasrekisteri.ui.dialogs.company_form import CompanyForm
from asiakasrekisteri.ui.widgets.retranslating import Retranslating


class CompanyDialog(Retranslating, QDialog):
    """Edit the own company; errors show under each field and Save waits until all are valid.

    Attributes:
        form: The fields (shared with the first-run and settings dialogs).
    """

    def __init__(self, service: CompanyService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("companyDialog")
        self.service = service
        self.form = CompanyForm(service.get(), self)
        self.edits = self.form.edits
        self.error_labels = self.form.error_labels
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.buttons)
        self.form.validityChanged.connect(self._update_save)
        self._update_save(self.form.is_valid())
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.setWindowTitle(self.tr("Own company details"))

    def _update_save(self, valid: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(valid)

    def accept(self) -> None:
        if not self.form.validate():
            return
        self.service.save(self.form.data())
        super().accept()
